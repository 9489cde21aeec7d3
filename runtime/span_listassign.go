package runtime

import "slices"

// This file adds to the buffered list moves of span_listops.go (issue
// #7, stage 2) the operations that still took the token there: slice
// assignment l[a:b] = x and l[a:b:c] = x, l.remove(x), and the items of
// a shared list as the source of an extend or a slice assignment. Each
// is turned into the writes the overlay already knows (deletes, stores,
// an insert of several items), so read-your-writes, the commit's replay
// and what is logged and locked follow span_listops.go's rules.
//
// Slice assignment (plain bounds: None or ints, whose use runs no Python
// code; x an exact tuple, a thread-local exact list, a shared exact list
// read lock-free or a range, its items needing no publication):
//   - one that keeps the length (an extended slice, which must, or
//     l[a:b] = x with len(x) == b-a) is a run of item stores: it logs the
//     length (sw) and, at commit, locks only the chunks written, so it is
//     buffered on lists several threads write, like l[i] = v;
//   - one that changes the length is a delete of [a, b) and an insert of
//     the items at a (listOpInsertItems): a move, buffered only where
//     lengthOpsMay allows pops (a list this thread alone moves).
//
// l.remove(x) is buffered when no Python code can run to compare: x an
// int, bool, None or exact str (sharedListContains's rule: floats and
// tuples as x keep the token path, NaN's identity), and every element
// compared before the match identical to x or a pure value (pureKey).
// It reads the span's view position by position (each chunk word
// logged, as `x in l` does), then deletes the first match, or raises
// ValueError having read the whole view (the length logged). An element
// that could run an __eq__ sends the call to the token path, which
// compares in a transaction holding the token as before.

// maxSpanRangeItems bounds the ranges whose ints a span copies into its
// buffer (l.extend(range(n)), l[a:b] = range(n)); longer ones take the
// token path, which appends without the copy.
const maxSpanRangeItems = 1 << 16

// maxOverlayWalk bounds the steps (positions read times the span's
// writes of the list, each read walking them) of remove's scan of a
// list's view position by position: past it the view is made whole once
// (overlayMaterialize), as copies of a view always are.
const maxOverlayWalk = 1 << 12

// spanListSetItem is the SetItem slot's attempt (type_share.go) to buffer
// v[k] = x for a shared exact list v and a slice k. done false: the
// caller takes the token path.
func (t *Thread) spanListSetItem(v, k, x Value) (err error, done bool) {
	l, ok := v.obj.(*List)
	if !ok || l.typ != nil {
		return nil, false
	}
	s, ok := k.obj.(*Slice)
	if !ok {
		return nil, false
	}
	return t.spanListSetSlice(l, s, x)
}

// spanListSetSlice is l[s] = x buffered in the span (the file comment
// says when). done false: the token path.
func (t *Thread) spanListSetSlice(l *List, s *Slice, x Value) (err error, done bool) {
	if !plainBound(s.Start) || !plainBound(s.Stop) || !plainBound(s.Step) ||
		s.Step.IsInt() && s.Step.AsInt() == 0 || !t.listOpsMay(l) {
		return nil, false // (step 0: the token path raises CPython's error)
	}
	items, ok := t.spanItemsOf(l, x)
	if !ok {
		return nil, false
	}
	step1 := s.Step.IsNone() || s.Step.AsInt() == 1
	ov := t.viewOf(l)
	var n int
	var lv listView
	if ov != nil {
		if lv, ok = t.overlayBase(ov); !ok {
			return nil, false
		}
		n = ov.overlayLen()
	} else {
		if lv, ok = t.listViewFor(l); !ok || !t.logLength(&lv) {
			return nil, false
		}
		n = int(lv.n)
	}
	start, stop, step, count, e := sliceIndices(t, s, n)
	if e != nil {
		return nil, false // (cannot happen with plain bounds)
	}
	if step1 {
		stop = max(stop, start)
		count = stop - start
	}
	if count == len(items) {
		if t.bufferedWrites()+count > 2*maxSpanWrites {
			return nil, false // (a store per item: the buffer's cap)
		}
		t.bufferItemRun(l, ov, start, step, items)
		return nil, true
	}
	if !step1 {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d",
			len(items), count), true
	}
	// A move: the length changes.
	if !t.lengthOpsMay(l) {
		return nil, false
	}
	if ov == nil {
		ov = t.listOverlayOf(l)
		if _, ok := t.overlayBase(ov); !ok || ov.overlayLen() != n {
			// (Not expected: the view read just above was the committed
			// one. The token path decides.)
			return nil, false
		}
	}
	if count > 0 {
		t.overlayDelete(ov, start, count)
	}
	if len(items) > 0 {
		t.overlayAdd(ov, listAppend{l: l, v: NewTuple(items), i: start, op: listOpInsertItems})
		ov.d += len(items)
	}
	t.sp.stats.BufferedListMoves++
	return nil, true
}

// bufferItemRun buffers the stores of items at positions start,
// start+step, ... of the span's view of l (ov, nil when the span did
// not move l: positions of the committed list, whose length was
// logged).
func (t *Thread) bufferItemRun(l *List, ov *listOverlay, start, step int, items []Value) {
	for k, v := range items {
		e := listAppend{l: l, v: v, i: start + k*step, op: listOpStore}
		if ov != nil {
			t.overlayAdd(ov, e)
		} else {
			t.sp.la = append(t.sp.la, e)
		}
	}
	t.sp.stats.BufferedItemStores += uint64(len(items))
}

// spanItemsOf returns the items of x for a buffered write into l: an
// exact tuple's, a thread-local exact list's (a copy: the list may change
// later in the span), a shared exact list's as the span sees it (read
// lock-free, its words logged), or a range's of up to maxSpanRangeItems
// ints. ok false: the token path (another iterable, an item needing
// publication, a locked word).
func (t *Thread) spanItemsOf(l *List, x Value) (items []Value, ok bool) {
	switch o := x.obj.(type) {
	case *Tuple:
		if o.typ != nil {
			return nil, false
		}
		items = o.items
	case *List:
		if o.typ != nil {
			return nil, false
		}
		if o.IsShared() {
			return t.sharedListItems(o)
		}
		if o == l {
			return nil, false
		}
		items = o.Items(t)
	case *Range:
		if o.big != nil || o.Len() > maxSpanRangeItems {
			return nil, false
		}
		items = make([]Value, o.Len())
		for i := range items {
			items[i] = Int(o.at(int64(i)))
		}
		return items, true // (ints: nothing to publish)
	default:
		return nil, false
	}
	for _, v := range items {
		if !publishedAlready(v) {
			return nil, false
		}
	}
	return items, true
}

// sharedListItems is a copy of the shared list o's items as the span
// sees them (its own buffered writes included), read without the token:
// each chunk word and the length logged, as `for x in o` does. Its items
// are published already (o is shared). ok false: the token path.
func (t *Thread) sharedListItems(o *List) ([]Value, bool) {
	if !t.lockFreeReads() {
		return nil, false
	}
	if ov := t.viewOf(o); ov != nil {
		lv, ok := t.overlayBase(ov)
		if !ok {
			return nil, false
		}
		return t.overlayMaterialize(ov, &lv)
	}
	lv, ok := t.listViewFor(o)
	if !ok || !t.logLength(&lv) {
		return nil, false
	}
	buffered := len(t.sp.la) > 0 && t.listWritesOf(o) != 0 // (stores only: viewOf found no move)
	items := make([]Value, lv.n)
	for i := range items {
		if buffered {
			if v, hit := t.bufferedListItem(o, i); hit {
				items[i] = v
				continue
			}
		}
		if items[i], ok = t.listItemAt(&lv, int64(i)); !ok {
			return nil, false
		}
	}
	return items, true
}

// spanListRemove is l.remove(x) buffered in the span (the file comment
// says when). done false: the token path.
func (t *Thread) spanListRemove(l *List, args []Value) (r Value, err error, done bool) {
	if len(args) != 2 {
		return Value{}, nil, false
	}
	x := args[1]
	switch o := x.obj.(type) {
	case intTag, boolTag, noneTag:
	case *Str:
		if o.typ != nil {
			return Value{}, nil, false
		}
	default:
		return Value{}, nil, false
	}
	ov, lv, ok := t.lengthOpsOverlay(l)
	if !ok {
		return Value{}, nil, false
	}
	j, ok := t.viewFind(ov, &lv, x)
	if !ok {
		return Value{}, nil, false
	}
	if j < 0 {
		return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list"), true
	}
	t.overlayDelete(ov, j, 1)
	t.sp.stats.BufferedListMoves++
	return None, nil, true
}

// untouchedPrefix is how many positions at the start of ov's view no
// write of the span reached: each write changes positions from its own
// on (a store its position, a delete or insert those from its start, an
// append or extend those past the length then), so positions before the
// least of them are the committed list's, at the same index.
func (t *Thread) untouchedPrefix(ov *listOverlay) int {
	p := ov.n0
	for _, k := range ov.ops {
		e := &t.sp.la[k]
		q := e.i
		if e.op == listOpAppend || e.op == listOpExtend {
			q += ov.n0
		}
		p = min(p, q)
	}
	return max(p, 0)
}

// viewFind is the first position of ov's view (its base lv loaded) equal
// to x (-1: none), for remove and `x in l`, when no Python code can run
// (x a pure int, bool, None or str; every element compared before the
// match pure). Positions before the first one the span's writes touched
// are the committed list's, scanned chunk by chunk; the rest are read
// through the view, or the view made whole once when that walk would be
// long. ok false: the token path.
func (t *Thread) viewFind(ov *listOverlay, lv *listView, x Value) (int, bool) {
	n := ov.overlayLen()
	p := min(t.untouchedPrefix(ov), n)
	if j, ok := t.scanCommitted(lv, p, x); !ok || j >= 0 {
		return j, ok
	}
	var items []Value
	if (n-p)*len(ov.ops) > maxOverlayWalk {
		var ok bool
		if items, ok = t.overlayMaterialize(ov, lv); !ok {
			return 0, false
		}
	}
	for i := p; i < n; i++ {
		var e Value
		if items != nil {
			e = items[i]
		} else {
			var ok bool
			if e, ok = t.overlayItem(ov, lv, i); !ok {
				return 0, false
			}
		}
		if eq, pure := removeMatch(e, x); !pure {
			return 0, false // (its __eq__ may be Python code)
		} else if eq {
			return i, true
		}
	}
	return -1, true
}

// removeMatch compares the element e with remove's x (a pure int, bool,
// None or str) as list.remove would, when no Python code can run: pure
// false when e's __eq__ might be Python code.
func removeMatch(e, x Value) (eq, pure bool) {
	switch x.obj.(type) {
	case intTag, boolTag: // (the common case, without Value.Is's interface compare)
		switch e.obj.(type) {
		case intTag, boolTag:
			return e.num == x.num, true
		case floatTag:
			return e.AsFloat() == float64(int64(x.num)), true
		case noneTag:
			return false, true
		}
	}
	if e.Is(x) {
		return true, true
	}
	if !pureKey(e) {
		return false, false
	}
	return pureEqual(x, e), true
}

// scanCommitted is the index of the first of positions [0, n) of the
// committed list (lv) equal to x (-1: none), each chunk word logged once
// and then its positions compared: remove's scan when the span has not
// written the list. ok false: the token path (a locked chunk, a position
// cleared by a shrink, an element that is not a pure value).
func (t *Thread) scanCommitted(lv *listView, n int, x Value) (int, bool) {
	if int64(n) > lv.n {
		return 0, false // (a view out of step: cannot happen while sw holds)
	}
	for base := 0; base < n; base += listChunkLen {
		c := base >> listChunkBits
		if c >= len(lv.tab.chunks) {
			return 0, false
		}
		ch := lv.tab.chunks[c].Load()
		if ch == nil {
			return 0, false
		}
		wv := ch.w.load()
		if lockedVersion(wv) {
			return 0, false
		}
		t.recordListRead(&ch.w, wv)
		for j := 0; j < listChunkLen && base+j < n; j++ {
			p := ch.items[j].Load()
			if p == nil {
				return 0, false
			}
			eq, pure := removeMatch(*p, x)
			if !pure {
				return 0, false
			}
			if eq {
				return base + j, true
			}
		}
	}
	return -1, true
}

// overlayMaterialize returns the span's view of ov's list as a slice:
// the committed items (read lock-free, every chunk word logged) with the
// span's writes of the list replayed on them in order, as the commit
// will. It costs the length plus the writes, where reading each position
// through overlayItem costs the length times the writes. ok false: the
// token path (a locked word, a view out of step).
func (t *Thread) overlayMaterialize(ov *listOverlay, lv *listView) ([]Value, bool) {
	items := make([]Value, ov.n0, ov.overlayLen()+ov.n0)
	for i := range items {
		v, ok := t.listItemAt(lv, int64(i))
		if !ok {
			return nil, false
		}
		items[i] = v
	}
	la := t.sp.la
	for _, k := range ov.ops {
		e := &la[k]
		switch e.op {
		case listOpStore:
			if e.i >= len(items) {
				return nil, false
			}
			items[e.i] = e.v
		case listOpAppend:
			items = append(items, e.v)
		case listOpExtend:
			items = append(items, e.v.obj.(*Tuple).items...)
		case listOpDelete:
			hi := e.i + int(e.v.AsInt())
			if hi > len(items) {
				return nil, false
			}
			items = slices.Delete(items, e.i, hi)
		case listOpInsert:
			items = slices.Insert(items, min(e.i, len(items)), e.v)
		case listOpInsertItems:
			items = slices.Insert(items, min(e.i, len(items)), e.v.obj.(*Tuple).items...)
		}
	}
	if len(items) != ov.overlayLen() {
		return nil, false
	}
	return items, true
}
