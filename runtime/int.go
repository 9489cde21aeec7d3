package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// This file defines Int, the boxed int, and the int arithmetic. The
// invariant (docs/design.md, "Values"): an int that fits in int64 is
// always unboxed; *BigInt holds only bigger ones — except instances of int
// subclasses, which are always boxed because they carry their class.

// BigInt is a big int, or an instance of a subclass of int.
type BigInt struct {
	typ   *Type    // nil for int itself
	b     *big.Int // the value; never modified after construction
	attrs DictAttrs
}

// LoadAttr returns an attribute of an int-subclass instance.
func (i *BigInt) LoadAttr(t *Thread, name string) (Value, bool) { return i.attrs.LoadAttr(t, name) }

// StoreAttr sets an attribute; plain ints have none.
func (i *BigInt) StoreAttr(t *Thread, name string, v Value) error {
	if i.typ == nil {
		return attrError(FromObject(i), name)
	}
	return i.attrs.StoreAttr(t, name, v)
}

// DeleteAttr removes an attribute of an int-subclass instance.
func (i *BigInt) DeleteAttr(t *Thread, name string) bool { return i.attrs.DeleteAttr(t, name) }

// AttrDict returns the __dict__ of an int-subclass instance.
func (i *BigInt) AttrDict(t *Thread) *Dict { return i.attrs.AttrDict(t) }

// Type returns int or the subclass.
func (i *BigInt) Type() *Type {
	if i.typ != nil {
		return i.typ
	}
	return IntType
}

func (i *BigInt) big() *big.Int { return i.b }

// plain returns the value as a plain int (dropping a subclass).
func (i *BigInt) plain() Value { return NewInt(i.b) }

// NewInt returns b as an int Value, unboxed when it fits in int64.
// It takes ownership of b.
func NewInt(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return FromObject(&BigInt{b: b})
}

// intOf extracts an int operand: small is valid when b is nil. ok is false
// for non-ints. bool counts as int.
func intOf(v Value) (small int64, b *big.Int, ok bool) {
	switch o := v.obj.(type) {
	case intTag:
		return v.AsInt(), nil, true
	case boolTag:
		return int64(v.num), nil, true
	case *BigInt:
		if o.b.IsInt64() {
			return o.b.Int64(), nil, true
		}
		return 0, o.b, true
	}
	return 0, nil, false
}

// bigOf returns an int operand as a big.Int (shared: do not modify).
func bigOf(small int64, b *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return big.NewInt(small)
}

// IsIntValue reports whether v is an int (incl. bool and subclasses).
func IsIntValue(v Value) bool {
	_, _, ok := intOf(v)
	return ok
}

// AsInt64 returns an int value that fits in int64.
func AsInt64(v Value) (int64, bool) {
	s, b, ok := intOf(v)
	return s, ok && b == nil
}

// intAdd etc. are the small-int fast paths; ok false on overflow.
func intAdd(a, b int64) (int64, bool) {
	c := a + b
	return c, (c > a) == (b > 0)
}

func intSub(a, b int64) (int64, bool) {
	c := a - b
	return c, (c < a) == (b > 0)
}

func intMul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uint64(absU(a)), uint64(absU(b)))
	neg := (a < 0) != (b < 0)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// floorDivMod returns Python's a // b and a % b for b != 0; ok false on
// overflow (MinInt64 // -1).
func floorDivMod(a, b int64) (int64, int64, bool) {
	if a == math.MinInt64 && b == -1 {
		return 0, 0, false
	}
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, true
}

var errZeroDivInt = "integer division or modulo by zero"

// intBinary computes a OP b for int operands, or NotImplemented.
func intBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	x, xb, ok1 := intOf(a)
	y, yb, ok2 := intOf(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		switch op {
		case OpAdd:
			if r, ok := intAdd(x, y); ok {
				return Int(r), nil
			}
		case OpSub:
			if r, ok := intSub(x, y); ok {
				return Int(r), nil
			}
		case OpMul:
			if r, ok := intMul(x, y); ok {
				return Int(r), nil
			}
		case OpFloorDiv, OpMod:
			if y == 0 {
				if op == OpMod {
					return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
				}
				return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if q, r, ok := floorDivMod(x, y); ok {
				if op == OpMod {
					return Int(r), nil
				}
				return Int(q), nil
			}
		case OpTrueDiv:
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
			}
			if absU(x) <= 1<<53 && absU(y) <= 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		case OpAnd:
			return Int(x & y), nil
		case OpOr:
			return Int(x | y), nil
		case OpXor:
			return Int(x ^ y), nil
		case OpLShift:
			if y < 0 {
				return Value{}, Errorf(ValueErrorType, "negative shift count")
			}
			if x == 0 {
				return Int(0), nil
			}
			if y < 63 {
				r := x << uint(y)
				if r>>uint(y) == x {
					return Int(r), nil
				}
			}
		case OpRShift:
			if y < 0 {
				return Value{}, Errorf(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return Int(x >> uint(y)), nil
		case OpPow:
			return intPow(t, x, y, nil, nil)
		}
	}
	if r, ok := intBinaryMixed(op, x, xb, y, yb); ok {
		return r, nil
	}
	return bigBinary(op, bigOf(x, xb), bigOf(y, yb))
}

// bigBinary is the math/big path of intBinary.
func bigBinary(op BinOp, x, y *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := bigFloorDivMod(x, y)
		if op == OpMod {
			return NewInt(m), nil
		}
		return NewInt(q), nil
	case OpTrueDiv:
		return bigTrueDiv(x, y)
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpLShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if x.Sign() == 0 {
			return Int(0), nil
		}
		if !y.IsInt64() || checkAlloc(y.Int64()/8+int64(x.BitLen()/8), 1) != nil { // LANG: CPython's MemoryError
			return Value{}, memoryError()
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > int64(x.BitLen())+1 {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		r.Rsh(x, uint(y.Int64())) // big.Int.Rsh floors for negatives, as Python
	case OpPow:
		if !y.IsInt64() {
			if y.Sign() < 0 {
				return Float(math.Pow(bigToFloatLoose(x), math.Inf(-1))), nil
			}
			switch {
			case x.Sign() == 0 || x.CmpAbs(big.NewInt(1)) == 0:
				return intPow(nil, x.Int64(), 3-int64(y.Bit(0))*2+int64(y.Bit(0)), nil, nil)
			}
			return Value{}, memoryError()
		}
		return intPow(nil, 0, y.Int64(), x, nil)
	default:
		return NotImplemented, nil
	}
	return NewInt(r), nil
}

// bigFloorDivMod returns Python's floor quotient and modulo.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int), new(big.Int)
	q.QuoRem(x, y, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

// bigTrueDiv is int / int, correctly rounded.
func bigTrueDiv(x, y *big.Int) (Value, error) {
	if y.Sign() == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		f = math.Copysign(0, -1)
	}
	if math.IsInf(f, 0) {
		return Value{}, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intPow computes x**y (x big when xb != nil); a negative exponent gives a
// float.
func intPow(t *Thread, x, y int64, xb *big.Int, _ *big.Int) (Value, error) {
	if y < 0 {
		var fx float64
		if xb != nil {
			var err error
			fx, err = bigToFloat(xb)
			if err != nil {
				return Value{}, err
			}
		} else {
			fx = float64(x)
		}
		if fx == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return floatPow(fx, float64(y))
	}
	if xb == nil {
		// Square-and-multiply on int64 while it does not overflow.
		r, base, e := int64(1), x, y
		ok := true
		for e > 0 && ok {
			if e&1 == 1 {
				r, ok = intMul(r, base)
			}
			e >>= 1
			if e > 0 && ok {
				base, ok = intMul(base, base)
			}
		}
		if ok {
			return Int(r), nil
		}
		xb = big.NewInt(x)
	}
	if xb.BitLen()*int(min(y, 1<<40)) > 1<<34 {
		return Value{}, memoryError()
	}
	return NewInt(new(big.Int).Exp(xb, big.NewInt(y), nil)), nil
}

// bigToFloat converts to float with CPython's overflow error.
func bigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

func bigToFloatLoose(b *big.Int) float64 {
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}

// intToFloat converts an int value to float (OverflowError if too large).
func intToFloat(small int64, b *big.Int) (float64, error) {
	if b == nil {
		return float64(small), nil
	}
	return bigToFloat(b)
}

// intCompare orders two int operands: -1, 0, 1.
func intCompare(x int64, xb *big.Int, y int64, yb *big.Int) int {
	if xb == nil && yb == nil {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return bigOf(x, xb).Cmp(bigOf(y, yb))
}

// intPowMod is pow(x, y, m).
func intPowMod(x, y, m *big.Int) (Value, error) {
	if m.Sign() == 0 {
		return Value{}, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	base := new(big.Int).Set(x)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			return Value{}, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		y = new(big.Int).Neg(y)
	}
	am := new(big.Int).Abs(m)
	r := new(big.Int).Exp(new(big.Int).Mod(base, am), y, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return NewInt(r), nil
}
