package runtime

// This file holds the correctly rounded primitives shared by the math and
// cmath modules (hypot, exp, exp2, log, log2, pow, sin, cos, tan,
// atan2) and their fast path: Ziv's strategy in double-double
// arithmetic. Each function computes its result to about 100 bits as an
// unevaluated sum hi+lo, and returns hi only when every value within a
// generous error bound of hi+lo rounds to the same double; otherwise
// (rarely: near a rounding boundary, or arguments outside the ranges
// handled here) the big.Float path (float_accurate_big.go,
// float_pow.go) runs. So the results are the big path's, at double-double
// cost (about 100x less).

import (
	"math"
	"math/big"
	"sync"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = twoSum(s.hi, s.lo)
	s.lo += t.lo
	return twoSum(s.hi, s.lo)
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return twoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return twoSum(p.hi, p.lo)
}

func ddDiv(a, b dd) dd {
	q := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	return ddAdd(twoSum(q, q2), dd{q3, 0})
}

func ddSqrt(a dd) dd {
	h := math.Sqrt(a.hi)
	rem := math.FMA(-h, h, a.hi) + a.lo
	return twoSum(h, rem/(2*h))
}

// ddFromBig rounds a big.Float to a double-double.
func ddFromBig(x *big.Float) dd {
	hi, _ := x.Float64()
	r := new(big.Float).SetPrec(x.Prec()).Sub(x, big.NewFloat(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

// ddRound returns the double nearest to y when that is certain, that
// is when y's relative error bound 2^-90 cannot move it across a rounding
// boundary.
func ddRound(y dd) (float64, bool) { return ddRoundTol(y, 0x1p-90) }

// ddRoundTol is ddRound for a relative error bound tol.
func ddRoundTol(y dd, tol float64) (float64, bool) {
	if !cmFinite(y.hi) || y.hi == 0 || math.Abs(y.hi) < 0x1p-960 || math.Abs(y.hi) > 0x1p1000 {
		return 0, false
	}
	e := math.Abs(y.hi) * tol
	a := y.hi + (y.lo + e)
	b := y.hi + (y.lo - e)
	if a != b {
		return 0, false
	}
	return a, true
}

// ddConsts are the double-double constants, made from the big values
// on first use and immutable afterwards.
type ddConsts struct {
	pi, halfPi, ln2 dd
	invFact         [32]dd // 1/n!
	invOdd          [40]dd // 1/(2k+1)
	sinC, cosC      [15]dd // (-1)^n/(2n+1)!, (-1)^n/(2n)!
	atanC           [18]dd // (-1)^k/(2k+1)
	// pi/2 split in four doubles of which the first three have 30
	// significant bits, so k*part is exact for |k| < 2^23.
	pio2 [4]float64
}

var ddConst = sync.OnceValue(func() *ddConsts {
	c := &ddConsts{pi: ddFromBig(piBig()), ln2: ddFromBig(ln2Big)}
	c.halfPi = dd{c.pi.hi / 2, c.pi.lo / 2}
	one := new(big.Float).SetPrec(200).SetInt64(1)
	f := new(big.Float).SetPrec(200).SetInt64(1)
	for n := range c.invFact {
		if n > 0 {
			f.Mul(f, new(big.Float).SetInt64(int64(n)))
		}
		c.invFact[n] = ddFromBig(new(big.Float).SetPrec(200).Quo(one, f))
	}
	for k := range c.invOdd {
		c.invOdd[k] = ddFromBig(new(big.Float).SetPrec(200).Quo(one, new(big.Float).SetInt64(int64(2*k+1))))
	}
	for n := range c.sinC {
		c.sinC[n], c.cosC[n] = c.invFact[2*n+1], c.invFact[2*n]
		if n%2 == 1 {
			c.sinC[n], c.cosC[n] = ddNeg(c.sinC[n]), ddNeg(c.cosC[n])
		}
	}
	for k := range c.atanC {
		c.atanC[k] = c.invOdd[k]
		if k%2 == 1 {
			c.atanC[k] = ddNeg(c.atanC[k])
		}
	}
	r := new(big.Float).SetPrec(400).Set(piBig())
	r.SetMantExp(r, -1)
	for i := 0; i < 3; i++ {
		f, _ := r.Float64()
		c.pio2[i] = math.Float64frombits(math.Float64bits(f) &^ (1<<23 - 1)) // 30 significant bits
		r.Sub(r, big.NewFloat(c.pio2[i]))
	}
	c.pio2[3], _ = r.Float64()
	return c
})

// fastHypot is hypot for finite non-zero arguments of moderate size.
func fastHypot(x, y float64) (float64, bool) {
	ax, ay := math.Abs(x), math.Abs(y)
	if ax > 0x1p500 || ay > 0x1p500 || ax < 0x1p-450 || ay < 0x1p-450 {
		return 0, false
	}
	return ddRound(ddSqrt(ddAdd(twoProd(ax, ax), twoProd(ay, ay))))
}

// fastSinCos returns sin and cos of x, |x| < 2^20, as double-doubles;
// ok is false when x is too close to a multiple of pi/2 for the
// reduction's accuracy.
func fastSinCos(x float64) (s, c dd, ok bool) {
	r, q, ok := fastTrigReduce(x)
	if !ok {
		return dd{}, dd{}, false
	}
	r2 := ddMul(r, r)
	s, c = trigQuadrant(sinPoly(r, r2), cosPoly(r2), q)
	return s, c, true
}

// fastSin and fastCos evaluate only the one series that the quadrant
// needs (half fastSinCos's cost).
func fastSin(x float64) (dd, bool) {
	r, q, ok := fastTrigReduce(x)
	if !ok {
		return dd{}, false
	}
	r2 := ddMul(r, r)
	var y dd
	if q&1 == 0 {
		y = sinPoly(r, r2)
	} else {
		y = cosPoly(r2)
	}
	if q&2 != 0 {
		y = ddNeg(y)
	}
	return y, true
}

func fastCos(x float64) (dd, bool) {
	r, q, ok := fastTrigReduce(x)
	if !ok {
		return dd{}, false
	}
	r2 := ddMul(r, r)
	var y dd
	if q&1 == 0 {
		y = cosPoly(r2)
	} else {
		y = sinPoly(r, r2)
	}
	if q == 1 || q == 2 {
		y = ddNeg(y)
	}
	return y, true
}

// quickSinCos is the first of Ziv's steps for sin (cos when wantCos):
// the same reduction, but only the leading 4 (sin) or 5 (cos) terms of
// the series in double-double and the rest in float64. Those float64
// terms are below 2^-21 (sin: r^8/9! at r^2 <= 0.62) and 2^-25 (cos) of
// the sum, so their rounding errors (15 Horner steps, 2^-53 each) stay
// below 2^-70 relative, and the rounding test uses the bound 2^-66. When
// the test cannot decide (about 1 argument in 2^12), the caller runs the
// full double-double path, so results are unchanged, at about half the
// polynomial cost for nearly every argument.
func quickSinCos(x float64, wantCos bool) (float64, bool) {
	r, q, ok := fastTrigReduce(x)
	if !ok {
		return 0, false
	}
	if wantCos {
		q++ // cos(r + q pi/2) = sin(r + (q+1) pi/2)
	}
	cf := ddConst()
	r2 := ddMul(r, r)
	var y dd
	if q&1 == 0 {
		y = ddMul(ddPoly(cf.sinC[:], r2, 4), r)
	} else {
		y = ddPoly(cf.cosC[:], r2, 5)
	}
	if q&2 != 0 {
		y = ddNeg(y)
	}
	return ddRoundTol(y, 0x1p-66)
}

// trigQuadrant maps sin and cos of the reduced argument to those of
// r + q pi/2.
func trigQuadrant(s, c dd, q int64) (dd, dd) {
	switch q {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

// fastTrigReduce returns r = x - k pi/2 with |r| <= pi/4 and q = k mod 4
// for |x| < 2^20; ok is false when x is too close to a multiple of pi/2
// for the reduction's accuracy.
func fastTrigReduce(x float64) (r dd, q int64, ok bool) {
	if math.Abs(x) > 0x1p20 {
		return dd{}, 0, false
	}
	cf := ddConst()
	k := math.Round(x / cf.halfPi.hi)
	p := cf.pio2
	r = twoSum(x, -k*p[0])
	r = ddAdd(r, dd{-k * p[1], 0})
	r = ddAdd(r, dd{-k * p[2], 0})
	r = ddAdd(r, ddNeg(twoProd(k, p[3])))
	if k != 0 && math.Abs(r.hi) < 0x1p-20 {
		return dd{}, 0, false
	}
	return r, int64(k) & 3, true
}

// ddPoly is the polynomial sum c[i] x^i by Horner's rule: the terms from
// split on, whose sum is below 2^-53 of the whole, in float64 (their
// rounding errors fall below 2^-105), the others in double-double.
func ddPoly(c []dd, x dd, split int) dd {
	t := 0.0
	for i := len(c) - 1; i >= split; i-- {
		t = t*x.hi + c[i].hi
	}
	s := dd{t, 0}
	for i := split - 1; i >= 0; i-- {
		s = ddAdd(ddMul(s, x), c[i])
	}
	return s
}

// sinPoly is sin(r) for |r| <= pi/4 (r^2 <= 0.62: the terms from r^16 on
// are below 2^-54).
func sinPoly(r, r2 dd) dd { return ddMul(ddPoly(ddConst().sinC[:], r2, 8), r) }

// cosPoly is cos(r) for |r| <= pi/4 (the terms from r^18 on are below
// 2^-58).
func cosPoly(r2 dd) dd { return ddPoly(ddConst().cosC[:], r2, 9) }

// fastExp is exp(x) for |x| < 700.
func fastExp(x float64) (float64, bool) {
	if x == 0 {
		return 0, false
	}
	return fastExpDD(dd{x, 0}, 0x1p-90)
}

// fastExpDD is exp(w) for |w| < 700 rounded when certain under the
// relative error bound tol (which must cover w's own error).
func fastExpDD(w dd, tol float64) (float64, bool) {
	if !(math.Abs(w.hi) < 700) {
		return 0, false
	}
	cf := ddConst()
	k := math.Round(w.hi / cf.ln2.hi)
	r := ddAdd(w, ddNeg(ddMulF(cf.ln2, k)))
	const halvings = 8
	r = dd{r.hi / (1 << halvings), r.lo / (1 << halvings)}
	// |r| <= 2^-9.5: the terms from r^6 on are below 2^-66.
	sum := ddPoly(cf.invFact[:13], r, 6)
	for i := 0; i < halvings; i++ {
		sum = ddMul(sum, sum)
	}
	y, ok := ddRoundTol(sum, tol)
	if !ok {
		return 0, false
	}
	// Scaling by 2^k is exact unless the result is subnormal.
	res := math.Ldexp(y, int(k))
	if math.Abs(res) < 0x1p-1020 || math.IsInf(res, 0) {
		return 0, false
	}
	return res, true
}

// fastLog is log(x) for finite x > 0 (not 1).
func fastLog(x float64) (float64, bool) {
	l, ok := fastLogDD(x)
	if !ok {
		return 0, false
	}
	return ddRound(l)
}

// fastLogDD is log(x) as a double-double (relative error well under
// 2^-95) for finite x > 0, x != 1.
func fastLogDD(x float64) (dd, bool) {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return dd{}, false
	}
	cf := ddConst()
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2 atanh(z), z = (m-1)/(m+1), |z| <= 0.172
	z := ddDiv(dd{m - 1, 0}, twoSum(m, 1))
	z2 := ddMul(z, z)
	// z^2 <= 0.03: the terms from z^20 on are below 2^-55.
	sum := ddPoly(cf.invOdd[:25], z2, 10)
	l := ddMulF(ddMul(sum, z), 2)
	l = ddAdd(l, ddMulF(cf.ln2, float64(e)))
	if e != 0 && math.Abs(l.hi) < 0x1p-40 {
		return dd{}, false
	}
	return l, true
}

// fastLog2 is log2(x) for finite x > 0, x != 1.
func fastLog2(x float64) (float64, bool) {
	l, ok := fastLogDD(x)
	if !ok {
		return 0, false
	}
	return ddRound(ddDiv(l, ddConst().ln2))
}

// fastPow is x**y for the arguments powCorrect computes in big.Float
// arithmetic: finite x not 0 or 1, finite y not 0 or 0.5, x > 0 unless y
// is an integer, |y| <= 2^31 if it is one.
func fastPow(x, y float64) (float64, bool) {
	if x == 0 || x == 1 || !cmFinite(x) || !cmFinite(y) || y == 0 || y == 0.5 {
		return 0, false
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return 0, false
		}
		x, neg = -x, math.Mod(y, 2) != 0
	}
	if y == math.Trunc(y) && math.Abs(y) > 1<<31 {
		return 0, false
	}
	if x == 1 {
		// (-1)**y
		return 0, false
	}
	l, ok := fastLogDD(x)
	if !ok {
		return 0, false
	}
	// w = y log x carries log's relative error, up to 2^-95 * 709
	// absolutely, hence the wider bound.
	r, ok := fastExpDD(ddMulF(l, y), 0x1p-80)
	if neg {
		r = -r
	}
	return r, ok
}

// fastExp2 is 2**x for the x that powCorrect(2, x) computes in big.Float
// arithmetic (finite, not 0.5, |x| <= 2^31 if integral).
func fastExp2(x float64) (float64, bool) {
	if !cmFinite(x) || x == 0 || x == 0.5 {
		return 0, false
	}
	return fastExpDD(ddMulF(ddConst().ln2, x), 0x1p-85)
}

// fastHypotN is the hypot of any number of finite arguments of moderate
// size, not all zero (the terms are positive: no cancellation). Below
// 1000 terms the sum's relative error stays under 2^-94.
func fastHypotN(xs []float64) (float64, bool) {
	if len(xs) > 1000 {
		return 0, false // the sum's error grows with the count
	}
	sum := dd{}
	for _, x := range xs {
		ax := math.Abs(x)
		if ax == 0 {
			continue
		}
		if ax > 0x1p500 || ax < 0x1p-450 {
			return 0, false
		}
		sum = ddAdd(sum, twoProd(ax, ax))
	}
	if sum.hi == 0 {
		return 0, false
	}
	return ddRound(ddSqrt(sum))
}

// fastAtan2 is atan2(y, x) for finite non-zero arguments whose quotient
// is moderate.
func fastAtan2(y, x float64) (float64, bool) {
	ax, ay := math.Abs(x), math.Abs(y)
	_, ex := math.Frexp(ax)
	_, ey := math.Frexp(ay)
	if ax > 0x1p500 || ay > 0x1p500 || ax < 0x1p-450 || ay < 0x1p-450 || ex-ey > 400 || ey-ex > 400 {
		return 0, false
	}
	cf := ddConst()
	var t dd
	inv := ay > ax
	if inv {
		t = ddDiv(dd{ax, 0}, dd{ay, 0})
	} else {
		t = ddDiv(dd{ay, 0}, dd{ax, 0})
	}
	// Three halvings: atan t = 2 atan(t / (1 + sqrt(1 + t^2))), so
	// t <= tan(pi/32), t^2 < 0.0097: in the series for atan(t)/t the
	// terms from t^16 on are below 2^-53, those past t^34 below 2^-119.
	one := dd{1, 0}
	for i := 0; i < 3; i++ {
		t = ddDiv(t, ddAdd(one, ddSqrt(ddAdd(one, ddMul(t, t)))))
	}
	sum := ddPoly(cf.atanC[:], ddMul(t, t), 8)
	a := ddMulF(ddMul(sum, t), 8)
	if inv {
		a = ddAdd(cf.halfPi, ddNeg(a))
	}
	if x < 0 {
		a = ddAdd(cf.pi, ddNeg(a))
	}
	r, ok := ddRound(a)
	return math.Copysign(r, y), ok
}

// crHypot is hypot(x, y) rounded once (glibc's is correctly rounded in
// practice; Go's math.Hypot is not).
func crHypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case x == 0:
		return math.Abs(y)
	case y == 0:
		return math.Abs(x)
	}
	if r, ok := fastHypot(x, y); ok {
		return r
	}
	return crHypotBig(x, y)
}

// crLog is log(x) for x > 0, correctly rounded as glibc's (math module).
func crLog(x float64) float64 {
	if r, ok := fastLog(x); ok {
		return r
	}
	return accurateLog(x)
}

// crAtan2 is atan2(y, x) rounded once. Zeros, infinities and NaNs take
// Go's math.Atan2 (exact multiples of pi/4 there), with the sign of y.
func crAtan2(y, x float64) float64 {
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
	return crAtan2Big(y, x)
}

// crSin, crCos and crTan round the big results once.
func crSin(x float64) float64 {
	if x == 0 || !cmFinite(x) {
		return math.Sin(x)
	}
	if r, ok := quickSinCos(x, false); ok {
		return r
	}
	if s, ok := fastSin(x); ok {
		if r, ok := ddRound(s); ok {
			return r
		}
	}
	s, _ := crSinCosBig(x)
	r, _ := s.Float64()
	return r
}

func crCos(x float64) float64 {
	if !cmFinite(x) {
		return math.Cos(x)
	}
	if r, ok := quickSinCos(x, true); ok {
		return r
	}
	if c, ok := fastCos(x); ok {
		if r, ok := ddRound(c); ok {
			return r
		}
	}
	_, c := crSinCosBig(x)
	r, _ := c.Float64()
	return r
}

func crTan(x float64) float64 {
	if x == 0 || !cmFinite(x) {
		return math.Tan(x)
	}
	if s, c, ok := fastSinCos(x); ok {
		if r, ok := ddRound(ddDiv(s, c)); ok {
			return r
		}
	}
	s, c := crSinCosBig(x)
	r, _ := s.Quo(s, c).Float64()
	return r
}

// crExp is exp(x) correctly rounded (the math module's big path when the
// double-double one cannot decide).
func crExp(x float64) float64 {
	if r, ok := fastExp(x); ok {
		return r
	}
	return accurateExp(x)
}
