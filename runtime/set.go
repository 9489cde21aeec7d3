package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// SetType and FrozenSetType are the types of set and frozenset.
var (
	SetType       = &Type{Name: "set"}
	FrozenSetType = &Type{Name: "frozenset"}
)

// setEntry is one slot of a set's table. An unused slot has no key and
// hash 0; a deleted one (CPython's dummy) has no key and hash -1.
type setEntry struct {
	key  Value
	hash int64
}

// Set is a Python set or frozenset. Its table reproduces CPython 3.11's
// setobject.c exactly (open addressing, runs of setLinearProbes linear
// probes, then perturbed jumps; the same fill limits and resizes), so that
// iterating a set gives CPython's order for the same hashes.
type Set struct {
	stm.Header
	typ    *Type // nil for exact set/frozenset
	sub    subAttrs
	frozen bool
	table  []setEntry // nil means the empty minimum-size table
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop starts looking
	hash   atomic.Int64
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns an empty frozenset, to be filled by its creator
// before it is published.
func NewFrozenSet() *Set { return &Set{frozen: true} }

// Type returns set, frozenset or the subclass the set was made for.
func (s *Set) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// IsFrozen reports whether s is a frozenset.
func (s *Set) IsFrozen() bool { return s.frozen }

func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

// Add adds k.
func (s *Set) Add(t *Thread, k Value) error {
	if t != nil && t.spActive && s.IsShared() && t.bufferSetWrite(s, k, true) {
		return nil // applied at commit (span_setwrites.go)
	}
	t.touchStoreL(&s.Header, k)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logSetCopy(s)
	}
	h, err := hashValue(t, k)
	if err != nil {
		return err
	}
	return s.addEntry(t, k, h)
}

// addEntry is CPython's set_add_entry.
func (s *Set) addEntry(t *Thread, k Value, h int64) error {
	t.touchStoreL(&s.Header, k)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logSetCopy(s)
	}
	return s.insertEntry(t, k, h)
}

// insertEntry is addEntry past its barrier: the caller has touched s
// and logged it (or, committing a span's buffered adds, needs no log).
func (s *Set) insertEntry(t *Thread, k Value, h int64) error {
	kInt := k.IsInt()
restart:
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	freeslot := -1
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.hash == h && e.key.IsValid() {
				if kInt && e.key.IsInt() {
					if e.key.num == k.num {
						return nil
					}
				} else {
					start := e.key
					if start.Is(k) {
						return nil
					}
					table := s.table
					eq, err := keysEqual(t, start, k)
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(table) != len(s.table) || &table[0] != &s.table[0] || !s.table[j].key.Is(start) {
						goto restart
					}
				}
			} else if e.hash == 0 && !e.key.IsValid() {
				shared := s.IsShared()
				if shared {
					s.sideAdded(t, k, h) // READS: shared_read_set.go
				}
				if freeslot >= 0 {
					if !shared {
						t.logSetSlot(s, freeslot) // SPAN: a big local set (span_undo_set.go)
					}
					s.used++
					s.table[freeslot] = setEntry{key: k, hash: h}
					return nil
				}
				if !shared {
					t.logSetSlot(s, j) // SPAN: a big local set (span_undo_set.go)
				}
				s.fill++
				s.used++
				*e = setEntry{key: k, hash: h}
				if s.fill*5 < mask*3 {
					return nil
				}
				s.resize(setGrowthMinUsed(s.used))
				return nil
			} else if e.hash == -1 && !e.key.IsValid() {
				// CPython 3.11 remembers the last dummy seen, not the first.
				freeslot = j
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean is CPython's set_insert_clean: k is known absent and the
// table has no dummies.
func insertClean(table []setEntry, k Value, h int64) {
	mask := len(table) - 1
	perturb := uint64(h)
	i := int(uint64(h) & uint64(mask))
	for {
		if !table[i].key.IsValid() {
			table[i] = setEntry{key: k, hash: h}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if !table[j].key.IsValid() {
					table[j] = setEntry{key: k, hash: h}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// setGrowthMinUsed is what an insert that filled the table asks resize
// for (CPython's set_add_entry).
func setGrowthMinUsed(used int) int {
	if used > 50000 {
		return used * 2
	}
	return used * 4
}

// setTableSize is the table size set_table_resize picks for minused: the
// smallest power of two above it, at least setMinSize.
func setTableSize(minused int) int {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	return size
}

// resize is CPython's set_table_resize.
func (s *Set) resize(minused int) {
	old := s.table
	s.table = makeSetTable(setTableSize(minused))
	s.fill = s.used
	for _, e := range old {
		if e.key.IsValid() {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// find returns the slot holding k (hash h), or -1. The probe compares
// the stored hash first: most slots on a probe path hold another hash,
// and only a slot with hash h or 0 (the empty slot's) needs its key
// looked at. Small-int keys against small-int entries compare payloads
// (no interface comparison); everything else goes through keysEqual.
func (s *Set) find(t *Thread, k Value, h int64) (int, error) {
	t.touch(&s.Header)
	kInt := k.IsInt()
restart:
	table := s.table
	if table == nil || s.used == 0 {
		return -1, nil
	}
	mask := len(table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := i
		for {
			e := &table[j]
			if e.hash == h {
				if !e.key.IsValid() {
					if h == 0 {
						return -1, nil // the empty slot
					}
				} else if kInt && e.key.IsInt() {
					if e.key.num == k.num {
						return j, nil
					}
				} else {
					start := e.key
					if start.Is(k) {
						return j, nil
					}
					eq, err := keysEqual(t, start, k)
					if err != nil {
						return -1, err
					}
					if eq {
						return j, nil
					}
					if len(table) != len(s.table) || &table[0] != &s.table[0] || !s.table[j].key.Is(start) {
						goto restart
					}
				}
			} else if e.hash == 0 && !e.key.IsValid() {
				return -1, nil
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// Contains reports whether k is in s.
func (s *Set) Contains(t *Thread, k Value) (bool, error) {
	t.touch(&s.Header)
	h, err := hashValue(t, k)
	if err != nil {
		return false, err
	}
	j, err := s.find(t, k, h)
	return j >= 0, err
}

// Discard removes k if present and reports whether it was.
func (s *Set) Discard(t *Thread, k Value) (bool, error) {
	h, err := hashValue(t, k)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, k, h)
}

// Items returns the elements in iteration order.
func (s *Set) Items(t *Thread) []Value {
	t.touch(&s.Header)
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key.IsValid() {
			out = append(out, e.key)
		}
	}
	return out
}

// frozenHash is CPython 3.11's frozenset hash.
func (s *Set) frozenHash(t *Thread) (int64, error) {
	t.touch(&s.Header)
	if h := s.hash.Load(); h != 0 {
		return h, nil
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	for _, e := range s.table {
		if e.key.IsValid() {
			hash ^= shuffle(uint64(e.hash))
		}
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash.Store(int64(hash))
	return int64(hash), nil
}
