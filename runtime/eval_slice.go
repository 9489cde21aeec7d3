package runtime

// fastListSlice is BUILD_SLICE followed by BINARY_SUBSCR when the container
// is an exact list and every bound is None or an int and the step is not
// zero: the case that cannot raise or run Python code, so the slice object
// CPython would build is skipped. ok false means take the general path.
func fastListSlice(t *Thread, container, start, stop, step Value) (Value, bool) {
	l, isList := container.obj.(*List)
	if !isList || l.typ != nil {
		return Value{}, false
	}
	for _, b := range [3]Value{start, stop, step} {
		if !b.IsNone() && !b.IsInt() {
			return Value{}, false
		}
	}
	if step.IsInt() && step.AsInt() == 0 {
		return Value{}, false
	}
	sl := Slice{Start: start, Stop: stop, Step: step}
	if l.IsShared() && t.lockFreeReads() {
		if r, ok := t.sharedListSlice(l, &sl); ok { // LISTREAD (shared_read_list.go)
			return r, true
		}
	}
	t.touch(&l.Header)
	from, _, st, n, err := sliceIndices(t, &sl, l.Len())
	if err != nil {
		return Value{}, false
	}
	return FromObject(l.slice(t, from, st, n)), true
}

// fastListSetSlice is BUILD_SLICE (two bounds) followed by STORE_SUBSCR
// for container[start:stop] = x when both are exact lists and the bounds
// are None or ints: a plain slice assignment from a list cannot raise or
// run Python code. It reports whether it did the assignment.
func fastListSetSlice(t *Thread, container, start, stop, x Value) bool {
	l, isList := container.obj.(*List)
	o, xList := x.obj.(*List)
	if !isList || !xList || l.typ != nil || o.typ != nil {
		return false
	}
	if (!start.IsNone() && !start.IsInt()) || (!stop.IsNone() && !stop.IsInt()) {
		return false
	}
	sl := Slice{Start: start, Stop: stop, Step: None}
	return l.setSlice(t, &sl, x) == nil
}
