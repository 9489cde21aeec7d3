package runtime

// This file lets FOR_ITER run the Python function of a map or filter
// object as a frame of the loop (consume.go explains why: boundaries and
// restart points between elements). It covers `for x in map(f, xs)` in
// user code and the consumers' hidden loops over map and filter objects
// alike. The map's or filter's own iterators are still advanced from Go.

// forIterStatus says what inlineMap and inlineFilter did.
type forIterStatus uint8

const (
	forIterGeneric   forIterStatus = iota // not handled: call Next as before
	forIterPushed                         // the function's frame is pushed
	forIterExhausted                      // an underlying iterator is exhausted
	forIterFailed                         // an error (returned beside it)
)

// inlineFunc returns fn as a Python function the loop can run as a frame
// for an iterator step, or nil.
func inlineFunc(fn Value) *Function {
	pf, ok := fn.obj.(*Function)
	if !ok || pf.code.bc.Flags&genFlags != 0 {
		return nil
	}
	return pf
}

// inlineMap advances m's iterators and pushes the frame of m's function
// on the values, with continuation contForIter (its result is the loop's
// next value; a StopIteration it raises ends the loop, as CPython's map
// lets it through to the for loop).
func (t *Thread) inlineMap(m *Map) (*Frame, forIterStatus, error) {
	fn := inlineFunc(m.fn)
	if fn == nil || m.typ != MapType || m.IsShared() {
		return nil, forIterGeneric, nil
	}
	t.touchIter(&m.shareFlag, m)
	var one [1]Value
	xs := one[:]
	if len(m.its) != 1 {
		xs = make([]Value, len(m.its))
	}
	for i, it := range m.its {
		x, err := Next(t, it)
		if err != nil {
			return nil, forIterFailed, err
		}
		if !x.IsValid() {
			return nil, forIterExhausted, nil
		}
		xs[i] = x
	}
	nf, err := t.frameForCall(fn, xs, nil)
	if err != nil {
		return nil, forIterFailed, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, forIterFailed, err
	}
	nf.cont = contForIter
	return nf, forIterPushed, nil
}

// inlineFilter takes the next item of f's iterator and pushes the frame
// of f's function on it, with continuation contFilter: a true result
// makes the item the loop's next value, a false one runs the FOR_ITER
// again (eval.go's RETURN_VALUE).
func (t *Thread) inlineFilter(flt *Filter) (*Frame, forIterStatus, error) {
	fn := inlineFunc(flt.fn)
	if fn == nil || flt.typ != FilterType || flt.IsShared() {
		return nil, forIterGeneric, nil
	}
	t.touchIter(&flt.shareFlag, flt)
	x, err := Next(t, flt.it)
	if err != nil {
		return nil, forIterFailed, err
	}
	if !x.IsValid() {
		return nil, forIterExhausted, nil
	}
	nf, err := t.frameForCall(fn, []Value{x}, nil)
	if err != nil {
		return nil, forIterFailed, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, forIterFailed, err
	}
	nf.cont, nf.contVal = contFilter, x
	return nf, forIterPushed, nil
}
