package runtime

import (
	"math"
	"math/big"
)

// This file computes x**y for non-integral y to within a fraction of an
// ulp before rounding, in 128-bit big.Float arithmetic, so that results
// agree with C's pow (which glibc rounds correctly) where Go's math.Pow is
// off by an ulp or more.

const powPrec = 128

// ln2Big is ln(2) to powPrec bits, computed once (an immutable table).
var ln2Big = func() *big.Float {
	// ln 2 = 2 atanh(1/3)
	third := new(big.Float).SetPrec(powPrec+32).Quo(big.NewFloat(1).SetPrec(powPrec+32), big.NewFloat(3))
	return new(big.Float).SetPrec(powPrec).Mul(atanhSeries(third, powPrec+32), big.NewFloat(2))
}()

// invSmall[k] is 1/k to powPrec+32 bits for the series below (an
// immutable table: multiplying by it is cheaper than dividing by k).
var invSmall = func() []*big.Float {
	t := make([]*big.Float, 400)
	one := new(big.Float).SetPrec(powPrec + 32).SetInt64(1)
	for k := 1; k < len(t); k++ {
		t[k] = new(big.Float).SetPrec(powPrec+32).Quo(one, new(big.Float).SetInt64(int64(k)))
	}
	return t
}()

// atanhSeries sums z + z^3/3 + z^5/5 + ... for |z| <= 1/3.
func atanhSeries(z *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(z)
	z2 := new(big.Float).SetPrec(prec).Mul(z, z)
	term := new(big.Float).SetPrec(prec).Set(z)
	q := new(big.Float).SetPrec(prec)
	for k := int64(3); k < 400; k += 2 {
		term.Mul(term, z2)
		q.Mul(term, invSmall[k])
		if q.Sign() == 0 || q.MantExp(nil)-sum.MantExp(nil) < -int(prec) {
			break
		}
		sum.Add(sum, q)
	}
	return sum
}

// bigLog returns ln(x) for a finite x > 0.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x) // x = m * 2^e, m in [0.5, 1)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	num := new(big.Float).SetPrec(powPrec).Sub(bm, big.NewFloat(1))
	den := new(big.Float).SetPrec(powPrec).Add(bm, big.NewFloat(1))
	z := new(big.Float).SetPrec(powPrec).Quo(num, den)
	r := atanhSeries(z, powPrec)
	r.Mul(r, big.NewFloat(2))
	le := new(big.Float).SetPrec(powPrec).Mul(ln2Big, new(big.Float).SetInt64(int64(e)))
	return r.Add(r, le)
}

// bigExp returns exp(w) rounded to float64 (±Inf or 0 outside the range).
func bigExp(w *big.Float) float64 {
	wf, _ := w.Float64()
	if wf > 710 {
		return math.Inf(1)
	}
	if wf < -746 {
		return 0
	}
	k := math.Round(wf / math.Ln2)
	r := new(big.Float).SetPrec(powPrec).Mul(ln2Big, big.NewFloat(k))
	r.Sub(w, r) // |r| <= ~0.35
	const halvings = 12
	r.SetMantExp(r, -halvings)
	// Taylor series of exp(r) for |r| < 2^-13.
	sum := new(big.Float).SetPrec(powPrec).SetFloat64(1)
	term := new(big.Float).SetPrec(powPrec).SetFloat64(1)
	for n := int64(1); n < 30; n++ {
		term.Mul(term, r)
		term.Mul(term, invSmall[n])
		if term.Sign() == 0 || term.MantExp(nil) < -int(powPrec)-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powFrac is x**y for finite x > 0 and finite non-integral y.
func powFrac(x, y float64) float64 {
	w := bigLog(x)
	w.Mul(w, new(big.Float).SetPrec(powPrec).SetFloat64(y))
	return bigExp(w)
}
