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
