package runtime

import (
	"slices"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file gives list its Python behaviour: the type's slots and methods.

func init() {
	s := &ListType.Slots
	s.Repr = listRepr
	s.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*List).Len(), nil }
	s.GetItem = listGetItem
	s.SetItem = listSetItem
	s.DelItem = listDelItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		l := v.obj.(*List)
		i, err := l.indexOf(t, x, 0, l.Len())
		return i >= 0, err
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		return FromObject(&ListIterator{list: v.obj.(*List)}), nil
	}
	s.Compare = listCompare
	s.Binary[bytecode.OpAdd] = listAdd
	s.Binary[bytecode.OpMul] = listMul
	s.RBinary[bytecode.OpMul] = listMul
	s.Inplace[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		if err := a.obj.(*List).Extend(t, b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	s.Inplace[bytecode.OpMul] = listIMul

	ListType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		l := &List{}
		if cls, ok := args[0].obj.(*Type); ok && cls != ListType {
			l.typ = cls
			l.sub.enable()
		}
		return FromObject(l), nil
	})
	ListType.AddMethod("__init__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "list() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", len(args)-1)
		}
		l := args[0].obj.(*List)
		l.Clear(t)
		if len(args) == 2 {
			return None, l.Extend(t, args[1])
		}
		return None, nil
	})
	m := ListType.AddMethod
	m("append", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.append", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		args[0].obj.(*List).Append(t, args[1])
		return None, nil
	})
	spanM := ListType.addListSpanMethod
	spanM("extend", func(t *Thread, l *List, args []Value) (Value, error, bool) {
		return None, nil, len(args) == 2 && t.spanListExtend(l, args[1])
	}, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.extend", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return None, args[0].obj.(*List).Extend(t, args[1])
	})
	if v, ok := ListType.Dict.GetStr("extend"); ok {
		v.obj.(*BuiltinFunction).consume = consumeListExtend // l.extend(generator): span_listextend.go
	}
	spanM("insert", func(t *Thread, l *List, args []Value) (Value, error, bool) {
		return None, nil, t.spanListInsert(l, args)
	}, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("insert", args[1:], kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		l := args[0].obj.(*List)
		i, err := asIndex(t, args[1], "'"+TypeOf(args[1]).Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		n := int64(l.Len())
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		} else if i > n {
			i = n
		}
		l.Insert(t, int(i), args[2])
		return None, nil
	})
	spanM("pop", (*Thread).spanListPop, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("pop", args[1:], kwnames, 0, 1); err != nil {
			return Value{}, err
		}
		l := args[0].obj.(*List)
		i := int64(-1)
		if len(args) == 2 {
			var err error
			if i, err = asIndex(t, args[1], "'"+TypeOf(args[1]).Name+"' object cannot be interpreted as an integer"); err != nil {
				return Value{}, err
			}
		}
		if l.Len() == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty list")
		}
		j := seqIndex(i, l.Len())
		if j < 0 {
			return Value{}, Errorf(IndexErrorType, "pop index out of range")
		}
		v := l.Get(t, j)
		l.Delete(t, j, j+1)
		return v, nil
	})
	spanM("remove", (*Thread).spanListRemove, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.remove", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		l := args[0].obj.(*List)
		i, err := l.indexOf(t, args[1], 0, l.Len())
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, Errorf(ValueErrorType, "list.remove(x): x not in list")
		}
		l.Delete(t, i, i+1)
		return None, nil
	})
	m("index", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("index", args[1:], kwnames, 1, 3); err != nil {
			return Value{}, err
		}
		l := args[0].obj.(*List)
		lo, hi, err := searchBounds(t, args[2:], l.Len())
		if err != nil {
			return Value{}, err
		}
		i, err := l.indexOf(t, args[1], lo, hi)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			r, err := Repr(t, args[1])
			if err != nil {
				return Value{}, err
			}
			return Value{}, Errorf(ValueErrorType, "%s is not in list", r)
		}
		return Int(int64(i)), nil
	})
	m("count", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.count", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		l := args[0].obj.(*List)
		n := 0
		for i := 0; i < l.Len(); i++ {
			eq, err := Equal(t, l.Get(t, i), args[1])
			if err != nil {
				return Value{}, err
			}
			if eq {
				n++
			}
		}
		return Int(int64(n)), nil
	})
	m("reverse", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.reverse", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		args[0].obj.(*List).Reverse(t)
		return None, nil
	})
	m("copy", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.copy", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(args[0].obj.(*List).Copy(t)), nil
	})
	spanM("clear", func(t *Thread, l *List, args []Value) (Value, error, bool) {
		return None, nil, len(args) == 1 && t.spanListClear(l)
	}, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("list.clear", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		args[0].obj.(*List).Clear(t)
		return None, nil
	})
	m("sort", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := ctKwArgs("sort", args[1:], kwnames, []string{"key", "reverse"}, 0)
		if err != nil {
			return Value{}, err
		}
		rev := false
		if a[1].IsValid() {
			// CPython reads reverse as an int (sorted(x, reverse=None) is a TypeError).
			n, err := asIndex(t, a[1], "'"+TypeOf(a[1]).Name+"' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			rev = n != 0
		}
		key := a[0]
		if key.IsNone() {
			key = Value{}
		}
		return None, args[0].obj.(*List).Sort(t, key, rev)
	})
	m("__reversed__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		l := args[0].obj.(*List)
		return FromObject(&ListReverseIterator{list: l, i: l.Len() - 1}), nil
	})
}

// addListSpanMethod adds a method of list that an abortable span may
// run on a shared exact list without the token (span_listops.go): span
// is tried first there (done false: it could not), then fn with the
// barrier (touchingMethod) as for every other method.
func (typ *Type) addListSpanMethod(name string, span func(t *Thread, l *List, args []Value) (Value, error, bool),
	fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	f := touchingMethodListSpan(span, touchingMethod(fn))
	typ.Dict.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: f, Method: true, Owner: typ}))
}

// touchingMethodListSpan is addListSpanMethod's wrapper (its name keeps
// "touchingMethod": the barrier test finds it that way).
func touchingMethodListSpan(span func(t *Thread, l *List, args []Value) (Value, error, bool),
	touching func(t *Thread, args []Value, kwnames []string) (Value, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if t != nil && t.sp.optimistic && len(kwnames) == 0 && len(args) > 0 {
			if l, ok := args[0].obj.(*List); ok && l.typ == nil && l.IsShared() {
				if r, err, done := span(t, l, args); done {
					return r, err
				}
			}
		}
		return touching(t, args, kwnames)
	}
}

// searchBounds parses the optional start/stop of index() calls.
func searchBounds(t *Thread, args []Value, n int) (int, int, error) {
	for _, a := range args {
		if a.IsNone() {
			return 0, 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
	}
	lo, hi, err := searchBounds1(t, args, n)
	if err != nil && isExc(err, TypeErrorType) && !hasMethod(args[0], "__index__") {
		return 0, 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	return lo, hi, err
}

func searchBounds1(t *Thread, args []Value, n int) (int, int, error) {
	lo, hi := int64(0), int64(n)
	var err error
	if len(args) > 0 {
		if lo, err = clampIndex(t, args[0]); err != nil {
			return 0, 0, err
		}
		if lo < 0 {
			lo += int64(n)
			if lo < 0 {
				lo = 0
			}
		}
	}
	if len(args) > 1 {
		if hi, err = clampIndex(t, args[1]); err != nil {
			return 0, 0, err
		}
		if hi < 0 {
			hi += int64(n)
			if hi < 0 {
				hi = 0
			}
		}
	}
	if hi > int64(n) {
		hi = int64(n)
	}
	if lo > hi {
		return 0, 0, nil
	}
	return int(lo), int(hi), nil
}

func listRepr(t *Thread, v Value) (string, error) {
	l := v.obj.(*List)
	if l.Len() == 0 {
		return "[]", nil
	}
	if !reprEnter(t, l) {
		return "[...]", nil
	}
	defer reprLeave(t, l)
	if err := enterRepr(t); err != nil {
		return "", err
	}
	defer t.LeaveRecursive()
	return reprItems(t, l.Items(t), "[", "]")
}

func listGetItem(t *Thread, v, key Value) (Value, error) {
	l := v.obj.(*List)
	if key.IsInt() {
		i := seqIndex(key.AsInt(), l.Len())
		if i < 0 {
			return Value{}, Errorf(IndexErrorType, "list index out of range")
		}
		return l.Get(t, i), nil
	}
	if s, ok := key.obj.(*Slice); ok {
		start, _, step, n, err := sliceIndices(t, s, l.Len())
		if err != nil {
			return Value{}, err
		}
		return FromObject(l.slice(t, start, step, n)), nil
	}
	i, err := asSubscript(t, key, "list indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return Value{}, err
	}
	j := seqIndex(i, l.Len())
	if j < 0 {
		return Value{}, Errorf(IndexErrorType, "list index out of range")
	}
	return l.Get(t, j), nil
}

func listSetItem(t *Thread, v, key, x Value) error {
	l := v.obj.(*List)
	if s, ok := key.obj.(*Slice); ok {
		return l.setSlice(t, s, x)
	}
	i, err := asSubscript(t, key, "list indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return err
	}
	if l.typ == nil && t.storeSharedItem(l, int64(i), x) { // buffered (span_liststores.go)
		return nil
	}
	t.touch(&l.Header) // (the length of a shared list is read holding the token)
	j := seqIndex(i, l.Len())
	if j < 0 {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.Set(t, j, x)
	return nil
}

// setSlice is l[s] = x.
func (l *List) setSlice(t *Thread, s *Slice, x Value) error {
	if t != nil && t.spActive && l.typ == nil && l.IsShared() {
		if err, done := t.spanListSetSlice(l, s, x); done {
			return err // buffered (span_listassign.go)
		}
	}
	t.touchStoreL(&l.Header, x) // SPAN: Splice and Set log; the fast path below copies
	if o, ok := x.obj.(*List); ok && o.kind == listInts && l.kind == listInts && o.Len() > 0 && !l.IsShared() {
		t.wListCopy(l)
		// Fast path for int lists (perm[:k] = perm[k-1::-1]): no boxing.
		start, stop, step, n, err := sliceIndices(t, s, l.Len())
		if err != nil {
			return err
		}
		src := o.ints
		if o == l {
			src = slices.Clone(src)
		}
		if step == 1 {
			l.ints = slices.Replace(l.ints, start, max(start, stop), src...)
			return nil
		}
		if len(src) != n {
			return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
		}
		for i, x := range src {
			l.ints[start+i*step] = x
		}
		return nil
	}
	var items []Value
	if o, ok := x.obj.(*List); ok {
		items = o.Items(t)
	} else if o, ok := x.obj.(*Tuple); ok {
		items = o.items
	} else {
		var err error
		if items, err = collect(t, x); err != nil {
			if exc, ok := err.(*Exception); ok && IsSubtype(exc.Type(), TypeErrorType) && !isIterable(x) {
				// LANG: CPython's two texts (list_ass_slice's
				// PySequence_Fast, and the extended-slice one); a
				// TypeError raised while iterating passes unchanged.
				if _, _, step, _, e := sliceIndices(t, s, l.Len()); e == nil && step == 1 {
					return Errorf(TypeErrorType, "can only assign an iterable")
				}
				return Errorf(TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
	}
	start, stop, step, n, err := sliceIndices(t, s, l.Len())
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(items) != stop-start || !l.IsShared() {
			l.Splice(t, start, stop, items)
			return nil
		}
		// A shared list keeping its length: stores, which lock only their
		// chunks (a move locks the length too, and every span that read
		// it conflicts: span_listassign.go buffers the same as stores).
	}
	if len(items) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, it := range items {
		l.Set(t, start+i*step, it)
	}
	return nil
}

func listDelItem(t *Thread, v, key Value) error {
	l := v.obj.(*List)
	if s, ok := key.obj.(*Slice); ok {
		start, stop, step, n, err := sliceIndices(t, s, l.Len())
		if err != nil {
			return err
		}
		if step == 1 {
			if stop > start {
				l.Delete(t, start, stop)
			}
			return nil
		}
		if step < 0 {
			start, step = start+(n-1)*step, -step
		}
		items := l.Items(t)
		keep := items[:0:0]
		for i, it := range items {
			if i >= start && (i-start)%step == 0 && (i-start)/step < n {
				continue
			}
			keep = append(keep, it)
		}
		t.wList(l, -1) // SPAN: setAll leaves the old arrays intact
		l.setAll(keep)
		return nil
	}
	i, err := asSubscript(t, key, "list indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return err
	}
	j := seqIndex(i, l.Len())
	if j < 0 {
		return Errorf(IndexErrorType, "list assignment index out of range")
	}
	l.Delete(t, j, j+1)
	return nil
}

func listCompare(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
	x := a.obj.(*List)
	y, ok := b.obj.(*List)
	if !ok {
		return notImpl()
	}
	if x.kind == listInts && y.kind == listInts {
		return compareInts(op, x.ints, y.ints), nil
	}
	return seqCompare(t, op, x.Items(t), y.Items(t))
}

// compareInts compares two int slices lexicographically.
func compareInts(op bytecode.CompareOp, a, b []int64) Value {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if op == bytecode.CmpEQ {
				return False
			}
			if op == bytecode.CmpNE {
				return True
			}
			return Bool(cmpResult(op, compareOrdered(a[i], b[i])))
		}
	}
	return Bool(cmpResult(op, compareOrdered(len(a), len(b))))
}

func compareOrdered[T int | int64 | float64 | string](a, b T) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpResult turns a three-way comparison result into op's answer.
func cmpResult(op bytecode.CompareOp, c int) bool {
	switch op {
	case bytecode.CmpLT:
		return c < 0
	case bytecode.CmpLE:
		return c <= 0
	case bytecode.CmpEQ:
		return c == 0
	case bytecode.CmpNE:
		return c != 0
	case bytecode.CmpGT:
		return c > 0
	}
	return c >= 0
}

// seqCompare is CPython's rich comparison of two sequences: the first
// differing element decides, else the lengths.
func seqCompare(t *Thread, op bytecode.CompareOp, a, b []Value) (Value, error) {
	if len(a) != len(b) && (op == bytecode.CmpEQ || op == bytecode.CmpNE) {
		return Bool(op == bytecode.CmpNE), nil
	}
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			switch op {
			case bytecode.CmpEQ:
				return False, nil
			case bytecode.CmpNE:
				return True, nil
			}
			return Compare(t, op, a[i], b[i])
		}
	}
	return Bool(cmpResult(op, compareOrdered(len(a), len(b)))), nil
}

func listAdd(t *Thread, a, b Value) (Value, error) {
	x := a.obj.(*List)
	y, ok := b.obj.(*List)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeOf(b).Name)
	}
	return FromObject(listConcat(t, x, y)), nil
}

// listConcat returns a new list x + y in one or two allocations (the
// list, and its array when it is not allocated with it), keeping the
// number strategy when both sides share it (an empty side takes the
// other's).
func listConcat(t *Thread, x, y *List) *List {
	t.touch(&x.Header)
	t.touch(&y.Header)
	lx, ly := x.Len(), y.Len()
	k := x.kind
	if lx == 0 {
		k = y.kind
	} else if ly != 0 && y.kind != k {
		k = listValues
	}
	if k != listValues {
		out := newNumList(k, lx+ly)
		copy(out.ints, x.ints)
		copy(out.ints[lx:], y.ints)
		return out
	}
	vals := make([]Value, lx+ly)
	x.copyValues(vals[:lx])
	y.copyValues(vals[lx:])
	return &List{kind: listValues, vals: vals}
}

// repeatCount reads the int operand of sequence repetition.
func repeatCount(t *Thread, v Value) (int, bool, error) {
	if v.IsInt() || v.IsBool() {
		n := int64(v.num)
		if n < 0 {
			n = 0
		}
		// LANG: no cap here; each caller checks its result size with
		// checkAlloc (CPython: MemoryError for lists, tuples and
		// bytearrays, OverflowError for str and bytes beyond Py_ssize_t).
		return int(n), true, nil
	}
	if _, ok := v.obj.(*BigInt); ok {
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return 0, false, nil
}

func listMul(t *Thread, a, b Value) (Value, error) {
	l, ok := a.obj.(*List)
	if !ok {
		l, b = b.obj.(*List), a
	}
	n, ok, err := repeatCount(t, b)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return notImpl()
	}
	if l.Len() == 0 { // LANG: [] * 10**12 is [] at once, not 10**12 empty appends
		n = 0
	}
	if err := checkAlloc(int64(l.Len())*8, int64(n)); err != nil { // LANG
		return Value{}, err
	}
	out := &List{kind: l.kind}
	switch l.kind {
	case listInts, listFloats:
		for i := 0; i < n; i++ {
			out.ints = append(out.ints, l.ints...)
		}
	default:
		for i := 0; i < n; i++ {
			out.vals = append(out.vals, l.vals...)
		}
	}
	return FromObject(out), nil
}

func listIMul(t *Thread, a, b Value) (Value, error) {
	r, err := listMul(t, a, b)
	if err != nil || r.Is(NotImplemented) {
		return r, err
	}
	l, nl := a.obj.(*List), r.obj.(*List)
	t.wList(l, -1) // SPAN: the old arrays are left intact
	l.kind, l.ints, l.vals = nl.kind, nl.ints, nl.vals
	return a, nil
}
