package runtime

// This file defines the arithmetic and comparison fast paths the
// interpreter loop tries before the generic protocols: unboxed ints and
// floats compute in place and allocate nothing.

import (
	"math"
	"math/bits"

	"github.com/pystm/pystm/compiler/bytecode"
)

// fastBinary computes a op b for unboxed ints and floats; ok is false when
// the generic path must run (other types, overflow, division by zero).
func fastBinary(op bytecode.BinOp, a, b Value) (Value, bool) {
	if a.IsInt() && b.IsInt() {
		x, y := a.AsInt(), b.AsInt()
		switch op {
		case bytecode.OpAdd:
			r := x + y
			if (r > x) == (y > 0) {
				return Int(r), true
			}
		case bytecode.OpSub:
			r := x - y
			if (r < x) == (y > 0) {
				return Int(r), true
			}
		case bytecode.OpMul:
			hi, lo := bits.Mul64(uint64(absInt(x)), uint64(absInt(y)))
			if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
				r := int64(lo)
				if (x < 0) != (y < 0) {
					r = -r
				}
				return Int(r), true
			}
		case bytecode.OpFloorDiv:
			if y != 0 && !(x == math.MinInt64 && y == -1) {
				q := x / y
				if (x%y != 0) && ((x < 0) != (y < 0)) {
					q--
				}
				return Int(q), true
			}
		case bytecode.OpMod:
			if y != 0 && !(x == math.MinInt64 && y == -1) {
				m := x % y
				if m != 0 && ((m < 0) != (y < 0)) {
					m += y
				}
				return Int(m), true
			}
		case bytecode.OpAnd:
			return Int(x & y), true
		case bytecode.OpOr:
			return Int(x | y), true
		case bytecode.OpXor:
			return Int(x ^ y), true
		case bytecode.OpTrueDiv:
			if y != 0 && absInt(x) < 1<<53 && absInt(y) < 1<<53 {
				return Float(float64(x) / float64(y)), true
			}
		}
		return Value{}, false
	}
	var x, y float64
	switch {
	case a.IsFloat() && b.IsFloat():
		x, y = a.AsFloat(), b.AsFloat()
	case a.IsFloat() && b.IsInt() && absInt(b.AsInt()) < 1<<53:
		x, y = a.AsFloat(), float64(b.AsInt())
	case a.IsInt() && b.IsFloat() && absInt(a.AsInt()) < 1<<53:
		x, y = float64(a.AsInt()), b.AsFloat()
	default:
		return Value{}, false
	}
	switch op {
	case bytecode.OpAdd:
		return Float(x + y), true
	case bytecode.OpSub:
		return Float(x - y), true
	case bytecode.OpMul:
		return Float(x * y), true
	case bytecode.OpTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	}
	return Value{}, false
}

func absInt(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// fastCompare compares unboxed ints and floats.
func fastCompare(op bytecode.CompareOp, a, b Value) (bool, bool) {
	if a.IsInt() && b.IsInt() {
		x, y := a.AsInt(), b.AsInt()
		switch op {
		case bytecode.CmpLT:
			return x < y, true
		case bytecode.CmpLE:
			return x <= y, true
		case bytecode.CmpEQ:
			return x == y, true
		case bytecode.CmpNE:
			return x != y, true
		case bytecode.CmpGT:
			return x > y, true
		case bytecode.CmpGE:
			return x >= y, true
		}
	}
	if a.IsFloat() && b.IsFloat() {
		x, y := a.AsFloat(), b.AsFloat()
		switch op {
		case bytecode.CmpLT:
			return x < y, true
		case bytecode.CmpLE:
			return x <= y, true
		case bytecode.CmpEQ:
			return x == y, true
		case bytecode.CmpNE:
			return x != y, true
		case bytecode.CmpGT:
			return x > y, true
		case bytecode.CmpGE:
			return x >= y, true
		}
	}
	return false, false
}

// unboundLocal is the error of reading the unset fast local i.
func (f *Frame) unboundLocal(i int) error {
	return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.bc.VarNames[i])
}

// quickFloat is + - * / of two float payloads, small enough for the loop
// to inline ahead of fastBinary (a call); ok is false for other operators
// and division by zero.
func quickFloat(op bytecode.BinOp, x, y float64) (float64, bool) {
	switch op {
	case bytecode.OpAdd:
		return x + y, true
	case bytecode.OpSub:
		return x - y, true
	case bytecode.OpMul:
		return x * y, true
	case bytecode.OpTrueDiv:
		if y != 0 {
			return x / y, true
		}
	}
	return 0, false
}
