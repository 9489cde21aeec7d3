package runtime

// This file defines rich comparison with CPython's dispatch (the right
// operand's reflected method first when its type is a subclass, identity
// as the last resort for == and !=) and Equal, which containers use.

// Compare computes a OP b.
func Compare(t *Thread, op CompareOp, a, b Value) (Value, error) {
	if a.IsInt() && b.IsInt() {
		x, y := a.AsInt(), b.AsInt()
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(cmpOrder(op, c)), nil
	}
	if r, ok := compareNumbers(op, a, b); ok {
		return r, nil
	}
	r, err := richCompare(t, op, a, b)
	if err != nil {
		return Value{}, err
	}
	if !IsNotImplemented(r) {
		return r, nil
	}
	switch op {
	case CmpEQ:
		return Bool(a.Is(b)), nil
	case CmpNE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), TypeOf(a).Name, TypeOf(b).Name)
}

// compareSlot calls a's own comparison method for op.
func compareSlot(t *Thread, op CompareOp, a, b Value) (Value, error) {
	ta := TypeOf(a)
	if !ta.IsHeap() {
		if f := ta.slots().Compare; f != nil {
			return f(t, op, a, b)
		}
		return NotImplemented, nil
	}
	r, ok, err := callDunder(t, a, op.Dunder(), b)
	if !ok && err == nil {
		return NotImplemented, nil
	}
	return r, err
}

// richCompare is CPython's do_richcompare without the final fallback.
func richCompare(t *Thread, op CompareOp, a, b Value) (Value, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	if t != nil {
		if err := t.EnterRecursive(" in comparison"); err != nil {
			return Value{}, err
		}
		defer t.LeaveRecursive()
	}
	reflectedFirst := ta != tb && IsSubtype(tb, ta)
	if reflectedFirst {
		r, err := compareSlot(t, op.Swapped(), b, a)
		if err != nil || !IsNotImplemented(r) {
			return r, err
		}
	}
	r, err := compareSlot(t, op, a, b)
	if err != nil || !IsNotImplemented(r) {
		return r, err
	}
	if !reflectedFirst {
		return compareSlot(t, op.Swapped(), b, a)
	}
	return NotImplemented, nil
}

// Equal reports a == b as containers test it: identity first.
func Equal(t *Thread, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	if a.IsInt() && b.IsInt() {
		return false, nil
	}
	r, err := Compare(t, CmpEQ, a, b)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return Truth(t, r)
}

// objectCompare is object's comparison slot: == is identity, != inverts
// the type's own ==, ordering is not supported.
func objectCompare(t *Thread, op CompareOp, a, b Value) (Value, error) {
	switch op {
	case CmpEQ:
		if a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNE:
		r, err := compareSlot(t, CmpEQ, a, b)
		if err != nil || IsNotImplemented(r) {
			return r, err
		}
		v, err := Truth(t, r)
		if err != nil {
			return Value{}, err
		}
		return Bool(!v), nil
	}
	return NotImplemented, nil
}
