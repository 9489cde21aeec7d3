package runtime

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestCmathFastPathsAgreeWithBig checks each double-double fast path
// against the 160-bit path over random arguments (6000 draws; 20000 and
// 200000 were checked while writing it): whenever the fast path
// returns a result, it must be the big path's. It also reports how often
// the fast path gives up.
func TestCmathFastPathsAgreeWithBig(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	n := 6000
	if testing.Short() {
		n = 1000
	}
	arg := func() float64 {
		switch r.Intn(4) {
		case 0:
			return (r.Float64()*2 - 1) * 4
		case 1:
			return (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(12)-6))
		case 2:
			return math.Ldexp(r.Float64()+0.5, r.Intn(60)-30) * float64(1-2*r.Intn(2))
		}
		return float64(r.Intn(2000)-1000) * math.Pi / float64(1+r.Intn(64))
	}
	misses := map[string]int{}
	check := func(name string, fast float64, ok bool, slow func() float64) {
		if !ok {
			misses[name]++
			return
		}
		if want := slow(); math.Float64bits(fast) != math.Float64bits(want) {
			t.Errorf("%s: fast %v (%#x), big %v (%#x)", name, fast, math.Float64bits(fast), want, math.Float64bits(want))
		}
	}
	for i := 0; i < n; i++ {
		x, y := arg(), arg()
		if s, c, ok := fastSinCos(x); ok {
			sr, sok := ddRound(s)
			cr, cok := ddRound(c)
			if s1, _ := fastSin(x); s1 != s {
				t.Errorf("fastSin(%v) = %v, fastSinCos's sin %v", x, s1, s)
			}
			if c1, _ := fastCos(x); c1 != c {
				t.Errorf("fastCos(%v) = %v, fastSinCos's cos %v", x, c1, c)
			}
			sb, cb := crSinCosBig(x)
			check("sin", sr, sok, func() float64 { f, _ := sb.Float64(); return f })
			check("cos", cr, cok, func() float64 { f, _ := cb.Float64(); return f })
		} else {
			misses["sincos"]++
		}
		if x != 0 && math.Abs(x) < 700 {
			fe, ok := fastExp(x)
			check("exp", fe, ok, func() float64 { return accurateExp(x) })
		}
		if ax := math.Abs(x); ax != 0 && ax != 1 {
			fl, ok := fastLog(ax)
			check("log", fl, ok, func() float64 { return accurateLog(ax) })
		}
		if x != 0 && y != 0 {
			fa, ok := fastAtan2(y, x)
			check("atan2", fa, ok, func() float64 { return crAtan2Big(y, x) })
			fh, ok := fastHypot(x, y)
			check("hypot", fh, ok, func() float64 { return crHypotBig(x, y) })
		}
	}
	t.Logf("fast path gave up (of %d): %v", n, misses)
}

// TestMathFastPathsAgreeWithBig checks the math module's fast paths (log2,
// pow, exp2, hypot of n arguments, exp near its limits) against
// their big.Float paths over random arguments and edge cases: exact
// powers, integers, values next to 1, results near overflow and
// underflow. Whenever a fast path answers, the answer must be the big
// path's, bit for bit.
func TestMathFastPathsAgreeWithBig(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	n := 4000
	if testing.Short() {
		n = 800
	}
	same := func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
	answered := map[string]int{}
	checkLogs := func(x float64) {
		f, ok := fastLog2(x)
		if !ok {
			return
		}
		answered["log2"]++
		l := bigLog(x)
		want, _ := l.Quo(l, ln2Big).Float64()
		if !same(f, want) {
			t.Errorf("log2(%v): fast %v, big %v", x, f, want)
		}
	}
	checkPow := func(x, y float64) {
		f, ok := fastPow(x, y)
		if !ok {
			return
		}
		answered["pow"]++
		if want := powSlow(x, y); !same(f, want) {
			t.Errorf("pow(%v, %v): fast %v, big %v", x, y, f, want)
		}
	}
	checkExp := func(x float64) {
		if f, ok := fastExp(x); ok {
			answered["exp"]++
			if want := accurateExp(x); !same(f, want) {
				t.Errorf("exp(%v): fast %v, big %v", x, f, want)
			}
		}
		if f, ok := fastExp2(x); ok {
			answered["exp2"]++
			if want := powSlow(2, x); !same(f, want) {
				t.Errorf("exp2(%v): fast %v, big %v", x, f, want)
			}
		}
	}
	// Edge cases: exact powers of 2 and 10, integers, neighbours of 1,
	// exponents near the limits of exp.
	for e := -1074; e <= 1023; e += 7 {
		checkLogs(math.Ldexp(1, e))
	}
	p := 1.0
	for k := 0; k <= 22; k++ {
		checkLogs(p)
		checkLogs(1 / p)
		checkPow(10, float64(k))
		checkPow(10, -float64(k))
		p *= 10
	}
	for k := 2; k < 300; k++ {
		checkLogs(float64(k))
		checkPow(float64(k), 2)
		checkPow(float64(k), 0.25)
		checkPow(-float64(k), 3)
		checkExp(float64(k))
		checkExp(-float64(k))
		checkExp(float64(k) + 0.5)
	}
	for i := 1; i < 60; i++ {
		checkLogs(1 + float64(i)*0x1p-52)
		checkLogs(1 - float64(i)*0x1p-53)
		checkExp(float64(i) * 0x1p-40)
		checkPow(1+0x1p-27, float64(i))
	}
	for _, x := range []float64{699.9, -699.9, 709.78, -708.3, 1e-300, 0x1p-1000, 1023.5, -1021.9} {
		checkExp(x)
	}
	for i := 0; i < n; i++ {
		x := math.Ldexp(r.Float64()+0.5, r.Intn(200)-100)
		y := (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(6)-3))
		checkLogs(x)
		checkPow(x, y)
		checkPow(r.Float64()*10, float64(r.Intn(80)-40))
		checkExp(y * 100)
		xs := make([]float64, 1+r.Intn(5))
		for j := range xs {
			xs[j] = math.Ldexp(r.Float64()-0.5, r.Intn(80)-40)
		}
		if f, ok := fastHypotN(xs); ok {
			answered["hypot"]++
			if want := exactHypotBig(xs); !same(f, want) {
				t.Errorf("hypot%v: fast %v, big %v", xs, f, want)
			}
		}
	}
	// Each fast path must answer almost always, or it is useless.
	for _, name := range []string{"log2", "pow", "exp", "exp2", "hypot"} {
		if answered[name] < n/2 {
			t.Errorf("%s: fast path answered only %d times", name, answered[name])
		}
	}
	t.Logf("fast answers: %v", answered)
}

// TestFsumCorrectlyRounded checks math.fsum's partials algorithm against
// the exact sum (a big.Float wide enough for any sum of these doubles)
// over random lists with cancellations, ties and widely spread exponents.
func TestFsumCorrectlyRounded(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 3000; i++ {
		n := 1 + r.Intn(12)
		var partials []float64
		exact := new(big.Float).SetPrec(2200)
		prev := 1.0
		for j := 0; j < n; j++ {
			var x float64
			switch r.Intn(4) {
			case 0:
				x = -prev // cancellation
			case 1:
				x = math.Ldexp(1, r.Intn(1900)-1000) // ties between partials
			case 2:
				x = math.Ldexp(r.Float64()-0.5, r.Intn(200)-100)
			default:
				x = float64(r.Int63n(1<<54)) * 0.5
			}
			prev = x
			exact.Add(exact, new(big.Float).SetFloat64(x))
			var top float64
			partials, top = fsumAdd(partials, x)
			if top != 0 {
				partials = append(partials, top)
			}
		}
		want, _ := exact.Float64()
		if got := fsumPartials(partials); math.Float64bits(got) != math.Float64bits(want) && !(got == 0 && want == 0) {
			t.Fatalf("case %d: fsum %v, exact %v", i, got, want)
		}
	}
}
