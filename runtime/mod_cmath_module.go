package runtime

// This file defines the cmath module's functions and constants over the
// algorithms of mod_cmath.go, with CPython's argument conversion
// (complex, __complex__, then float) and errors.

import "math"

// cmathArg is PyComplex_AsCComplex.
func cmathArg(t *Thread, v Value) (complex128, error) {
	if c, ok := v.obj.(*Complex); ok {
		return complex(c.re, c.im), nil
	}
	if r, ok, err := callDunder(t, v, "__complex__"); ok || err != nil {
		if err != nil {
			return 0, err
		}
		c, isC := r.obj.(*Complex)
		if !isC {
			return 0, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", typeName(r))
		}
		return complex(c.re, c.im), nil
	}
	f, err := AsFloatValue(t, v)
	if err != nil {
		return 0, err
	}
	return complex(f, 0), nil
}

func cmathResult(z complex128, e cmathErr) (Value, error) {
	switch e {
	case cmDomain:
		return Value{}, mathDomain()
	case cmRange:
		return Value{}, mathRange()
	}
	return NewComplex(real(z), imag(z)), nil
}

// cmath1 wraps a function of one complex argument (METH_O).
func cmath1(name string, f func(z complex128) (complex128, cmathErr)) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("cmath."+name, args, kw); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return cmathResult(f(z))
	}
}

// cmOKFn adapts a function that never fails.
func cmOKFn(f func(complex128) complex128) func(complex128) (complex128, cmathErr) {
	return func(z complex128) (complex128, cmathErr) { return f(z), cmOK }
}

// cmathPredicate wraps isfinite/isinf/isnan.
func cmathPredicate(name string, f func(re, im float64) bool) func(t *Thread, args []Value, kw []string) (Value, error) {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("cmath."+name, args, kw); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Bool(f(real(z), imag(z))), nil
	}
}

func cmathLog(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("log", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	x, err := cmathArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	r, e := cLog(x)
	if len(args) == 2 {
		y, err := cmathArg(t, args[1])
		if err != nil {
			return Value{}, err
		}
		// As in C, the second c_log's errno replaces the first's.
		ly, e2 := cLog(y)
		e = e2
		qr, qi, ok := cquot(real(r), imag(r), real(ly), imag(ly))
		if !ok && e == cmOK {
			e = cmDomain
		}
		r = complex(qr, qi)
	}
	return cmathResult(r, e)
}

func cmathIsClose(t *Thread, args []Value, kw []string) (Value, error) {
	var a, b, rel, abs Value
	if n := len(args) - len(kw); n > 2 {
		return Value{}, Errorf(TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", n)
	}
	if err := UnpackArgs("isclose", args, kw, []string{"a", "b", "/", "*", "rel_tol?", "abs_tol?"}, &a, &b, &rel, &abs); err != nil {
		return Value{}, err
	}
	x, err := cmathArg(t, a)
	if err != nil {
		return Value{}, err
	}
	y, err := cmathArg(t, b)
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
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return False, nil
	}
	diff, _ := cAbs(x - y)
	ax, _ := cAbs(x)
	ay, _ := cAbs(y)
	return Bool(diff <= rt*ay || diff <= rt*ax || diff <= at), nil
}

// cmathUnary maps cmath's functions of one complex argument to their Go
// implementations (read-only after package initialisation).
var cmathUnary = map[string]func(z complex128) (complex128, cmathErr){
	"sqrt": cmOKFn(cSqrt),
	"exp":  cExp,
	"log10": func(z complex128) (complex128, cmathErr) {
		r, e := cLog(z)
		return complex(real(r)/cmLn10, imag(r)/cmLn10), e
	},
	"acos":  cmOKFn(cAcos),
	"acosh": cmOKFn(cAcosh),
	"asinh": cmOKFn(cAsinh),
	"atanh": cAtanh,
	"asin":  cmOKFn(func(z complex128) complex128 { return cmBackI(cAsinh(cmViaI(z))) }),
	"atan": func(z complex128) (complex128, cmathErr) {
		s, e := cAtanh(cmViaI(z))
		return cmBackI(s), e
	},
	"cosh": func(z complex128) (complex128, cmathErr) { return cCoshSinh(z, false) },
	"sinh": func(z complex128) (complex128, cmathErr) { return cCoshSinh(z, true) },
	"tanh": cTanh,
	"cos":  func(z complex128) (complex128, cmathErr) { return cCoshSinh(cmViaI(z), false) },
	"sin": func(z complex128) (complex128, cmathErr) {
		s, e := cCoshSinh(cmViaI(z), true)
		return cmBackI(s), e
	},
	"tan": func(z complex128) (complex128, cmathErr) {
		s, e := cTanh(cmViaI(z))
		return cmBackI(s), e
	},
}

func newCmathModule() *Module {
	m := NewModule("cmath")
	set := func(n string, fn func(t *Thread, args []Value, kw []string) (Value, error)) {
		m.Dict.SetStr(n, NewBuiltin(n, fn))
	}
	for name, f := range cmathUnary {
		set(name, cmath1(name, f))
	}
	set("log", cmathLog)
	set("phase", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("cmath.phase", args, kw); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		r, e := cPhase(z)
		if e != cmOK {
			return Value{}, mathRange()
		}
		return Float(r), nil
	})
	set("polar", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("cmath.polar", args, kw); err != nil {
			return Value{}, err
		}
		z, err := cmathArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		phi := crAtan2(imag(z), real(z))
		r, e := cAbs(z)
		if e != cmOK {
			return Value{}, mathRange()
		}
		return NewTupleOf(Float(r), Float(phi)), nil
	})
	set("rect", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("rect", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		r, err := AsFloatValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		phi, err := AsFloatValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		return cmathResult(cRect(r, phi))
	})
	set("isfinite", cmathPredicate("isfinite", func(re, im float64) bool { return cmFinite(re) && cmFinite(im) }))
	set("isinf", cmathPredicate("isinf", func(re, im float64) bool { return math.IsInf(re, 0) || math.IsInf(im, 0) }))
	set("isnan", cmathPredicate("isnan", func(re, im float64) bool { return math.IsNaN(re) || math.IsNaN(im) }))
	set("isclose", cmathIsClose)
	m.Dict.SetStr("pi", Float(math.Pi))
	m.Dict.SetStr("e", Float(math.E))
	m.Dict.SetStr("tau", Float(2*math.Pi))
	m.Dict.SetStr("inf", Float(math.Inf(1)))
	m.Dict.SetStr("nan", Float(cmNaN))
	m.Dict.SetStr("infj", NewComplex(0, math.Inf(1)))
	m.Dict.SetStr("nanj", NewComplex(0, cmNaN))
	return m
}

func init() {
	RegisterModule("cmath", func(t *Thread) (*Module, error) { return newCmathModule(), nil })
}
