package runtime

import (
	"math/big"
	"math/bits"
)

// This file holds the cheap paths of int arithmetic that leaves or
// re-enters int64: a product of two small ints that overflows (chaos.py's
// 48-bit generator: s * 0x5DEECE66D), a big int plus or minus a small one,
// and a big int masked by a non-negative small one (& 0xFFFFFFFFFFFF, whose
// result always fits in int64). The general path (bigBinary) allocates a
// big.Int per small operand, one for the result and one for the BigInt
// box; here a result is one allocation (bigBox) and a small operand one
// word.

// bigBox is a BigInt allocated with its big.Int and room for a result of
// up to bigBoxWords words, so that a medium-sized result is one
// allocation. Larger results grow the big.Int's own array as usual.
type bigBox struct {
	BigInt
	v   big.Int
	buf [bigBoxWords]big.Word
}

const bigBoxWords = 3

// newBigBox returns an empty BigInt whose value r the caller sets before
// the BigInt is used (BigInt values are never modified afterwards).
func newBigBox() (*BigInt, *big.Int) {
	b := &bigBox{}
	b.v.SetBits(b.buf[:0])
	b.b = &b.v
	return &b.BigInt, &b.v
}

// boxResult returns r (the value of box) as an int Value: unboxed when it
// fits in int64 (the box is then dropped), else the box.
func boxResult(box *BigInt, r *big.Int) Value {
	if r.IsInt64() {
		return Int(r.Int64())
	}
	return FromObject(box)
}

// smallBig sets z (a caller's stack big.Int, with w its word storage) to
// a and returns z. math/big's operations do not retain their operands, so
// z and w need not escape.
func smallBig(z *big.Int, w *[1]big.Word, a int64) *big.Int {
	w[0] = big.Word(absU(a))
	z.SetBits(w[:1])
	if a < 0 {
		z.Neg(z)
	}
	return z
}

// intBinaryMixed computes x OP y for int operands of which at least one
// is big (xb / yb non-nil) or whose small-int result overflowed; ok is
// false when this file has no cheap path for the case.
func intBinaryMixed(op BinOp, x int64, xb *big.Int, y int64, yb *big.Int) (Value, bool) {
	if bits.UintSize != 64 {
		return Value{}, false
	}
	switch op {
	case OpMul:
		if xb != nil || yb != nil {
			return Value{}, false
		}
		// Both small: the product overflowed int64.
		hi, lo := bits.Mul64(absU(x), absU(y))
		box, r := newBigBox()
		if hi == 0 {
			r.SetBits(append(r.Bits()[:0], big.Word(lo)))
		} else {
			r.SetBits(append(r.Bits()[:0], big.Word(lo), big.Word(hi)))
		}
		if (x < 0) != (y < 0) {
			r.Neg(r)
		}
		return boxResult(box, r), true
	case OpAdd, OpSub:
		// One big and one small operand (big+big and small+small
		// overflow take bigBinary: nothing to save there).
		if (xb == nil) == (yb == nil) {
			return Value{}, false
		}
		var sv big.Int
		var sw [1]big.Word // escapes through SetBits: one 8-byte allocation
		bx, by := xb, yb
		if bx == nil {
			bx = smallBig(&sv, &sw, x)
		} else {
			by = smallBig(&sv, &sw, y)
		}
		box, r := newBigBox()
		if op == OpAdd {
			r.Add(bx, by)
		} else {
			r.Sub(bx, by)
		}
		return boxResult(box, r), true
	case OpAnd:
		// big & non-negative small (or the mirror) fits in int64: only
		// the big operand's lowest two's-complement word matters.
		var b *big.Int
		var m int64
		switch {
		case xb != nil && yb == nil && y >= 0:
			b, m = xb, y
		case yb != nil && xb == nil && x >= 0:
			b, m = yb, x
		default:
			return Value{}, false
		}
		low := uint64(b.Bits()[0]) // b is big, so it has words
		if b.Sign() < 0 {
			low = -low
		}
		return Int(int64(low & uint64(m))), true
	}
	return Value{}, false
}
