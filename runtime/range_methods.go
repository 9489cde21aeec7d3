package runtime

import (
	"fmt"
	"math/big"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file gives range and slice their Python behaviour.

func (r *Range) at(i int64) int64 { return r.Start + i*r.Step }

// rangeArg converts a range() argument.
func rangeArg(t *Thread, v Value) (int64, error) {
	if _, ok := v.obj.(*BigInt); ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return asIndex(t, v, "'"+TypeOf(v).Name+"' object cannot be interpreted as an integer")
}

func init() {
	RangeType.flags |= flagFinal
	RangeType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "range() takes no keyword arguments")
		}
		a := args[1:]
		if len(a) == 0 {
			return Value{}, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
		}
		if len(a) > 3 {
			return Value{}, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(a))
		}
		var nums [3]int64
		small := true
		for i, v := range a {
			if v.IsInt() && v.AsInt() > -1<<62 && v.AsInt() < 1<<62 {
				nums[i] = v.AsInt()
				continue
			}
			if _, isBig := v.obj.(*BigInt); isBig || v.IsInt() {
				small = false
				continue
			}
			n, err := rangeArg(t, v)
			if err != nil {
				return Value{}, err
			}
			nums[i] = n
		}
		if !small {
			var bs [3]*big.Int
			for i, v := range a {
				b, err := bigRangeArg(t, v)
				if err != nil {
					return Value{}, err
				}
				bs[i] = b
			}
			switch len(a) {
			case 1:
				return newBigRange(new(big.Int), bs[0], big.NewInt(1)), nil
			case 2:
				return newBigRange(bs[0], bs[1], big.NewInt(1)), nil
			}
			if bs[2].Sign() == 0 {
				return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
			return newBigRange(bs[0], bs[1], bs[2]), nil
		}
		switch len(a) {
		case 1:
			return NewRange(0, nums[0], 1), nil
		case 2:
			return NewRange(nums[0], nums[1], 1), nil
		}
		if nums[2] == 0 {
			return Value{}, Errorf(ValueErrorType, "range() arg 3 must not be zero")
		}
		return NewRange(nums[0], nums[1], nums[2]), nil
	})
	s := &RangeType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			if r.big.step.Cmp(big.NewInt(1)) == 0 {
				return fmt.Sprintf("range(%s, %s)", r.big.start, r.big.stop), nil
			}
			return fmt.Sprintf("range(%s, %s, %s)", r.big.start, r.big.stop, r.big.step), nil
		}
		if r.Step == 1 {
			return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step), nil
	}
	s.Len = func(t *Thread, v Value) (int, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			if !r.big.length.IsInt64() {
				return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return int(r.big.length.Int64()), nil
		}
		return int(r.Len()), nil
	}
	s.Bool = func(t *Thread, v Value) (bool, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return r.big.length.Sign() > 0, nil
		}
		return r.Len() > 0, nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return FromObject(&BigRangeIterator{next: r.big.start, step: r.big.step, left: r.big.length}), nil
		}
		return FromObject(&RangeIterator{next: r.Start, step: r.Step, left: r.Len()}), nil
	}
	s.GetItem = func(t *Thread, v, key Value) (Value, error) {
		r := v.obj.(*Range)
		if sl, ok := key.obj.(*Slice); ok && (r.big != nil || sliceHasBig(sl)) {
			return bigRangeSlice(t, r, sl)
		}
		if r.big != nil {
			return bigRangeGetItem(t, r, key)
		}
		n := r.Len()
		if sl, ok := key.obj.(*Slice); ok {
			start, stop, step, _, err := sliceIndices(t, sl, int(n))
			if err != nil {
				return Value{}, err
			}
			return NewRange(r.at(int64(start)), r.at(int64(stop)), r.Step*int64(step)), nil
		}
		i, err := asSubscript(t, key, "range indices must be integers or slices, not "+TypeOf(key).Name)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Value{}, Errorf(IndexErrorType, "range object index out of range")
		}
		return Int(r.at(i)), nil
	}
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		r := v.obj.(*Range)
		if small, b, ok := intOf(x); ok && (r.big != nil || b != nil) {
			if b == nil {
				b = big.NewInt(small)
			}
			return r.bigIndexOf(b) != nil, nil
		}
		if x.IsInt() || x.IsBool() {
			_, ok := r.indexOf(int64(x.num))
			return ok, nil
		}
		for i := int64(0); i < r.Len(); i++ {
			eq, err := Equal(t, Int(r.at(i)), x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		y, ok := b.obj.(*Range)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return notImpl()
		}
		return Bool(a.obj.(*Range).equal(y) == (op == bytecode.CmpEQ)), nil
	}
	s.Hash = func(t *Thread, v Value) (int64, error) {
		r := v.obj.(*Range)
		if r.big != nil {
			return tupleHash(t, []Value{NewInt(r.big.length), NewInt(r.big.start), NewInt(r.big.step)})
		}
		n := r.Len()
		switch n {
		case 0:
			return tupleHash(t, []Value{Int(0), None, None})
		case 1:
			return tupleHash(t, []Value{Int(1), Int(r.Start), None})
		}
		return tupleHash(t, []Value{Int(n), Int(r.Start), Int(r.Step)})
	}
	RangeType.AddGetSet("start", func(t *Thread, v Value) (Value, error) { s, _, _, _ := v.obj.(*Range).bigArgs(); return NewInt(s), nil }, nil)
	RangeType.AddGetSet("stop", func(t *Thread, v Value) (Value, error) { _, s, _, _ := v.obj.(*Range).bigArgs(); return NewInt(s), nil }, nil)
	RangeType.AddGetSet("step", func(t *Thread, v Value) (Value, error) { _, _, s, _ := v.obj.(*Range).bigArgs(); return NewInt(s), nil }, nil)
	RangeType.AddMethod("__reversed__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		r := args[0].obj.(*Range)
		if r.big != nil {
			last := new(big.Int).Sub(r.big.length, big.NewInt(1))
			last.Mul(last, r.big.step).Add(last, r.big.start)
			return FromObject(&BigRangeIterator{next: last, step: new(big.Int).Neg(r.big.step), left: r.big.length}), nil
		}
		n := r.Len()
		return FromObject(&RangeIterator{next: r.at(n - 1), step: -r.Step, left: n}), nil
	})
	RangeType.AddMethod("index", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("range.index", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r := args[0].obj.(*Range)
		if small, b, ok := intOf(args[1]); ok && (r.big != nil || b != nil) {
			if b == nil {
				b = big.NewInt(small)
			}
			if i := r.bigIndexOf(b); i != nil {
				return NewInt(i), nil
			}
		} else if args[1].IsInt() || args[1].IsBool() {
			if i, ok := r.indexOf(int64(args[1].num)); ok {
				return Int(i), nil
			}
		} else {
			for i := int64(0); i < r.Len(); i++ {
				eq, err := Equal(t, Int(r.at(i)), args[1])
				if err != nil {
					return Value{}, err
				}
				if eq {
					return Int(i), nil
				}
			}
		}
		if !IsIntValue(args[1]) {
			return Value{}, Errorf(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		rs, err := Repr(t, args[1])
		if err != nil {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "%s is not in range", rs)
	})
	RangeType.AddMethod("count", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("range.count", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		r := args[0].obj.(*Range)
		if small, b, ok := intOf(args[1]); ok && (r.big != nil || b != nil) {
			if b == nil {
				b = big.NewInt(small)
			}
			if r.bigIndexOf(b) != nil {
				return Int(1), nil
			}
			return Int(0), nil
		}
		if args[1].IsInt() || args[1].IsBool() {
			if _, ok := r.indexOf(int64(args[1].num)); ok {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := int64(0)
		for i := int64(0); i < r.Len(); i++ {
			eq, err := Equal(t, Int(r.at(i)), args[1])
			if err != nil {
				return Value{}, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	})

	SliceType.flags |= flagFinal
	SliceType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "slice() takes no keyword arguments")
		}
		a := args[1:]
		switch len(a) {
		case 0:
			return Value{}, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		case 1:
			return NewSlice(None, a[0], None), nil
		case 2:
			return NewSlice(a[0], a[1], None), nil
		case 3:
			return NewSlice(a[0], a[1], a[2]), nil
		}
		return Value{}, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(a))
	})
	SliceType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		sl := v.obj.(*Slice)
		return reprItems(t, []Value{sl.Start, sl.Stop, sl.Step}, "slice(", ")")
	}
	SliceType.Slots.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		y, ok := b.obj.(*Slice)
		if !ok {
			return notImpl()
		}
		x := a.obj.(*Slice)
		return seqCompare(t, op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
	}
	SliceType.AddGetSet("start", func(t *Thread, v Value) (Value, error) { return v.obj.(*Slice).Start, nil }, nil)
	SliceType.AddGetSet("stop", func(t *Thread, v Value) (Value, error) { return v.obj.(*Slice).Stop, nil }, nil)
	SliceType.AddGetSet("step", func(t *Thread, v Value) (Value, error) { return v.obj.(*Slice).Step, nil }, nil)
	SliceType.AddMethod("indices", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("slice.indices", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		n, err := asIndex(t, args[1], "'"+TypeOf(args[1]).Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := sliceIndices(t, args[0].obj.(*Slice), int(n))
		if err != nil {
			return Value{}, err
		}
		return NewTuple([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}), nil
	})
}

// indexOf returns the position of x in r.
func (r *Range) indexOf(x int64) (int64, bool) {
	n := r.Len()
	if n == 0 {
		return 0, false
	}
	d := x - r.Start
	if d%r.Step != 0 {
		return 0, false
	}
	i := d / r.Step
	if i < 0 || i >= n {
		return 0, false
	}
	return i, true
}

// equal is range equality: the same sequence of numbers.
func (r *Range) equal(o *Range) bool {
	if r.big != nil || o.big != nil {
		s1, _, st1, n1 := r.bigArgs()
		s2, _, st2, n2 := o.bigArgs()
		if n1.Cmp(n2) != 0 {
			return false
		}
		if n1.Sign() == 0 {
			return true
		}
		if s1.Cmp(s2) != 0 {
			return false
		}
		return n1.Cmp(big.NewInt(1)) == 0 || st1.Cmp(st2) == 0
	}
	n := r.Len()
	if n != o.Len() {
		return false
	}
	if n == 0 {
		return true
	}
	if r.Start != o.Start {
		return false
	}
	return n == 1 || r.Step == o.Step
}

// bigRangeGetItem is r[key] for a range with big bounds.
func bigRangeGetItem(t *Thread, r *Range, key Value) (Value, error) {
	start, _, step, n := r.bigArgs()
	if sl, ok := key.obj.(*Slice); ok {
		if !n.IsInt64() {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		lo, hi, st, _, err := sliceIndices(t, sl, int(n.Int64()))
		if err != nil {
			return Value{}, err
		}
		at := func(i int) *big.Int {
			v := new(big.Int).Mul(step, big.NewInt(int64(i)))
			return v.Add(v, start)
		}
		return newBigRange(at(lo), at(hi), new(big.Int).Mul(step, big.NewInt(int64(st)))), nil
	}
	small, b, ok := intOf(key)
	if !ok {
		iv, err := asSubscript(t, key, "range indices must be integers or slices, not "+TypeOf(key).Name)
		if err != nil {
			return Value{}, err
		}
		small = iv
	}
	i := b
	if i == nil {
		i = big.NewInt(small)
	}
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return Value{}, Errorf(IndexErrorType, "range object index out of range")
	}
	return r.bigAt(i), nil
}
