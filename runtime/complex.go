package runtime

import (
	"math"
	"strings"
)

// This file defines complex numbers with CPython's arithmetic (its
// division and power algorithms, so results agree to the last bit), repr
// and hash.

// Complex is a complex number (immutable).
type Complex struct {
	typ    *Type // nil for complex itself
	re, im float64
}

// ComplexType is the type of complex numbers.
var ComplexType = newBuiltinType("complex", nil)

// Type returns complex.
func (c *Complex) Type() *Type {
	if c.typ != nil {
		return c.typ
	}
	return ComplexType
}

// NewComplex returns the complex number re + im*j.
func NewComplex(re, im float64) Value { return FromObject(&Complex{re: re, im: im}) }

// Value returns the number as a Go complex128.
func (c *Complex) Value() complex128 { return complex(c.re, c.im) }

// complexOf converts an operand of complex arithmetic: complex, float or
// int. ok is false for other types.
func complexOf(v Value) (re, im float64, ok bool, err error) {
	if c, isC := v.obj.(*Complex); isC {
		return c.re, c.im, true, nil
	}
	f, isNum, err := floatOf(v)
	return f, 0, isNum, err
}

// complexComponent formats one part as CPython's complex repr does: the
// shortest repr, without a trailing ".0".
func complexComponent(f float64) string {
	s := FloatRepr(f)
	return strings.TrimSuffix(s, ".0")
}

// complexRepr is repr(complex).
func complexRepr(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return complexComponent(im) + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) { // a NaN prints "+nan" whatever its sign, as CPython
		sign = "-"
	}
	ims := complexComponent(math.Abs(im))
	return "(" + complexComponent(re) + sign + ims + "j)"
}

// complexHash is CPython's hash(complex).
func complexHash(re, im float64) int64 {
	h := uint64(floatHash(re)) + 1000003*uint64(floatHash(im))
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r
}

func cmul(ar, ai, br, bi float64) (float64, float64) {
	return ar*br - ai*bi, ar*bi + ai*br
}

// cquot is CPython's _Py_c_quot; ok false on division by zero.
func cquot(ar, ai, br, bi float64) (float64, float64, bool) {
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return (ar + ai*ratio) / denom, (ai - ar*ratio) / denom, true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return (ar*ratio + ai) / denom, (ai*ratio - ar) / denom, true
	}
	return math.NaN(), math.NaN(), true
}

// cpowu is CPython's c_powu: x**n by squaring.
func cpowu(xr, xi float64, n int64) (float64, float64) {
	rr, ri := 1.0, 0.0
	pr, pi := xr, xi
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			rr, ri = cmul(rr, ri, pr, pi)
		}
		pr, pi = cmul(pr, pi, pr, pi)
	}
	return rr, ri
}

// complexPowValues is complex ** complex as CPython computes it.
func complexPowValues(ar, ai, br, bi float64) (Value, error) {
	var rr, ri float64
	if bi == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
		n := int64(br)
		if n >= 0 {
			rr, ri = cpowu(ar, ai, n)
		} else {
			pr, pi := cpowu(ar, ai, -n)
			var ok bool
			rr, ri, ok = cquot(1, 0, pr, pi)
			if !ok {
				return Value{}, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
		}
	} else {
		switch {
		case br == 0 && bi == 0:
			rr, ri = 1, 0
		case ar == 0 && ai == 0:
			if bi != 0 || br < 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
		default:
			vabs := math.Hypot(ar, ai)
			length := powCorrect(vabs, br)
			at := math.Atan2(ai, ar)
			phase := at * br
			if bi != 0 {
				length /= math.Exp(at * bi)
				phase += bi * math.Log(vabs)
			}
			rr, ri = length*math.Cos(phase), length*math.Sin(phase)
		}
	}
	if math.IsInf(rr, 0) || math.IsInf(ri, 0) {
		if !math.IsInf(ar, 0) && !math.IsInf(ai, 0) && !math.IsInf(br, 0) && !math.IsInf(bi, 0) {
			return Value{}, Errorf(OverflowErrorType, "complex exponentiation")
		}
	}
	return NewComplex(rr, ri), nil
}

// complexBinary computes a OP b when one side is complex.
func complexBinary(t *Thread, op BinOp, a, b Value) (Value, error) {
	ar, ai, ok1, err := complexOf(a)
	if err != nil {
		return Value{}, err
	}
	br, bi, ok2, err := complexOf(b)
	if err != nil {
		return Value{}, err
	}
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpAdd:
		return NewComplex(ar+br, ai+bi), nil
	case OpSub:
		return NewComplex(ar-br, ai-bi), nil
	case OpMul:
		r, i := cmul(ar, ai, br, bi)
		return NewComplex(r, i), nil
	case OpTrueDiv:
		r, i, ok := cquot(ar, ai, br, bi)
		if !ok {
			return Value{}, Errorf(ZeroDivisionErrorType, "complex division by zero")
		}
		return NewComplex(r, i), nil
	case OpPow:
		return complexPowValues(ar, ai, br, bi)
	}
	return NotImplemented, nil
}

// complexPow is float ** float for a negative base and a fractional
// exponent, which CPython answers with a complex number.
func complexPow(x, y float64) (Value, error) {
	return complexPowValues(x, 0, y, 0)
}

// ParseComplex implements complex(str).
func ParseComplex(s string) (float64, float64, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if s == "" {
		return 0, 0, false
	}
	if !strings.HasSuffix(s, "j") && !strings.HasSuffix(s, "J") {
		f, ok := ParseFloat(s)
		return f, 0, ok && !strings.ContainsAny(s, " \t")
	}
	body := s[:len(s)-1]
	// Find the split between real and imaginary parts: the last sign not
	// following an exponent marker.
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	parseImag := func(p string) (float64, bool) {
		switch p {
		case "", "+":
			return 1, true
		case "-":
			return -1, true
		}
		if strings.ContainsAny(p, " \t") {
			return 0, false
		}
		return ParseFloat(p)
	}
	if split < 0 {
		im, ok := parseImag(body)
		return 0, im, ok
	}
	re, ok1 := ParseFloat(body[:split])
	im, ok2 := parseImag(body[split:])
	if strings.ContainsAny(body, " \t") {
		return 0, 0, false
	}
	return re, im, ok1 && ok2
}
