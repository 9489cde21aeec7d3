package runtime

import "math"

// This file gives complex its slots, constructor and methods.

func complexSelf(v Value) (float64, float64) {
	c := v.obj.(*Complex)
	return c.re, c.im
}

func init() {
	ct := ComplexType
	ct.Slots.Repr = func(t *Thread, v Value) (string, error) { return complexRepr(complexSelf(v)), nil }
	ct.Slots.Hash = func(t *Thread, v Value) (int64, error) { return complexHash(complexSelf(v)), nil }
	ct.Slots.Bool = func(t *Thread, v Value) (bool, error) {
		re, im := complexSelf(v)
		return re != 0 || im != 0, nil
	}
	ct.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		ar, ai := complexSelf(a)
		var eq bool
		switch {
		case IsIntValue(b) && !b.IsFloat():
			if ai != 0 {
				eq = false
			} else {
				x, xb, _ := intOf(b)
				c, ordered := floatIntCompare(ar, x, xb)
				eq = ordered && c == 0
			}
		default:
			br, bi, ok, _ := complexOf(b)
			if !ok {
				return NotImplemented, nil
			}
			eq = ar == br && ai == bi
		}
		return Bool(eq == (op == CmpEQ)), nil
	}
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		op := op
		ct.Slots.Binary[op] = func(t *Thread, a, b Value) (Value, error) { return complexBinary(t, op, a, b) }
		ct.Slots.RBinary[op] = func(t *Thread, self, other Value) (Value, error) { return complexBinary(t, op, other, self) }
	}
	ct.Slots.Unary[0] = func(t *Thread, v Value) (Value, error) {
		re, im := complexSelf(v)
		return NewComplex(-re, -im), nil
	}
	ct.Slots.Unary[1] = func(t *Thread, v Value) (Value, error) { return NewComplex(complexSelf(v)), nil }
	ct.SetNew(complexNew)
	ct.AddMethod("conjugate", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("complex.conjugate", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		re, im := complexSelf(args[0])
		return NewComplex(re, -im), nil
	})
	ct.AddMethod("__abs__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__abs__", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		r := math.Hypot(complexSelf(args[0]))
		if math.IsInf(r, 0) {
			re, im := complexSelf(args[0])
			if !math.IsInf(re, 0) && !math.IsInf(im, 0) {
				return Value{}, Errorf(OverflowErrorType, "absolute value too large")
			}
		}
		return Float(r), nil
	})
	ct.AddMethod("__complex__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return NewComplex(complexSelf(args[0])), nil
	})
	ct.AddMethod("__getnewargs__", func(t *Thread, args []Value, kw []string) (Value, error) {
		re, im := complexSelf(args[0])
		return NewTuple([]Value{Float(re), Float(im)}), nil
	})
	ct.AddGetSet("real", func(t *Thread, v Value) (Value, error) {
		re, _ := complexSelf(v)
		return Float(re), nil
	}, nil)
	ct.AddGetSet("imag", func(t *Thread, v Value) (Value, error) {
		_, im := complexSelf(v)
		return Float(im), nil
	}, nil)
	// complex(x) for numbers that are not complex: int.__complex__ does
	// not exist in CPython either; the constructor handles them.
}

// complexNew is complex.__new__(cls, real=0, imag=0).
func complexNew(t *Thread, args []Value, kw []string) (Value, error) {
	cls := args[0].obj.(*Type)
	var real, imag Value
	if err := UnpackArgs("complex", args[1:], kw, []string{"real?", "imag?"}, &real, &imag); err != nil {
		return Value{}, err
	}
	re, im, err := complexFromArgs(t, real, imag)
	if err != nil {
		return Value{}, err
	}
	if cls == ComplexType {
		return NewComplex(re, im), nil
	}
	return FromObject(&Complex{typ: cls, re: re, im: im}), nil
}

func complexPart(t *Thread, v Value, which, want string) (float64, float64, error) {
	if c, ok := v.obj.(*Complex); ok {
		return c.re, c.im, nil
	}
	if r, ok, err := callDunder(t, v, "__complex__"); ok || err != nil {
		if err != nil {
			return 0, 0, err
		}
		c, isC := r.obj.(*Complex)
		if !isC {
			return 0, 0, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", typeName(r))
		}
		return c.re, c.im, nil
	}
	f, err := floatFromValue(t, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, 0, Errorf(TypeErrorType, "complex() %s must be %s, not '%s'", which, want, typeName(v))
		}
		return 0, 0, err
	}
	return f.AsFloat(), 0, nil
}

func complexFromArgs(t *Thread, real, imag Value) (float64, float64, error) {
	if !real.IsValid() {
		real = Int(0)
	}
	if s, ok := AsString(real); ok {
		if imag.IsValid() {
			return 0, 0, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		re, im, ok := ParseComplex(s)
		if !ok {
			return 0, 0, Errorf(ValueErrorType, "complex() arg is a malformed string")
		}
		return re, im, nil
	}
	if imag.IsValid() {
		if _, ok := AsString(imag); ok {
			return 0, 0, Errorf(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	ar, ai, err := complexPart(t, real, "first argument", "a string or a number")
	if err != nil {
		return 0, 0, err
	}
	if !imag.IsValid() {
		return ar, ai, nil
	}
	br, bi, err := complexPart(t, imag, "second argument", "a number")
	if err != nil {
		return 0, 0, err
	}
	// (ar + ai j) + (br + bi j) * j, adding only the parts that exist so
	// that signed zeros survive as in CPython.
	re, im := ar, br
	if _, ok := imag.obj.(*Complex); ok {
		re -= bi
	}
	if _, ok := real.obj.(*Complex); ok {
		im += ai
	}
	return re, im, nil
}
