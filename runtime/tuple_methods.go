package runtime

import "github.com/pystm/pystm/compiler/bytecode"

// This file gives tuple its Python behaviour.

func init() {
	s := &TupleType.Slots
	s.Repr = tupleRepr
	s.Hash = func(t *Thread, v Value) (int64, error) { return tupleHash(t, v.obj.(*Tuple).items) }
	s.Len = func(t *Thread, v Value) (int, error) { return len(v.obj.(*Tuple).items), nil }
	s.GetItem = tupleGetItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		for _, it := range v.obj.(*Tuple).items {
			eq, err := Equal(t, it, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		return FromObject(&TupleIterator{items: v.obj.(*Tuple).items}), nil
	}
	s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		y, ok := b.obj.(*Tuple)
		if !ok {
			return notImpl()
		}
		return seqCompare(t, op, a.obj.(*Tuple).items, y.items)
	}
	s.Binary[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		y, ok := b.obj.(*Tuple)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeOf(b).Name)
		}
		x := a.obj.(*Tuple)
		if len(y.items) == 0 && x.typ == nil {
			return a, nil
		}
		out := make([]Value, 0, len(x.items)+len(y.items))
		out = append(append(out, x.items...), y.items...)
		return NewTuple(out), nil
	}
	s.Binary[bytecode.OpMul] = tupleMul
	s.RBinary[bytecode.OpMul] = tupleMul

	TupleType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "tuple() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args)-1)
		}
		cls, _ := args[0].obj.(*Type)
		var items []Value
		if len(args) == 2 {
			if tu, ok := args[1].obj.(*Tuple); ok && tu.typ == nil && (cls == nil || cls == TupleType) {
				return args[1], nil
			}
			if l, ok := args[1].obj.(*List); ok && l.typ == nil && (cls == nil || cls == TupleType) {
				return tupleFromList(t, l), nil
			}
			var err error
			if items, err = collect(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		if cls != nil && cls != TupleType {
			tu := &Tuple{items: items, typ: cls}
			tu.sub.enable()
			return FromObject(tu), nil
		}
		return NewTuple(items), nil
	})
	TupleType.AddMethod("index", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("index", args[1:], kwnames, 1, 3); err != nil {
			return Value{}, err
		}
		items := args[0].obj.(*Tuple).items
		lo, hi, err := searchBounds(t, args[2:], len(items))
		if err != nil {
			return Value{}, err
		}
		for i := lo; i < hi; i++ {
			eq, err := Equal(t, items[i], args[1])
			if err != nil {
				return Value{}, err
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		return Value{}, Errorf(ValueErrorType, "tuple.index(x): x not in tuple")
	})
	TupleType.AddMethod("count", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("tuple.count", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		n := 0
		for _, it := range args[0].obj.(*Tuple).items {
			eq, err := Equal(t, it, args[1])
			if err != nil {
				return Value{}, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
}

func tupleRepr(t *Thread, v Value) (string, error) {
	tu := v.obj.(*Tuple)
	switch len(tu.items) {
	case 0:
		return "()", nil
	case 1:
		if err := enterRepr(t); err != nil {
			return "", err
		}
		defer t.LeaveRecursive()
		r, err := Repr(t, tu.items[0])
		return "(" + r + ",)", err
	}
	if !reprEnter(t, tu) {
		return "(...)", nil
	}
	defer reprLeave(t, tu)
	if err := enterRepr(t); err != nil {
		return "", err
	}
	defer t.LeaveRecursive()
	return reprItems(t, tu.items, "(", ")")
}

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	tu := v.obj.(*Tuple)
	if key.IsInt() {
		i := seqIndex(key.AsInt(), len(tu.items))
		if i < 0 {
			return Value{}, Errorf(IndexErrorType, "tuple index out of range")
		}
		return tu.items[i], nil
	}
	if s, ok := key.obj.(*Slice); ok {
		start, _, step, n, err := sliceIndices(t, s, len(tu.items))
		if err != nil {
			return Value{}, err
		}
		if step == 1 && n == len(tu.items) && tu.typ == nil {
			return v, nil
		}
		out := make([]Value, n)
		for i := range out {
			out[i] = tu.items[start+i*step]
		}
		return NewTuple(out), nil
	}
	i, err := asSubscript(t, key, "tuple indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return Value{}, err
	}
	j := seqIndex(i, len(tu.items))
	if j < 0 {
		return Value{}, Errorf(IndexErrorType, "tuple index out of range")
	}
	return tu.items[j], nil
}

func tupleMul(t *Thread, a, b Value) (Value, error) {
	tu, ok := a.obj.(*Tuple)
	if !ok {
		tu, b = b.obj.(*Tuple), a
	}
	n, ok, err := repeatCount(t, b)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return notImpl()
	}
	if n == 1 && tu.typ == nil {
		return FromObject(tu), nil
	}
	if len(tu.items) == 0 { // LANG: () * 10**12 is () at once
		n = 0
	}
	if err := checkAlloc(int64(len(tu.items))*16, int64(n)); err != nil { // LANG
		return Value{}, err
	}
	out := make([]Value, 0, len(tu.items)*n)
	for i := 0; i < n; i++ {
		out = append(out, tu.items...)
	}
	return NewTuple(out), nil
}
