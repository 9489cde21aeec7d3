package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file defines float arithmetic, float repr and float comparison
// with ints, all as CPython computes them.

// FloatRepr returns repr(f): the shortest string that round-trips, in
// fixed notation when the decimal exponent is in [-4, 16) and in
// exponent notation ("1e+16", "1e-05") otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // "-d.ddde±XX"
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	var out string
	if e >= -4 && e < 16 {
		switch {
		case e < 0:
			out = "0." + strings.Repeat("0", -e-1) + digits
		case e+1 >= len(digits):
			out = digits + strings.Repeat("0", e+1-len(digits)) + ".0"
		default:
			out = digits[:e+1] + "." + digits[e+1:]
		}
	} else {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if e < 0 {
			sign = "-"
			e = -e
		}
		es := strconv.Itoa(e)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "e" + sign + es
	}
	if neg {
		return "-" + out
	}
	return out
}

// floatOf extracts a float operand, converting ints. ok is false for
// other types; err is set when an int is too large for a float.
func floatOf(v Value) (float64, bool, error) {
	switch v.obj.(type) {
	case floatTag:
		return v.AsFloat(), true, nil
	case intTag:
		return float64(v.AsInt()), true, nil
	case boolTag:
		return float64(v.num), true, nil
	}
	if x, xb, ok := intOf(v); ok {
		f, err := intToFloat(x, xb)
		return f, true, err
	}
	if fo, ok := v.obj.(*FloatObj); ok {
		return fo.f, true, nil
	}
	return 0, false, nil
}

// FloatObj is an instance of a subclass of float.
type FloatObj struct {
	typ *Type
	f   float64
	DictAttrs
}

// Type returns the float subclass.
func (f *FloatObj) Type() *Type { return f.typ }

// floatBinary computes a OP b when one side is a float, or NotImplemented.
func floatBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	x, ok1, err := floatOf(a)
	if err != nil {
		return Value{}, err
	}
	y, ok2, err := floatOf(b)
	if err != nil {
		return Value{}, err
	}
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return floatArith(op, x, y)
}

// floatArith is float OP float with Python's errors.
func floatArith(op BinOp, x, y float64) (Value, error) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case OpMod:
		if y == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivMod(x, y)
		return Float(m), nil
	case OpPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatDivMod is CPython's float_divmod (y != 0).
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is float ** float with CPython's special cases and errors.
func floatPow(x, y float64) (Value, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return Value{}, Errorf(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) {
		// CPython returns a complex here; without complex, report as 3.x did.
		return complexPow(x, y)
	}
	r := powCorrect(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Value{}, Errorf(OverflowErrorType, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

// powCorrect is x**y rounded as C's pow does (correctly, in practice):
// Go's math.Pow can be off by an ulp or more, which repr shows. The
// double-double fast path (float_accurate.go) answers when its rounding
// test passes; powSlow otherwise.
func powCorrect(x, y float64) float64 {
	if r, ok := fastPow(x, y); ok {
		return r
	}
	return powSlow(x, y)
}

// powSlow is powCorrect without the fast path: integral exponents are
// computed exactly enough in 256-bit big.Float arithmetic; y == 0.5 is a
// square root; other exponents go to powFrac or math.Pow.
func powSlow(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || x == 1 {
		return math.Pow(x, y)
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if y != math.Trunc(y) {
		if x > 0 && !math.IsNaN(y) {
			return powFrac(x, y)
		}
		return math.Pow(x, y)
	}
	if math.Abs(y) > 1<<31 {
		return math.Pow(x, y)
	}
	n := int64(math.Abs(y))
	const prec = 256
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	acc := new(big.Float).SetPrec(prec).SetFloat64(1)
	for n > 0 {
		if n&1 == 1 {
			acc.Mul(acc, base)
		}
		n >>= 1
		if n > 0 {
			base.Mul(base, base)
		}
	}
	if y < 0 {
		acc.Quo(new(big.Float).SetPrec(prec).SetFloat64(1), acc)
	}
	r, _ := acc.Float64()
	return r
}

// floatIntCompare compares a float with an int exactly, as CPython does
// (no rounding of big ints): -1, 0, 1; nan compares unordered (ok false).
func floatIntCompare(f float64, small int64, b *big.Int) (int, bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return 1, true
	}
	if math.IsInf(f, -1) {
		return -1, true
	}
	if b == nil && absU(small) <= 1<<53 {
		g := float64(small)
		switch {
		case f < g:
			return -1, true
		case f > g:
			return 1, true
		}
		return 0, true
	}
	fb, _ := new(big.Float).SetFloat64(f).Rat(nil)
	return fb.Cmp(new(big.Rat).SetInt(bigOf(small, b))), true
}

// compareFloats applies op to x and y (either may be a float or int).
func compareNumbers(op CompareOp, a, b Value) (Value, bool) {
	var c int
	var ordered bool
	fa, aIsF := a.obj.(floatTag)
	fb, bIsF := b.obj.(floatTag)
	_, _ = fa, fb
	switch {
	case aIsF && bIsF:
		x, y := a.AsFloat(), b.AsFloat()
		return Bool(floatCmp(op, x, y)), true
	case aIsF:
		y, yb, ok := intOf(b)
		if !ok {
			return Value{}, false
		}
		c, ordered = floatIntCompare(a.AsFloat(), y, yb)
	case bIsF:
		x, xb, ok := intOf(a)
		if !ok {
			return Value{}, false
		}
		c, ordered = floatIntCompare(b.AsFloat(), x, xb)
		c = -c
	default:
		return Value{}, false
	}
	if !ordered {
		return Bool(op == CmpNE), true
	}
	return Bool(cmpOrder(op, c)), true
}

func floatCmp(op CompareOp, x, y float64) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

func cmpOrder(op CompareOp, c int) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// ParseFloat implements float(str): surrounding whitespace, a sign,
// underscores between digits, "inf", "infinity", "nan".
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(asciiDigits(s))
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 || body == "" {
		return 0, false
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if s[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	var clean strings.Builder
	prevDigit := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c >= '0' && c <= '9':
			prevDigit = true
			clean.WriteByte(c)
		case c == '_':
			if !prevDigit || i+1 >= len(body) || body[i+1] < '0' || body[i+1] > '9' {
				return 0, false
			}
			prevDigit = false
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
			prevDigit = false
			clean.WriteByte(c)
		default:
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s[:len(s)-len(body)]+clean.String(), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}
