package runtime

import (
	"sync/atomic"
	"unsafe"

	"github.com/pystm/pystm/stm"
)

// This file defines a span's undo log: before an abortable span writes an
// object, the write's caller records what a rollback needs to put the
// object back, in O(1) for the common writes (a list element or length,
// a dict value, an instance slot, a cell, an iterator's position, a key
// added to or removed from a big dict: span_undo_dict.go) and as a copy,
// made once per span, for the rest of a small dict, list or set. A write
// with no record here makes the span irrevocable first (touchW).
//
// Objects made in the running span carry its id (spanMade) and need no
// records: a rollback makes them unreachable. Records of one kind are undone newest first;
// records of different kinds concern different objects, so their
// relative order does not matter, except generators, whose records come
// last (their frames' contents are restored after everything else).
//
// Repeated records are skipped: since the log is undone newest first, an
// older record of the same object is undone after a newer one, so a new
// record that only writes what an older record of the span writes again
// later in the rollback changes nothing (the rules are at each log
// function: an iterator's whole state, a cell, a dict entry, the same
// slot of the same array of a list or instance, any header-only record
// of an object with an older record). Only the last dedupWindow records
// of a kind are searched: a loop writing one attribute or moving one
// iterator logs once per span instead of once per iteration, at the cost
// of a few compares per write.

// maxCopyLen bounds the dicts and sets a span copies to undo a
// structural write; a bigger set makes the span irrevocable, a bigger
// dict is recorded per position instead (span_undo_dict.go).
const maxCopyLen = 512

// undoLog is the undo log of a span.
type undoLog struct {
	lists []listUndo
	dicts []dictUndo
	// dictTabs holds the tables (entries, index, count) the dict records
	// of kind dictRecTable put back; keyedLast is the one keyedTab found
	// last (span_undo_dict.go).
	dictTabs  []dictTab
	keyedLast int
	dictSlots []slotUndo
	insts     []instUndo
	// instVals and instNums hold the slot contents of the instance
	// records.
	instVals []Value
	instNums []uint64
	cells    []cellUndo
	iters    []iterUndo
	sets     []setUndo
	excs     []excUndo
	gens     []genUndo
	// genVals holds the value stacks of the generator records' frames;
	// copyInts, copyVals and copySet the copies of lists and sets.
	genVals  []Value
	copyInts []int64
	copyVals []Value
	copySet  []setEntry
	// copied lists the dicts and sets copied whole in this span; past
	// a few, copiedSet finds them.
	copied    []any
	copiedSet map[any]struct{}
	n         int // records written (stats)
}

// clear empties the log, keeping storage unless it grew large.
func (u *undoLog) clear() {
	if u.n == 0 {
		return
	}
	u.lists = clearUndo(u.lists)
	u.dicts = clearUndo(u.dicts)
	u.dictTabs = clearUndo(u.dictTabs)
	u.dictSlots = clearUndo(u.dictSlots)
	u.keyedLast = 0
	u.insts = clearUndo(u.insts)
	u.instVals = clearUndo(u.instVals)
	u.instNums = clearUndo(u.instNums)
	u.cells = clearUndo(u.cells)
	u.iters = clearUndo(u.iters)
	u.sets = clearUndo(u.sets)
	u.excs = clearUndo(u.excs)
	u.gens = clearUndo(u.gens)
	u.genVals = clearUndo(u.genVals)
	u.copyInts = clearUndo(u.copyInts)
	u.copyVals = clearUndo(u.copyVals)
	u.copySet = clearUndo(u.copySet)
	u.copied = clearUndo(u.copied)
	u.copiedSet = nil
	u.n = 0
}

func clearUndo[T any](s []T) []T {
	if cap(s) > 4096 {
		return nil
	}
	clear(s)
	return s[:0]
}

// rollback undoes every record.
func (u *undoLog) rollback(t *Thread) {
	for i := len(u.lists) - 1; i >= 0; i-- {
		u.lists[i].undo(t)
	}
	for i := len(u.dictSlots) - 1; i >= 0; i-- {
		u.dictSlots[i].undo()
	}
	for i := len(u.dicts) - 1; i >= 0; i-- {
		u.dicts[i].undo(t)
	}
	for i := len(u.insts) - 1; i >= 0; i-- {
		u.insts[i].undo(t)
	}
	for i := len(u.cells) - 1; i >= 0; i-- {
		c := u.cells[i].c
		c.v = u.cells[i].old
		if c.IsShared() {
			c.published(t, c.v) // lock-free readers (shared_read_cell.go)
		}
	}
	for i := len(u.iters) - 1; i >= 0; i-- {
		u.iters[i].undo()
	}
	for i := len(u.sets) - 1; i >= 0; i-- {
		u.sets[i].undo(t)
	}
	for i := len(u.excs) - 1; i >= 0; i-- {
		u.excs[i].undo()
	}
	for i := len(u.gens) - 1; i >= 0; i-- {
		u.gens[i].undo()
	}
}

// dedupWindow is how many of the newest records of a kind a new record is
// compared with (see the file comment).
const dedupWindow = 4

// logging reports whether t must log its writes: an abortable span runs.
func (t *Thread) logging() bool { return t != nil && t.spActive }

func (t *Thread) counted() { t.sp.undo.n++; t.sp.stats.UndoRecords++ }

// --- lists

// listUndo restores a list's representation (strategy and slice headers,
// so its length) and, when idx >= 0, element idx; a copy record also puts
// the elements back into the same arrays, since older records of the list
// may refer to those arrays (an operation that moves elements in place,
// insert or sort, changes them below the lengths those records restore).
type listUndo struct {
	l      *List
	kind   listKind
	ints   []int64
	vals   []Value
	idx    int
	old    Value
	copied bool
	cints  []int64
	cvals  []Value
}

// logList records l before a write that changes its length or strategy
// (idx < 0) or element idx in place. Called after touchStoreL.
func (t *Thread) logList(l *List, idx int) {
	if l.LocalMark() == t.sp.id || t.sp.undo.listLogged(l, idx) {
		return // made or copied whole in this span (spanMade), or logged
	}
	if l.Len() <= smallListWhole && !l.IsShared() {
		// A small list is copied whole at the span's first write to it,
		// and written freely after: a loop updating a few fields of a
		// few small lists in turn (nbody's bodies) made a record per
		// write, the last few records never holding the same element.
		t.logListCopy(l)
		return
	}
	r := listUndo{l: l, kind: l.kind, ints: l.ints, vals: l.vals, idx: idx}
	if idx >= 0 {
		r.old = l.get(idx)
	}
	t.sp.undo.lists = append(t.sp.undo.lists, r)
	t.counted()
}

// listLogged reports that a record of l's headers and element idx
// (idx < 0: headers only) would change nothing in a rollback: an older
// record of l restores the headers after it, and for an element, an
// older element record writes the same element of the same array after
// it.
func (u *undoLog) listLogged(l *List, idx int) bool {
	rs := u.lists
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-dedupWindow; i-- {
		r := &rs[i]
		if r.l != l {
			continue
		}
		if idx < 0 {
			return true
		}
		if r.copied || r.idx != idx {
			continue
		}
		if l.kind == listValues {
			if r.kind == listValues && unsafe.SliceData(r.vals) == unsafe.SliceData(l.vals) {
				return true
			}
		} else if r.kind != listValues && unsafe.SliceData(r.ints) == unsafe.SliceData(l.ints) {
			return true
		}
	}
	return false
}

// smallListWhole is the length up to which a thread-local list's first
// write in a span copies it whole (logList).
const smallListWhole = 32

// logListCopy records a copy of l before a write that moves many elements
// (insert, sort, slice assignment); a long list makes the span
// irrevocable instead.
func (t *Thread) logListCopy(l *List) {
	if l.LocalMark() == t.sp.id {
		return
	}
	if l.Len() > maxCopyLen {
		t.irrevocableNow()
		return
	}
	r := listUndo{l: l, kind: l.kind, ints: l.ints, vals: l.vals, idx: -1, copied: true}
	// The copies go into the log's arenas (no allocation per record):
	// the undo copies them back into the list's own arrays.
	u := &t.sp.undo
	at := len(u.copyInts)
	u.copyInts = append(u.copyInts, l.ints...)
	r.cints = u.copyInts[at:len(u.copyInts):len(u.copyInts)]
	at = len(u.copyVals)
	u.copyVals = append(u.copyVals, l.vals...)
	r.cvals = u.copyVals[at:len(u.copyVals):len(u.copyVals)]
	t.sp.undo.lists = append(t.sp.undo.lists, r)
	t.counted()
	if !l.IsShared() {
		l.SetLocalMark(t.sp.id) // the copy restores all of it: no more records
	}
}

func (r *listUndo) undo(t *Thread) {
	l := r.l
	if l.IsShared() { // LISTREAD: the read side is brought back to the storage at the transaction's end
		l.noteMove(t, 0)
	}
	l.kind, l.ints, l.vals = r.kind, r.ints, r.vals
	if r.copied {
		copy(l.ints, r.cints)
		copy(l.vals, r.cvals)
		return
	}
	if r.idx < 0 {
		return
	}
	switch l.kind {
	case listInts:
		l.ints[r.idx] = r.old.AsInt()
	case listFloats:
		l.ints[r.idx] = f2b(r.old.AsFloat())
	default:
		l.vals[r.idx] = r.old
	}
}

func (u *undoLog) wasCopied(o any) bool {
	if u.copiedSet != nil {
		_, ok := u.copiedSet[o]
		return ok
	}
	for _, x := range u.copied {
		if x == o {
			return true
		}
	}
	return false
}

// markCopied records that o was copied in this span.
func (u *undoLog) markCopied(o any) {
	u.copied = append(u.copied, o)
	if u.copiedSet != nil {
		u.copiedSet[o] = struct{}{}
	} else if len(u.copied) > 16 {
		u.copiedSet = make(map[any]struct{}, 64)
		for _, x := range u.copied {
			u.copiedSet[x] = struct{}{}
		}
	}
}

// --- instances

// instUndo restores an instance's layout (class, shape, slot slices,
// dict) and, when idx >= 0, one slot.
type instUndo struct {
	o     *Instance
	typ   *Type
	shape *Shape
	vals  []Value
	nums  []uint64
	dict  *Dict
	// at and atNums are where the contents of vals and nums were copied
	// into the log's instVals and instNums.
	at, atNums int
}

// logInstance records the thread-local instance o before a write (see
// logInstanceWhole); a write to a shared one makes the span irrevocable
// instead.
func (t *Thread) logInstance(o *Instance) {
	if o.IsShared() {
		t.irrevocableNow() // lock-free readers (stage 1 caches, readlog.go) must see committed writes only
		return
	}
	t.logInstanceWhole(o)
}

// logInstanceWhole records the whole of o, its layout and the contents of
// its slot arrays, the first time the running span writes it, and nothing
// after: that one record restores o as the span found it, whatever the
// span's later stores change (slots in place, slots added, kinds changed,
// dict mode). The mark saying o was recorded is o's header word for
// thread-local objects (stm.Header.LocalMark), set to the span's id: a
// test and no search per store, where a record per slot was searched for
// among the last few (and found a store's slot by name, a map lookup).
// An instance is small (its slots are bounded by maxShapeAttrs), so the
// copy costs about what two or three per-slot records did.
func (t *Thread) logInstanceWhole(o *Instance) {
	if o.LocalMark() == t.sp.id {
		return
	}
	o.SetLocalMark(t.sp.id)
	u := &t.sp.undo
	u.insts = append(u.insts, instUndo{o: o, typ: o.typ, shape: o.shape, vals: o.vals, nums: o.nums, dict: o.dict,
		at: len(u.instVals), atNums: len(u.instNums)})
	u.instVals = append(u.instVals, o.vals...)
	u.instNums = append(u.instNums, o.nums...)
	t.counted()
}

func (r *instUndo) undo(t *Thread) {
	o := r.o
	u := &t.sp.undo
	if o.IsShared() {
		defer o.republish(t) // lock-free readers' snapshot (shared_read_instance.go)
	}
	if o.IsShared() {
		atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&o.typ)), unsafe.Pointer(r.typ))
	} else {
		o.typ = r.typ
	}
	o.vals, o.nums, o.dict = r.vals, r.nums, r.dict
	o.setShape(r.shape)
	copy(o.vals, u.instVals[r.at:r.at+len(r.vals)])
	copy(o.nums, u.instNums[r.atNums:r.atNums+len(r.nums)])
}

// --- cells

type cellUndo struct {
	c   *Cell
	old Value
}

// logCell records a cell's value before it is set.
func (t *Thread) logCell(c *Cell) {
	cs := t.sp.undo.cells
	for i := len(cs) - 1; i >= 0 && i >= len(cs)-dedupWindow; i-- {
		if cs[i].c == c {
			return // the older record restores the value after this one would
		}
	}
	t.sp.undo.cells = append(t.sp.undo.cells, cellUndo{c: c, old: c.v})
	t.counted()
}

// --- iterators

// iterUndo restores an iterator's position (which fields hold what
// depends on the iterator's type).
type iterUndo struct {
	it      any
	a, b, c int64
	p       any
	v       Value
	flag    bool
}

// logIter records the state of it before its Next moves it. An iterator
// type not listed here makes the span irrevocable.
//
// Its caller (touchIter) logs an iterator once per span, and never one
// made in the running span (shareFlag.spanMark): every record holds the
// whole state, so the first one of a span is the one a rollback needs (a
// loop, or a builtin such as sum(d.values()) advancing one iterator a
// million times in one step, logs it once).
func (t *Thread) logIter(it any) {
	r := iterUndo{it: it}
	switch x := it.(type) {
	case *ListIterator:
		r.a, r.p = int64(x.i), x.list
	case *ListReverseIterator:
		r.a, r.p = int64(x.i), x.list
	case *TupleIterator:
		r.a = int64(x.i)
	case *RangeIterator:
		r.a, r.b = x.next, x.left
	case *StrIterator:
		r.a = int64(x.pos)
	case *BytesIterator:
		r.a = int64(x.i)
	case *DictIterator:
		r.a, r.b, r.c, r.p = int64(x.pos), int64(x.size), int64(x.left), x.d
	case *SetIterator:
		r.a, r.b, r.c, r.p = int64(x.pos), int64(x.size), int64(x.left), x.s
	case *Enumerate:
		r.v = x.count
	case *Zip:
		if len(x.pend) > 0 { // a row half made (consume_iter.go)
			r.p = append([]Value(nil), x.pend...)
		}
	case *Map, *Filter:
		return // no state of their own: their iterators log themselves
	case *Reversed:
		r.a = x.index
	case *SeqIter:
		r.a, r.flag = x.index, x.done
	case *CallableIter:
		r.flag = x.done
	default:
		t.irrevocableNow()
		return
	}
	t.sp.undo.iters = append(t.sp.undo.iters, r)
	t.counted()
}

// spanMade marks the thread-local object h heads as made in the running
// span: a rollback cannot meet it again, so writes to it need no undo
// records (the log functions test the mark first). The same mark means
// "copied whole in this span" for lists, dicts and sets, and "recorded
// whole" for instances.
func (t *Thread) spanMade(h *stm.Header) { h.SetLocalMark(t.sp.id) }

// iterSpan is Iter for the built-ins that make an iterator of their
// argument (enumerate, zip, map, filter): in an abortable span, the
// iterator of an exact built-in container is stamped as made in it
// (stampNewIter), as GET_ITER stamps its own inline (a call there cost
// single-threaded chaos 5.6% of its instructions).
func (t *Thread) iterSpan(of Value) (Value, error) {
	it, err := Iter(t, of)
	if err == nil && t.spActive {
		t.stampNewIter(of, it)
	}
	return it, err
}

// spanMadeIter marks an iterator object just made (enumerate, zip, map)
// as made in the running span, if one runs.
func (t *Thread) spanMadeIter(f *shareFlag) {
	if t != nil && t.spActive {
		f.spanMark = t.sp.id
	}
}

// stampNewIter marks it, the iterator just made of the container of, as
// made in the running span (shareFlag.spanMark), so that its steps are
// never logged: a rollback cannot meet it again. Only
// the iterators of exact built-in containers are certainly new; any
// other __iter__ may return an older object (an iterator returns
// itself).
func (t *Thread) stampNewIter(of, it Value) {
	switch TypeOf(of) {
	case ListType, TupleType, RangeType, DictType, StrType, SetType, FrozenSetType:
	default:
		return
	}
	if s, ok := it.obj.(interface{ spanFlag() *shareFlag }); ok {
		s.spanFlag().spanMark = t.sp.id
	}
}

func (r *iterUndo) undo() {
	switch x := r.it.(type) {
	case *ListIterator:
		x.i, x.list = int(r.a), r.p.(*List)
	case *ListReverseIterator:
		x.i, x.list = int(r.a), r.p.(*List)
	case *TupleIterator:
		x.i = int(r.a)
	case *RangeIterator:
		x.next, x.left = r.a, r.b
	case *StrIterator:
		x.pos = int(r.a)
	case *BytesIterator:
		x.i = int(r.a)
	case *DictIterator:
		x.pos, x.size, x.left, x.d = int(r.a), int(r.b), int(r.c), r.p.(*Dict)
	case *SetIterator:
		x.pos, x.size, x.left, x.s = int(r.a), int(r.b), int(r.c), r.p.(*Set)
	case *Enumerate:
		x.count = r.v
	case *Zip:
		pend, _ := r.p.([]Value)
		x.dropRow()
		x.pend = append(x.pend, pend...)
	case *Reversed:
		x.index = r.a
	case *SeqIter:
		x.index, x.done = r.a, r.flag
	case *CallableIter:
		x.done = r.flag
	}
}

// --- sets

// setUndo is one undo record of a set (span_undo_set.go has the
// per-slot kinds): a copy of its table and header (table in the log's
// arena), the header of a big thread-local set recorded per slot
// (keyed: table is the set's own array), or one slot of an array
// (slot != nil: *slot = old).
type setUndo struct {
	s                  *Set
	table              []setEntry
	nilTable           bool
	keyed              bool
	fill, used, finger int
	slot               *setEntry
	old                setEntry
}

// logSetCopy records a copy of s (once per span) before a write; a big
// thread-local set is recorded per slot instead (logSetKeyed), a big
// shared one makes the span irrevocable.
func (t *Thread) logSetCopy(s *Set) {
	u := &t.sp.undo
	local := !s.IsShared()
	if local && s.LocalMark()&^setKeyedBit == t.sp.id || !local && u.wasCopied(s) {
		return // made, copied or recorded per slot in this span
	}
	if len(s.table) > maxCopyLen {
		if local {
			t.logSetKeyed(s)
			return
		}
		t.irrevocableNow()
		return
	}
	// The copy goes into the log's arena (no allocation per record); a
	// rollback, which installs it as the set's table, copies it out.
	at := len(u.copySet)
	u.copySet = append(u.copySet, s.table...)
	u.sets = append(u.sets, setUndo{s: s, table: u.copySet[at:len(u.copySet):len(u.copySet)], nilTable: s.table == nil,
		fill: s.fill, used: s.used, finger: s.finger})
	if local {
		s.SetLocalMark(t.sp.id)
	} else {
		u.markCopied(s)
	}
	t.counted()
}

func (r *setUndo) undo(t *Thread) {
	if r.slot != nil {
		*r.slot = r.old
		return
	}
	s := r.s
	if s.IsShared() {
		s.sideDropped(t) // lock-free readers' side (shared_read_set.go)
	}
	switch {
	case r.nilTable:
		s.table = nil
	case r.keyed:
		r.undoKeyed()
	default:
		s.table = append([]setEntry(nil), r.table...)
	}
	s.fill, s.used, s.finger = r.fill, r.used, r.finger
	s.noteImpureTable() // a shared s (span_setpure.go)
}

// --- exceptions

// excUndo restores the fields the interpreter writes when it raises an
// exception (traceback, context, cause).
type excUndo struct {
	e        *Exception
	tb       *Traceback
	ctx, cau *Exception
	suppress bool
}

// logExc records e's raise fields before they change.
func (t *Thread) logExc(e *Exception) {
	t.sp.undo.excs = append(t.sp.undo.excs, excUndo{e: e, tb: e.Traceback, ctx: e.Context, cau: e.Cause, suppress: e.SuppressContext})
	t.counted()
}

func (r *excUndo) undo() {
	e := r.e
	e.Traceback, e.Context, e.Cause, e.SuppressContext = r.tb, r.ctx, r.cau, r.suppress
}

// --- generators

// genUndo restores a generator's state and, unless the span saved it at
// its beginning, its frame.
type genUndo struct {
	g        *Generator
	frame    *Frame
	lastKind int
	retval   Value
	running  bool
	started  bool
	finished bool
	excInfo  *Exception
	fs       frameSave
	hasFrame bool
}

// logGen records g (once per span) before the span resumes, suspends or
// finishes it.
//
// A generator made in the running span needs no record: a rollback
// restores every object that existed before the span, none of which can
// then refer to it. The generator's spanMark says whether either holds
// (span ids are never reused, so a mark left by an older span is never
// mistaken for the running one's).
func (t *Thread) logGen(g *Generator) {
	u := &t.sp.undo
	if g.shared.Load() {
		// Not yet holding the token (the resume takes it): the mark is
		// not for this thread to write. Shared generators are rare.
		for i := range u.gens {
			if u.gens[i].g == g {
				return
			}
		}
	} else if g.spanMark == t.sp.id {
		return
	} else {
		g.spanMark = t.sp.id
	}
	// Filled in place (a record holds a whole frame: built aside and
	// appended, it was copied twice), its stack copied into the log's
	// arena (no allocation per record).
	u.gens = append(u.gens, genUndo{})
	r := &u.gens[len(u.gens)-1]
	r.g, r.frame, r.lastKind, r.retval, r.running = g, g.frame, g.lastKind, g.retval, g.running
	r.started, r.finished, r.excInfo = g.started, g.finished, g.excInfo
	if f := g.frame; f != nil && f.spanOwned != t.sp.id {
		at := len(u.genVals)
		u.genVals = append(u.genVals, f.vals[:f.sp]...)
		r.fs.f, r.fs.saved, r.fs.vals = f, *f, u.genVals[at:len(u.genVals):len(u.genVals)]
		f.spanOwned = t.sp.id
		r.hasFrame = true
	}
	t.counted()
}

func (r *genUndo) undo() {
	g := r.g
	g.frame, g.lastKind, g.retval, g.running = r.frame, r.lastKind, r.retval, r.running
	g.started, g.finished, g.excInfo = r.started, r.finished, r.excInfo
	if r.hasFrame {
		r.fs.restore()
	}
}

// bumpValues bumps d's values version (caches of shared globals check it).
func (d *Dict) bumpValues() { atomic.AddUint64(&d.valsVersion, 1) }

// wList is the write barrier of a list write that its caller logs in O(1):
// element idx in place (idx >= 0), or only the length or strategy.
func (t *Thread) wList(l *List, idx int) {
	t.touchListW(l)
	if t.logging() {
		t.logList(l, idx)
	}
}

// wListCopy is the write barrier of a list write that moves elements: the
// span keeps a copy of the list.
func (t *Thread) wListCopy(l *List) {
	t.touchListW(l)
	if t.logging() {
		t.logListCopy(l)
	}
}

// wSet is the write barrier of a set write: the span keeps a copy of the
// set (the table is small, or the span becomes irrevocable).
func (t *Thread) wSet(s *Set) {
	t.touchWL(&s.Header)
	if t.logging() {
		t.logSetCopy(s)
	}
}

// logInstStore records o before the attribute name is stored: the whole
// instance (logInstanceWhole), or in dict mode the dict's entry.
func (t *Thread) logInstStore(o *Instance, name string, v Value) {
	if o.IsShared() {
		t.irrevocableNow() // lock-free readers (stage 1 caches, readlog.go) must see committed writes only
		return
	}
	if o.shape == nil && o.dict != nil {
		// The store that follows (storeAttr) passes no thread down to
		// the dict: no per-position records, a copy or irrevocable.
		t.logDictSetWhole(o.dict, o.dict.lookupStr(name, strHashString(name)))
		return
	}
	t.logInstanceWhole(o)
}
