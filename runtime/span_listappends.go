package runtime

// This file defines the buffered list writes of a span (issue #7, stage
// 2): l.append(x) and l[i] = x (span_liststores.go) on a shared list,
// made by an abortable span without the token, wait in the span until it
// commits, as dict stores do (span_dictwrites.go, which explains the
// commit). Threads that collect results into one shared list
// (results.append(...)) then hold the token only for their commits,
// where before each append made the span take it and keep it to its
// end.
//
// Read-your-writes: a span reading a list it appended to takes the token
// path for it (listViewFor's callers refuse the read side), and every
// token path applies the buffered writes first (spanTakeToken), so the
// span sees its appends wherever it reads the list; its item stores are
// looked up by position (span_liststores.go). The writes of one span keep
// their order; those of different spans land in commit order, an order
// the GIL could have run them in.

// listAppend is one buffered list write, op saying which (the zero op
// is an append, as the type's name says). Positions are those of the
// span's view of the list when the write was made (span_listops.go).
type listAppend struct {
	l  *List
	v  Value
	i  int
	op listOp
}

// listOp is the kind of a buffered list write.
type listOp uint8

const (
	// listOpAppend appends v; i is, once the list has an overlay
	// (span_listops.go), the span's change of the list's length before it.
	listOpAppend listOp = iota
	// listOpStore stores v at position i.
	listOpStore
	// listOpDelete deletes positions [i, i+v.AsInt()).
	listOpDelete
	// listOpInsert inserts v before position i.
	listOpInsert
	// listOpExtend appends the items of the tuple v; i as for an append.
	listOpExtend
	// listOpInsertItems inserts the items of the tuple v before position
	// i (the second half of a slice assignment, span_listassign.go).
	listOpInsertItems
)

// bufferListAppend buffers l.append(v) when the running span may: an
// exact shared list, a value that needs no publication, the token not
// held. False: the caller appends as before.
func (t *Thread) bufferListAppend(l *List, v Value) bool {
	if l.typ != nil || !t.sp.optimistic || t.bufferedWrites() >= 2*maxSpanWrites ||
		t.spanHoldsToken() || !publishedAlready(v) {
		return false
	}
	if t.sp.ls.nov > 0 {
		if ov := t.overlayOf(l); ov != nil { // (span_listops.go)
			t.overlayAdd(ov, listAppend{l: l, v: v, i: ov.d})
			ov.d++
			t.sp.stats.BufferedAppends++
			return true
		}
	}
	t.sp.la = append(t.sp.la, listAppend{l: l, v: v})
	t.sp.stats.BufferedAppends++
	return true
}

// applyListAppends applies the buffered writes, in order, holding the
// token, with no undo record (the span commits or turned irrevocable).
func (t *Thread) applyListAppends() {
	if len(t.sp.la) == 0 {
		return
	}
	la := t.sp.la
	t.sp.la = t.sp.la[:0] // a nested irrevocability finds nothing left
	t.sp.ls.resetIndex()
	for i := range la {
		e := &la[i]
		// (Validated: the bounds tests only matter for a stopping
		// thread's unvalidated end.)
		switch e.op {
		case listOpAppend:
			e.l.appendNow(t, e.v)
		case listOpStore:
			if e.i < e.l.Len() {
				e.l.setNow(t, e.i, e.v)
			}
		case listOpDelete:
			if hi := e.i + int(e.v.AsInt()); hi <= e.l.Len() {
				e.l.deleteNow(t, e.i, hi)
			}
		case listOpInsert:
			e.l.insertNow(t, min(e.i, e.l.Len()), e.v)
		case listOpExtend:
			e.l.extendNow(t, e.v.obj.(*Tuple).items)
		case listOpInsertItems:
			e.l.insertItemsNow(t, min(e.i, e.l.Len()), e.v.obj.(*Tuple).items)
		}
		la[i] = listAppend{}
	}
}

// dropListAppends forgets the buffered writes (a rollback).
func (t *Thread) dropListAppends() {
	clear(t.sp.la)
	t.sp.la = t.sp.la[:0]
	t.sp.ls.resetIndex()
}
