package runtime

// This file computes atan2, sin, cos and tan rounded once from 160-bit
// big.Float values, as glibc's (correctly rounded in practice) are: with
// Go's math package, which is accurate to about an ulp, cmath results
// differed from CPython's in the last digit far more often. Arguments are
// reduced modulo pi/2 with pi to 1300 bits, enough for any float64.

import (
	"math"
	"math/big"
	"sync"
)

const cmPrec = 160

// cmPiBig is pi to 1300 bits (Machin's formula), computed once; it is
// immutable afterwards.
var cmPiBig = sync.OnceValue(func() *big.Float {
	const prec = 1300
	atanInv := func(n int64) *big.Float {
		// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetInt64(n))
		n2 := new(big.Float).SetPrec(prec).SetInt64(n * n)
		sum := new(big.Float).SetPrec(prec).Set(x)
		term := new(big.Float).SetPrec(prec)
		for k := int64(1); ; k++ {
			x.Quo(x, n2)
			term.Quo(x, new(big.Float).SetInt64(2*k+1))
			if term.Sign() == 0 || term.MantExp(nil) < -prec-8 {
				return sum
			}
			if k%2 == 1 {
				sum.Sub(sum, term)
			} else {
				sum.Add(sum, term)
			}
		}
	}
	pi := new(big.Float).SetPrec(prec).Mul(atanInv(5), big.NewFloat(16))
	return pi.Sub(pi, new(big.Float).SetPrec(prec).Mul(atanInv(239), big.NewFloat(4)))
})

func cmBig(x float64, prec uint) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }

// cmAtanSmall is atan(t) for 0 <= t <= 1: five argument halvings
// (atan t = 2 atan(t / (1 + sqrt(1 + t^2)))), then the Taylor series.
func cmAtanSmall(t *big.Float) *big.Float {
	const halvings = 5
	one := big.NewFloat(1)
	t = new(big.Float).SetPrec(cmPrec + 32).Set(t)
	s := new(big.Float).SetPrec(cmPrec + 32)
	for i := 0; i < halvings; i++ {
		s.Mul(t, t)
		s.Add(s, one)
		s.Sqrt(s)
		s.Add(s, one)
		t.Quo(t, s)
	}
	sum := new(big.Float).SetPrec(cmPrec + 32).Set(t)
	t2 := new(big.Float).SetPrec(cmPrec+32).Mul(t, t)
	pow := new(big.Float).SetPrec(cmPrec + 32).Set(t)
	term := new(big.Float).SetPrec(cmPrec + 32)
	for k := int64(1); k < 200; k++ {
		pow.Mul(pow, t2)
		term.Mul(pow, invSmall[2*k+1])
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -cmPrec-8 {
			break
		}
		if k%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
	return sum.SetMantExp(sum, halvings)
}

// cmAtan2 is atan2(y, x) rounded once. Zeros, infinities and NaNs take
// Go's math.Atan2 (exact multiples of pi/4 there), with the sign of y.
func cmAtan2(y, x float64) float64 {
	if y == 0 || x == 0 || !cmFinite(x) || !cmFinite(y) {
		r := math.Atan2(y, x)
		if y != 0 && !math.IsNaN(r) && math.Signbit(r) != math.Signbit(y) {
			r = -r
		}
		return r
	}
	if r, ok := fastAtan2(y, x); ok {
		return r
	}
	return cmAtan2Big(y, x)
}

// cmAtan2Big is the big.Float path of cmAtan2 for finite non-zero x, y.
func cmAtan2Big(y, x float64) float64 {
	t := new(big.Float).SetPrec(cmPrec+32).Quo(cmBig(math.Abs(y), cmPrec+32), cmBig(math.Abs(x), cmPrec+32))
	pi := new(big.Float).SetPrec(cmPrec + 32).Set(cmPiBig())
	var a *big.Float
	if t.Cmp(big.NewFloat(1)) <= 0 {
		a = cmAtanSmall(t)
	} else {
		a = cmAtanSmall(t.Quo(big.NewFloat(1).SetPrec(cmPrec+32), t))
		half := new(big.Float).SetPrec(cmPrec+32).SetMantExp(pi, -1)
		a = half.Sub(half, a)
	}
	if x < 0 {
		a = pi.Sub(pi, a)
	}
	r, _ := a.Float64()
	return math.Copysign(r, y)
}

// cmSinCosBig returns sin(x) and cos(x) for a finite x to cmPrec bits.
func cmSinCosBig(x float64) (*big.Float, *big.Float) {
	_, e := math.Frexp(x)
	prec := uint(cmPrec + 64)
	if e > 0 {
		prec += uint(e)
	}
	bx := cmBig(x, prec)
	halfPi := new(big.Float).SetPrec(prec).Set(cmPiBig())
	halfPi.SetMantExp(halfPi, -1)
	qf := new(big.Float).SetPrec(prec).Quo(bx, halfPi)
	// q = round(x / (pi/2)), r = x - q*pi/2 with |r| <= pi/4
	qf.Add(qf, big.NewFloat(0.5*float64(qf.Sign())))
	q, _ := qf.Int(nil)
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(q), halfPi)
	r.Sub(bx, r)
	r.SetPrec(cmPrec + 32)
	s, c := cmSinCosSeries(r)
	switch new(big.Int).And(q, big.NewInt(3)).Int64() {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

// cmSinCosSeries sums the Taylor series of sin and cos for |r| <= pi/4.
func cmSinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	sin := new(big.Float).SetPrec(cmPrec + 32).Set(r)
	cos := new(big.Float).SetPrec(cmPrec + 32).SetInt64(1)
	term := new(big.Float).SetPrec(cmPrec + 32).SetInt64(1)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r)
		term.Mul(term, invSmall[n])
		if term.Sign() == 0 || term.MantExp(nil) < -cmPrec-40 {
			break
		}
		switch n % 4 {
		case 0:
			cos.Add(cos, term)
		case 1:
			if n > 1 {
				sin.Add(sin, term)
			}
		case 2:
			cos.Sub(cos, term)
		case 3:
			sin.Sub(sin, term)
		}
	}
	return sin, cos
}

// cmSin, cmCos and cmTan round the big results once.
func cmSin(x float64) float64 {
	if x == 0 || !cmFinite(x) {
		return math.Sin(x)
	}
	if s, _, ok := fastSinCos(x); ok {
		if r, ok := cmRound(s); ok {
			return r
		}
	}
	s, _ := cmSinCosBig(x)
	r, _ := s.Float64()
	return r
}

func cmCos(x float64) float64 {
	if !cmFinite(x) {
		return math.Cos(x)
	}
	if _, c, ok := fastSinCos(x); ok {
		if r, ok := cmRound(c); ok {
			return r
		}
	}
	_, c := cmSinCosBig(x)
	r, _ := c.Float64()
	return r
}

func cmTan(x float64) float64 {
	if x == 0 || !cmFinite(x) {
		return math.Tan(x)
	}
	if s, c, ok := fastSinCos(x); ok {
		if r, ok := cmRound(ddDiv(s, c)); ok {
			return r
		}
	}
	s, c := cmSinCosBig(x)
	r, _ := s.Quo(s, c).Float64()
	return r
}

// The hyperbolic functions below follow fdlibm's e_cosh.c, e_sinh.c and
// s_tanh.c, which glibc uses, over the correctly rounded exp and fdlibm's
// expm1 (Go's math.Expm1 is a port of it), so that their roundings are
// glibc's. The thresholds compare the high 32 bits of |x| as fdlibm does.

func cmHighWord(x float64) uint32 { return uint32(math.Float64bits(x)>>32) & 0x7fffffff }

func cmCosh(x float64) float64 {
	ix := cmHighWord(x)
	ax := math.Abs(x)
	switch {
	case ix >= 0x7ff00000:
		return x * x
	case ix < 0x3fd62e43: // |x| < ln2/2
		t := math.Expm1(ax)
		w := 1 + t
		if ix < 0x3c800000 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := cmExp(ax)
		return 0.5*t + 0.5/t
	case ix < 0x40862e42: // |x| < log(DBL_MAX)
		return 0.5 * cmExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d: // below the overflow threshold
		w := cmExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func cmSinh(x float64) float64 {
	ix := cmHighWord(x)
	ax := math.Abs(x)
	h := 0.5
	if math.Signbit(x) {
		h = -0.5
	}
	switch {
	case ix >= 0x7ff00000:
		return x + x
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := math.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42:
		return h * cmExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d:
		w := cmExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return math.Copysign(math.Inf(1), x)
}

func cmTanh(x float64) float64 {
	ix := cmHighWord(x)
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	var z float64
	switch {
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix < 0x40360000: // |x| < 22
		ax := math.Abs(x)
		if ix >= 0x3ff00000 {
			t := math.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// cmAsinh is fdlibm's s_asinh.c over the correctly rounded log, as glibc.
func cmAsinh(x float64) float64 {
	ix := cmHighWord(x)
	var w float64
	switch {
	case ix < 0x3e300000: // |x| < 2**-28
		return x
	case ix >= 0x7ff00000:
		return x + x
	case ix > 0x41b00000: // |x| > 2**28
		w = cmLog(math.Abs(x)) + math.Ln2
	case ix > 0x40000000: // 2 < |x| <= 2**28
		xa := math.Abs(x)
		w = cmLog(2*xa + 1/(math.Sqrt(xa*xa+1)+xa))
	default:
		xa := math.Abs(x)
		t := xa * xa
		w = math.Log1p(xa + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// cmExp is exp(x) correctly rounded (the math module's big path when the
// double-double one cannot decide).
func cmExp(x float64) float64 {
	if r, ok := fastExp(x); ok {
		return r
	}
	return accurateExp(x)
}
