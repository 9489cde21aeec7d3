package runtime

// This file defines array.array's methods and protocol slots (sequence,
// comparison, concatenation, repetition, repr) and its iterator, with
// CPython 3.11's error texts.

import (
	"fmt"
	"math"
)

func arraySelf(t *Thread, v Value) *Array {
	a := v.obj.(*Array)
	t.touchW(&a.Header)
	return a
}

// slice returns a new array of the selected elements.
func (a *Array) slice(start, step, n int) *Array {
	b := &Array{code: a.code}
	size := a.itemSize()
	if step == 1 {
		b.data = append([]byte{}, a.data[start*size:(start+n)*size]...)
		return b
	}
	b.data = make([]byte, 0, n*size)
	for k := 0; k < n; k++ {
		i := (start + k*step) * size
		b.data = append(b.data, a.data[i:i+size]...)
	}
	return b
}

// equalAt reports a[i] == v as Python compares them.
func (a *Array) equalAt(t *Thread, i int, v Value) (bool, error) {
	x := a.get(i)
	if x.IsInt() && v.IsInt() {
		return x.AsInt() == v.AsInt(), nil
	}
	r, err := Compare(t, CmpEQ, x, v)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

// find returns the first index in [lo, hi) of an element equal to v, or -1.
func (a *Array) find(t *Thread, v Value, lo, hi int) (int, error) {
	for i := lo; i < hi && i < a.length(); i++ {
		eq, err := a.equalAt(t, i, v)
		if err != nil || eq {
			return i, err
		}
	}
	return -1, nil
}

func arrayRepr(t *Thread, v Value) (string, error) {
	a := arraySelf(t, v)
	name := TypeOf(v).Name
	if a.length() == 0 {
		return fmt.Sprintf("%s('%c')", name, a.code), nil
	}
	var body string
	var err error
	if a.code == 'u' {
		body, err = Repr(t, NewStr(a.unicode()))
	} else {
		body, err = reprItems(t, a.tolist(), "[", "]")
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s('%c', %s)", name, a.code, body), nil
}

func arrayGetItem(t *Thread, v, key Value) (Value, error) {
	a := arraySelf(t, v)
	if s, ok := key.obj.(*Slice); ok {
		start, _, step, n, err := sliceIndices(t, s, a.length())
		if err != nil {
			return Value{}, err
		}
		return FromObject(a.slice(start, step, n)), nil
	}
	i, err := asSubscript(t, key, "array indices must be integers")
	if err != nil {
		return Value{}, err
	}
	j := seqIndex(i, a.length())
	if j < 0 {
		return Value{}, Errorf(IndexErrorType, "array index out of range")
	}
	return a.get(j), nil
}

func arraySetItem(t *Thread, v, key, x Value) error {
	a := arraySelf(t, v)
	if s, ok := key.obj.(*Slice); ok {
		return a.setSlice(t, s, x)
	}
	i, err := asSubscript(t, key, "array indices must be integers")
	if err != nil {
		return err
	}
	j := seqIndex(i, a.length())
	if j < 0 {
		return Errorf(IndexErrorType, "array assignment index out of range")
	}
	u, err := a.unbox(t, x)
	if err != nil {
		return err
	}
	t.touchW(&a.Header)
	if j < a.length() {
		a.setRaw(j, u)
	}
	return nil
}

// setSlice is a[s] = x for an array x of the same typecode.
func (a *Array) setSlice(t *Thread, s *Slice, x Value) error {
	o, ok := x.obj.(*Array)
	if !ok {
		return Errorf(TypeErrorType, "can only assign array (not \"%s\") to array slice", typeName(x))
	}
	t.touchW(&o.Header)
	if o.code != a.code {
		return Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	src := append([]byte{}, o.data...)
	start, stop, step, n, err := sliceIndices(t, s, a.length())
	if err != nil {
		return err
	}
	size := a.itemSize()
	if step == 1 {
		if stop < start {
			stop = start
		}
		tail := append([]byte{}, a.data[stop*size:]...)
		a.data = append(append(a.data[:start*size], src...), tail...)
		return nil
	}
	if len(src)/size != n {
		return Errorf(ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(src)/size, n)
	}
	for k := 0; k < n; k++ {
		copy(a.data[(start+k*step)*size:], src[k*size:(k+1)*size])
	}
	return nil
}

func arrayDelItem(t *Thread, v, key Value) error {
	a := arraySelf(t, v)
	n := a.length()
	size := a.itemSize()
	if s, ok := key.obj.(*Slice); ok {
		start, stop, step, count, err := sliceIndices(t, s, n)
		if err != nil {
			return err
		}
		if step == 1 {
			if stop > start {
				a.data = append(a.data[:start*size], a.data[stop*size:]...)
			}
			return nil
		}
		if step < 0 {
			start, step = start+(count-1)*step, -step
		}
		keep := make([]byte, 0, len(a.data))
		for i := 0; i < n; i++ {
			if i >= start && (i-start)%step == 0 && (i-start)/step < count {
				continue
			}
			keep = append(keep, a.data[i*size:(i+1)*size]...)
		}
		a.data = keep
		return nil
	}
	i, err := asSubscript(t, key, "array indices must be integers")
	if err != nil {
		return err
	}
	j := seqIndex(i, n)
	if j < 0 {
		return Errorf(IndexErrorType, "array assignment index out of range")
	}
	a.data = append(a.data[:j*size], a.data[(j+1)*size:]...)
	return nil
}

// arrayCompare is array_richcompare: arrays only, element by element.
func arrayCompare(t *Thread, op CompareOp, x, y Value) (Value, error) {
	a, ok1 := x.obj.(*Array)
	b, ok2 := y.obj.(*Array)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	t.touchW(&a.Header)
	t.touchW(&b.Header)
	na, nb := a.length(), b.length()
	if na != nb && (op == CmpEQ || op == CmpNE) {
		return Bool(op == CmpNE), nil
	}
	for i := 0; i < na && i < nb; i++ {
		vi, wi := a.get(i), b.get(i)
		r, err := Compare(t, CmpEQ, vi, wi)
		if err != nil {
			return Value{}, err
		}
		eq, err := Truth(t, r)
		if err != nil {
			return Value{}, err
		}
		if eq {
			continue
		}
		switch op {
		case CmpEQ:
			return False, nil
		case CmpNE:
			return True, nil
		}
		return Compare(t, op, vi, wi)
	}
	c := 0
	switch {
	case na < nb:
		c = -1
	case na > nb:
		c = 1
	}
	return Bool(cmpOrder(op, c)), nil
}

func arrayConcat(t *Thread, x, y Value) (Value, error) {
	a := arraySelf(t, x)
	b, ok := y.obj.(*Array)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "can only append array (not \"%s\") to array", typeName(y))
	}
	t.touchW(&b.Header)
	if a.code != b.code {
		return Value{}, Errorf(TypeErrorType, "bad argument type for built-in operation")
	}
	r := &Array{code: a.code, data: make([]byte, 0, len(a.data)+len(b.data))}
	r.data = append(append(r.data, a.data...), b.data...)
	return FromObject(r), nil
}

func arrayInplaceConcat(t *Thread, x, y Value) (Value, error) {
	a := arraySelf(t, x)
	b, ok := y.obj.(*Array)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "can only extend array with array (not \"%s\")", typeName(y))
	}
	if err := a.extendArray(t, b); err != nil {
		return Value{}, err
	}
	return x, nil
}

func (a *Array) extendArray(t *Thread, b *Array) error {
	t.touchW(&b.Header)
	if a.code != b.code {
		return Errorf(TypeErrorType, "can only extend with array of same kind")
	}
	a.data = append(a.data, b.data...)
	return nil
}

// repeatCount converts the int of a * n; ok false for a non-int.
func arrayRepeatCount(t *Thread, n Value) (int64, bool, error) {
	if _, _, isInt := intOf(n); !isInt {
		if _, isFloat, _ := floatOf(n); isFloat || !hasIndex(t, n) {
			return 0, false, nil
		}
	}
	iv, err := Index(t, n)
	if err != nil {
		return 0, true, err
	}
	k, fits := AsInt64(iv)
	if !fits {
		if bigSign(iv) < 0 {
			return 0, true, nil
		}
		return 0, true, memoryError()
	}
	if k < 0 {
		k = 0
	}
	return k, true, nil
}

// ssizeArg converts an index argument as CPython's "n" converter does.
func ssizeArg(t *Thread, v Value) (int64, error) {
	iv, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	i, ok := AsInt64(iv)
	if !ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return i, nil
}

func hasIndex(t *Thread, v Value) bool {
	_, ok := TypeOf(v).Lookup("__index__")
	return ok
}

func (a *Array) repeat(t *Thread, n Value) (*Array, error) {
	k, ok, err := arrayRepeatCount(t, n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeName(n))
	}
	if err := checkAlloc(k, int64(len(a.data))); err != nil {
		return nil, err
	}
	r := &Array{code: a.code, data: make([]byte, 0, k*int64(len(a.data)))}
	for i := int64(0); i < k; i++ {
		r.data = append(r.data, a.data...)
	}
	return r, nil
}

// ArrayIter iterates over an array, reading it afresh at each step.
type ArrayIter struct {
	shareFlag
	a *Array
	i int
}

// publishRefs marks the iterator shared and publishes its array.
func (it *ArrayIter) publishRefs(w *publishWalk) bool {
	if !it.mark() {
		return false
	}
	if it.a != nil {
		w.pushObj(it.a)
	}
	return true
}

// publishRefs marks the array shared, with the attributes and class of a
// subclass instance (the items are numbers: nothing else to publish).
func (a *Array) publishRefs(w *publishWalk) bool {
	if !markShared(&a.Header) {
		return false
	}
	w.pushSub(&a.sub)
	w.pushType(a.typ)
	return true
}

var (
	_ publisher = (*Array)(nil)
	_ publisher = (*ArrayIter)(nil)
)

// Type returns array's iterator type.
func (it *ArrayIter) Type() *Type { return ArrayIterType }

func (a *Array) LoadAttr(t *Thread, name string) (Value, bool) { return a.sub.load(t, name) }

// StoreAttr sets an attribute of an instance of an array subclass.
func (a *Array) StoreAttr(t *Thread, name string, v Value) error {
	return a.sub.store(t, FromObject(a), name, v)
}

// DeleteAttr deletes an attribute of an instance of an array subclass.
func (a *Array) DeleteAttr(t *Thread, name string) bool { return a.sub.del(t, name) }

// AttrDict returns the __dict__ of an instance of an array subclass.
func (a *Array) AttrDict(t *Thread) *Dict { return a.sub.dict(t) }

var _ AttrStore = (*Array)(nil)

// arrayMethod adds a method checking CPython's argument count (min..max
// positional arguments after self, no keywords).
func arrayMethod(name string, min, max int, fn func(t *Thread, a *Array, args []Value) (Value, error)) {
	ArrayType.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs(name, args, kw, min, max); err != nil {
			if e, ok := err.(*Exception); ok {
				// CPython names array methods "array.name()".
				return Value{}, Errorf(e.Type(), "%s", prefixArray(e, name))
			}
			return Value{}, err
		}
		return fn(t, arraySelf(t, args[0]), args[1:])
	})
}

func prefixArray(e *Exception, name string) string {
	msg := ""
	if len(e.Args) > 0 {
		msg, _ = AsString(e.Args[0])
	}
	if len(msg) > len(name) && msg[:len(name)+1] == name+"(" {
		return "array." + msg
	}
	return msg
}

func init() {
	ArrayType.SetNew(arrayNew)
	s := &ArrayType.Slots
	s.Repr = arrayRepr
	s.Len = func(t *Thread, v Value) (int, error) { return arraySelf(t, v).length(), nil }
	s.GetItem = arrayGetItem
	s.SetItem = arraySetItem
	s.DelItem = arrayDelItem
	s.Compare = arrayCompare
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		a := arraySelf(t, v)
		i, err := a.find(t, x, 0, a.length())
		return i >= 0, err
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		return FromObject(&ArrayIter{a: v.obj.(*Array)}), nil
	}
	s.Binary[OpAdd] = arrayConcat
	s.Inplace[OpAdd] = arrayInplaceConcat
	s.Binary[OpMul] = func(t *Thread, x, y Value) (Value, error) {
		r, err := arraySelf(t, x).repeat(t, y)
		if err != nil {
			return Value{}, err
		}
		return FromObject(r), nil
	}
	s.RBinary[OpMul] = func(t *Thread, self, other Value) (Value, error) {
		r, err := arraySelf(t, self).repeat(t, other)
		if err != nil {
			return Value{}, err
		}
		return FromObject(r), nil
	}
	s.Inplace[OpMul] = func(t *Thread, x, y Value) (Value, error) {
		a := arraySelf(t, x)
		r, err := a.repeat(t, y)
		if err != nil {
			return Value{}, err
		}
		a.data = r.data
		return x, nil
	}

	arrayMethod("append", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		u, err := a.unbox(t, args[0])
		if err != nil {
			return Value{}, err
		}
		t.touchW(&a.Header)
		a.appendRaw(u)
		return None, nil
	})
	arrayMethod("extend", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		if b, ok := args[0].obj.(*Array); ok {
			return None, a.extendArray(t, b)
		}
		return None, a.extendIter(t, args[0])
	})
	arrayMethod("insert", 2, 2, func(t *Thread, a *Array, args []Value) (Value, error) {
		i, err := ssizeArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		u, err := a.unbox(t, args[1])
		if err != nil {
			return Value{}, err
		}
		t.touchW(&a.Header)
		n := int64(a.length())
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		size := a.itemSize()
		a.appendRaw(u)
		copy(a.data[(int(i)+1)*size:], a.data[int(i)*size:len(a.data)-size])
		a.setRaw(int(i), u)
		return None, nil
	})
	arrayMethod("pop", 0, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		i := int64(-1)
		if len(args) == 1 {
			var err error
			if i, err = ssizeArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		n := a.length()
		if n == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty array")
		}
		j := seqIndex(i, n)
		if j < 0 {
			return Value{}, Errorf(IndexErrorType, "pop index out of range")
		}
		v := a.get(j)
		size := a.itemSize()
		a.data = append(a.data[:j*size], a.data[(j+1)*size:]...)
		return v, nil
	})
	arrayMethod("remove", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		i, err := a.find(t, args[0], 0, a.length())
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, Errorf(ValueErrorType, "array.remove(x): x not in array")
		}
		size := a.itemSize()
		a.data = append(a.data[:i*size], a.data[(i+1)*size:]...)
		return None, nil
	})
	arrayMethod("index", 1, 3, func(t *Thread, a *Array, args []Value) (Value, error) {
		n := int64(a.length())
		lo, hi := int64(0), int64(math.MaxInt64)
		var err error
		if len(args) > 1 {
			if lo, err = clampIndex(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		if len(args) > 2 {
			if hi, err = clampIndex(t, args[2]); err != nil {
				return Value{}, err
			}
		}
		if lo < 0 {
			lo = max(lo+n, 0)
		}
		if hi < 0 {
			hi = max(hi+n, 0)
		}
		hi = min(hi, n)
		i, err := a.find(t, args[0], int(min(lo, n)), int(hi))
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, Errorf(ValueErrorType, "array.index(x): x not in array")
		}
		return Int(int64(i)), nil
	})
	arrayMethod("count", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		c := 0
		for i := 0; i < a.length(); i++ {
			eq, err := a.equalAt(t, i, args[0])
			if err != nil {
				return Value{}, err
			}
			if eq {
				c++
			}
		}
		return Int(int64(c)), nil
	})
	arrayMethod("reverse", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		for i, j := 0, a.length()-1; i < j; i, j = i+1, j-1 {
			x, y := a.raw(i), a.raw(j)
			a.setRaw(i, y)
			a.setRaw(j, x)
		}
		return None, nil
	})
	arrayMethod("byteswap", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		size := a.itemSize()
		for i := 0; i+size <= len(a.data); i += size {
			for l, r := i, i+size-1; l < r; l, r = l+1, r-1 {
				a.data[l], a.data[r] = a.data[r], a.data[l]
			}
		}
		return None, nil
	})
	arrayMethod("tolist", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		return FromObject(NewList(a.tolist())), nil
	})
	arrayMethod("tobytes", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		return NewBytes(append([]byte{}, a.data...)), nil
	})
	arrayMethod("frombytes", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		b, _, ok := structBuffer(t, args[0])
		if !ok {
			return Value{}, bytesLikeRequired(args[0])
		}
		return None, a.fromBytes(append([]byte{}, b...))
	})
	arrayMethod("fromlist", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		l, ok := args[0].obj.(*List)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "arg must be list")
		}
		items := l.Items(t)
		add := make([]uint64, len(items))
		for i, v := range items {
			u, err := a.unbox(t, v)
			if err != nil {
				return Value{}, err
			}
			add[i] = u
		}
		t.touchW(&a.Header)
		for _, u := range add {
			a.appendRaw(u)
		}
		return None, nil
	})
	arrayMethod("fromunicode", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		s, ok := AsString(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "fromunicode() argument must be str, not %s", typeName(args[0]))
		}
		if a.code != 'u' {
			return Value{}, Errorf(ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		return None, a.fromUnicode(s)
	})
	arrayMethod("tounicode", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		if a.code != 'u' {
			return Value{}, Errorf(ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return NewStr(a.unicode()), nil
	})
	arrayMethod("tofile", 1, 1, func(t *Thread, a *Array, args []Value) (Value, error) {
		// CPython writes blocks of 64 KiB (none for an empty array).
		const block = 64 * 1024
		data := append([]byte{}, a.data...)
		for i := 0; i < len(data); i += block {
			w, err := GetAttr(t, args[0], "write")
			if err != nil {
				return Value{}, err
			}
			if _, err := t.Call(w, []Value{NewBytes(data[i:min(i+block, len(data))])}, nil); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	arrayMethod("fromfile", 2, 2, func(t *Thread, a *Array, args []Value) (Value, error) {
		n, err := ssizeArg(t, args[1])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "negative count")
		}
		if err := checkAlloc(n, int64(a.itemSize())); err != nil {
			return Value{}, err
		}
		nbytes := n * int64(a.itemSize())
		read, err := GetAttr(t, args[0], "read")
		if err != nil {
			return Value{}, err
		}
		r, err := t.Call(read, []Value{Int(nbytes)}, nil)
		if err != nil {
			return Value{}, err
		}
		b, ok := r.obj.(*Bytes)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "read() didn't return bytes")
		}
		t.touchW(&a.Header)
		if err := a.fromBytes(append([]byte{}, b.b...)); err != nil {
			return Value{}, err
		}
		if int64(len(b.b)) != nbytes {
			return Value{}, Errorf(EOFErrorType, "read() didn't return enough bytes")
		}
		return None, nil
	})
	arrayMethod("buffer_info", 0, 0, func(t *Thread, a *Array, args []Value) (Value, error) {
		return NewTupleOf(Int(int64(objectID(FromObject(a)))), Int(int64(a.length()))), nil
	})
	copyFn := func(t *Thread, a *Array, args []Value) (Value, error) {
		return FromObject(&Array{code: a.code, data: append([]byte{}, a.data...)}), nil
	}
	arrayMethod("__copy__", 0, 0, copyFn)
	arrayMethod("__deepcopy__", 1, 1, copyFn)
	ArrayType.AddGetSet("typecode", func(t *Thread, v Value) (Value, error) {
		return NewStr(string(rune(v.obj.(*Array).code))), nil
	}, nil)
	ArrayType.AddGetSet("itemsize", func(t *Thread, v Value) (Value, error) {
		return Int(int64(v.obj.(*Array).itemSize())), nil
	}, nil)

	ArrayIterType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "cannot create 'array.arrayiterator' instances")
	})
	ArrayIterType.Slots.Iter = selfIter
	ArrayIterType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		it := v.obj.(*ArrayIter)
		t.touchWf(&it.shareFlag)
		if it.a == nil {
			return Value{}, nil
		}
		t.touchW(&it.a.Header)
		if it.i >= it.a.length() {
			it.a = nil
			return Value{}, nil
		}
		x := it.a.get(it.i)
		it.i++
		return x, nil
	}

	RegisterModule("array", func(t *Thread) (*Module, error) {
		m := NewModule("array")
		m.Dict.SetStr("array", FromObject(ArrayType))
		m.Dict.SetStr("ArrayType", FromObject(ArrayType))
		m.Dict.SetStr("typecodes", NewStr(arrayTypecodes))
		return m, nil
	})
}
