package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the read side of a shared list (LISTREAD, the
// follow-up of shared_read.go's dicts and instances): an immutable copy
// of the list's elements behind an atomic pointer, and one version word
// for the whole list. Threads in an abortable span read lst[i], len(lst),
// `for x in lst` and `x in lst` (simple x) from the copy without the
// token, recording (word, version) in their read log.
//
// Writers drop the copy instead of updating it: before a write to a
// shared list whose copy exists, the writer (token held) locks the word
// (bump: odd until its transaction ends) and then clears the pointer; the
// next lock-free reader builds a new copy under the token (O(n), paid by
// the reader). So a write costs O(1) (a bump and a store, only while a
// copy exists: repeated writes with no reader in between cost one load),
// and the copy is rebuilt at most once per write-then-read. The lists that
// threads read concurrently (a scene, a table of names) are read-mostly,
// where the rebuild is paid once; a list written between every read would
// pay it every time, so lists over maxListSnap elements never get a copy
// (their reads take the token path, as before). The rejected alternative
// (copy-on-write chunks updated in place by every writer) needs a
// publish step after each of the list's ~50 write paths; dropping needs
// one hook before them, in the list's write barriers, which every write
// path already calls.
//
// Why the word must be bumped both when a copy is dropped and when one is
// built: a reader's record (word, v) stands for the copy it read, which
// was current at v; the list changes only after that copy is dropped,
// which moves the word on. The builder's bump (lock, then publish) covers
// a builder whose own span wrote the list before building: the copy then
// holds uncommitted writes and the word stays odd (readers take the token
// path) until the builder's span ends; if that span rolls back, the undo
// of its list records drops the copy again (listUndo.undo).
//
// Where it lives: in the list's stm.Header state pointer (set at
// publication, as for instances): thread-local lists carry nothing and
// run exactly the code they ran before.

// maxListSnap bounds the lists that get a lock-free read side: the copy
// is rebuilt after every write that a lock-free read follows.
const maxListSnap = 1 << 14

// listReadSide is a shared list's lock-free-readable state; snap is nil
// until a lock-free reader builds it, and again after every write.
type listReadSide struct {
	w    versionWord
	snap atomic.Pointer[listSnap]
}

// listSnap is one state of a list's elements; never written after it is
// published.
type listSnap struct {
	items []Value
}

// markShared publishes the list (share.go) with the holder of its read
// side; false if it already was shared.
func (l *List) markShared() bool {
	if l.IsShared() {
		return false
	}
	stm.Publish(nil, &l.Header, &listReadSide{})
	return true
}

// readSide returns the holder of a shared list's read side (nil for a
// thread-local list or one published without a holder).
func (l *List) readSide() *listReadSide {
	if !l.IsShared() {
		return nil
	}
	return stm.Peek[listReadSide](&l.Header)
}

// dropReadSide is the writers' hook, called before a write to the shared
// list l with the token held (or with no thread, by set-up code): readers
// stop using the copy. Lock first, then clear: a reader that still loads
// the old copy loaded the version before the lock, which validation then
// finds stale.
func (l *List) dropReadSide(t *Thread) {
	rs := l.readSide()
	if rs == nil || rs.snap.Load() == nil {
		return
	}
	rs.w.bump(t)
	rs.snap.Store(nil)
}

// buildReadSide makes the copy of the shared list l (token held).
func (l *List) buildReadSide(t *Thread, rs *listReadSide) {
	if rs.snap.Load() != nil || l.Len() > maxListSnap {
		return
	}
	s := &listSnap{items: make([]Value, l.Len())}
	l.copyValues(s.items)
	rs.w.bump(t) // locked until the builder's transaction ends (see above)
	rs.snap.Store(s)
}

// listSnapFor returns the copy of the shared exact list l for t reading
// without the token (t.lockFreeReads()), with its version recorded; nil
// means take the token path (a locked word, no copy yet: built now under
// the token, a list too long for a copy).
func (t *Thread) listSnapFor(l *List) *listSnap {
	s, build := t.tryListSnap(l)
	if build != nil {
		t.acquireToken()
		l.buildReadSide(t, build)
	}
	return s
}

// tryListSnap is listSnapFor without the build: s nil means take the
// token path, and build non-nil that the list has no copy, which the
// token holder should build.
func (t *Thread) tryListSnap(l *List) (s *listSnap, build *listReadSide) {
	if l.typ != nil || (len(t.sp.la) > 0 && t.hasListAppends(l)) {
		return nil, nil // (the token path applies the span's appends)
	}
	rs := l.readSide()
	if rs == nil {
		return nil, nil
	}
	v := rs.w.load()
	if lockedVersion(v) {
		return nil, nil
	}
	s = rs.snap.Load()
	if s == nil {
		return nil, rs
	}
	t.recordRead(&rs.w, v, readSite{typ: ListType})
	return s, nil
}

// sharedListIndex is l[i] (i an int, negative from the end) read without
// the token. ok false: take the token path; inRange false: IndexError.
func (t *Thread) sharedListIndex(l *List, i int64) (v Value, inRange, ok bool) {
	if !t.lockFreeReads() {
		return Value{}, false, false
	}
	s := t.listSnapFor(l)
	if s == nil {
		return Value{}, false, false
	}
	n := int64(len(s.items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Value{}, false, true
	}
	return s.items[i], true, true
}

// sharedListNext is a list iterator's next element over a shared list,
// read without the token: the element at position i, or done when the
// list has no element there. ok false: take the token path.
func (t *Thread) sharedListNext(l *List, i int) (v Value, more, ok bool) {
	if !t.lockFreeReads() {
		return Value{}, false, false
	}
	s := t.listSnapFor(l)
	if s == nil {
		return Value{}, false, false
	}
	if i < len(s.items) {
		return s.items[i], true, true
	}
	return Value{}, false, true
}

// listLockFree returns v's list when v is a shared exact list that t may
// read without the token.
func (t *Thread) listLockFree(v Value) *List {
	l, ok := v.obj.(*List)
	if !ok || l.typ != nil || !l.IsShared() || !t.lockFreeReads() {
		return nil
	}
	return l
}

// sharedListGetItem is the GetItem slot's lock-free attempt for a shared
// list with an int key.
func (t *Thread) sharedListGetItem(l *List, k Value) (Value, bool, error) {
	if !k.IsInt() {
		return Value{}, false, nil
	}
	v, inRange, ok := t.sharedListIndex(l, k.AsInt())
	if !ok {
		return Value{}, false, nil
	}
	if !inRange {
		return Value{}, true, Errorf(IndexErrorType, "list index out of range")
	}
	return v, true, nil
}

// sharedListLen is len(l) read without the token.
func (t *Thread) sharedListLen(l *List) (int, bool) {
	s := t.listSnapFor(l)
	if s == nil {
		return 0, false
	}
	return len(s.items), true
}

// sharedListContains is `x in l` read without the token, decided only
// when no Python code can run: x an int, bool, None or exact str, and
// every element compared before a match a pure value (shared_read.go's
// pureKey) or x itself. Floats and tuples as x take the token path (NaN
// identity rules differ between the two comparisons).
func (t *Thread) sharedListContains(l *List, x Value) (found, ok bool) {
	switch o := x.obj.(type) {
	case intTag, boolTag, noneTag:
	case *Str:
		if o.typ != nil {
			return false, false
		}
	default:
		return false, false
	}
	s := t.listSnapFor(l)
	if s == nil {
		return false, false
	}
	for _, e := range s.items {
		if e.Is(x) {
			return true, true
		}
		if !pureKey(e) {
			return false, false
		}
		if pureEqual(x, e) {
			return true, true
		}
	}
	return false, true
}

// touchListW is the write barrier (touchWL) of a list: a shared list also
// loses its read side's copy before the write.
func (t *Thread) touchListW(l *List) {
	if l.IsShared() {
		t.sharedListWrite(l)
	}
}

// touchListStore is touchStoreL for a store of v into a list.
func (t *Thread) touchListStore(l *List, v Value) {
	if l.IsShared() {
		t.sharedListWrite(l)
		t.publish(v)
	}
}

// sharedListWrite takes the token for a write to the shared list l and
// drops its read side's copy.
func (t *Thread) sharedListWrite(l *List) {
	if t != nil {
		t.acquireToken()
	}
	l.dropReadSide(t)
}
