package runtime

import (
	"math/big"
)

// This file handles ranges whose bounds or length do not fit in int64
// (range(10**20)): such a Range carries big-int bounds and the slots take
// the slow path for it.

// rangeBig holds the bounds of a big range; all fields are immutable.
type rangeBig struct {
	start, stop, step, length *big.Int
}

// bigLen computes the length of range(start, stop, step).
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	var lo, hi, st big.Int
	if step.Sign() > 0 {
		lo.Set(start)
		hi.Set(stop)
		st.Set(step)
	} else {
		lo.Set(stop)
		hi.Set(start)
		st.Neg(step)
	}
	if lo.Cmp(&hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(&hi, &lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, &st)
	return n.Add(n, big.NewInt(1))
}

// newBigRange returns range(start, stop, step) with big bounds; it uses
// the int64 representation when everything fits.
func newBigRange(start, stop, step *big.Int) Value {
	n := bigRangeLen(start, stop, step)
	last := new(big.Int).Add(start, new(big.Int).Mul(step, n))
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() && last.IsInt64() {
		return NewRange(start.Int64(), stop.Int64(), step.Int64())
	}
	return FromObject(&Range{big: &rangeBig{start: start, stop: stop, step: step, length: n}})
}

// bigArgs returns the bounds of any range as big ints.
func (r *Range) bigArgs() (start, stop, step, length *big.Int) {
	if r.big != nil {
		return r.big.start, r.big.stop, r.big.step, r.big.length
	}
	return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.Len())
}

// bigAt returns element i of a big range.
func (r *Range) bigAt(i *big.Int) Value {
	start, _, step, _ := r.bigArgs()
	v := new(big.Int).Mul(step, i)
	return NewInt(v.Add(v, start))
}

// bigIndexOf returns the position of x in r, or nil.
func (r *Range) bigIndexOf(x *big.Int) *big.Int {
	start, _, step, n := r.bigArgs()
	d := new(big.Int).Sub(x, start)
	q, m := new(big.Int).QuoRem(d, step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(n) >= 0 {
		return nil
	}
	return q
}

// bigRangeArg converts a range() argument to a big int.
func bigRangeArg(t *Thread, v Value) (*big.Int, error) {
	if small, b, ok := intOf(v); ok {
		if b != nil {
			return b, nil
		}
		return big.NewInt(small), nil
	}
	iv, err := Index(t, v)
	if err != nil {
		if isExc(err, TypeErrorType) {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
		}
		return nil, err
	}
	small, b, _ := intOf(iv)
	if b != nil {
		return b, nil
	}
	return big.NewInt(small), nil
}

// BigRangeIterator iterates over a range with big bounds.
type BigRangeIterator struct {
	next, step, left *big.Int
}

// Type returns range_iterator (CPython calls it longrange_iterator).
func (it *BigRangeIterator) Type() *Type { return LongRangeIteratorType }

// LongRangeIteratorType is the type of iterators over big ranges.
var LongRangeIteratorType = &Type{Name: "longrange_iterator"}

// Next returns the next element, or false when exhausted.
func (it *BigRangeIterator) Next(t *Thread) (Value, bool) {
	t.irrevocableNow() // SPAN: no undo record for a big range's position
	if it.left.Sign() <= 0 {
		return Value{}, false
	}
	v := NewInt(new(big.Int).Set(it.next))
	it.next = new(big.Int).Add(it.next, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, true
}

func init() {
	LongRangeIteratorType.flags |= flagFinal
	LongRangeIteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	LongRangeIteratorType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		x, _ := v.obj.(*BigRangeIterator).Next(t)
		return x, nil
	}
}

// bigSliceIndices is _PySlice_GetLongIndices: a slice applied to a length
// n, all in big ints (range slicing keeps huge steps exact).
func bigSliceIndices(t *Thread, sl *Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if !sl.Step.IsNone() {
		if step, err = bigRangeArg(t, sl.Step); err != nil {
			return nil, nil, nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Sub(n, big.NewInt(1))
	}
	adjust := func(v Value, dflt *big.Int) (*big.Int, error) {
		if v.IsNone() {
			return dflt, nil
		}
		x, err := bigRangeArg(t, v)
		if err != nil {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		x = new(big.Int).Set(x)
		if x.Sign() < 0 {
			x.Add(x, n)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	if neg {
		start, err = adjust(sl.Start, upper)
	} else {
		start, err = adjust(sl.Start, lower)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if neg {
		stop, err = adjust(sl.Stop, lower)
	} else {
		stop, err = adjust(sl.Stop, upper)
	}
	return start, stop, step, err
}

// bigRangeSlice is r[sl] computed in big ints.
func bigRangeSlice(t *Thread, r *Range, sl *Slice) (Value, error) {
	rs, _, rstep, n := r.bigArgs()
	start, stop, step, err := bigSliceIndices(t, sl, n)
	if err != nil {
		return Value{}, err
	}
	at := func(i *big.Int) *big.Int {
		v := new(big.Int).Mul(rstep, i)
		return v.Add(v, rs)
	}
	return newBigRange(at(start), at(stop), new(big.Int).Mul(rstep, step)), nil
}

// sliceHasBig reports whether a slice has a bound beyond int64.
func sliceHasBig(sl *Slice) bool {
	for _, v := range []Value{sl.Start, sl.Stop, sl.Step} {
		if _, ok := v.obj.(*BigInt); ok {
			return true
		}
	}
	return false
}
