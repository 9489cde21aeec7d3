package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the read side of a shared set (issue #7, stage 2:
// "dicts and sets per key"): `x in s` and `len(s)` read without the token
// in an abortable span, with conflicts per element.
//
// A set's read side is a dict's (shared_read_dict.go): one node per
// element with its own version word, a size word for len(), striped words
// for absent elements. A node's value is setPresent, never replaced: a
// set element is only ever added or removed. So `x in s` conflicts only
// with a commit that added or removed x (or, for an absent x, added an
// element of x's stripe), and len(s) only with one that changed the size.
//
// Where it lives: in the set's stm.Header state pointer (a setShared,
// set at publication, as lists and instances do): thread-local sets carry
// nothing, and the Set struct keeps its size.
//
// Iteration (`for x in s`, SetIterator) reads a copy of the table (slots
// in order, so an iterator's position means the same in the copy and in
// the set) made under the token by the first lock-free iterator that
// wanted one, tagged with the side and the side's size word (keys) it
// was current at. Every change of a table's layout changes membership
// (a resize happens only inside an insert), which moves keys, so a copy
// whose tag still matches the side's current keys word is the set's
// table; a reader records that word. Writers do nothing for it: a stale
// copy is simply not used, and the next lock-free iterator makes a new
// one (O(n) per write-then-iterate, as for lists; sets whose tables are
// over maxSetIterSnap slots are iterated under the token).
//
// Writers (token held) keep the side in step: an element added (addEntry)
// or removed (a discard, remove or pop) updates its node, O(1) as for a
// dict key; a write that replaces the table wholesale (clear, the
// intersection updates, a merge into an empty table, a rollback's
// restore) drops the side instead, bumping every word of it, and the next
// lock-free reader builds a new one under the token.

// setPresent is the value of every node of a set's read side.
var setPresent = True

// setShared is what a set gets when it is published: its read side's
// holder and the iteration copy.
type setShared struct {
	sideHolder
	iter atomic.Pointer[setIterSnap]
	// impure: the set may hold an element that is not a pure key
	// (span_setpure.go).
	impure atomic.Bool
}

// setIterSnap is a copy of a shared set's table for lock-free iteration,
// current while rs is the set's read side and rs.keys is at kv. Never
// written after it is published.
type setIterSnap struct {
	rs    *dictReadSide
	kv    uint64
	table []setEntry
	used  int
	// fill and finger complete the set's state for the read views of
	// whole-set operations (span_setops.go): a pop's choice depends on
	// the finger, which only pops (membership changes) and wholesale
	// writes (side dropped) move.
	fill, finger int
}

// maxSetIterSnap bounds the tables copied for lock-free iteration.
const maxSetIterSnap = 1 << 14

// markShared publishes the set (share.go) with the holder of its read
// side; false if it already was shared.
func (s *Set) markShared() bool {
	if s.IsShared() {
		return false
	}
	stm.Publish(nil, &s.Header, &setShared{})
	s.noteImpureTable() // (span_setpure.go)
	return true
}

// shared returns what a shared set got at publication (nil for a
// thread-local set or a frozenset).
func (s *Set) shared() *setShared {
	if !s.IsShared() {
		return nil
	}
	return stm.PeekFixed[setShared](&s.Header)
}

// sideHolder returns the holder of a shared set's read side (nil for a
// thread-local set or a frozenset).
func (s *Set) sideHolder() *sideHolder {
	if ss := s.shared(); ss != nil {
		return &ss.sideHolder
	}
	return nil
}

// readSide returns the set's read side, nil when it has none.
func (s *Set) readSide() *dictReadSide {
	if h := s.sideHolder(); h != nil {
		return h.rd.Load()
	}
	return nil
}

// buildReadSide makes the read side of the shared set s from its table
// (token held; see dictReadSide's build).
func (s *Set) buildReadSide(t *Thread, h *sideHolder) {
	if h.rd.Load() != nil {
		return
	}
	rs, tab := newReadSide(t, s.used, SetType)
	for i := range s.table {
		if e := &s.table[i]; e.key.IsValid() {
			tab.place(newDictReadNode(e.key, e.hash, setPresent))
		}
	}
	h.rd.Store(rs)
}

// Writer side: token held, after the set's table was changed.

// sideAdded records that k (hash h), the very key object now in the
// table, was added.
func (s *Set) sideAdded(t *Thread, k Value, h int64) {
	s.noteImpureKey(k) // (span_setpure.go)
	if rs := s.readSide(); rs != nil {
		rs.insert(t, k, h, setPresent)
	}
}

// sideRemoved records that k (hash h), the key object that was in the
// table, was removed.
func (s *Set) sideRemoved(t *Thread, k Value, h int64) {
	if rs := s.readSide(); rs != nil {
		rs.remove(t, k, h)
	}
}

// sideDropped is for a write that replaced the table wholesale: every
// reader of the side is invalidated and the side forgotten.
func (s *Set) sideDropped(t *Thread) {
	if hd := s.sideHolder(); hd != nil {
		hd.drop(t)
	}
}

// Reader side.

// lockFreeSet returns the exact shared set v is when t should read it
// through its read side, building the side (under the token) when enough
// reads wanted it; nil means the token path.
func (t *Thread) lockFreeSet(v Value) (*Set, *dictReadSide) {
	s, ok := v.obj.(*Set)
	if !ok || s.typ != nil || s.frozen || !t.lockFreeReads() {
		return nil, nil
	}
	h := s.sideHolder()
	if h == nil {
		return nil, nil
	}
	rs := h.rd.Load()
	if rs == nil {
		if n := h.tokenRead(t); n >= buildAfter(s.used) {
			s.buildReadSide(t, h)
		}
		return nil, nil
	}
	return s, rs
}

// sharedSetContains is `k in s` for a shared exact set read without the
// token: the span's own buffered adds and discards first
// (span_setwrites.go), then the read side. ok false: take the token path.
func (t *Thread) sharedSetContains(v, k Value) (found, ok bool) {
	if !pureKey(k) {
		return false, false
	}
	s, rs := t.lockFreeSet(v)
	if s == nil {
		return false, false
	}
	h, err := hashValue(nil, k)
	if err != nil {
		return false, false
	}
	if add, buffered := t.sp.sw.lookup(s, k, h); buffered {
		return add, true
	}
	_, found, ok = rs.get(t, k, h)
	return found, ok
}

// iterSnap returns the table copy of the shared exact set s for t
// iterating it without the token, with the side's size word recorded;
// nil means take the token path (which t then holds: the copy, if the
// set may have one, is made now). A set the span wrote is iterated in
// the span's view of it (span_setops.go: the copy with the span's
// writes applied).
func (t *Thread) iterSnap(s *Set) *setIterSnap {
	if t.sp.sw.has(s) {
		return t.viewIterSnap(s)
	}
	return t.tableSnap(s, true)
}

// tableSnap is iterSnap, lock-free only when lockFree says the caller
// may read the committed table (span_setops.go reads it with the span's
// own writes applied on a copy).
func (t *Thread) tableSnap(s *Set, lockFree bool) *setIterSnap {
	if s.typ != nil || !t.lockFreeReads() {
		return nil
	}
	ss := s.shared()
	if ss == nil {
		return nil
	}
	rs := ss.rd.Load()
	if rs != nil && lockFree && !lockedVersion(rs.gen.load()) {
		kv := rs.keys.load()
		if snap := ss.iter.Load(); snap != nil && snap.rs == rs && snap.kv == kv && !lockedVersion(kv) {
			t.recordRead(&rs.keys, kv, readSite{typ: SetType})
			return snap
		}
	}
	t.acquireToken() // (applies the span's buffered writes)
	if len(s.table) > maxSetIterSnap {
		return nil
	}
	if rs == nil {
		if ss.tokenReads.Add(1) < buildAfter(s.used) {
			return nil
		}
		s.buildReadSide(t, &ss.sideHolder)
		rs = ss.rd.Load()
	}
	// Tagged with the version now: if this thread's transaction has the
	// word locked (it wrote the set), no reader will match the tag.
	ss.iter.Store(&setIterSnap{rs: rs, kv: rs.keys.load(), table: append([]setEntry(nil), s.table...),
		used: s.used, fill: s.fill, finger: s.finger})
	return nil
}

// sharedSetLen is len(s) read without the token, counting the span's own
// buffered adds and discards of s (each written element's membership
// before the span's first write to it read from the side, and recorded);
// ok false: token path.
func (t *Thread) sharedSetLen(v Value) (int, bool) {
	s, rs := t.lockFreeSet(v)
	if s == nil {
		return 0, false
	}
	if !t.sp.sw.has(s) {
		return rs.length(t)
	}
	delta, cleared, ok := t.sp.sw.sizeChange(s, func(k Value, h int64) (bool, bool) {
		_, found, ok := rs.get(t, k, h)
		return found, ok
	})
	if !ok || cleared {
		return delta, ok // (after a clear of s, its committed size is not read)
	}
	n, ok := rs.length(t)
	return n + delta, ok
}

// setTableLockFree is the table copy an iterator of s reads instead of
// the set when t may read it lock-free (iterSnap); nil: touch the set.
// A thread-local set costs one test.
func (t *Thread) setTableLockFree(s *Set) *setIterSnap {
	if !s.IsShared() || t == nil || !t.sp.optimistic {
		return nil
	}
	return t.iterSnap(s)
}
