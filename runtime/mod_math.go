package runtime

import (
	"math"
	"math/big"
)

// This file defines the math module. Errors follow CPython: a result that
// is NaN from a non-NaN argument is "math domain error" (ValueError), an
// infinite result from finite arguments "math range error" (OverflowError)
// where the C function can overflow. Logarithms, exp, pow and hypot are
// correctly rounded (float_accurate.go: double-double with a rounding
// test, big.Float when it fails) so that results such as log10(1000) ==
// 3.0 match glibc's correctly rounded ones; sinh, cosh, tanh and asinh
// are fdlibm's algorithms over those, as glibc's (mod_cmath_hyperbolic.go).

func mathDomain() error { return Errorf(ValueErrorType, "math domain error") }
func mathRange() error  { return Errorf(OverflowErrorType, "math range error") }

// math1 wraps a float function of one argument with CPython's checks.
func math1(name string, f func(float64) float64, canOverflow bool) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne(name, args, kw); err != nil {
			return Value{}, err
		}
		x, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r := f(x)
		switch {
		case math.IsNaN(r) && !math.IsNaN(x):
			return Value{}, mathDomain()
		case math.IsInf(r, 0) && !math.IsInf(x, 0):
			if canOverflow {
				return Value{}, mathRange()
			}
			return Value{}, mathDomain()
		}
		return Float(r), nil
	}
}

var ln10Big = bigLog(10)

// logBase is log(x) in the given base (0: e, 2 or 10) as glibc computes
// it, for a finite x > 0: log and log2 correctly rounded (the
// double-double path when it can decide the rounding, else the big.Float
// one), log10 by glibc's algorithm.
func logBase(x float64, base int) float64 {
	switch {
	case x == 1:
		return 0
	case base == 0:
		return crLog(x)
	case base == 10:
		return glibcLog10(x)
	}
	if r, ok := fastLog2(x); ok {
		return r
	}
	l := bigLog(x)
	r, _ := l.Quo(l, ln2Big).Float64()
	return r
}

// glibcLog10 is log10(x) for a finite x > 0 as glibc's e_log10.c
// computes it (from fdlibm), which is not correctly rounded: x = m 2^k
// with m in [1, 2) (or [0.5, 1) when k < 0, so that nothing cancels),
// log10(x) = k log10(2) + log(m)/ln(10), log10(2) split in a high part
// with trailing zeros and a low part, over the correctly rounded log.
// The explicit float64 conversions keep Go from fusing into FMAs, which
// x86-64 C does not do.
func glibcLog10(x float64) float64 {
	const (
		ivln10   = 0x1.bcb7b1526e50ep-2 // 1/ln(10)
		log10Hi  = 0x1.34413509f6p-2    // log10(2), high bits
		log10Lo  = 0x1.9fef311f12b36p-42
		twoTo54  = 0x1p54
		mantMask = 1<<52 - 1
	)
	k := 0
	if x < 0x1p-1022 { // subnormal: scale into the normal range
		x *= twoTo54
		k = -54
	}
	b := math.Float64bits(x)
	k += int(b>>52) - 1023
	exp := uint64(0x3ff)
	if k < 0 {
		exp, k = 0x3fe, k+1
	}
	m := math.Float64frombits(b&mantMask | exp<<52)
	y := float64(k)
	z := float64(y*log10Lo) + float64(ivln10*crLog(m))
	return z + float64(y*log10Hi)
}

// logOf is CPython's loghelper: log of an int (of any size: one too large
// for a float is frexp'ed and scaled) or of a float, in the given base.
func logOf(t *Thread, v Value, base int) (float64, error) {
	if x, xb, ok := intOf(v); ok && !v.IsFloat() {
		if bigSign(FromInt(v)) <= 0 {
			return 0, mathDomain()
		}
		if xb == nil {
			return logBase(float64(x), base), nil
		}
		if f, err := bigToFloat(xb); err == nil {
			return logBase(f, base), nil
		}
		e := xb.BitLen()
		top := new(big.Int).Rsh(xb, uint(e-64))
		m := math.Ldexp(float64(top.Uint64()), -64)
		return logBase(m, base) + logBase(2, base)*float64(e), nil
	}
	x, err := AsFloatValue(t, v)
	if err != nil {
		return 0, err
	}
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x <= 0:
		return 0, mathDomain()
	}
	return logBase(x, base), nil
}

func mathLog(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("log", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	num, err := logOf(t, args[0], 0)
	if err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		return Float(num), nil
	}
	den, err := logOf(t, args[1], 0)
	if err != nil {
		return Value{}, err
	}
	if den == 0 {
		return Value{}, Errorf(ZeroDivisionErrorType, "float division by zero")
	}
	return Float(num / den), nil
}

// mathAtan is atan(x) correctly rounded (glibc's is, in practice). For
// |x| < 2^-27, atan(x) = x - x^3/3 rounds to x; for |x| > 2^53 it is
// pi/2 - 1/x, which rounds to the double nearest pi/2: both without the
// big path that crAtan2 takes for such quotients.
func mathAtan(x float64) float64 {
	switch ax := math.Abs(x); {
	case ax < 0x1p-27:
		return x
	case ax > 0x1p53 && !math.IsNaN(x):
		return math.Copysign(math.Pi/2, x)
	}
	return crAtan2(x, 1)
}

func mathLogBase(name string, base int) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne(name, args, kw); err != nil {
			return Value{}, err
		}
		r, err := logOf(t, args[0], base)
		return Float(r), err
	}
}

// intArg returns an argument that must be an int (via __index__).
func intArg(t *Thread, v Value) (*big.Int, error) {
	iv, err := Index(t, v)
	if err != nil {
		return nil, err
	}
	return toBig(iv), nil
}

func mathFloorCeil(name string, f func(float64) float64) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne(name, args, kw); err != nil {
			return Value{}, err
		}
		v := args[0]
		if v.IsFloat() {
			return floatToInt(f(v.AsFloat()))
		}
		if IsIntValue(v) && !TypeOf(v).IsHeap() {
			return FromInt(v), nil
		}
		if r, ok, err := callDunder(t, v, "__"+name+"__"); ok || err != nil {
			return r, err
		}
		x, err := AsFloatValue(t, v)
		if err != nil {
			return Value{}, err
		}
		return floatToInt(f(x))
	}
}

// mathFsum is math.fsum, with CPython's algorithm (Shewchuk's exact
// partial sums in float64, then a half-even correction of the final
// rounding), so that it raises where CPython's does: "intermediate
// overflow in fsum" when a partial sum of finite items overflows, even if
// the exact sum is finite. Items are converted and added one at a time,
// as CPython's loop does (an overflow comes before a later TypeError).
func mathFsum(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("fsum", args, kw); err != nil {
		return Value{}, err
	}
	var partials []float64
	special, infSum := 0.0, 0.0
	err := forEach(t, args[0], func(it Value) (bool, error) {
		x, err := AsFloatValue(t, it)
		if err != nil {
			return false, err
		}
		xsave := x
		partials, x = fsumAdd(partials, x)
		if x == 0 {
			return true, nil
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			// from a NaN or infinite item, or from overflow
			if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
				return false, Errorf(OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(xsave, 0) {
				infSum += xsave
			}
			special += xsave
			partials = partials[:0]
			return true, nil
		}
		partials = append(partials, x)
		return true, nil
	})
	if err != nil {
		return Value{}, err
	}
	if special != 0 { // true for NaN too
		if math.IsNaN(infSum) {
			return Value{}, Errorf(ValueErrorType, "-inf + inf in fsum")
		}
		return Float(special), nil
	}
	return Float(fsumPartials(partials)), nil
}

// fsumAdd adds x to the non-overlapping partials exactly: it returns the
// lower partials and the new top one (not yet appended).
func fsumAdd(partials []float64, x float64) ([]float64, float64) {
	i := 0
	for _, y := range partials {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			partials[i] = lo
			i++
		}
		x = hi
	}
	return partials[:i], x
}

// fsumPartials rounds the exact sum of non-overlapping partials
// (increasing magnitude) once: add from the top while the sums are exact,
// then correct the half-way case, which the next partial's sign decides.
func fsumPartials(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi, lo := p[n], 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		lo = y - (hi - x)
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

// exactHypot is sqrt(sum of squares) correctly rounded.
func exactHypot(xs []float64) float64 {
	hasNaN := false
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		hasNaN = hasNaN || math.IsNaN(x)
	}
	if hasNaN {
		return math.NaN()
	}
	if r, ok := fastHypotN(xs); ok {
		return r
	}
	return exactHypotBig(xs)
}

// exactHypotBig is exactHypot's big.Float path for finite arguments.
func exactHypotBig(xs []float64) float64 {
	acc := new(big.Float).SetPrec(2300)
	for _, x := range xs {
		b := new(big.Float).SetPrec(2300).SetFloat64(x)
		acc.Add(acc, b.Mul(b, b))
	}
	r, _ := new(big.Float).SetPrec(200).Sqrt(acc.SetPrec(200)).Float64()
	return r
}

func floatArgs(t *Thread, args []Value) ([]float64, error) {
	out := make([]float64, len(args))
	for i, a := range args {
		x, err := AsFloatValue(t, a)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

func math2(name string, f func(x, y float64) (float64, error)) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity(name, args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		xs, err := floatArgs(t, args)
		if err != nil {
			return Value{}, err
		}
		r, err := f(xs[0], xs[1])
		if err != nil {
			return Value{}, err
		}
		return Float(r), nil
	}
}

func nonNegative(t *Thread, v Value, what string) (*big.Int, error) {
	n, err := intArg(t, v)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "%s must be a non-negative integer", what)
	}
	return n, nil
}

// newMathModule returns a new math module.
func newMathModule() *Module {
	m := NewModule("math")
	d := m.Dict
	set := func(name string, fn func(t *Thread, args []Value, kw []string) (Value, error)) {
		// every function of math only computes its result
		d.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: fn, pure: true}))
	}
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	set("sqrt", math1("sqrt", math.Sqrt, false))
	set("exp", math1("exp", crExp, true))
	set("exp2", math1("exp2", func(x float64) float64 {
		if r, ok := fastExp2(x); ok {
			return r
		}
		return powCorrect(2, x)
	}, true))
	set("expm1", math1("expm1", math.Expm1, true))
	set("log1p", math1("log1p", math.Log1p, false))
	set("sin", math1("sin", crSin, false))
	set("cos", math1("cos", crCos, false))
	set("tan", math1("tan", crTan, false))
	set("asin", math1("asin", math.Asin, false))
	set("acos", math1("acos", math.Acos, false))
	set("atan", math1("atan", mathAtan, false))
	set("sinh", math1("sinh", cmSinh, true))
	set("cosh", math1("cosh", cmCosh, true))
	set("tanh", math1("tanh", cmTanh, false))
	set("asinh", math1("asinh", cmAsinh, false))
	set("acosh", math1("acosh", math.Acosh, false))
	set("atanh", math1("atanh", math.Atanh, false))
	set("fabs", math1("fabs", math.Abs, false))
	set("cbrt", math1("cbrt", math.Cbrt, false))
	set("erf", math1("erf", math.Erf, false))
	set("erfc", math1("erfc", math.Erfc, false))
	set("gamma", math1("gamma", func(x float64) float64 {
		if x == math.Floor(x) && x <= 0 {
			return math.NaN()
		}
		return math.Gamma(x)
	}, true))
	set("lgamma", math1("lgamma", func(x float64) float64 {
		if x == math.Floor(x) && x <= 0 {
			return math.Inf(1)
		}
		r, _ := math.Lgamma(x)
		return r
	}, true))
	set("degrees", math1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true))
	set("radians", math1("radians", func(x float64) float64 { return x * (math.Pi / 180) }, false))
	set("log", mathLog)
	set("log2", mathLogBase("log2", 2))
	set("log10", mathLogBase("log10", 10))
	set("floor", mathFloorCeil("floor", math.Floor))
	set("ceil", mathFloorCeil("ceil", math.Ceil))
	set("trunc", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("trunc", args, kw); err != nil {
			return Value{}, err
		}
		if args[0].IsFloat() {
			return floatToInt(args[0].AsFloat())
		}
		r, ok, err := callDunder(t, args[0], "__trunc__")
		if !ok && err == nil {
			return Value{}, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", typeName(args[0]))
		}
		return r, err
	})
	set("fsum", mathFsum)
	set("pow", math2("pow", func(x, y float64) (float64, error) {
		if x == 0 && y < 0 && !math.IsInf(y, 0) {
			return 0, mathDomain()
		}
		if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
			return 0, mathDomain()
		}
		r, ok := fastPow(x, y)
		if !ok {
			r = powCorrect(x, y)
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return 0, mathRange()
		}
		return r, nil
	}))
	set("atan2", math2("atan2", func(y, x float64) (float64, error) { return crAtan2(y, x), nil }))
	set("copysign", math2("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }))
	set("fmod", math2("fmod", func(x, y float64) (float64, error) {
		if (y == 0 || math.IsInf(x, 0)) && !math.IsNaN(x) && !math.IsNaN(y) {
			return 0, mathDomain()
		}
		return math.Mod(x, y), nil
	}))
	set("remainder", math2("remainder", func(x, y float64) (float64, error) {
		if (y == 0 || math.IsInf(x, 0)) && !math.IsNaN(x) && !math.IsNaN(y) {
			return 0, mathDomain()
		}
		return math.Remainder(x, y), nil
	}))
	set("nextafter", math2("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }))
	set("hypot", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("hypot", kw); err != nil {
			return Value{}, err
		}
		xs, err := floatArgs(t, args)
		if err != nil {
			return Value{}, err
		}
		return Float(exactHypot(xs)), nil
	})
	set("dist", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("dist", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		p, err := collect(t, args[0])
		if err != nil {
			return Value{}, err
		}
		q, err := collect(t, args[1])
		if err != nil {
			return Value{}, err
		}
		if len(p) != len(q) {
			return Value{}, Errorf(ValueErrorType, "both points must have the same number of dimensions")
		}
		ps, err := floatArgs(t, p)
		if err != nil {
			return Value{}, err
		}
		qs, err := floatArgs(t, q)
		if err != nil {
			return Value{}, err
		}
		for i := range ps {
			ps[i] -= qs[i]
		}
		return Float(exactHypot(ps)), nil
	})
	set("isfinite", math1pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	set("isinf", math1pred("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	set("isnan", math1pred("isnan", math.IsNaN))
	set("isclose", mathIsClose)
	set("frexp", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("frexp", args, kw); err != nil {
			return Value{}, err
		}
		x, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return NewTuple([]Value{Float(x), Int(0)}), nil
		}
		fr, e := math.Frexp(x)
		return NewTuple([]Value{Float(fr), Int(int64(e))}), nil
	})
	set("ldexp", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("ldexp", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		x, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !IsIntValue(args[1]) {
			return Value{}, Errorf(TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		e, ok := AsInt64(args[1])
		if !ok {
			e = int64(bigSign(args[1])) << 40
		}
		if e > 1<<20 {
			e = 1 << 20
		} else if e < -(1 << 20) {
			e = -(1 << 20)
		}
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return Value{}, mathRange()
		}
		return Float(r), nil
	})
	set("modf", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("modf", args, kw); err != nil {
			return Value{}, err
		}
		x, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if math.IsInf(x, 0) {
			return NewTuple([]Value{Float(math.Copysign(0, x)), Float(x)}), nil
		}
		ip, fp := math.Modf(x)
		return NewTuple([]Value{Float(fp), Float(ip)}), nil
	})
	set("ulp", math1("ulp", func(x float64) float64 {
		x = math.Abs(x)
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return x
		}
		n := math.Nextafter(x, math.Inf(1))
		if math.IsInf(n, 0) {
			return x - math.Nextafter(x, 0)
		}
		return n - x
	}, false))
	set("factorial", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("factorial", args, kw); err != nil {
			return Value{}, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if n.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "factorial() not defined for negative values")
		}
		if !n.IsInt64() || n.Int64() > 1<<20 {
			return Value{}, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		return NewInt(new(big.Int).MulRange(1, n.Int64())), nil
	})
	set("gcd", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("gcd", kw); err != nil {
			return Value{}, err
		}
		g := new(big.Int)
		for _, a := range args {
			n, err := intArg(t, a)
			if err != nil {
				return Value{}, err
			}
			g.GCD(nil, nil, g, new(big.Int).Abs(n))
		}
		return NewInt(g), nil
	})
	set("lcm", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("lcm", kw); err != nil {
			return Value{}, err
		}
		l := big.NewInt(1)
		for _, a := range args {
			n, err := intArg(t, a)
			if err != nil {
				return Value{}, err
			}
			n = new(big.Int).Abs(n)
			if n.Sign() == 0 {
				l.SetInt64(0)
				continue
			}
			if l.Sign() == 0 {
				continue
			}
			g := new(big.Int).GCD(nil, nil, l, n)
			l.Mul(l, new(big.Int).Quo(n, g))
		}
		return NewInt(l), nil
	})
	set("isqrt", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("isqrt", args, kw); err != nil {
			return Value{}, err
		}
		n, err := intArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if n.Sign() < 0 {
			return Value{}, Errorf(ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return NewInt(new(big.Int).Sqrt(n)), nil
	})
	set("comb", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("comb", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		n, err := nonNegative(t, args[0], "n")
		if err != nil {
			return Value{}, err
		}
		k, err := nonNegative(t, args[1], "k")
		if err != nil {
			return Value{}, err
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		if !n.IsInt64() {
			return Value{}, Errorf(OverflowErrorType, "n must not exceed %d", int64(math.MaxInt64))
		}
		kk := k.Int64()
		if nk := n.Int64() - kk; nk < kk {
			kk = nk
		}
		return NewInt(new(big.Int).Binomial(n.Int64(), kk)), nil
	})
	set("perm", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("perm", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		n, err := nonNegative(t, args[0], "n")
		if err != nil {
			return Value{}, err
		}
		k := n
		if len(args) == 2 && !args[1].IsNone() {
			if k, err = nonNegative(t, args[1], "k"); err != nil {
				return Value{}, err
			}
		}
		if k.Cmp(n) > 0 {
			return Int(0), nil
		}
		if !n.IsInt64() {
			return Value{}, Errorf(OverflowErrorType, "n must not exceed %d", int64(math.MaxInt64))
		}
		if k.Sign() == 0 {
			return Int(1), nil
		}
		return NewInt(new(big.Int).MulRange(n.Int64()-k.Int64()+1, n.Int64())), nil
	})
	set("prod", func(t *Thread, args []Value, kw []string) (Value, error) {
		var iterable, start Value
		if err := UnpackArgs("prod", args, kw, []string{"iterable", "/", "*", "start?"}, &iterable, &start); err != nil {
			return Value{}, err
		}
		if !start.IsValid() {
			start = Int(1)
		}
		items, err := collect(t, iterable)
		if err != nil {
			return Value{}, err
		}
		acc := start
		for _, it := range items {
			if acc, err = BinaryOp(t, OpMul, acc, it); err != nil {
				return Value{}, err
			}
		}
		return acc, nil
	})
	return m
}

func math1pred(name string, f func(float64) bool) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne(name, args, kw); err != nil {
			return Value{}, err
		}
		x, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(x)), nil
	}
}

// closeTolerances reads isclose's rel_tol and abs_tol (unset: 1e-09 and
// 0.0), shared by math.isclose and cmath.isclose.
func closeTolerances(t *Thread, rel, abs Value) (rt, at float64, err error) {
	rt, at = 1e-9, 0.0
	if rel.IsValid() {
		if rt, err = AsFloatValue(t, rel); err != nil {
			return 0, 0, err
		}
	}
	if abs.IsValid() {
		if at, err = AsFloatValue(t, abs); err != nil {
			return 0, 0, err
		}
	}
	if rt < 0 || at < 0 {
		return 0, 0, Errorf(ValueErrorType, "tolerances must be non-negative")
	}
	return rt, at, nil
}

// mathIsClose is math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func mathIsClose(t *Thread, args []Value, kw []string) (Value, error) {
	var a, b, rel, abs Value
	if err := UnpackArgs("isclose", args, kw, []string{"a", "b", "/", "*", "rel_tol?", "abs_tol?"}, &a, &b, &rel, &abs); err != nil {
		return Value{}, err
	}
	x, err := AsFloatValue(t, a)
	if err != nil {
		return Value{}, err
	}
	y, err := AsFloatValue(t, b)
	if err != nil {
		return Value{}, err
	}
	rt, at, err := closeTolerances(t, rel, abs)
	if err != nil {
		return Value{}, err
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	diff := math.Abs(y - x)
	return Bool(diff <= math.Abs(rt*y) || diff <= math.Abs(rt*x) || diff <= at), nil
}
