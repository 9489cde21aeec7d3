package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file gives float its slots, constructor and methods.

// floatSelf returns the float payload of a float or float-subclass value.
func floatSelf(v Value) float64 {
	if v.IsFloat() {
		return v.AsFloat()
	}
	if fo, ok := v.obj.(*FloatObj); ok {
		return fo.f
	}
	return 0
}

func init() {
	ft := FloatType
	ft.Doc = "Convert a string or number to a floating point number, if possible."
	ft.Slots.Repr = func(t *Thread, v Value) (string, error) { return FloatRepr(floatSelf(v)), nil }
	ft.Slots.Hash = func(t *Thread, v Value) (int64, error) { return floatHash(floatSelf(v)), nil }
	ft.Slots.Bool = func(t *Thread, v Value) (bool, error) { return floatSelf(v) != 0, nil }
	ft.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		x := Float(floatSelf(a))
		y := b
		if fo, ok := b.obj.(*FloatObj); ok {
			y = Float(fo.f)
		} else if _, _, isInt := intOf(b); isInt {
			y = FromInt(b)
		} else if !b.IsFloat() {
			return NotImplemented, nil
		}
		r, _ := compareNumbers(op, x, y)
		return r, nil
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		switch op {
		case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow:
		default:
			continue
		}
		op := op
		ft.Slots.Binary[op] = func(t *Thread, a, b Value) (Value, error) { return floatBinary(t, op, a, b) }
		ft.Slots.RBinary[op] = func(t *Thread, self, other Value) (Value, error) { return floatBinary(t, op, other, self) }
	}
	ft.Slots.Unary[0] = func(t *Thread, v Value) (Value, error) { return Float(-floatSelf(v)), nil }
	ft.Slots.Unary[1] = func(t *Thread, v Value) (Value, error) { return Float(floatSelf(v)), nil }
	ft.SetNew(floatNew)
	method := func(name string, f func(t *Thread, x float64) (Value, error)) {
		ft.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := checkMethodArgs("float."+name, args, kw, 0, 0); err != nil {
				return Value{}, err
			}
			return f(t, floatSelf(args[0]))
		})
	}
	method("is_integer", func(t *Thread, x float64) (Value, error) {
		return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	method("hex", func(t *Thread, x float64) (Value, error) { return NewStr(floatHex(x)), nil })
	method("conjugate", func(t *Thread, x float64) (Value, error) { return Float(x), nil })
	method("__float__", func(t *Thread, x float64) (Value, error) { return Float(x), nil })
	method("__abs__", func(t *Thread, x float64) (Value, error) { return Float(math.Abs(x)), nil })
	method("__int__", func(t *Thread, x float64) (Value, error) { return floatToInt(x) })
	method("__trunc__", func(t *Thread, x float64) (Value, error) { return floatToInt(x) })
	method("__floor__", func(t *Thread, x float64) (Value, error) { return floatToInt(math.Floor(x)) })
	method("__ceil__", func(t *Thread, x float64) (Value, error) { return floatToInt(math.Ceil(x)) })
	method("__getnewargs__", func(t *Thread, x float64) (Value, error) { return NewTuple([]Value{Float(x)}), nil })
	method("as_integer_ratio", func(t *Thread, x float64) (Value, error) {
		switch {
		case math.IsInf(x, 0):
			return Value{}, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
		case math.IsNaN(x):
			return Value{}, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r, _ := new(big.Float).SetFloat64(x).Rat(nil)
		return NewTuple([]Value{NewInt(new(big.Int).Set(r.Num())), NewInt(new(big.Int).Set(r.Denom()))}), nil
	})
	ft.AddMethod("__round__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__round__", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		var nd Value
		if len(args) > 1 && !args[1].IsNone() {
			nd = args[1]
		}
		return floatRound(t, floatSelf(args[0]), nd)
	})
	for _, name := range []string{"__divmod__", "__rdivmod__"} {
		name := name
		ft.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := checkMethodArgs(name, args, kw, 1, 1); err != nil {
				return Value{}, err
			}
			x := floatSelf(args[0])
			y, ok, err := floatOf(args[1])
			if err != nil || !ok {
				return NotImplemented, err
			}
			if name == "__rdivmod__" {
				x, y = y, x
			}
			if y == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
			}
			q, r := floatDivMod(x, y)
			return NewTuple([]Value{Float(q), Float(r)}), nil
		})
	}
	ft.AddMethod("__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__format__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		spec, ok := AsString(args[1])
		if !ok {
			return Value{}, mustBe("__format__() argument", "str", args[1])
		}
		if spec == "" {
			s, err := StrOf(t, args[0])
			return NewStr(s), err
		}
		s, err := formatNumber(t, args[0], spec)
		return NewStr(s), err
	})
	ft.AddClassMethod("fromhex", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("fromhex", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		s, ok := AsString(args[1])
		if !ok {
			return Value{}, mustBe("fromhex() argument", "str", args[1])
		}
		f, err := floatFromHex(s)
		if err != nil {
			return Value{}, err
		}
		if cls := args[0].obj.(*Type); cls != FloatType {
			return t.Call(args[0], []Value{Float(f)}, nil)
		}
		return Float(f), nil
	})
	ft.AddGetSet("real", func(t *Thread, v Value) (Value, error) { return Float(floatSelf(v)), nil }, nil)
	ft.AddGetSet("imag", func(t *Thread, v Value) (Value, error) { return Float(0), nil }, nil)
}

// floatNew is float.__new__(cls, x=0.0).
func floatNew(t *Thread, args []Value, kw []string) (Value, error) {
	cls := args[0].obj.(*Type)
	var x Value
	if n := len(args) - 1 - len(kw); n > 1 {
		return Value{}, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", n)
	}
	if err := UnpackArgs("float", args[1:], kw, []string{"x?", "/"}, &x); err != nil {
		return Value{}, err
	}
	r, err := floatFromValue(t, x)
	if err != nil || cls == FloatType {
		return r, err
	}
	return FromObject(&FloatObj{typ: cls, f: r.AsFloat()}), nil
}

func floatFromValue(t *Thread, x Value) (Value, error) {
	if !x.IsValid() {
		return Float(0), nil
	}
	switch x.obj.(type) {
	case floatTag:
		return x, nil
	case intTag:
		return Float(float64(x.AsInt())), nil
	case boolTag:
		return Float(float64(x.num)), nil
	}
	if s, ok := AsString(x); ok {
		f, ok := ParseFloat(s)
		if !ok {
			r, _ := Repr(t, NewStr(s))
			return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", r)
		}
		return Float(f), nil
	}
	if b, ok := x.obj.(*Bytes); ok {
		f, ok := ParseFloat(string(b.Bytes()))
		if !ok {
			return Value{}, Errorf(ValueErrorType, "could not convert string to float: %s", bytesReprLoose(b.Bytes()))
		}
		return Float(f), nil
	}
	if !TypeOf(x).IsHeap() {
		if xi, xb, ok := intOf(x); ok {
			f, err := intToFloat(xi, xb)
			return Float(f), err
		}
		if fo, ok := x.obj.(*FloatObj); ok {
			return Float(fo.f), nil
		}
	}
	if r, ok, err := callDunder(t, x, "__float__"); ok || err != nil {
		if err != nil {
			return Value{}, err
		}
		if !r.IsFloat() {
			if fo, ok := r.obj.(*FloatObj); ok {
				return Float(fo.f), nil
			}
			return Value{}, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typeName(x), typeName(r))
		}
		return r, nil
	}
	if _, ok := lookupDunder(x, "__index__"); ok {
		iv, err := Index(t, x)
		if err != nil {
			return Value{}, err
		}
		f, _, err := floatOf(iv)
		return Float(f), err
	}
	return Value{}, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typeName(x))
}

// AsFloatValue converts a number (float, int, or an object with
// __float__/__index__) to a Go float, as the math functions do.
func AsFloatValue(t *Thread, v Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if _, ok := AsString(v); ok {
		return 0, Errorf(TypeErrorType, "must be real number, not str")
	}
	r, err := floatFromValue(t, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return 0, Errorf(TypeErrorType, "must be real number, not %s", typeName(v))
		}
		return 0, err
	}
	return r.AsFloat(), nil
}

// floatHex is float.hex(): "0x1.8000000000000p+0".
func floatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
		x = -x
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	bitsv := math.Float64bits(x)
	exp := int(bitsv>>52) & 0x7ff
	mant := bitsv & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	bad := Errorf(ValueErrorType, "invalid hexadecimal floating-point string")
	str := strings.TrimSpace(s)
	low := strings.ToLower(str)
	body := strings.TrimLeft(low, "+-")
	neg := strings.HasPrefix(low, "-")
	if len(low)-len(body) > 1 {
		return 0, bad
	}
	switch body {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	body = strings.TrimPrefix(body, "0x")
	if !strings.Contains(body, "p") {
		body += "p0"
	}
	f, err := strconv.ParseFloat("0x"+body, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "hexadecimal value too large to represent as a float")
		} else if !ok || ne.Err != strconv.ErrRange {
			return 0, bad
		}
	}
	if neg {
		f = -f
	}
	return f, nil
}
