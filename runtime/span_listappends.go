package runtime

// This file defines the buffered appends of a span (issue #7, stage 2):
// l.append(x) on a shared list, made by an abortable span without the
// token, waits in the span until it commits, as dict stores do
// (span_dictwrites.go, which explains the commit). Threads that collect
// results into one shared list (results.append(...)) then hold the token
// only for their commits, where before each append made the span take it
// and keep it to its end.
//
// Read-your-writes: a span reading a list it appended to takes the token
// path for it (tryListSnap refuses the lock-free copy), and every token
// path applies the buffered writes first (spanTakeToken), so the span sees
// its appends wherever it reads the list. The appends of one span keep
// their order; those of different spans land in commit order, an order
// the GIL could have run them in.

// listAppend is one buffered append.
type listAppend struct {
	l *List
	v Value
}

// bufferListAppend buffers l.append(v) when the running span may: an
// exact shared list, a value that needs no publication, the token not
// held. False: the caller appends as before.
func (t *Thread) bufferListAppend(l *List, v Value) bool {
	if l.typ != nil || !t.sp.optimistic || t.bufferedWrites() >= 2*maxSpanWrites ||
		t.spanHoldsToken() || !publishedAlready(v) {
		return false
	}
	t.sp.la = append(t.sp.la, listAppend{l: l, v: v})
	t.sp.stats.BufferedAppends++
	return true
}

// hasListAppends reports whether the running span appended to l.
func (t *Thread) hasListAppends(l *List) bool {
	for i := range t.sp.la {
		if t.sp.la[i].l == l {
			return true
		}
	}
	return false
}

// applyListAppends appends the buffered values, in order, holding the
// token, with no undo record (the span commits or turned irrevocable).
func (t *Thread) applyListAppends() {
	if len(t.sp.la) == 0 {
		return
	}
	la := t.sp.la
	t.sp.la = t.sp.la[:0] // a nested irrevocability finds nothing left
	for i := range la {
		la[i].l.appendNow(t, la[i].v)
		la[i] = listAppend{}
	}
}

// dropListAppends forgets the buffered appends (a rollback).
func (t *Thread) dropListAppends() {
	clear(t.sp.la)
	t.sp.la = t.sp.la[:0]
}
