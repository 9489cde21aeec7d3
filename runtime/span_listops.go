package runtime

// This file defines the buffered moves of a shared list in an abortable
// span (issue #7, stage 2): l.pop(), l.pop(i), l.insert(i, x), del l[i],
// del l[a:b], l.clear(), l.extend(x) and l += x on an exact shared list,
// when they run no Python code, are kept in the span's list buffer
// (span_listappends.go) instead of taking the token, and replayed in
// order at commit, under the token, after validation. Threads that pop
// work from one shared list and append results to another then hold the
// token only to commit.
//
// Why a redo log and not the write in place under a lock word: a list
// written in place by a span that does not hold the token would be read
// by the token paths (every slot, method and iterator of a shared list
// reads its storage once the token is held) before the span commits or
// rolls back. Every one of those ~50 paths would have to learn to wait
// for a foreign lock. A buffer touches only the lock-free readers, which
// already look at the span's stores.
//
// The span's view of a list it moved (read-your-writes) is an overlay:
// the committed list as the read side shows it (its length n0, read once,
// the structure word logged), then the span's writes of that list in
// order. len(l) is n0 plus the span's length change; l[i] walks the
// span's writes of l newest first, mapping i back through each insert and
// delete to a position of the committed list, or finds the value the span
// wrote there. Consecutive pops (from either end) merge into one delete,
// so a loop that pops keeps a walk of one step.
//
// What each write depends on (logged) and what it changes at commit
// (locked, shared_read_list.go's noteMove):
//   - pop(), pop(i), del l[i], del l[a:b], clear(): the length (sw: an
//     index is normalised by it, an empty list raises); a pop also reads
//     the popped position (its chunk word). At commit the positions from
//     the first deleted one on move: sw and every chunk word from there
//     are locked, so a pop from the end locks sw and the last chunk only,
//     a pop(0) every chunk (every position's value changes: a reader of
//     any l[i] must conflict).
//   - insert(0, x), extend(x), +=, append(x): nothing (they are valid at
//     any length). insert(i, x) for another i: sw (the index is clamped
//     to the length).
// So two threads popping from one list conflict (each read the length
// the other changed), as they must: under the GIL the second pop returns
// another element. A span whose writes of a list read nothing of it
// (appends, inserts at 0, extends) conflicts with nobody on it. Because
// of those conflicts the moves that read the length are buffered only
// for a list one thread moves (lengthOpsMay): a work list that several
// threads pop stays on the token path.
//
// Anything else takes the token path, which applies the buffer first
// (spanTakeToken): an index or slice bound that is not an int (its
// __index__ is Python code), a step other than 1, a value or item that
// needs publication, an extend from a shared list or any iterable other
// than a tuple or a thread-local list, remove(x) (its __eq__), a list
// subclass, a span holding the token.

// listOverlay is the span's view of one list it moved.
type listOverlay struct {
	l *List
	// n0 is the committed length read (-1: not read yet), at sv, the
	// structure word's version logged.
	n0 int
	sv uint64
	// d is the view's length minus n0.
	d int
	// ops are the indexes of l's writes in t.sp.la, oldest first.
	ops []int32
}

// listOpsMay reports whether t may buffer a move of l: an abortable span
// not holding the token, an exact shared list, room in the buffer.
func (t *Thread) listOpsMay(l *List) bool {
	return t != nil && t.sp.optimistic && l.typ == nil && l.IsShared() &&
		!t.spanHoldsToken() && t.bufferedWrites() < 2*maxSpanWrites
}

// lengthOpsMay reports whether t may buffer a move that reads l's length
// and changes it (a pop, a delete, a clear, an insert not at 0), besides
// listOpsMay: only when t itself made l's last such move (noteMove's
// lastMover), l was never found contended (two threads making such
// moves), and t meets no conflicts (its contention score is zero).
//
// Why so strict: two spans doing such moves to one list always conflict
// (each read the length the other changed). Measured on a quiet 16-core
// machine, 2 threads popping one work list of 800,000 items:
//   - both optimistic: 325,000 aborts, 6x the token path's time;
//   - backing off on conflicts (the contention score): no aborts but
//     204,000 token handovers, still 6x: an optimistic span must take
//     the token to commit from a thread that holds it for its token-path
//     pops, and hands it back at once;
//   - backing off for a while when the other thread moved the list last:
//     the rare optimistic pops that got through still made the threads
//     abort each other a few times, and after those conflicts their
//     spans kept handing the token over (this box: 73,000-133,000
//     handovers, 6x). On the token path both threads keep to the
//     stage-1 policy, as the base did (under 1,000 handovers).
//
// So a list moved by two threads stays on the token path for these
// moves; a list one thread pops (its own work list, even one another
// thread made) is buffered after that thread's first listOwnRun moves.
func (t *Thread) lengthOpsMay(l *List) bool {
	rs := l.readSide()
	if rs == nil || rs.contended.Load() || !t.listOpsMay(l) {
		return false // (contended first: the common refusal, before every token-path pop)
	}
	// (A second thread's move marks l contended in noteMove. Until t
	// made listOwnRun moves in a row, another thread may be about to.)
	return rs.lastMover.Load() == t && rs.moverRun.Load() >= listOwnRun && t.sp.contention == 0
}

// listOwnRun is how many moves in a row a thread makes on the token path
// before its moves of a list are buffered: threads starting to pop one
// list meet (and mark it contended) before either goes optimistic. At
// 1024 a thread started late found the list still uncontended in about
// one run of poplist.py in four on the loaded 2-core box; the few
// optimistic pops then cost one abort, and after it the two threads'
// token-path pops kept handing the token over (19,000 handovers
// instead of ~150, 6x the time): the span policy's response to a single
// early conflict (its length cut to a quarter, regrown only by abortable
// commits, which a loop on the token path rarely makes), not this file's.
// 2^14 moves are about 10 ms of pops.
const listOwnRun = 1 << 14

// lengthOpsContended is called where a move that lengthOpsMay allowed
// could not be buffered because l's words were locked by another
// thread's token-path write (or moved on): l is contended.
func (t *Thread) lengthOpsContended(l *List) {
	if !t.spanHoldsToken() { // (a span that just built the read side: no contention)
		l.readSide().contended.Store(true)
	}
}

// lengthOpsOverlay returns the span's overlay of l, its base read, for a
// length op (pop, insert, delete, clear, a move of slice assignment,
// remove), or ok false where the op takes the token path: length ops of
// l backed off, or the base could not be read (counted as contention).
func (t *Thread) lengthOpsOverlay(l *List) (ov *listOverlay, lv listView, ok bool) {
	if !t.lengthOpsMay(l) {
		return nil, lv, false
	}
	ov = t.listOverlayOf(l)
	if lv, ok = t.overlayBase(ov); !ok {
		t.lengthOpsContended(l)
		return nil, lv, false
	}
	return ov, lv, true
}

// overlayOf returns l's overlay in the running span, nil if it has none.
// Overlays left by an earlier span are forgotten first: every path that
// empties the buffer resets them, but a span whose buffer stayed empty
// (a move that found its list locked after making the overlay) ends
// with neither an apply nor a drop.
func (t *Thread) overlayOf(l *List) *listOverlay {
	s := &t.sp.ls
	if s.nov == 0 {
		return nil
	}
	if s.ovSpan != t.sp.id {
		s.resetOverlays()
		return nil
	}
	return s.overlay(l)
}

// overlay is overlayOf for a span whose overlays are its own.
func (s *listSpan) overlay(l *List) *listOverlay {
	for k := 0; k < s.nov; k++ {
		if s.ovs[k].l == l {
			return &s.ovs[k]
		}
	}
	return nil
}

// listOverlayOf returns l's overlay, made now if it has none: l's
// buffered appends, extends and stores so far are its first writes (the
// other writes make the overlay first).
func (t *Thread) listOverlayOf(l *List) *listOverlay {
	s := &t.sp.ls
	if ov := t.overlayOf(l); ov != nil {
		return ov
	}
	s.ovSpan = t.sp.id
	if s.nov == len(s.ovs) {
		s.ovs = append(s.ovs, listOverlay{})
	}
	ov := &s.ovs[s.nov]
	s.nov++
	ov.l, ov.n0, ov.sv, ov.d, ov.ops = l, -1, 0, 0, ov.ops[:0]
	for k := range t.sp.la {
		e := &t.sp.la[k]
		if e.l != l {
			continue
		}
		switch e.op {
		case listOpAppend:
			e.i = ov.d
			ov.d++
		case listOpExtend:
			e.i = ov.d
			ov.d += len(e.v.obj.(*Tuple).items)
		}
		ov.ops = append(ov.ops, int32(k))
	}
	return ov
}

// resetOverlays forgets the overlays (the buffer was applied or dropped).
func (s *listSpan) resetOverlays() {
	for k := 0; k < s.nov; k++ {
		s.ovs[k].l = nil
		s.ovs[k].ops = s.ovs[k].ops[:0]
	}
	s.nov = 0
}

// overlayAdd buffers e, a write of ov's list.
func (t *Thread) overlayAdd(ov *listOverlay, e listAppend) {
	ov.ops = append(ov.ops, int32(len(t.sp.la)))
	t.sp.la = append(t.sp.la, e)
}

// overlayBase loads the read side of ov's list for a read of the view;
// the first one reads and logs the committed length. ok false: take the
// token path (a locked or moved-on structure word: the token path's
// validation aborts the span in the second case).
func (t *Thread) overlayBase(ov *listOverlay) (listView, bool) {
	lv, ok := t.listViewFor(ov.l)
	if !ok {
		return lv, false
	}
	if ov.n0 < 0 {
		if !t.logLength(&lv) {
			return lv, false
		}
		ov.n0, ov.sv = int(lv.n), lv.sv
	} else if lv.sv != ov.sv {
		return lv, false
	}
	return lv, true
}

// overlayLen is the view's length (overlayBase done).
func (ov *listOverlay) overlayLen() int { return ov.n0 + ov.d }

// overlayItem is position i (0 <= i < overlayLen) of the view: the value
// the span wrote there, or the committed list's element the position
// maps back to (its chunk word logged). ok false: take the token path.
func (t *Thread) overlayItem(ov *listOverlay, lv *listView, i int) (Value, bool) {
	la := t.sp.la
	for k := len(ov.ops) - 1; k >= 0; k-- {
		e := &la[ov.ops[k]]
		switch e.op {
		case listOpStore:
			if i == e.i {
				return e.v, true
			}
		case listOpAppend:
			if i == ov.n0+e.i {
				return e.v, true
			}
		case listOpExtend:
			items := e.v.obj.(*Tuple).items
			if p := i - (ov.n0 + e.i); p >= 0 && p < len(items) {
				return items[p], true
			}
		case listOpInsert:
			if i == e.i {
				return e.v, true
			}
			if i > e.i {
				i--
			}
		case listOpInsertItems:
			items := e.v.obj.(*Tuple).items
			if p := i - e.i; p >= 0 && p < len(items) {
				return items[p], true
			}
			if i > e.i {
				i -= len(items)
			}
		case listOpDelete:
			if i >= e.i {
				i += int(e.v.AsInt())
			}
		}
	}
	if i < 0 || int64(i) >= lv.n {
		return Value{}, false // (a view out of step: cannot happen while sv holds)
	}
	return t.listItemAt(lv, int64(i))
}

// overlayDelete buffers the delete of the view's positions [lo, lo+c),
// merged into the list's last write when that is a delete next to it
// (pops from either end).
func (t *Thread) overlayDelete(ov *listOverlay, lo, c int) {
	ov.d -= c
	if k := len(ov.ops); k > 0 {
		e := &t.sp.la[ov.ops[k-1]]
		if c == 1 && int(ov.ops[k-1]) == len(t.sp.la)-1 && ov.n0 >= 0 &&
			(e.op == listOpAppend && lo == ov.n0+e.i || e.op == listOpInsert && lo == e.i) {
			// The delete of the item the span's last write added
			// (l.append(x); l.remove(x), l.insert(i, x); l.pop(i)):
			// both go, or the view's walk would grow by two steps
			// per such pair.
			ov.ops = ov.ops[:k-1]
			t.dropLastListWrite()
			return
		}
		if e.op == listOpDelete {
			// e deleted [p, p+m) of the view before it.
			p, m := e.i, int(e.v.AsInt())
			switch {
			case lo == p: // [p, p+m+c) of that view
				e.v = Int(int64(m + c))
				return
			case lo+c == p: // [lo, p+m) of that view
				e.i, e.v = lo, Int(int64(m+c))
				return
			}
		}
	}
	t.overlayAdd(ov, listAppend{l: ov.l, v: Int(int64(c)), i: lo, op: listOpDelete})
}

// dropLastListWrite forgets the buffer's last write (an append or an
// insert that a delete cancelled), keeping the buffer's indexes
// (span_liststores.go) from skipping the next write made at its place.
func (t *Thread) dropLastListWrite() {
	k := len(t.sp.la) - 1
	t.sp.la[k] = listAppend{}
	t.sp.la = t.sp.la[:k]
	s := &t.sp.ls
	s.nlists, s.nidx = min(s.nlists, k), min(s.nidx, k)
}

// overlayIndex is l[i] (an int index) read through the span's view of
// l: ok false takes the token path, inRange false is IndexError.
func (t *Thread) overlayIndex(ov *listOverlay, i int64) (v Value, inRange, ok bool) {
	lv, ok := t.overlayBase(ov)
	if !ok {
		return Value{}, false, false
	}
	j := seqIndex(i, ov.overlayLen())
	if j < 0 {
		return Value{}, false, true
	}
	v, ok = t.overlayItem(ov, &lv, j)
	return v, ok, ok
}

// viewOf returns the overlay through which t reads l, made now when the
// span appended to l; nil when the span did not change l's length.
func (t *Thread) viewOf(l *List) *listOverlay {
	// (The overlay first: a move that wrote nothing, del l[5:2] or a
	// remove that raised, leaves one with no writes, and a store made
	// after it must go into it, not past it.)
	if ov := t.overlayOf(l); ov != nil {
		return ov
	}
	if len(t.sp.la) == 0 {
		return nil
	}
	if t.listWritesOf(l)&listAppended != 0 {
		return t.listOverlayOf(l)
	}
	return nil
}

// --- the operations (done false: the caller takes the token path)

// spanListPop is l.pop() and l.pop(i) with an int i.
func (t *Thread) spanListPop(l *List, args []Value) (v Value, err error, done bool) {
	i := int64(-1)
	if len(args) == 2 {
		if !args[1].IsInt() {
			return Value{}, nil, false
		}
		i = args[1].AsInt()
	}
	if len(args) > 2 {
		return Value{}, nil, false
	}
	ov, lv, ok := t.lengthOpsOverlay(l)
	if !ok {
		return Value{}, nil, false
	}
	n := ov.overlayLen()
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "pop from empty list"), true
	}
	j := seqIndex(i, n)
	if j < 0 {
		return Value{}, Errorf(IndexErrorType, "pop index out of range"), true
	}
	if v, ok = t.overlayItem(ov, &lv, j); !ok {
		t.lengthOpsContended(l)
		return Value{}, nil, false
	}
	t.overlayDelete(ov, j, 1)
	t.sp.stats.BufferedListMoves++
	return v, nil, true
}

// spanListInsert is l.insert(i, x) with an int i.
func (t *Thread) spanListInsert(l *List, args []Value) (done bool) {
	if len(args) != 3 || !args[1].IsInt() || !publishedAlready(args[2]) || !t.listOpsMay(l) {
		return false
	}
	i := args[1].AsInt()
	ov := t.listOverlayOf(l)
	if i != 0 { // (insert(0, x) is the same at any length)
		if !t.lengthOpsMay(l) {
			return false
		}
		if _, ok := t.overlayBase(ov); !ok {
			t.lengthOpsContended(l)
			return false
		}
		n := int64(ov.overlayLen())
		if i < 0 {
			i = max(0, i+n)
		} else if i > n {
			i = n
		}
	}
	t.overlayAdd(ov, listAppend{l: l, v: args[2], i: int(i), op: listOpInsert})
	ov.d++
	t.sp.stats.BufferedListMoves++
	return true
}

// spanListDelItem is del l[k]: k an int, or a slice of step 1 whose
// bounds are ints or None.
func (t *Thread) spanListDelItem(l *List, k Value) (err error, done bool) {
	s, isSlice := k.obj.(*Slice)
	if !k.IsInt() && (!isSlice || !plainBound(s.Start) || !plainBound(s.Stop) ||
		!(s.Step.IsNone() || s.Step.IsInt() && s.Step.AsInt() == 1)) {
		return nil, false
	}
	ov, _, ok := t.lengthOpsOverlay(l)
	if !ok {
		return nil, false
	}
	n := ov.overlayLen()
	if !isSlice {
		j := seqIndex(k.AsInt(), n)
		if j < 0 {
			return Errorf(IndexErrorType, "list assignment index out of range"), true
		}
		t.overlayDelete(ov, j, 1)
		t.sp.stats.BufferedListMoves++
		return nil, true
	}
	start, stop, _, _, err := sliceIndices(t, s, n)
	if err != nil {
		return nil, false // (cannot happen with plain bounds: the token path raises it)
	}
	if stop > start {
		t.overlayDelete(ov, start, stop-start)
		t.sp.stats.BufferedListMoves++
	}
	return nil, true
}

// plainBound reports a slice bound whose use runs no Python code.
func plainBound(v Value) bool { return v.IsNone() || v.IsInt() }

// spanListClear is l.clear().
func (t *Thread) spanListClear(l *List) (done bool) {
	ov, _, ok := t.lengthOpsOverlay(l)
	if !ok {
		return false
	}
	if n := ov.overlayLen(); n > 0 {
		t.overlayDelete(ov, 0, n)
		t.sp.stats.BufferedListMoves++
	}
	return true
}

// spanListExtend is l.extend(x) and l += x for x an exact tuple, a
// thread-local exact list, a shared exact list (read lock-free through
// the span's view) or a range (span_listassign.go's spanItemsOf) whose
// items need no publication.
func (t *Thread) spanListExtend(l *List, x Value) (done bool) {
	if !t.listOpsMay(l) {
		return false
	}
	items := x
	if o, ok := x.obj.(*Tuple); !ok || o.typ != nil {
		its, ok := t.spanItemsOf(l, x)
		if !ok {
			return false
		}
		items = NewTuple(its)
	} else {
		for _, v := range o.items {
			if !publishedAlready(v) {
				return false
			}
		}
	}
	its := items.obj.(*Tuple).items
	if len(its) == 0 {
		return true
	}
	e := listAppend{l: l, v: items, op: listOpExtend}
	if ov := t.overlayOf(l); ov != nil {
		e.i = ov.d
		ov.d += len(its)
		t.overlayAdd(ov, e)
	} else {
		t.sp.la = append(t.sp.la, e) // (positioned when an overlay is made)
	}
	t.sp.stats.BufferedListMoves++
	return true
}

// spanListIAdd is l += x (the list slot's barrier wrapper, type_share.go).
func (t *Thread) spanListIAdd(a, b Value) bool {
	l, ok := a.obj.(*List)
	if !ok {
		return false
	}
	if o, isList := b.obj.(*List); isList && !l.IsShared() && l.typ == nil {
		// A thread-local list += a shared one (m += src): the slot's
		// barrier would take the token to read o; Extend reads it
		// lock-free instead.
		if !o.IsShared() || o.typ != nil || !t.sp.optimistic {
			return false
		}
		_ = l.Extend(t, b) // (a list's items: it cannot fail)
		return true
	}
	return t.spanListExtend(l, b)
}

// --- applied at commit (token held, no undo record)

// deleteNow deletes positions [lo, hi) of l.
func (l *List) deleteNow(t *Thread, lo, hi int) {
	t.touchListFrom(l, lo)
	l.deleteRaw(lo, hi)
}

// insertNow inserts v before position i of l.
func (l *List) insertNow(t *Thread, i int, v Value) {
	t.touchListStoreFrom(l, i, v)
	l.insertRaw(i, v)
}

// insertItemsNow inserts items before position i of l.
func (l *List) insertItemsNow(t *Thread, i int, items []Value) {
	t.touchListFrom(l, i)
	l.spliceRaw(i, i, items)
}

// extendNow appends items to l.
func (l *List) extendNow(t *Thread, items []Value) {
	t.touchListFrom(l, l.Len())
	l.appendRaw(items)
}
