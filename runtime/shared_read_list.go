package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the read side of a shared list (LISTREAD, the
// follow-up of shared_read.go's dicts and instances), kept per chunk:
// threads in an abortable span read lst[i], len(lst), `for x in lst` and
// `x in lst` (simple x) without the token, recording in their read log
// only the version words of what they read.
//
// Layout. The read side holds the length readers see (n), a structure
// word (sw) for it, and a table of chunks of listChunkLen positions,
// each with its own version word and one atomic pointer per position to
// an immutable boxed Value. Readers:
//   - l[i], i >= 0 and in range: the chunk word of i only. Every write that
//     changes what position i holds (a store to i, an insert or delete at or
//     before i, a sort, a pop of i) locks chunk(i)'s word, so a store to
//     another chunk or an append does not invalidate the read;
//   - l[i] out of range, l[-k] (normalised by the length), len(l): sw,
//     which every change of length locks;
//   - `for x in l`: the chunk word of each element read (once per chunk
//     while the log's last entries hold it), and sw at the end (the
//     iterator stops because the length is what it is);
//   - `x in l`: the chunk words scanned, and sw when x is not found.
// A blind store l[i] = v buffered by a span (span_liststores.go) logs sw:
// whether position i exists depends on the length only.
//
// Writers (the token held) lock, before the write, the words of what the
// write may change (noteItems, noteMove: called by the list's write
// barriers) and list the read side as dirty on the writing thread. The
// read side itself is brought up to date from the list's storage when
// the writer's transaction ends (syncListReads, called by unlockWords
// before the words are unlocked), after a rollback's undo if there is
// one: so the ~50 write paths need only their barrier before the write,
// and a rolled-back writer leaves the read side as the storage is. A
// store costs one box (24 bytes); a move re-boxes only the positions
// whose values changed. Lists of any length get a read side: no write
// copies the list.
//
// Why positions are boxed instead of chunks copied on write: a chunk
// copy per store is listChunkLen*24 bytes (1.5 KiB at 64) for a random
// update (a histogram), a box is 24; readers pay one more load.
//
// Consistency of a lock-free read: the reader loads sw, then n, then the
// table (tables only grow, and a sync grows the table and fills the
// positions before it stores n, so a table loaded after n has chunk(i)
// and position i for every i < n), then the chunk word, then the box. A
// chunk word seen even means no transaction had locked it: the box read
// after it is the committed one or a newer one, which validation then
// finds (the word moves on). A box cleared by a shrinking sync (nil)
// takes the token path.
//
// Where it lives: in the list's stm.Header state pointer (set at
// publication, as for instances): thread-local lists carry nothing and
// run exactly the code they ran before.

// listChunkBits sets the chunk size: 64 positions per version word.
const (
	listChunkBits = 6
	listChunkLen  = 1 << listChunkBits
	listChunkMask = listChunkLen - 1
)

// listReadSide is a shared list's lock-free-readable state; tab is nil
// until a lock-free reader builds it (under the token). The dirty fields
// are read and written by token holders only.
type listReadSide struct {
	sw  versionWord
	n   atomic.Int64
	tab atomic.Pointer[listTable]

	// dirtyBy is the thread whose transaction wrote the list since the
	// read side was last brought up to date; dirtyFrom (chunk-aligned,
	// -1 for none) and dirtyChunks are the positions it may have changed.
	// Every chunk word the transaction locked is covered by them.
	dirtyBy     *Thread
	dirtyFrom   int
	dirtyChunks []int32
	// nilLocked says that set-up code (no thread) wrote the list: it
	// locked every word, which the next writer with a thread adopts.
	nilLocked bool
	// contended says two threads changed the list's length (span_listops.go's
	// lengthOpsMay): its pops and deletes take the token path.
	contended atomic.Bool
	// lastMover is the thread that last changed the length or moved the
	// elements (noteMove; set-up code leaves it as it is), moverRun how
	// many of those moves in a row it made (up to listOwnRun).
	lastMover atomic.Pointer[Thread]
	moverRun  atomic.Int64
}

// listTable is the chunk table; it is replaced only by a bigger one.
type listTable struct {
	chunks []atomic.Pointer[listChunk]
}

// listChunk is listChunkLen positions of the list with their word.
type listChunk struct {
	w     versionWord
	items [listChunkLen]atomic.Pointer[Value]
}

// markShared publishes the list (share.go) with the holder of its read
// side; false if it already was shared.
func (l *List) markShared() bool {
	if l.IsShared() {
		return false
	}
	stm.Publish(nil, &l.Header, &listReadSide{dirtyFrom: -1})
	return true
}

// readSide returns the holder of a shared list's read side (nil for a
// thread-local list or one published without a holder).
func (l *List) readSide() *listReadSide {
	if !l.IsShared() {
		return nil
	}
	return stm.PeekFixed[listReadSide](&l.Header)
}

// buildReadSide makes the read side's table of the shared list l (token
// held by t). Its words are locked until t's transaction ends and the
// list is dirty from 0: a span that wrote the list before building must
// not let others read its uncommitted writes, and its rollback brings
// the table back to the storage.
func (l *List) buildReadSide(t *Thread, rs *listReadSide) {
	if rs.tab.Load() != nil {
		return
	}
	n := l.Len()
	nc := (n + listChunkMask) >> listChunkBits
	tab := &listTable{chunks: make([]atomic.Pointer[listChunk], nc+nc/4+1)}
	slab := boxSlab{}
	for c := 0; c < nc; c++ {
		ch := &listChunk{}
		lo := c << listChunkBits
		for p := lo; p < n && p < lo+listChunkLen; p++ {
			ch.items[p-lo].Store(slab.box(l.get(p), n-p))
		}
		ch.w.bump(t)
		tab.chunks[c].Store(ch)
	}
	rs.sw.bump(t)
	rs.n.Store(int64(n))
	rs.tab.Store(tab)
	if t != nil {
		l.markDirty(t, rs)
		rs.dirtyFrom = 0
	}
}

// boxSlab hands out boxes for a read side's positions from shared
// arrays: one allocation per listChunkLen boxes when many are needed.
type boxSlab struct{ s []Value }

// box returns a new box holding v; want is how many more boxes the
// caller may ask for.
func (b *boxSlab) box(v Value, want int) *Value {
	if len(b.s) == 0 {
		b.s = make([]Value, max(1, min(want, listChunkLen)))
	}
	p := &b.s[0]
	*p = v
	b.s = b.s[1:]
	return p
}

// --- writers (token held)

// markDirty lists the read side as dirty on t's transaction (once).
func (l *List) markDirty(t *Thread, rs *listReadSide) {
	if rs.dirtyBy == t {
		return
	}
	rs.dirtyBy = t
	rs.dirtyFrom = -1
	rs.dirtyChunks = rs.dirtyChunks[:0]
	t.sp.ls.dirty = append(t.sp.ls.dirty, l)
	if rs.nilLocked {
		// Adopt set-up code's locks: every word, resynced at the end.
		rs.nilLocked = false
		rs.sw.bump(t)
		tab := rs.tab.Load()
		for c := range tab.chunks {
			if ch := tab.chunks[c].Load(); ch != nil {
				ch.w.bump(t)
			}
		}
		rs.dirtyFrom = 0
	}
}

// nilWrite is a write barrier with no thread (set-up code): every word
// is locked for the next writer with a thread to adopt.
func (rs *listReadSide) nilWrite(tab *listTable) {
	rs.nilLocked = true
	rs.sw.bump(nil)
	for c := range tab.chunks {
		if ch := tab.chunks[c].Load(); ch != nil {
			ch.w.bump(nil)
		}
	}
}

// noteItems is the barrier before a write that changes positions
// [lo, hi) of l and not its length.
func (l *List) noteItems(t *Thread, lo, hi int) {
	rs := l.readSide()
	if rs == nil {
		return
	}
	tab := rs.tab.Load()
	if tab == nil {
		return // no read side: nothing to keep up to date
	}
	if t == nil {
		rs.nilWrite(tab)
		return
	}
	l.markDirty(t, rs)
	hi = min(hi, int(rs.n.Load())) // later positions are unseen by readers
	for c := lo >> listChunkBits; c<<listChunkBits < hi; c++ {
		ch := tab.chunks[c].Load()
		if ch.w.load()&1 == 0 {
			ch.w.bump(t)
			rs.dirtyChunks = append(rs.dirtyChunks, int32(c))
		} // else locked by this transaction already, and covered
	}
}

// noteMove is the barrier before a write that may change every position
// from lo on and the length.
func (l *List) noteMove(t *Thread, lo int) {
	rs := l.readSide()
	if rs == nil {
		return
	}
	if t != nil && !rs.contended.Load() { // (span_listops.go's lengthOpsMay; a contended list's mover is not needed: not written, so two threads popping it do not share a written line)
		if m := rs.lastMover.Load(); m != t {
			if m != nil && !rs.contended.Load() {
				rs.contended.Store(true) // a second thread moves the list
			}
			rs.lastMover.Store(t)
			rs.moverRun.Store(1)
		} else if rs.moverRun.Load() < listOwnRun {
			rs.moverRun.Add(1)
		}
	}
	tab := rs.tab.Load()
	if tab == nil {
		return
	}
	if t == nil {
		rs.nilWrite(tab)
		return
	}
	l.markDirty(t, rs)
	if rs.sw.load()&1 == 0 {
		rs.sw.bump(t)
	}
	lo = max(lo, 0) &^ listChunkMask
	if rs.dirtyFrom < 0 || lo < rs.dirtyFrom {
		rs.dirtyFrom = lo
	}
	n := int(rs.n.Load())
	for c := lo >> listChunkBits; c<<listChunkBits < n; c++ {
		if ch := tab.chunks[c].Load(); ch.w.load()&1 == 0 {
			ch.w.bump(t)
		}
	}
}

// syncListReads brings the read sides t's transaction wrote up to date
// with their lists' storage: called where the transaction ends, before
// its words are unlocked (unlockWords), token held.
func (t *Thread) syncListReads() {
	for i, l := range t.sp.ls.dirty {
		l.syncReadSide(t)
		t.sp.ls.dirty[i] = nil
	}
	t.sp.ls.dirty = t.sp.ls.dirty[:0]
}

// syncReadSide re-boxes the positions t's transaction may have changed
// and publishes the length.
func (l *List) syncReadSide(t *Thread) {
	rs := l.readSide()
	if rs == nil || rs.dirtyBy != t {
		return
	}
	tab := rs.tab.Load()
	old, n := int(rs.n.Load()), l.Len()
	nc := (n + listChunkMask) >> listChunkBits
	if nc > len(tab.chunks) {
		bigger := &listTable{chunks: make([]atomic.Pointer[listChunk], nc+nc/4+1)}
		for c := range tab.chunks {
			bigger.chunks[c].Store(tab.chunks[c].Load())
		}
		rs.tab.Store(bigger)
		tab = bigger
	}
	for c := 0; c < nc; c++ {
		if tab.chunks[c].Load() == nil {
			ch := &listChunk{}
			ch.w.bump(t) // unlocked with the others just after
			tab.chunks[c].Store(ch)
		}
	}
	from := rs.dirtyFrom
	if n != old && (from < 0 || from > min(n, old)) {
		from = min(n, old) // (every length change also set dirtyFrom)
	}
	end := max(n, old)
	slab := boxSlab{}
	for _, c := range rs.dirtyChunks {
		lo := int(c) << listChunkBits
		if from >= 0 && lo >= from {
			continue // synced below
		}
		l.syncRange(tab, lo, min(lo+listChunkLen, end), n, &slab)
	}
	if from >= 0 {
		l.syncRange(tab, from, end, n, &slab)
	}
	rs.n.Store(int64(n))
	rs.dirtyBy, rs.dirtyFrom = nil, -1
	rs.dirtyChunks = rs.dirtyChunks[:0]
}

// syncRange brings positions [lo, hi) of the table to the storage of a
// list of length n: positions past n are cleared.
func (l *List) syncRange(tab *listTable, lo, hi, n int, slab *boxSlab) {
	for p := lo; p < hi; p++ {
		ch := tab.chunks[p>>listChunkBits].Load()
		if ch == nil {
			continue
		}
		slot := &ch.items[p&listChunkMask]
		if p >= n {
			if slot.Load() != nil {
				slot.Store(nil)
			}
			continue
		}
		v := l.get(p)
		if b := slot.Load(); b != nil && b.Is(v) {
			continue
		}
		slot.Store(slab.box(v, n-p))
	}
}

// --- lock-free readers

// listView is what a lock-free reader loaded of a read side: the
// structure word's version, the length, the table.
type listView struct {
	rs  *listReadSide
	sv  uint64
	n   int64
	tab *listTable
}

// listViewFor loads l's read side for t reading without the token; ok
// false: take the token path (no read side yet: built now, under the
// token; a span that appended to l, whose buffer the token path applies).
func (t *Thread) listViewFor(l *List) (lv listView, ok bool) {
	if l.typ != nil {
		return lv, false
	}
	rs := l.readSide()
	if rs == nil {
		return lv, false
	}
	lv.rs = rs
	lv.sv = rs.sw.load()
	lv.n = rs.n.Load()
	lv.tab = rs.tab.Load()
	if lv.tab == nil {
		t.acquireToken()
		l.buildReadSide(t, rs)
		return lv, false
	}
	return lv, true
}

// logLength records the structure word for a read that depended on the
// length; false if it is locked.
func (t *Thread) logLength(lv *listView) bool {
	if lockedVersion(lv.sv) {
		return false
	}
	t.recordListRead(&lv.rs.sw, lv.sv)
	return true
}

// listItemAt reads position i (0 <= i < lv.n) and records its chunk word; ok
// false: take the token path.
func (t *Thread) listItemAt(lv *listView, i int64) (Value, bool) {
	c := int(i >> listChunkBits)
	if c >= len(lv.tab.chunks) {
		return Value{}, false
	}
	ch := lv.tab.chunks[c].Load()
	if ch == nil {
		return Value{}, false
	}
	wv := ch.w.load()
	if lockedVersion(wv) {
		return Value{}, false
	}
	p := ch.items[i&listChunkMask].Load()
	if p == nil {
		return Value{}, false // cleared by a shrink after n was loaded
	}
	t.recordListRead(&ch.w, wv)
	return *p, true
}

// recordListRead records a list word unless one of the log's last
// entries already holds it at that version: a loop that reads a list
// element and a few other things per iteration logs each chunk once.
func (t *Thread) recordListRead(w *versionWord, v uint64) {
	rl := t.sp.reads
	for k := len(rl) - 1; k >= 0 && k >= len(rl)-4; k-- {
		if rl[k].w == w && rl[k].v == v {
			return
		}
	}
	t.recordRead(w, v, readSite{typ: ListType})
}

// sharedListIndex is l[i] (i an int, negative from the end) read without
// the token. ok false: take the token path; inRange false: IndexError.
func (t *Thread) sharedListIndex(l *List, i int64) (v Value, inRange, ok bool) {
	if !t.lockFreeReads() {
		return Value{}, false, false
	}
	if ov := t.viewOf(l); ov != nil {
		return t.overlayIndex(ov, i) // the span moved l (span_listops.go)
	}
	lv, ok := t.listViewFor(l)
	if !ok {
		return Value{}, false, false
	}
	buffered := len(t.sp.la) > 0 && t.listWritesOf(l) != 0
	if i < 0 {
		if !t.logLength(&lv) {
			return Value{}, false, false
		}
		i += lv.n
	}
	if i < 0 || i >= lv.n {
		if !t.logLength(&lv) {
			return Value{}, false, false
		}
		return Value{}, false, true
	}
	if buffered {
		if v, hit := t.bufferedListItem(l, int(i)); hit {
			return v, true, true // read-your-writes (span_liststores.go)
		}
	}
	v, ok = t.listItemAt(&lv, i)
	return v, ok, ok
}

// sharedListNext is a list iterator's next element over a shared list,
// read without the token: the element at position i, or done when the
// list has no element there. ok false: take the token path.
func (t *Thread) sharedListNext(l *List, i int) (v Value, more, ok bool) {
	v, more, ok = t.sharedListIndex(l, int64(i))
	return v, more, ok
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
		if s, ok := k.obj.(*Slice); ok {
			r, ok := t.sharedListSlice(l, s)
			return r, ok, nil
		}
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

// sharedListSlice is l[s] (bounds and step None or ints, the step not 0:
// no Python code runs) read without the token, as a new list: the span's
// view when it wrote l, else the committed positions the slice selects
// (each chunk word logged) and the length (sw: the bounds are clamped by
// it). ok false: the token path, which raises CPython's errors.
func (t *Thread) sharedListSlice(l *List, s *Slice) (Value, bool) {
	if !plainBound(s.Start) || !plainBound(s.Stop) || !plainBound(s.Step) ||
		s.Step.IsInt() && s.Step.AsInt() == 0 || !t.lockFreeReads() {
		return Value{}, false
	}
	if ov := t.viewOf(l); ov != nil { // the span moved l: its view (span_listops.go)
		lv, ok := t.overlayBase(ov)
		if !ok {
			return Value{}, false
		}
		start, _, step, cnt, err := sliceIndices(t, s, ov.overlayLen())
		if err != nil {
			return Value{}, false
		}
		out := make([]Value, cnt)
		if cnt*len(ov.ops) > max(maxOverlayWalk, ov.overlayLen()) {
			items, ok := t.overlayMaterialize(ov, &lv) // (cheaper than a walk per position)
			if !ok {
				return Value{}, false
			}
			for i := range out {
				out[i] = items[start+i*step]
			}
			return FromObject(NewList(out)), true
		}
		for i := range out {
			if out[i], ok = t.overlayItem(ov, &lv, start+i*step); !ok {
				return Value{}, false
			}
		}
		return FromObject(NewList(out)), true
	}
	lv, ok := t.listViewFor(l)
	if !ok || !t.logLength(&lv) {
		return Value{}, false
	}
	start, _, step, n, err := sliceIndices(t, s, int(lv.n))
	if err != nil {
		return Value{}, false
	}
	stored := len(t.sp.la) > 0 && t.listWritesOf(l) != 0 // (stores only: viewOf found no move)
	out := make([]Value, n)
	for i := range out {
		j := start + i*step
		if stored {
			if v, hit := t.bufferedListItem(l, j); hit {
				out[i] = v // read-your-writes (span_liststores.go)
				continue
			}
		}
		if out[i], ok = t.listItemAt(&lv, int64(j)); !ok {
			return Value{}, false
		}
	}
	return FromObject(NewList(out)), true
}

// sharedListLen is len(l) read without the token.
func (t *Thread) sharedListLen(l *List) (int, bool) {
	if ov := t.viewOf(l); ov != nil { // the span moved l (span_listops.go)
		if _, ok := t.overlayBase(ov); !ok {
			return 0, false
		}
		return ov.overlayLen(), true
	}
	lv, ok := t.listViewFor(l)
	if !ok || !t.logLength(&lv) {
		return 0, false
	}
	return int(lv.n), true
}

// sharedListContains is `x in l` read without the token, decided only
// when no Python code can run: x an int, bool, None or exact str, and
// every element compared before a match a pure value (shared_read.go's
// pureKey) or x itself. Floats and tuples as x take the token path (NaN
// identity rules differ between the two comparisons). A list the span
// wrote is searched in the span's view of it (span_listassign.go's
// viewFind).
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
	if t.overlayOf(l) != nil || len(t.sp.la) > 0 && t.listWritesOf(l) != 0 {
		// The span wrote l: searched in its view (span_listassign.go).
		ov := t.viewOf(l)
		if ov == nil {
			ov = t.listOverlayOf(l) // (only stores so far)
		}
		lv, ok := t.overlayBase(ov)
		if !ok {
			return false, false
		}
		j, ok := t.viewFind(ov, &lv, x)
		return j >= 0, ok
	}
	lv, ok := t.listViewFor(l)
	if !ok {
		return false, false
	}
	for i := int64(0); i < lv.n; i++ {
		e, ok := t.listItemAt(&lv, i)
		if !ok {
			return false, false
		}
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
	return false, t.logLength(&lv)
}

// --- write barriers (token taken here)

// touchListW is the write barrier (touchWL) of a write that may move
// every element and change the length.
func (t *Thread) touchListW(l *List) {
	if l.IsShared() {
		t.sharedListMove(l, 0)
	}
}

// touchListStore is touchStoreL for a store of v into a list that may
// move every element and change the length.
func (t *Thread) touchListStore(l *List, v Value) {
	if l.IsShared() {
		t.sharedListMove(l, 0)
		t.publish(v)
	}
}

// touchListFrom is touchListW for a write that changes positions from lo
// on (and maybe the length) only: an insert, a delete, an append.
func (t *Thread) touchListFrom(l *List, lo int) {
	if l.IsShared() {
		t.sharedListMove(l, lo)
	}
}

// touchListSet is touchStoreL for the store of v at position i.
func (t *Thread) touchListSet(l *List, i int, v Value) {
	if l.IsShared() {
		if t != nil {
			t.acquireToken()
		}
		l.noteItems(t, i, i+1)
		t.publish(v)
	}
}

// sharedListMove takes the token for a write to the shared list l from
// position lo on and locks what it may change.
func (t *Thread) sharedListMove(l *List, lo int) {
	if t != nil {
		t.acquireToken()
	}
	l.noteMove(t, lo)
}

// touchListStoreFrom is touchListStore for a store that changes
// positions from lo on only (an insert).
func (t *Thread) touchListStoreFrom(l *List, lo int, v Value) {
	if l.IsShared() {
		t.sharedListMove(l, lo)
		t.publish(v)
	}
}

// touchListAppend is touchStoreL for an append of v: only the positions
// from the current length on change.
func (t *Thread) touchListAppend(l *List, v Value) {
	if l.IsShared() {
		if t != nil {
			t.acquireToken()
		}
		l.noteMove(t, l.Len()) // (the length read holding the token)
		t.publish(v)
	}
}

// wListFrom is wList (span_undo.go) for a write that changes positions
// from lo on only.
func (t *Thread) wListFrom(l *List, idx, lo int) {
	t.touchListFrom(l, lo)
	if t.logging() {
		t.logList(l, idx)
	}
}

// wListCopyFrom is wListCopy for a write that moves positions from lo on
// only.
func (t *Thread) wListCopyFrom(l *List, lo int) {
	t.touchListFrom(l, lo)
	if t.logging() {
		t.logListCopy(l)
	}
}
