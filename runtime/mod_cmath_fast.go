package runtime

// This file is the fast path of cmath's correctly rounded primitives
// (hypot, exp, log, sin, cos, atan2): Ziv's strategy in double-double
// arithmetic. Each function computes its result to about 100 bits as an
// unevaluated sum hi+lo, and returns hi only when every value within a
// generous error bound of hi+lo rounds to the same double; otherwise
// (rarely: near a rounding boundary, or arguments outside the ranges
// handled here) the caller takes the 160-bit big.Float path. So the
// results are the big path's, at double-double cost (about 100x less).

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

// cmRound returns the double nearest to y when that is certain, that
// is when y's relative error bound 2^-90 cannot move it across a rounding
// boundary.
func cmRound(y dd) (float64, bool) {
	if !cmFinite(y.hi) || y.hi == 0 || math.Abs(y.hi) < 0x1p-960 || math.Abs(y.hi) > 0x1p1000 {
		return 0, false
	}
	e := math.Abs(y.hi) * 0x1p-90
	a := y.hi + (y.lo + e)
	b := y.hi + (y.lo - e)
	if a != b {
		return 0, false
	}
	return a, true
}

// cmFastConsts are the double-double constants, made from the big values
// on first use and immutable afterwards.
type cmFastConsts struct {
	pi, halfPi, ln2 dd
	invFact         [32]dd // 1/n!
	invOdd          [40]dd // 1/(2k+1)
	// pi/2 split in four doubles of which the first three have 30
	// significant bits, so k*part is exact for |k| < 2^23.
	pio2 [4]float64
}

var cmFast = sync.OnceValue(func() *cmFastConsts {
	c := &cmFastConsts{pi: ddFromBig(cmPiBig()), ln2: ddFromBig(ln2Big)}
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
	r := new(big.Float).SetPrec(400).Set(cmPiBig())
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
	return cmRound(ddSqrt(ddAdd(twoProd(ax, ax), twoProd(ay, ay))))
}

// fastSinCos returns sin and cos of x, |x| < 2^20, as double-doubles;
// ok is false when x is too close to a multiple of pi/2 for the
// reduction's accuracy.
func fastSinCos(x float64) (s, c dd, ok bool) {
	if math.Abs(x) > 0x1p20 {
		return dd{}, dd{}, false
	}
	cf := cmFast()
	k := math.Round(x / cf.halfPi.hi)
	p := cf.pio2
	r := twoSum(x, -k*p[0])
	r = ddAdd(r, dd{-k * p[1], 0})
	r = ddAdd(r, dd{-k * p[2], 0})
	r = ddAdd(r, ddNeg(twoProd(k, p[3])))
	if k != 0 && math.Abs(r.hi) < 0x1p-20 {
		return dd{}, dd{}, false
	}
	r2 := ddMul(r, r)
	// Horner in r^2 for sin(r)/r and cos(r).
	sp, cp := dd{}, dd{}
	for n := 14; n >= 0; n-- {
		ts, tc := cf.invFact[2*n+1], cf.invFact[2*n]
		if n%2 == 1 {
			ts, tc = ddNeg(ts), ddNeg(tc)
		}
		sp = ddAdd(ddMul(sp, r2), ts)
		cp = ddAdd(ddMul(cp, r2), tc)
	}
	s, c = ddMul(sp, r), cp
	switch int64(k) & 3 {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c, true
}

// fastExp is exp(x) for |x| < 700.
func fastExp(x float64) (float64, bool) {
	if !(math.Abs(x) < 700) || x == 0 {
		return 0, false
	}
	cf := cmFast()
	k := math.Round(x / cf.ln2.hi)
	r := ddAdd(dd{x, 0}, ddNeg(ddMulF(cf.ln2, k)))
	const halvings = 8
	r = dd{r.hi / (1 << halvings), r.lo / (1 << halvings)}
	sum := dd{}
	for n := 12; n >= 0; n-- {
		sum = ddAdd(ddMul(sum, r), cf.invFact[n])
	}
	for i := 0; i < halvings; i++ {
		sum = ddMul(sum, sum)
	}
	y, ok := cmRound(sum)
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
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return 0, false
	}
	cf := cmFast()
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log m = 2 atanh(z), z = (m-1)/(m+1), |z| <= 0.172
	z := ddDiv(dd{m - 1, 0}, twoSum(m, 1))
	z2 := ddMul(z, z)
	sum := dd{}
	for k := 24; k >= 0; k-- {
		sum = ddAdd(ddMul(sum, z2), cf.invOdd[k])
	}
	l := ddMulF(ddMul(sum, z), 2)
	l = ddAdd(l, ddMulF(cf.ln2, float64(e)))
	if e != 0 && math.Abs(l.hi) < 0x1p-40 {
		return 0, false
	}
	return cmRound(l)
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
	cf := cmFast()
	var t dd
	inv := ay > ax
	if inv {
		t = ddDiv(dd{ax, 0}, dd{ay, 0})
	} else {
		t = ddDiv(dd{ay, 0}, dd{ax, 0})
	}
	// Five halvings: atan t = 2 atan(t / (1 + sqrt(1 + t^2))).
	one := dd{1, 0}
	for i := 0; i < 5; i++ {
		t = ddDiv(t, ddAdd(one, ddSqrt(ddAdd(one, ddMul(t, t)))))
	}
	t2 := ddMul(t, t)
	sum := dd{}
	for k := 16; k >= 0; k-- {
		c := cf.invOdd[k]
		if k%2 == 1 {
			c = ddNeg(c)
		}
		sum = ddAdd(ddMul(sum, t2), c)
	}
	a := ddMulF(ddMul(sum, t), 32)
	if inv {
		a = ddAdd(cf.halfPi, ddNeg(a))
	}
	if x < 0 {
		a = ddAdd(cf.pi, ddNeg(a))
	}
	r, ok := cmRound(a)
	return math.Copysign(r, y), ok
}
