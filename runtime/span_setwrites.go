package runtime

// This file defines the buffered set writes of a span (issue #7, stage
// 2): s.add(x), s.discard(x) and s.remove(x) on a shared set, made by an
// abortable span without the token, wait in the span until it commits, as
// dict stores do (span_dictwrites.go explains the commit). Threads adding
// different elements to one shared set then hold the token only for
// their commits, and conflict with nobody: an add or discard is a blind
// write (it reads nothing), and the set's read side (shared_read_set.go)
// gives readers of x a word that only a commit changing x's membership
// moves.
//
// What is buffered: an exact shared set, an element that hashes and
// compares without Python code (pureKey) and needs no publication, the
// token not held. remove(x) reads x's membership first (lock-free, so it
// is validated at commit) and is buffered as a discard when x is there;
// when x is absent it takes the token path, which raises the KeyError.
//
// Writes are kept in program order and applied in that order at commit
// (no merging of writes to one element): the table then goes through the
// very sequence of inserts and dummies it would have gone through in
// place, so iteration order is CPython's for that serial order.
//
// Read-your-writes: `x in s` looks at the span's last write to x first;
// len(s) of a set the span wrote adds the size change of its writes
// (sizeChange: each written element's committed membership is read, and
// recorded, too); every token path applies the buffer first
// (spanTakeToken), as for dicts.
//
// A pure element can still meet an impure one at commit: an element of
// the set with the same hash whose __eq__ is Python code (a class
// hashing like an int). That comparison cannot run at commit, so the
// commit checks the probe path of each buffered element first
// (setWritesApply) and aborts the span if it meets one; the re-run,
// which begins no abortable span, takes the token path.

// setOp is what a buffered set write does (span_setops.go adds the
// writes of the whole-set operations).
type setOp uint8

const (
	setOpAdd     setOp = iota // k added
	setOpDiscard              // k discarded
	setOpPop                  // k popped: a discard that also moves the finger (applied by pop's own scan)
	setOpMerge                // src merged (set_merge), then its elements as grouped adds
	setOpReplace              // the table replaced by src's (the intersection updates), then grouped discards
	setOpClear                // every element removed
	setOpShrink               // difference_update's closing resize check
)

// setWrite is one buffered write to s. Element writes (add, discard,
// pop) carry k and its hash h; the whole-set ones are markers, applied
// as the operation itself at commit, whose effect on each element is
// spelled out by the grouped element writes after them (for the span's
// own reads: lookup, sizeChange), which are not applied one by one.
type setWrite struct {
	s   *Set
	k   Value
	h   int64
	op  setOp
	add bool // op is setOpAdd: the element is in the set after the write
	// grouped marks an element write that stands for part of the marker
	// before it.
	grouped bool
	// src is a merge's or replace's private set (never written).
	src *Set
	// prev is the position + 1 of the span's previous element write
	// with the same set and hash (0: none); set when the write is
	// indexed.
	prev int32
}

// elem reports whether w writes one element (not a marker).
func (w *setWrite) elem() bool { return w.op <= setOpPop }

// setWriteKey is what setWrites' index is keyed by.
type setWriteKey struct {
	s *Set
	h int64
}

// setWrites is a span's buffer of set writes, in program order.
type setWrites struct {
	ws []setWrite
	// last maps (set, hash) to the position + 1 of the last write with
	// them, for lookups once the buffer outgrows a linear scan
	// (setWritesLinear). It is brought up to date by the lookups, not
	// by put: blind adds (the common case) never pay for it.
	last    map[setWriteKey]int32
	indexed int // writes entered into last
	// clears counts the buffered clears: while there is one, lookups
	// scan (a clear hides every earlier write of its set).
	clears int
	// views are the span's private copies of shared sets with its own
	// writes applied (span_setops.go).
	views []setView
}

// setWritesLinear is the buffer size up to which lookups scan.
const setWritesLinear = 8

// put appends an element write (add or discard).
func (b *setWrites) put(s *Set, k Value, h int64, add bool) {
	op := setOpDiscard
	if add {
		op = setOpAdd
	}
	b.ws = append(b.ws, setWrite{s: s, k: k, h: h, op: op, add: add})
}

// putOp appends a marker (a whole-set write) or a pop.
func (b *setWrites) putOp(w setWrite) {
	if w.op == setOpClear {
		b.clears++
	}
	b.ws = append(b.ws, w)
}

// linear reports whether lookups scan the buffer.
func (b *setWrites) linear() bool { return len(b.ws) <= setWritesLinear || b.clears > 0 }

// indexAll enters the writes not yet in the index (a lookup past the
// linear scan's size).
func (b *setWrites) indexAll() {
	if b.last == nil {
		b.last = make(map[setWriteKey]int32, 2*len(b.ws))
	}
	for ; b.indexed < len(b.ws); b.indexed++ {
		b.index(b.indexed)
	}
}

// index enters write i into the index, linking it to the last write of
// the same set and hash (markers are not entered).
func (b *setWrites) index(i int) {
	w := &b.ws[i]
	if !w.elem() {
		return
	}
	key := setWriteKey{w.s, w.h}
	w.prev = b.last[key]
	b.last[key] = int32(i + 1)
}

// lookup returns the span's last write to k (hash h) in s: whether it
// left k in the set, and whether there was one (a clear of s counts as
// a discard of every element).
func (b *setWrites) lookup(s *Set, k Value, h int64) (add, found bool) {
	if len(b.ws) == 0 {
		return false, false
	}
	if b.linear() {
		for i := len(b.ws) - 1; i >= 0; i-- {
			w := &b.ws[i]
			if w.s != s {
				continue
			}
			if w.op == setOpClear {
				return false, true
			}
			if w.elem() && w.h == h && pureEqual(w.k, k) {
				return w.add, true
			}
		}
		return false, false
	}
	b.indexAll()
	for p := b.last[setWriteKey{s, h}]; p != 0; p = b.ws[p-1].prev {
		if w := &b.ws[p-1]; pureEqual(w.k, k) {
			return w.add, true
		}
	}
	return false, false
}

// sizeChange is how much the buffered writes to s change its size:
// each element write is compared with the element's state before it,
// which is the span's previous write to the element or, for the first,
// what member says (the set's committed state, read lock-free; ok false
// from it: the token path decides). After a clear of s the size is
// counted from zero (cleared true) and member is not asked.
func (b *setWrites) sizeChange(s *Set, member func(k Value, h int64) (found, ok bool)) (delta int, cleared, ok bool) {
	if !b.linear() {
		b.indexAll()
	}
	start := 0
	if b.clears > 0 {
		for i := len(b.ws) - 1; i >= 0; i-- {
			if w := &b.ws[i]; w.s == s && w.op == setOpClear {
				start, cleared = i+1, true
				break
			}
		}
	}
	for i := start; i < len(b.ws); i++ {
		w := &b.ws[i]
		if w.s != s || !w.elem() {
			continue
		}
		before, known := b.before(i)
		if !known {
			if before, ok = member(w.k, w.h); !ok {
				return 0, false, false
			}
		}
		switch {
		case w.add && !before:
			delta++
		case !w.add && before:
			delta--
		}
	}
	return delta, cleared, true
}

// before returns the state write i's element was left in by the span's
// previous write to it (known false: none).
func (b *setWrites) before(i int) (add, known bool) {
	w := &b.ws[i]
	if b.linear() {
		for j := i - 1; j >= 0; j-- {
			x := &b.ws[j]
			if x.s != w.s {
				continue
			}
			if x.op == setOpClear {
				return false, true
			}
			if x.elem() && x.h == w.h && pureEqual(x.k, w.k) {
				return x.add, true
			}
		}
		return false, false
	}
	for p := w.prev; p != 0; p = b.ws[p-1].prev {
		if x := &b.ws[p-1]; pureEqual(x.k, w.k) {
			return x.add, true
		}
	}
	return false, false
}

// has reports whether a write to s is buffered.
func (b *setWrites) has(s *Set) bool {
	for i := range b.ws {
		if b.ws[i].s == s {
			return true
		}
	}
	return false
}

// reset empties the buffer, keeping its storage for the next span.
func (b *setWrites) reset() {
	clear(b.ws)
	b.ws = b.ws[:0]
	if b.indexed > 0 {
		clear(b.last)
		b.indexed = 0
	}
	b.clears = 0
	clear(b.views)
	b.views = b.views[:0]
}

// bufferSetWrite buffers s.add(k) (add true) or s.discard(k) when the
// running span may (see the file comment); false means the caller takes
// the token path.
func (t *Thread) bufferSetWrite(s *Set, k Value, add bool) bool {
	if !t.sp.optimistic || s.typ != nil || s.frozen || !s.IsShared() ||
		t.bufferedWrites() >= 2*maxSpanWrites || t.spanHoldsToken() {
		return false
	}
	var h int64
	if k.IsInt() {
		h = intHash(k.AsInt()) // (pure and published: the common case, without the calls below)
	} else {
		var ok bool
		if h, ok = bufferableKeyHash(k); !ok {
			return false
		}
	}
	t.sp.sw.put(s, k, h, add)
	t.sp.stats.BufferedSetWrites++
	return true
}

// setWritesApply reports whether every buffered set write can be
// applied without Python code: no element of its set with the same hash
// has a key that is not pure (see the file comment). Token held.
func (t *Thread) setWritesApply() bool {
	for i := range t.sp.sw.ws {
		w := &t.sp.sw.ws[i]
		if (w.op == setOpAdd || w.op == setOpDiscard) && w.s.mayHoldImpure() && !w.s.pureProbe(w.k, w.h) {
			return false
		}
	}
	return true
}

// pureProbe reports whether every element on k's probe path (hash h)
// that has hash h is k itself or a pure key (pureKey), so that looking k
// up runs no Python code. The path is CPython's (setobject.c), as find
// walks it; it ends at the first empty slot.
func (s *Set) pureProbe(k Value, h int64) bool {
	table := s.table
	if table == nil {
		return true
	}
	mask := len(table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if !e.key.IsValid() {
				if e.hash == 0 {
					return true // the empty slot
				}
				continue // a dummy
			}
			if e.hash == h && !e.key.Is(k) && !pureKey(e.key) {
				return false
			}
		}
		perturb >>= setPerturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// applySetWrites applies the buffered set writes in program order and
// empties the buffer. The caller holds the token, has validated the
// span's reads and checked setWritesApply (or the span is irrevocable):
// the writes are final and need no undo record.
func (t *Thread) applySetWrites() {
	b := &t.sp.sw
	if len(b.ws) == 0 {
		return
	}
	for i := range b.ws {
		// Pure keys: the comparisons run no Python code and cannot fail.
		b.ws[i].apply(t, b.ws[i].s)
	}
	b.reset()
}

// setAddLockFree is set.add(x) on a shared set in an abortable span:
// buffered when it may be (touchingMethodLockFree's read form; ok false:
// the token path decides, and raises the argument errors).
func setAddLockFree(t *Thread, args []Value, kwnames []string) (Value, bool) {
	if len(kwnames) > 0 || len(args) != 2 {
		return Value{}, false
	}
	s, ok := args[0].obj.(*Set)
	return None, ok && t.bufferSetWrite(s, args[1], true)
}

// setDiscardLockFree is set.discard(x), likewise.
func setDiscardLockFree(t *Thread, args []Value, kwnames []string) (Value, bool) {
	if len(kwnames) > 0 || len(args) != 2 {
		return Value{}, false
	}
	s, ok := args[0].obj.(*Set)
	return None, ok && t.bufferSetWrite(s, args[1], false)
}

// setRemoveLockFree is set.remove(x): x's membership is read lock-free
// (validated at commit); present, it is buffered as a discard. Absent,
// the token path raises the KeyError.
func setRemoveLockFree(t *Thread, args []Value, kwnames []string) (Value, bool) {
	if len(kwnames) > 0 || len(args) != 2 {
		return Value{}, false
	}
	s, ok := args[0].obj.(*Set)
	if !ok {
		return Value{}, false
	}
	if found, ok := t.sharedSetContains(args[0], args[1]); !ok || !found {
		return Value{}, false
	}
	return None, t.bufferSetWrite(s, args[1], false)
}
