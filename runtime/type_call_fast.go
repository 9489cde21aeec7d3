package runtime

// This file defines the direct paths of type.__call__ for the built-in
// types programs call in their loops (int(x), float(x), range(n),
// enumerate(it), tuple(x), set(), list(), super()). The generic path passes
// __new__ the class prepended to the arguments, a slice allocated per
// call because __new__ is called through a function value, then looks
// __init__ up; for these exact built-in types (immutable: their __new__
// and __init__ cannot change) the result is built directly, with the same
// values and errors. Anything else (keywords, other argument counts,
// subclasses) takes the generic path.

// builtinTypeCall returns typ(*args) for the cases above; ok false means
// use the generic path.
func builtinTypeCall(t *Thread, typ *Type, args []Value) (r Value, ok bool, err error) {
	switch typ {
	case IntType:
		if len(args) == 1 {
			r, err = intFromArgs(t, args[0], Value{})
			return r, true, err
		}
	case FloatType:
		if len(args) == 1 {
			r, err = floatFromValue(t, args[0])
			return r, true, err
		}
	case RangeType:
		return smallRangeCall(args)
	case EnumerateType:
		if len(args) == 1 {
			it, err := t.iterSpan(args[0])
			if err != nil {
				return Value{}, true, err
			}
			e := &Enumerate{typ: EnumerateType, it: it, count: Int(0)}
			t.spanMadeIter(&e.shareFlag)
			return FromObject(e), true, nil
		}
	case TupleType:
		if len(args) == 1 {
			if tu, isTuple := args[0].obj.(*Tuple); isTuple && tu.typ == nil {
				return args[0], true, nil
			}
			items, err := collect(t, args[0])
			if err != nil {
				return Value{}, true, err
			}
			return NewTuple(items), true, nil
		}
	case SetType:
		if len(args) == 0 {
			return FromObject(NewSet()), true, nil
		}
	case ListType:
		if len(args) == 0 {
			return FromObject(&List{}), true, nil
		}
	case SuperType:
		// super() in a method (its __init__ does nothing).
		if len(args) == 0 {
			typ, obj, err := t.superArgs()
			if err != nil {
				return Value{}, true, err
			}
			r, err = NewSuper(t, typ, obj)
			return r, true, err
		}
	}
	return Value{}, false, nil
}

// smallRangeCall is range(stop), range(start, stop) or range(start, stop,
// step) with small int arguments (the bounds range's __new__ keeps in
// int64 arithmetic) and a step other than zero.
func smallRangeCall(args []Value) (Value, bool, error) {
	if len(args) == 0 || len(args) > 3 {
		return Value{}, false, nil
	}
	var n [3]int64
	for i, v := range args {
		if !v.IsInt() || v.AsInt() <= -1<<62 || v.AsInt() >= 1<<62 {
			return Value{}, false, nil
		}
		n[i] = v.AsInt()
	}
	switch len(args) {
	case 1:
		return NewRange(0, n[0], 1), true, nil
	case 2:
		return NewRange(n[0], n[1], 1), true, nil
	}
	if n[2] == 0 {
		return Value{}, false, nil
	}
	return NewRange(n[0], n[1], n[2]), true, nil
}
