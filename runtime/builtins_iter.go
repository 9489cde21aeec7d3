package runtime

import (
	"strconv"
)

// This file defines the iteration builtins: min, max, sum, any, all,
// iter, next, sorted, and the iterator types enumerate, zip, map, filter,
// reversed and callable_iterator.

// The iterator types of the builtins.
var (
	EnumerateType        = newBuiltinType("enumerate", nil)
	ZipType              = newBuiltinType("zip", nil)
	MapType              = newBuiltinType("map", nil)
	FilterType           = newBuiltinType("filter", nil)
	ReversedType         = newBuiltinType("reversed", nil)
	CallableIteratorType = &Type{Name: "callable_iterator", flags: flagFinal}
)

// minMaxKeywords splits min's and max's arguments: the positional count,
// key= (None as absent) and default=; bad names a keyword they do not take.
func minMaxKeywords(args []Value, kw []string) (npos int, key, dflt Value, bad string) {
	npos = len(args) - len(kw)
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			dflt = args[npos+i]
		default:
			return npos, Value{}, Value{}, k
		}
	}
	if key.IsNone() {
		key = Value{}
	}
	return npos, key, dflt, ""
}

func builtinMinMax(t *Thread, name string, args []Value, kw []string, op CompareOp) (Value, error) {
	npos, key, dflt, bad := minMaxKeywords(args, kw)
	if bad != "" {
		return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", bad, name)
	}
	var items []Value
	switch {
	case npos == 0:
		return Value{}, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	case npos == 1:
		var err error
		items, err = collect(t, args[0])
		if err != nil {
			return Value{}, err
		}
	default:
		if dflt.IsValid() {
			return Value{}, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	if len(items) == 0 {
		if dflt.IsValid() {
			return dflt, nil
		}
		return Value{}, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	best := items[0]
	bestKey := best
	if key.IsValid() {
		var err error
		if bestKey, err = t.Call(key, []Value{best}, nil); err != nil {
			return Value{}, err
		}
	}
	for _, it := range items[1:] {
		k := it
		if key.IsValid() {
			var err error
			if k, err = t.Call(key, []Value{it}, nil); err != nil {
				return Value{}, err
			}
		}
		r, err := Compare(t, op, k, bestKey)
		if err != nil {
			return Value{}, err
		}
		better, err := Truth(t, r)
		if err != nil {
			return Value{}, err
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtinMin(t *Thread, args []Value, kw []string) (Value, error) {
	return builtinMinMax(t, "min", args, kw, CmpLT)
}

func builtinMax(t *Thread, args []Value, kw []string) (Value, error) {
	return builtinMinMax(t, "max", args, kw, CmpGT)
}

func builtinSum(t *Thread, args []Value, kw []string) (Value, error) {
	var iterable, start Value
	if len(args)-len(kw) == 0 {
		return Value{}, Errorf(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	if err := UnpackArgs("sum", args, kw, []string{"iterable", "/", "start?"}, &iterable, &start); err != nil {
		return Value{}, err
	}
	if !start.IsValid() {
		start = Int(0)
	}
	switch {
	case IsInstance(start, StrType):
		return Value{}, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case IsInstance(start, BytesType):
		return Value{}, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := start
	// forEach walks exact lists, tuples and ranges without an iterator.
	err := forEach(t, iterable, func(x Value) (bool, error) {
		// Unboxed ints and floats add in place (what BinaryOp would do).
		if acc.IsInt() && x.IsInt() {
			if r, ok := intAdd(acc.AsInt(), x.AsInt()); ok {
				acc = Int(r)
				return true, nil
			}
		} else if acc.IsFloat() && x.IsFloat() {
			acc = Float(acc.AsFloat() + x.AsFloat())
			return true, nil
		}
		var err error
		acc, err = BinaryOp(t, OpAdd, acc, x)
		return err == nil, err
	})
	if err != nil {
		return Value{}, err
	}
	return acc, nil
}

func builtinAnyAll(t *Thread, name string, args []Value, kw []string, want bool) (Value, error) {
	if err := checkOne(name, args, kw); err != nil {
		return Value{}, err
	}
	found := false
	err := forEach(t, args[0], func(x Value) (bool, error) {
		b, err := truth(t, x)
		if err != nil {
			return false, err
		}
		found = b == want
		return !found, nil
	})
	if err != nil {
		return Value{}, err
	}
	return Bool(found == want), nil
}

func builtinAny(t *Thread, args []Value, kw []string) (Value, error) {
	return builtinAnyAll(t, "any", args, kw, true)
}

func builtinAll(t *Thread, args []Value, kw []string) (Value, error) {
	return builtinAnyAll(t, "all", args, kw, false)
}

func builtinIter(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("iter", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		if !isCallable(args[0]) {
			return Value{}, Errorf(TypeErrorType, "iter(v, w): v must be callable")
		}
		return FromObject(&CallableIter{fn: args[0], sentinel: args[1]}), nil
	}
	return Iter(t, args[0])
}

func builtinNext(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("next", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	if !isIterator(args[0]) {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", typeName(args[0]))
	}
	r, err := Next(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if !r.IsValid() {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, StopIterationOf(args[0])
	}
	return r, nil
}

func builtinSorted(t *Thread, args []Value, kw []string) (Value, error) {
	var iterable, key, reverse Value
	if npos := len(args) - len(kw); npos != 1 {
		return Value{}, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	if err := UnpackArgs("sorted", args, kw, []string{"iterable", "/", "*", "key?", "reverse?"}, &iterable, &key, &reverse); err != nil {
		return Value{}, err
	}
	items, err := collect(t, iterable)
	if err != nil {
		return Value{}, err
	}
	l := NewList(items)
	rev := false
	if reverse.IsValid() {
		// reverse is an int argument in CPython: None or a float is refused.
		if _, isFloat := reverse.obj.(floatTag); isFloat {
			return Value{}, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		iv, err := Index(t, reverse)
		if err != nil {
			return Value{}, err
		}
		rev = bigSign(iv) != 0
	}
	if key.IsNone() {
		key = Value{}
	}
	if err := l.Sort(t, key, rev); err != nil {
		return Value{}, err
	}
	return FromObject(l), nil
}

// CallableIter is iter(fn, sentinel).
type CallableIter struct {
	shareFlag    // set when published: Next takes the token
	fn, sentinel Value
	done         bool
}

// Type returns callable_iterator.
func (c *CallableIter) Type() *Type { return CallableIteratorType }

// Enumerate is the enumerate iterator.
type Enumerate struct {
	shareFlag // set when published: Next takes the token
	typ       *Type
	it        Value
	count     Value
}

// Type returns enumerate.
func (e *Enumerate) Type() *Type { return e.typ }

// Zip is the zip iterator.
type Zip struct {
	shareFlag // set when published: Next takes the token
	typ       *Type
	its       []Value
	strict    bool
	// pend holds the items of the row being made while FOR_ITER resumes
	// the generators among its as frames of the loop (consume_iter.go).
	pend []Value
}

// Type returns zip.
func (z *Zip) Type() *Type { return z.typ }

// Map is the map iterator.
type Map struct {
	shareFlag // set when published: Next takes the token
	typ       *Type
	fn        Value
	its       []Value
}

// Type returns map.
func (m *Map) Type() *Type { return m.typ }

// Filter is the filter iterator.
type Filter struct {
	shareFlag // set when published: Next takes the token
	typ       *Type
	fn        Value
	it        Value
}

// Type returns filter.
func (f *Filter) Type() *Type { return f.typ }

// Reversed iterates a sequence backwards through __getitem__.
type Reversed struct {
	shareFlag // set when published: Next takes the token
	typ       *Type
	seq       Value
	index     int64
}

// Type returns reversed.
func (r *Reversed) Type() *Type { return r.typ }

func selfIter(t *Thread, v Value) (Value, error) { return v, nil }

func clsOf(args []Value) *Type { return args[0].obj.(*Type) }

func init() {
	SeqIterType.Slots.Iter = selfIter
	SeqIterType.Slots.Next = seqIterNext

	CallableIteratorType.Slots.Iter = selfIter
	CallableIteratorType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		c := v.obj.(*CallableIter)
		t.touchIter(&c.shareFlag, c)
		if c.done {
			return Value{}, nil
		}
		r, err := t.Call(c.fn, nil, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
				c.done = true
				return Value{}, nil
			}
			return Value{}, err
		}
		eq, err := Equal(t, r, c.sentinel)
		if err != nil {
			return Value{}, err
		}
		if eq {
			c.done = true
			return Value{}, nil
		}
		return r, nil
	}

	EnumerateType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		var iterable, start Value
		if err := UnpackArgs("enumerate", args[1:], kw, []string{"iterable?", "start?"}, &iterable, &start); err != nil {
			return Value{}, err
		}
		if !iterable.IsValid() {
			return Value{}, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		if !start.IsValid() {
			start = Int(0)
		} else if small, b, ok := intOf(start); !ok {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(start))
		} else if b == nil {
			start = Int(small) // as CPython's PyNumber_Index: True counts as 1
		} else {
			start = NewInt(b)
		}
		it, err := t.iterSpan(iterable)
		if err != nil {
			return Value{}, err
		}
		e := &Enumerate{typ: clsOf(args), it: it, count: start}
		t.spanMadeIter(&e.shareFlag)
		return FromObject(e), nil
	})
	EnumerateType.Slots.Iter = selfIter
	EnumerateType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		n, x, ok, err := v.obj.(*Enumerate).nextPair(t)
		if !ok {
			return Value{}, err
		}
		return newTuple2(n, x), nil
	}

	ZipType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		npos := len(args) - len(kw)
		z := &Zip{typ: clsOf(args)}
		t.spanMadeIter(&z.shareFlag)
		for i, k := range kw {
			if k != "strict" {
				return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", k)
			}
			b, err := Truth(t, args[npos+i])
			if err != nil {
				return Value{}, err
			}
			z.strict = b
		}
		for _, a := range args[1:npos] {
			it, err := t.iterSpan(a)
			if err != nil {
				return Value{}, err
			}
			z.its = append(z.its, it)
		}
		return FromObject(z), nil
	})
	ZipType.Slots.Iter = selfIter
	ZipType.Slots.Next = zipNext

	MapType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "map() takes no keyword arguments")
		}
		if len(args) < 3 {
			return Value{}, Errorf(TypeErrorType, "map() must have at least two arguments.")
		}
		m := &Map{typ: clsOf(args), fn: args[1]}
		t.spanMadeIter(&m.shareFlag)
		for _, a := range args[2:] {
			it, err := t.iterSpan(a)
			if err != nil {
				return Value{}, err
			}
			m.its = append(m.its, it)
		}
		return FromObject(m), nil
	})
	MapType.Slots.Iter = selfIter
	MapType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		m := v.obj.(*Map)
		t.touchIter(&m.shareFlag, m)
		xs := make([]Value, len(m.its))
		for i, it := range m.its {
			x, err := Next(t, it)
			if err != nil || !x.IsValid() {
				return Value{}, err
			}
			xs[i] = x
		}
		return t.Call(m.fn, xs, nil)
	}

	FilterType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "filter() takes no keyword arguments")
		}
		if len(args) != 3 {
			return Value{}, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args)-1)
		}
		it, err := t.iterSpan(args[2])
		if err != nil {
			return Value{}, err
		}
		flt := &Filter{typ: clsOf(args), fn: args[1], it: it}
		t.spanMadeIter(&flt.shareFlag)
		return FromObject(flt), nil
	})
	FilterType.Slots.Iter = selfIter
	FilterType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		f := v.obj.(*Filter)
		t.touchIter(&f.shareFlag, f)
		for {
			x, err := Next(t, f.it)
			if err != nil || !x.IsValid() {
				return Value{}, err
			}
			r := x
			if !f.fn.IsNone() {
				if r, err = t.Call(f.fn, []Value{x}, nil); err != nil {
					return Value{}, err
				}
			}
			b, err := Truth(t, r)
			if err != nil {
				return Value{}, err
			}
			if b {
				return x, nil
			}
		}
	}

	ReversedType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "reversed() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args)-1)
		}
		seq := args[1]
		if fn, ok := lookupDunder(seq, "__reversed__"); ok {
			if fn.IsNone() {
				return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", typeName(seq))
			}
			return callMethod(t, fn, seq)
		}
		_, hasGet := lookupDunder(seq, "__getitem__")
		_, hasLen := lookupDunder(seq, "__len__")
		if !hasGet || !hasLen || isMapping(TypeOf(seq)) {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not reversible", typeName(seq))
		}
		n, err := Len(t, seq)
		if err != nil {
			return Value{}, err
		}
		return FromObject(&Reversed{typ: clsOf(args), seq: seq, index: int64(n) - 1}), nil
	})
	ReversedType.Slots.Iter = selfIter
	ReversedType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		r := v.obj.(*Reversed)
		t.touchIter(&r.shareFlag, r)
		if r.index < 0 {
			return Value{}, nil
		}
		x, err := GetItem(t, r.seq, Int(r.index))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.Matches(IndexErrorType) || e.Matches(StopIterationType)) {
				r.index = -1
				return Value{}, nil
			}
			return Value{}, err
		}
		r.index--
		return x, nil
	}
}

func zipNext(t *Thread, v Value) (Value, error) {
	z := v.obj.(*Zip)
	t.touchIter(&z.shareFlag, z)
	if len(z.its) == 0 {
		return Value{}, nil
	}
	tu := newTupleN(len(z.its))
	if ok, err := z.fill(t, tu.items); !ok {
		return Value{}, err
	}
	return FromObject(tu), nil
}

// fill stores the next row's items into xs (len(z.its) long); ok is
// false when the zip is exhausted (or err is strict mode's error).
func (z *Zip) fill(t *Thread, xs []Value) (bool, error) {
	for i, it := range z.its {
		x, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if !x.IsValid() {
			// No latch: CPython's zip_next tries its first iterator
			// again on the next call.
			if !z.strict {
				return false, nil
			}
			if i > 0 {
				return false, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s %s", i+1, pluralS(i), zipArgList(i))
			}
			for j, it2 := range z.its[1:] {
				y, err := Next(t, it2)
				if err != nil {
					return false, err
				}
				if y.IsValid() {
					return false, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s %s", j+2, pluralS(j+1), zipArgList(j+1))
				}
			}
			return false, nil
		}
		xs[i] = x
	}
	return true, nil
}

// zipArgList is "1" or "1-3", as in zip's strict errors.
func zipArgList(n int) string {
	if n == 1 {
		return "1"
	}
	return "1-" + strconv.Itoa(n)
}
