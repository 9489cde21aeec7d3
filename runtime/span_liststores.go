package runtime

// This file defines the buffered item stores of a span: l[i] = v (and
// so l[i] op= v, a read then a store) on an exact shared list, with an
// int index in range and a value that needs no publication, made by an
// abortable span without the token, is kept in the span's list buffer
// (span_listappends.go) and applied at commit under the token, where it
// locks only the written position's chunk word (shared_read_list.go).
// Threads updating different items of one list then run in parallel.
//
// What the store depends on: only that position i exists, that is the
// length (negative indexes are normalised by it too), so it logs the
// structure word; a store by another thread to the same position is a
// write-write overlap that commit order settles, as the GIL would. The
// span's own reads of that position see the buffered value (looked up
// by (list, position): a scan of the buffer while it is short, a map
// past listIndexFrom entries); `x in l` and the token paths apply the
// buffer first (spanTakeToken). Anything unusual (an index out of range,
// a slice, a subclass, a span that appended to the list, no read side
// yet) takes the token path, which keeps CPython's semantics.

// listIndexFrom is the buffer length from which lookups use the index.
const listIndexFrom = 8

// Bits of listWritesOf.
const (
	listStored   = 1
	listAppended = 2
)

// listSlot keys the buffer index: a list and a position, or the list
// and a negative code for "has stores" (-1) and "has appends" (-2).
type listSlot struct {
	l *List
	i int
}

// listSpan is a thread's list state for its transaction: the lists whose
// read sides it must bring up to date at its end (shared_read_list.go),
// and the index of its buffered list writes.
type listSpan struct {
	dirty []*List
	idx   map[listSlot]int
	nidx  int // buffer entries indexed
}

// resetIndex empties the buffer index (the buffer was applied or
// dropped).
func (s *listSpan) resetIndex() {
	if s.nidx > 0 {
		clear(s.idx)
		s.nidx = 0
	}
}

// indexUpTo brings the index up to the buffer's length.
func (t *Thread) indexListWrites() {
	s := &t.sp.ls
	if s.idx == nil {
		s.idx = make(map[listSlot]int)
	}
	for k := s.nidx; k < len(t.sp.la); k++ {
		e := &t.sp.la[k]
		if !e.store {
			s.idx[listSlot{e.l, -2}] = k
		} else {
			s.idx[listSlot{e.l, -1}] = k
			s.idx[listSlot{e.l, e.i}] = k
		}
	}
	s.nidx = len(t.sp.la)
}

// listWritesOf says whether the running span buffered stores into l
// (listStored) and appends to it (listAppended).
func (t *Thread) listWritesOf(l *List) int {
	la := t.sp.la
	if len(la) <= listIndexFrom {
		r := 0
		for k := range la {
			if la[k].l == l {
				if !la[k].store {
					r |= listAppended
				} else {
					r |= listStored
				}
			}
		}
		return r
	}
	t.indexListWrites()
	r := 0
	if _, ok := t.sp.ls.idx[listSlot{l, -1}]; ok {
		r |= listStored
	}
	if _, ok := t.sp.ls.idx[listSlot{l, -2}]; ok {
		r |= listAppended
	}
	return r
}

// bufferedListItem returns the span's last buffered store into position
// i of l, if any (the span did not append to l).
func (t *Thread) bufferedListItem(l *List, i int) (Value, bool) {
	la := t.sp.la
	if len(la) <= listIndexFrom {
		for k := len(la) - 1; k >= 0; k-- {
			if la[k].l == l && la[k].store && la[k].i == i {
				return la[k].v, true
			}
		}
		return Value{}, false
	}
	t.indexListWrites()
	if k, ok := t.sp.ls.idx[listSlot{l, i}]; ok {
		return la[k].v, true
	}
	return Value{}, false
}

// bufferListStore buffers l[i] = v when the running span may: an exact
// shared list with a read side, i in range (negative from the end), v
// needing no publication, the token not held, no appends of the span to
// l. False: the caller stores as before (the token path).
func (t *Thread) bufferListStore(l *List, i int64, v Value) bool {
	if l.typ != nil || !t.sp.optimistic || t.bufferedWrites() >= 2*maxSpanWrites ||
		t.spanHoldsToken() || !publishedAlready(v) {
		return false
	}
	if len(t.sp.la) > 0 && t.listWritesOf(l)&listAppended != 0 {
		return false
	}
	lv, ok := t.listViewFor(l)
	if !ok {
		return false
	}
	if i < 0 {
		i += lv.n
	}
	if i < 0 || i >= lv.n || !t.logLength(&lv) {
		return false // IndexError (or a locked length): the token path
	}
	t.sp.la = append(t.sp.la, listAppend{l: l, v: v, i: int(i), store: true})
	t.sp.stats.BufferedItemStores++
	return true
}

// storeSharedItem is the STORE_SUBSCR attempt to buffer l[i] = v for a
// shared exact list in an abortable span.
func (t *Thread) storeSharedItem(l *List, i int64, v Value) bool {
	return t.spActive && l.IsShared() && t.bufferListStore(l, i, v)
}
