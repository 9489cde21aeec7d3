package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// DictType is the type of dict.
var DictType = &Type{Name: "dict"}

// dictEntry is one slot of a dict's entries array. A deleted entry has a
// zero key.
type dictEntry struct {
	key, value Value
	hash       int64
}

// Dict is a Python dict: an insertion-ordered hash table laid out as
// CPython's compact dict. entries holds the items in insertion order
// (deleted ones as holes); index is an open-addressing table of positions
// into entries (dictEmpty, dictDummy or an entry number), its length a
// power of two. Small dicts have no index: lookups scan entries.
type Dict struct {
	stm.Header
	typ     *Type // nil for exact dict
	sub     subAttrs
	entries []dictEntry
	index   []int32
	used    int    // live items
	version uint64 // keys version: bumped when a key is added or removed
	// valsVersion is bumped by every store into a shared dict (value
	// replaced, key added or removed), after the store: lock-free readers
	// (LOAD_GLOBAL's cache) validate immutable copies of values against
	// it. Both version words are written atomically once the dict is
	// shared, and read atomically by readers without the token.
	valsVersion uint64
	// lk, made when the dict is published, lets readers that have no
	// *Thread (GetStr: class and module namespace lookups) read a shared
	// dict without the token: every write of a shared dict holds it. It
	// also holds the read side of lock-free readers (shared_read_dict.go).
	lk *dictShared
	// data marks a dict made as data (a literal, dict(), copy, fromkeys),
	// set at creation only; namespace, atomic, that one has since been
	// read as a namespace. An abortable span may buffer the stores of a
	// shared data dict that is no namespace (span_dictwrites.go).
	data      bool
	namespace atomic.Bool
}

// markShared publishes the dict (see share.go); false if it already was.
func (d *Dict) markShared() bool {
	if d.IsShared() {
		return false
	}
	d.lk = new(dictShared)
	d.publishView()
	return markShared(&d.Header)
}

// beginWrite is called before changing a dict's entries; it returns
// whether the dict is shared, for endWrite.
func (d *Dict) beginWrite() bool {
	if d.IsShared() {
		d.lk.Lock()
		return true
	}
	return false
}

// endWrite ends a write begun by beginWrite: for a shared dict it bumps
// the values version (readers of cached values see the change) and
// releases the write lock.
func (d *Dict) endWrite(shared bool) {
	if shared {
		d.lk.publishCounts(d)
		atomic.AddUint64(&d.valsVersion, 1)
		d.lk.Unlock()
	}
}

// bumpKeys records that a key was added or removed.
func (d *Dict) bumpKeys() {
	if d.IsShared() {
		atomic.AddUint64(&d.version, 1)
	} else {
		d.version++
	}
}

// sharedVersions returns the keys and values versions of a shared dict,
// read atomically (for readers without the token).
func (d *Dict) sharedVersions() (keys, vals uint64) {
	return atomic.LoadUint64(&d.version), atomic.LoadUint64(&d.valsVersion)
}

const (
	dictEmpty     = -1
	dictDummy     = -2
	dictLinearMax = 8 // up to this many entries, no index table
)

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict or the subclass the dict was made for.
func (d *Dict) Type() *Type {
	if d.typ != nil {
		return d.typ
	}
	return DictType
}

// Len returns the number of items.
func (d *Dict) Len() int {
	if d.IsShared() {
		d.lk.RLock()
		defer d.lk.RUnlock()
	}
	return d.used
}

// KeysVersion returns a number that changes whenever a key is added or
// removed (not when a value is replaced). Global-variable caches check it.
func (d *Dict) KeysVersion() uint64 { return atomic.LoadUint64(&d.version) }

// lookup returns the entry number of key k with hash h, or -1. An __eq__
// called during the lookup may change the dict; then the lookup starts
// again, as CPython's does, so that no stale position is used.
func (d *Dict) lookup(t *Thread, k Value, h int64) (int, error) {
restart:
	version, entries, index := d.version, d.entries, d.index
	changed := func() bool {
		return d.version != version || len(d.entries) != len(entries) || len(d.index) != len(index) ||
			(len(entries) > 0 && &d.entries[0] != &entries[0])
	}
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key.IsValid() {
				if e.key.Is(k) {
					return i, nil
				}
				eq, err := keysEqual(t, e.key, k)
				if err != nil {
					return -1, err
				}
				if changed() {
					goto restart
				}
				if eq {
					return i, nil
				}
			}
		}
		return -1, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == dictEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key.IsValid() {
				if e.key.Is(k) {
					return int(ix), nil
				}
				eq, err := keysEqual(t, e.key, k)
				if err != nil {
					return -1, err
				}
				if changed() {
					goto restart
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for a str key given as a Go string.
func (d *Dict) lookupStr(k string, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if s, ok := e.key.obj.(*Str); ok && s.s == k {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == dictEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if s, ok := e.key.obj.(*Str); ok && s.s == k {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetItem returns the value stored under k.
func (d *Dict) GetItem(t *Thread, k Value) (Value, bool, error) {
	t.touch(&d.Header)
	h, err := hashValue(t, k)
	if err != nil {
		return Value{}, false, err
	}
	return d.getHashed(t, k, h)
}

func (d *Dict) getHashed(t *Thread, k Value, h int64) (Value, bool, error) {
	t.touch(&d.Header)
	ix, err := d.lookup(t, k, h)
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	return d.entries[ix].value, true, nil
}

// SetItem stores v under k.
func (d *Dict) SetItem(t *Thread, k, v Value) error {
	t.touch(&d.Header)
	h, err := hashValue(t, k)
	if err != nil {
		return err
	}
	return d.setHashed(t, k, h, v)
}

func (d *Dict) setHashed(t *Thread, k Value, h int64, v Value) error {
	if d.IsShared() {
		t.touchStore(&d.Header, k)
		t.touchStore(&d.Header, v)
	}
	ix, err := d.lookup(t, k, h)
	if err != nil {
		return err
	}
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logDictSet(d, ix)
	}
	d.storeAt(t, ix, k, h, v)
	return nil
}

// storeAt stores v under k (hash h), whose entry number lookup returned
// as ix (-1: absent), keeping a shared dict's read side in step.
func (d *Dict) storeAt(t *Thread, ix int, k Value, h int64, v Value) {
	w := d.beginWrite()
	d.storeLocked(t, ix, k, h, v, w)
	d.endWrite(w)
}

// storeLocked is storeAt inside beginWrite/endWrite (w: what beginWrite
// returned).
func (d *Dict) storeLocked(t *Thread, ix int, k Value, h int64, v Value, w bool) {
	if ix >= 0 {
		d.entries[ix].value = v
		if w {
			d.readSideSet(t, ix)
		}
	} else {
		d.insertNew(t, k, h, v)
	}
}

// insertNew appends a key known to be absent.
func (d *Dict) insertNew(t *Thread, k Value, h int64, v Value) {
	if d.index == nil {
		if len(d.entries) >= dictLinearMax {
			d.rebuild(d.used + 1)
		}
	} else if d.mustGrow() {
		d.rebuild(d.used + 1)
	}
	slot := -1
	if d.index != nil {
		slot = d.freeSlot(h)
	}
	d.insertAt(t, slot, k, h, v)
}

// mustGrow reports that an insert into a dict with an index must rebuild
// it first: it would be more than two thirds full.
func (d *Dict) mustGrow() bool { return 3*(len(d.entries)+1) > 2*len(d.index) }

// insertAt appends the absent key k and enters it at the free index slot
// slot (-1: the dict has no index). The index has room (mustGrow false).
func (d *Dict) insertAt(t *Thread, slot int, k Value, h int64, v Value) {
	n := len(d.entries)
	if t.logging() { // SPAN: a keyed dict's position record (span_undo_dict.go)
		t.logDictPos(d, n, slot)
	}
	d.entries = append(d.entries, dictEntry{key: k, value: v, hash: h})
	if slot >= 0 {
		d.storeSlot(slot, int32(n))
	}
	d.used++
	d.bumpKeys()
	if d.lk != nil {
		if rs := d.lk.rd.Load(); rs != nil {
			rs.insert(t, k, h, v)
		}
	}
}

// indexInsert puts entry number n into the first free index slot.
func (d *Dict) indexInsert(h int64, n int32) { d.index[d.freeSlot(h)] = n }

// freeSlot returns the first free (empty or dummy) slot of the probe
// sequence of hash h.
func (d *Dict) freeSlot(h int64) int {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// rebuild compacts the entries and sizes the index for at least n items.
func (d *Dict) rebuild(n int) {
	if d.used != len(d.entries) {
		live := makeEntries(0, n)
		for _, e := range d.entries {
			if e.key.IsValid() {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	if n <= dictLinearMax {
		d.index = nil
		return
	}
	size := 16
	for 2*size < 3*n {
		size <<= 1
	}
	var spare *dictSpare
	if d.lk != nil && size >= probeAheadMinIndex {
		spare = d.lk.growth.takeSpare(size, len(d.entries)) // made ahead (span_dictgrow.go)
	}
	if usable := 2 * size / 3; cap(d.entries) < usable {
		// Room for every entry the index takes before the next rebuild,
		// as CPython sizes its entries: appends then never grow the
		// array (append's 1.25x steps for big slices copied a dict of
		// millions of items about four times over while it was filled).
		var grown []dictEntry
		if spare != nil && cap(spare.entries) >= usable {
			grown = spare.entries[:len(d.entries)]
		} else {
			grown = makeEntries(len(d.entries), usable)
		}
		copyPreemptible(grown, d.entries)
		d.entries = grown
	}
	if spare != nil {
		d.index = spare.index
	} else {
		d.index = makeIndex(size)
		for i := range d.index {
			d.index[i] = dictEmpty
		}
	}
	for i, e := range d.entries {
		d.indexInsert(e.hash, int32(i))
	}
	d.publishView()
}

// DelItem removes k; it reports whether k was there.
func (d *Dict) DelItem(t *Thread, k Value) (bool, error) {
	t.touch(&d.Header)
	h, err := hashValue(t, k)
	if err != nil {
		return false, err
	}
	ix, err := d.lookup(t, k, h)
	if err != nil || ix < 0 {
		return false, err
	}
	t.wDict(d) // SPAN
	d.deleteEntry(t, ix)
	return true, nil
}

// deleteEntry removes entry number ix.
func (d *Dict) deleteEntry(t *Thread, ix int) {
	w := d.beginWrite()
	d.deleteEntry0(t, ix)
	d.endWrite(w)
}

func (d *Dict) deleteEntry0(t *Thread, ix int) {
	if t.logging() { // SPAN: a keyed dict's position record (span_undo_dict.go)
		t.logDictPos(d, ix, -2)
	}
	e := &d.entries[ix]
	if d.lk != nil {
		if rs := d.lk.rd.Load(); rs != nil {
			rs.remove(t, e.key, e.hash)
		}
	}
	if d.index != nil {
		mask := uint64(len(d.index) - 1)
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for int(d.index[i]) != ix {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.storeSlot(int(i), dictDummy)
	}
	// The hash stays: a lock-free probe may read it (span_dictprepare.go).
	e.key, e.value = Value{}, Value{}
	d.used--
	d.bumpKeys()
	if ix == len(d.entries)-1 {
		// Trim trailing holes so that a pop/insert cycle does not grow.
		for len(d.entries) > 0 && !d.entries[len(d.entries)-1].key.IsValid() && d.index == nil {
			d.entries = d.entries[:len(d.entries)-1]
		}
	}
	if d.used == 0 {
		if d.lk != nil {
			d.entries = nil // a published view may still name the old entries
		} else {
			d.entries = d.entries[:0]
		}
		d.index = nil
		d.publishView()
	}
}

// GetStr returns the value under the str key k, without allocating a Str.
// It needs no *Thread: a shared dict is read under its read lock (class
// and module namespaces are read this way, without the token).
func (d *Dict) GetStr(k string) (Value, bool) {
	if d.IsShared() {
		d.lk.RLock()
		defer d.lk.RUnlock()
	}
	ix := d.lookupStr(k, strHashString(k))
	if ix < 0 {
		return Value{}, false
	}
	return d.entries[ix].value, true
}

// SetStr stores v under the str key k.
// The caller of SetStr on a shared dict holds the token (use SetStrT from
// code that has a *Thread: it takes it and publishes v).
func (d *Dict) SetStr(k string, v Value) { d.setStr(nil, k, v) }

func (d *Dict) setStr(t *Thread, k string, v Value) {
	h := strHashString(k)
	w := d.beginWrite()
	if ix := d.lookupStr(k, h); ix >= 0 {
		d.entries[ix].value = v
		if w {
			d.readSideSet(t, ix)
		}
	} else {
		d.insertNew(t, NewStr(k), h, v)
	}
	d.endWrite(w)
}

// SetStrT is SetStr for code with a *Thread: a shared dict is written
// with the token held and v is published.
func (d *Dict) SetStrT(t *Thread, k string, v Value) {
	t.touchStoreL(&d.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logDictSet(d, d.lookupStr(k, strHashString(k)))
	}
	d.setStr(t, k, v)
}

// GetStrT is GetStr for code with a *Thread.
func (d *Dict) GetStrT(t *Thread, k string) (Value, bool) {
	t.touch(&d.Header)
	ix := d.lookupStr(k, strHashString(k))
	if ix < 0 {
		return Value{}, false
	}
	return d.entries[ix].value, true
}

// DelStrT is DelStr for code with a *Thread.
func (d *Dict) DelStrT(t *Thread, k string) bool {
	t.wDict(d) // SPAN
	return d.delStr(t, k)
}

// DelStr removes the str key k; it reports whether it was there.
func (d *Dict) DelStr(k string) bool { return d.delStr(nil, k) }

func (d *Dict) delStr(t *Thread, k string) bool {
	ix := d.lookupStr(k, strHashString(k))
	if ix < 0 {
		return false
	}
	d.deleteEntry(t, ix)
	return true
}

// Entries returns snapshots of the keys and values, in insertion order.
func (d *Dict) Entries(t *Thread) (keys, values []Value) {
	t.touch(&d.Header)
	keys = make([]Value, 0, d.used)
	values = make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key.IsValid() {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	return keys, values
}

// Clear removes every item.
func (d *Dict) Clear(t *Thread) {
	t.touchWL(&d.Header)
	if t.logging() { // SPAN: the old arrays are left intact
		t.logDictHeader(d)
	}
	w := d.beginWrite()
	if d.used > 0 {
		d.bumpKeys()
		if w {
			if rs := d.lk.rd.Load(); rs != nil {
				rs.clear(t)
			}
		}
	}
	d.entries, d.index, d.used = nil, nil, 0
	d.publishView()
	d.endWrite(w)
}
