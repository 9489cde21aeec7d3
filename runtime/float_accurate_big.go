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

const crPrec = 160

// piBig is pi to 1300 bits (Machin's formula), computed once; it is
// immutable afterwards.
var piBig = sync.OnceValue(func() *big.Float {
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

func crBig(x float64, prec uint) *big.Float { return new(big.Float).SetPrec(prec).SetFloat64(x) }

// crAtanSmall is atan(t) for 0 <= t <= 1: five argument halvings
// (atan t = 2 atan(t / (1 + sqrt(1 + t^2)))), then the Taylor series.
func crAtanSmall(t *big.Float) *big.Float {
	const halvings = 5
	one := big.NewFloat(1)
	t = new(big.Float).SetPrec(crPrec + 32).Set(t)
	s := new(big.Float).SetPrec(crPrec + 32)
	for i := 0; i < halvings; i++ {
		s.Mul(t, t)
		s.Add(s, one)
		s.Sqrt(s)
		s.Add(s, one)
		t.Quo(t, s)
	}
	sum := new(big.Float).SetPrec(crPrec + 32).Set(t)
	t2 := new(big.Float).SetPrec(crPrec+32).Mul(t, t)
	pow := new(big.Float).SetPrec(crPrec + 32).Set(t)
	term := new(big.Float).SetPrec(crPrec + 32)
	for k := int64(1); k < 200; k++ {
		pow.Mul(pow, t2)
		term.Mul(pow, invSmall[2*k+1])
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -crPrec-8 {
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

// crAtan2Big is the big.Float path of crAtan2 for finite non-zero x, y.
func crAtan2Big(y, x float64) float64 {
	t := new(big.Float).SetPrec(crPrec+32).Quo(crBig(math.Abs(y), crPrec+32), crBig(math.Abs(x), crPrec+32))
	pi := new(big.Float).SetPrec(crPrec + 32).Set(piBig())
	var a *big.Float
	if t.Cmp(big.NewFloat(1)) <= 0 {
		a = crAtanSmall(t)
	} else {
		a = crAtanSmall(t.Quo(big.NewFloat(1).SetPrec(crPrec+32), t))
		half := new(big.Float).SetPrec(crPrec+32).SetMantExp(pi, -1)
		a = half.Sub(half, a)
	}
	if x < 0 {
		a = pi.Sub(pi, a)
	}
	r, _ := a.Float64()
	return math.Copysign(r, y)
}

// crSinCosBig returns sin(x) and cos(x) for a finite x to crPrec bits.
func crSinCosBig(x float64) (*big.Float, *big.Float) {
	_, e := math.Frexp(x)
	prec := uint(crPrec + 64)
	if e > 0 {
		prec += uint(e)
	}
	bx := crBig(x, prec)
	halfPi := new(big.Float).SetPrec(prec).Set(piBig())
	halfPi.SetMantExp(halfPi, -1)
	qf := new(big.Float).SetPrec(prec).Quo(bx, halfPi)
	// q = round(x / (pi/2)), r = x - q*pi/2 with |r| <= pi/4
	qf.Add(qf, big.NewFloat(0.5*float64(qf.Sign())))
	q, _ := qf.Int(nil)
	r := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(q), halfPi)
	r.Sub(bx, r)
	r.SetPrec(crPrec + 32)
	s, c := crSinCosSeries(r)
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

// crSinCosSeries sums the Taylor series of sin and cos for |r| <= pi/4.
func crSinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	sin := new(big.Float).SetPrec(crPrec + 32).Set(r)
	cos := new(big.Float).SetPrec(crPrec + 32).SetInt64(1)
	term := new(big.Float).SetPrec(crPrec + 32).SetInt64(1)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r)
		term.Mul(term, invSmall[n])
		if term.Sign() == 0 || term.MantExp(nil) < -crPrec-40 {
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

// crHypotBig is the big.Float path of crHypot for finite non-zero x, y.
func crHypotBig(x, y float64) float64 {
	const prec = 160
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	by := new(big.Float).SetPrec(prec).SetFloat64(y)
	bx.Mul(bx, bx)
	by.Mul(by, by)
	bx.Add(bx, by)
	r, _ := bx.Sqrt(bx).Float64()
	return r
}

// accurateLog is ln(x) correctly rounded in practice (NaN for x < 0,
// -Inf for 0).
func accurateLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	r, _ := bigLog(x).Float64()
	return r
}

func accurateExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x == 0:
		return 1
	}
	return bigExp(new(big.Float).SetPrec(powPrec).SetFloat64(x))
}
