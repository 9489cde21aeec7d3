package runtime

import "github.com/pystm/pystm/stm"

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
// Where it lives: in the set's stm.Header state pointer (a sideHolder,
// set at publication, as lists and instances do): thread-local sets carry
// nothing, and the Set struct keeps its size.
//
// Writers (token held) keep the side in step: an element added (addEntry)
// or removed (a discard, remove or pop) updates its node, O(1) as for a
// dict key; a write that replaces the table wholesale (clear, the
// intersection updates, a merge into an empty table, a rollback's
// restore) drops the side instead, bumping every word of it, and the next
// lock-free reader builds a new one under the token.

// setPresent is the value of every node of a set's read side.
var setPresent = True

// markShared publishes the set (share.go) with the holder of its read
// side; false if it already was shared.
func (s *Set) markShared() bool {
	if s.IsShared() {
		return false
	}
	stm.Publish(nil, &s.Header, &sideHolder{})
	return true
}

// sideHolder returns the holder of a shared set's read side (nil for a
// thread-local set or a frozenset).
func (s *Set) sideHolder() *sideHolder {
	if !s.IsShared() {
		return nil
	}
	return stm.Peek[sideHolder](&s.Header)
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

// sharedSetLen is len(s) read without the token, counting the span's own
// buffered adds and discards of s (each written element's membership
// before the span's first write to it read from the side, and recorded);
// ok false: token path.
func (t *Thread) sharedSetLen(v Value) (int, bool) {
	s, rs := t.lockFreeSet(v)
	if s == nil {
		return 0, false
	}
	n, ok := rs.length(t)
	if !ok || !t.sp.sw.has(s) {
		return n, ok
	}
	delta, ok := t.sp.sw.sizeChange(s, func(k Value, h int64) (bool, bool) {
		_, found, ok := rs.get(t, k, h)
		return found, ok
	})
	return n + delta, ok
}
