package runtime

// This file holds what the lock-free reads of shared dicts and instances
// (shared_read_dict.go, shared_read_instance.go; stage 2 of issue #7) have
// in common: when a thread reads without the token, the locked-version
// rule, and the keys that can be hashed and compared without running
// Python code.
//
// The shared objects keep their own storage, written and read plainly by
// the token holder as in stage 1. Beside it, a shared object that a thread
// wanted to read without the token gets a "read side": immutable values
// behind atomic pointers plus version words (readlog.go), kept in step by
// every writer (token held) and built once, under the token, by the first
// such reader. A reader without the token reads only the read side: an
// atomic load of the version word, then of the immutable data, then it
// records (word, version) in its span's read log, which the span
// validates when it takes the token and at commit.

// lockFreeReads reports whether t reads shared dicts and instances
// through their read sides now: only in an abortable span, whose stale
// reads are caught by validation. Also when it holds the token: the read
// side is then as current as the object's own storage except for the
// words its own span locked (those reads take the token path and see its
// writes), and a read there does not count as touching a shared object,
// so the token is released at the next boundary (measured: with the
// token path taken whenever the token was held, one of two threads
// reading a shared dict kept the token for the whole run, re-touching it
// on every read).
func (t *Thread) lockFreeReads() bool {
	return t != nil && t.optimisticReads()
}

// lockedVersion reports whether a version word loaded as v is locked: a
// writer (holding the token) has changed the state in a span that has not
// committed yet. A reader must not use the state then: the writer may go
// on to change other objects, and a reader that saw this change but not
// the next would see a state no serial order has. It takes the token
// path instead, which waits for the writer to end its span. Writers keep
// a word odd from their first write to their commit (versionWord.bump,
// requested of SPAN in REQUESTS.md); versions only grow, so an odd
// version never equals a recorded one and validation needs no change.
func lockedVersion(v uint64) bool { return v&1 != 0 }

// maxPureKeyDepth bounds the nesting of tuple keys read lock-free; deeper
// keys take the token path (their hash walks them anyway).
const maxPureKeyDepth = 8

// pureKey reports whether v hashes and compares without running Python
// code: None, bools, ints, floats, exact strs and exact tuples of those.
// Only such keys are looked up without the token; any other key could
// reach a Python __hash__ or __eq__, which must run in a transaction that
// holds the token.
func pureKey(v Value) bool { return pureKeyDepth(v, 0) }

func pureKeyDepth(v Value, depth int) bool {
	switch o := v.obj.(type) {
	case intTag, boolTag, floatTag, noneTag:
		return true
	case *Str:
		return o.typ == nil
	case *Tuple:
		if o.typ != nil || depth >= maxPureKeyDepth {
			return false
		}
		for _, it := range o.items {
			if !pureKeyDepth(it, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// pureEqual compares two pure keys (pureKey) exactly as keysEqual does,
// without a thread: keys of different kinds are unequal without any
// Python code running (their __eq__ are the built-in ones).
func pureEqual(a, b Value) bool {
	if a.Is(b) {
		return true
	}
	switch x := a.obj.(type) {
	case *Str:
		y, ok := b.obj.(*Str)
		return ok && x.s == y.s
	case intTag, boolTag:
		switch b.obj.(type) {
		case intTag, boolTag:
			return a.num == b.num
		case floatTag:
			return float64(int64(a.num)) == b.AsFloat()
		}
	case floatTag:
		switch b.obj.(type) {
		case intTag, boolTag:
			return a.AsFloat() == float64(int64(b.num))
		case floatTag:
			return a.AsFloat() == b.AsFloat()
		}
	case *Tuple:
		y, ok := b.obj.(*Tuple)
		if !ok || len(x.items) != len(y.items) {
			return false
		}
		for i := range x.items {
			if !pureEqual(x.items[i], y.items[i]) {
				return false
			}
		}
		return true
	}
	return false
}
