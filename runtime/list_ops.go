package runtime

import "slices"

// This file holds the List operations below the Python methods: splicing
// ranges under any strategy, slicing, searching.

// itemsFit reports whether every item fits the list's current strategy
// (letting an empty list re-pick its strategy for the items).
func (l *List) itemsFit(items []Value) bool {
	if l.Len() == 0 && len(items) > 0 {
		k := kindFor(items)
		l.kind, l.ints, l.vals = k, nil, nil
		return true
	}
	switch l.kind {
	case listInts:
		for _, v := range items {
			if !v.IsInt() {
				return false
			}
		}
	case listFloats:
		for _, v := range items {
			if !v.IsFloat() {
				return false
			}
		}
	}
	return true
}

// Splice replaces elements [lo:hi) by items.
func (l *List) Splice(t *Thread, lo, hi int, items []Value) {
	if l.IsShared() {
		for _, x := range items {
			t.touchStoreL(&l.Header, x)
		}
	}
	if n := l.Len(); lo == n && hi == n {
		t.wListFrom(l, -1, lo) // SPAN: an append: the old length restores it
	} else {
		t.wListCopyFrom(l, lo)
	}
	l.spliceRaw(lo, hi, items)
}

// spliceRaw is Splice's write, the barrier passed.
func (l *List) spliceRaw(lo, hi int, items []Value) {
	if !l.itemsFit(items) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		ins := make([]int64, len(items))
		for i, v := range items {
			ins[i] = v.AsInt()
		}
		l.ints = slices.Replace(l.ints, lo, hi, ins...)
	case listFloats:
		ins := make([]int64, len(items))
		for i, v := range items {
			ins[i] = f2b(v.AsFloat())
		}
		l.ints = slices.Replace(l.ints, lo, hi, ins...)
	default:
		l.vals = slices.Replace(l.vals, lo, hi, items...)
	}
}

// Insert puts v before index i (0 <= i <= Len).
func (l *List) Insert(t *Thread, i int, v Value) {
	t.touchListStoreFrom(l, i, v)
	t.wListCopyFrom(l, i)
	l.insertRaw(i, v)
}

// insertRaw is Insert's write, the barrier passed.
func (l *List) insertRaw(i int, v Value) {
	if !l.fits(v) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		l.ints = slices.Insert(l.ints, i, v.AsInt())
	case listFloats:
		l.ints = slices.Insert(l.ints, i, f2b(v.AsFloat()))
	default:
		l.vals = slices.Insert(l.vals, i, v)
	}
}

// Delete removes elements [lo:hi).
func (l *List) Delete(t *Thread, lo, hi int) {
	if hi == lo+1 && hi == l.Len() {
		t.wListFrom(l, lo, lo) // SPAN: a pop from the end
	} else {
		t.wListCopyFrom(l, lo)
	}
	l.deleteRaw(lo, hi)
}

// deleteRaw is Delete's write, the barrier passed.
func (l *List) deleteRaw(lo, hi int) {
	switch l.kind {
	case listInts, listFloats:
		l.ints = slices.Delete(l.ints, lo, hi)
	default:
		l.vals = slices.Delete(l.vals, lo, hi)
	}
}

// appendRaw appends items, the barrier passed.
func (l *List) appendRaw(items []Value) {
	if !l.itemsFit(items) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		for _, v := range items {
			l.ints = append(l.ints, v.AsInt())
		}
	case listFloats:
		for _, v := range items {
			l.ints = append(l.ints, f2b(v.AsFloat()))
		}
	default:
		l.vals = append(l.vals, items...)
	}
}

// Clear removes every element.
func (l *List) Clear(t *Thread) {
	t.wList(l, -1) // SPAN: the old arrays are left intact
	l.ints, l.vals = nil, nil
	l.kind = listInts
}

// slice returns a new list of the elements selected by (start, step, count).
func (l *List) slice(t *Thread, start, step, count int) *List {
	t.touch(&l.Header)
	if l.kind != listValues {
		out := newNumList(l.kind, count)
		if step == 1 {
			copy(out.ints, l.ints[start:start+count])
		} else {
			for i := range out.ints {
				out.ints[i] = l.ints[start+i*step]
			}
		}
		return out
	}
	out := &List{kind: l.kind}
	switch l.kind {
	default:
		if step == 1 {
			out.vals = slices.Clone(l.vals[start : start+count])
		} else {
			out.vals = make([]Value, count)
			for i := range out.vals {
				out.vals[i] = l.vals[start+i*step]
			}
		}
	}
	return out
}

// Copy returns a shallow copy with the same strategy.
func (l *List) Copy(t *Thread) *List { return l.slice(t, 0, 1, l.Len()) }

// Reverse reverses the list in place.
func (l *List) Reverse(t *Thread) {
	t.wListCopy(l)
	switch l.kind {
	case listInts, listFloats:
		slices.Reverse(l.ints)
	default:
		slices.Reverse(l.vals)
	}
}

// indexOf returns the first index in [lo, hi) whose element equals v, or -1.
func (l *List) indexOf(t *Thread, v Value, lo, hi int) (int, error) {
	t.touch(&l.Header)
	if l.kind == listInts && v.IsInt() {
		x := v.AsInt()
		for i := lo; i < hi && i < len(l.ints); i++ {
			if l.ints[i] == x {
				return i, nil
			}
		}
		return -1, nil
	}
	for i := lo; i < hi && i < l.Len(); i++ {
		eq, err := Equal(t, l.Get(t, i), v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// Extend appends every element of the iterable v.
func (l *List) Extend(t *Thread, v Value) error {
	t.touchStoreL(&l.Header, v) // SPAN: Splice and Append log
	if o, ok := v.obj.(*List); ok {
		if o == l {
			l.Splice(t, l.Len(), l.Len(), l.Items(t))
			return nil
		}
		if t != nil && t.sp.optimistic && o.IsShared() && !l.IsShared() && o.typ == nil {
			// A thread-local list extended from a shared one (m += src):
			// the source read lock-free (span_listassign.go), not
			// through the token.
			if items, ok := t.sharedListItems(o); ok {
				l.Splice(t, l.Len(), l.Len(), items)
				return nil
			}
		}
		if o.kind == l.kind && o.kind == listInts {
			t.wListFrom(l, -1, l.Len())
			l.ints = append(l.ints, o.ints...)
			return nil
		}
		l.Splice(t, l.Len(), l.Len(), o.Items(t))
		return nil
	}
	if o, ok := v.obj.(*Tuple); ok {
		l.Splice(t, l.Len(), l.Len(), o.items)
		return nil
	}
	if o, ok := v.obj.(*Range); ok && (o.big != nil || o.Len() > maxCollect) {
		return memoryError()
	}
	return forEach(t, v, func(x Value) (bool, error) {
		l.Append(t, x)
		return true, nil
	})
}
