package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file defines the numeric builtins: abs, divmod, pow, round, chr,
// ord, hex, oct, bin, format.

func builtinAbs(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("abs", args, kw); err != nil {
		return Value{}, err
	}
	v := args[0]
	switch v.obj.(type) {
	case intTag:
		if x := v.AsInt(); x >= 0 {
			return v, nil
		} else if x != math.MinInt64 {
			return Int(-x), nil
		}
	case floatTag:
		return Float(math.Abs(v.AsFloat())), nil
	case boolTag:
		return Int(int64(v.num)), nil
	}
	if x, xb, ok := intOf(v); ok && !TypeOf(v).IsHeap() {
		return NewInt(new(big.Int).Abs(bigOf(x, xb))), nil
	}
	if r, ok, err := callDunder(t, v, "__abs__"); ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", typeName(v))
}

func builtinDivmod(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("divmod", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	return Divmod(t, args[0], args[1])
}

// Divmod is divmod(a, b).
func Divmod(t *Thread, a, b Value) (Value, error) {
	if x, xb, ok := intOf(a); ok {
		if y, yb, ok := intOf(b); ok && !TypeOf(a).IsHeap() && !TypeOf(b).IsHeap() {
			if xb == nil && yb == nil && y != 0 {
				if q, r, ok := floorDivMod(x, y); ok {
					return newTuple2(Int(q), Int(r)), nil
				}
			}
			yy := bigOf(y, yb)
			if yy.Sign() == 0 {
				return Value{}, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			q, r := bigFloorDivMod(bigOf(x, xb), yy)
			return NewTuple([]Value{NewInt(q), NewInt(r)}), nil
		}
	}
	fa, okA, err := floatOf(a)
	if err != nil {
		return Value{}, err
	}
	fb, okB, err := floatOf(b)
	if err != nil {
		return Value{}, err
	}
	if okA && okB && (a.IsFloat() || b.IsFloat()) && !TypeOf(a).IsHeap() && !TypeOf(b).IsHeap() {
		if fb == 0 {
			return Value{}, Errorf(ZeroDivisionErrorType, "float divmod()")
		}
		q, r := floatDivMod(fa, fb)
		return newTuple2(Float(q), Float(r)), nil
	}
	r, ok, err := callDunder(t, a, "__divmod__", b)
	if err != nil {
		return Value{}, err
	}
	if ok && !IsNotImplemented(r) {
		return r, nil
	}
	r, ok, err = callDunder(t, b, "__rdivmod__", a)
	if err != nil {
		return Value{}, err
	}
	if ok && !IsNotImplemented(r) {
		return r, nil
	}
	return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))
}

func builtinPow(t *Thread, args []Value, kw []string) (Value, error) {
	var base, exp, mod Value
	if err := UnpackArgs("pow", args, kw, []string{"base", "exp", "mod?"}, &base, &exp, &mod); err != nil {
		return Value{}, err
	}
	if !mod.IsValid() || mod.IsNone() {
		return BinaryOp(t, OpPow, base, exp)
	}
	x, xb, ok1 := intOf(base)
	y, yb, ok2 := intOf(exp)
	m, mb, ok3 := intOf(mod)
	if !ok1 || !ok2 || !ok3 {
		isNum := func(v Value) bool {
			_, ok, _ := floatOf(v)
			return ok
		}
		if (base.IsFloat() || exp.IsFloat() || mod.IsFloat()) && isNum(base) && isNum(exp) && isNum(mod) {
			return Value{}, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		if TypeOf(base).IsHeap() {
			if r, ok, err := callDunder(t, base, "__pow__", exp, mod); ok || err != nil {
				if err != nil || !IsNotImplemented(r) {
					return r, err
				}
			}
		}
		return Value{}, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", typeName(base), typeName(exp), typeName(mod))
	}
	return intPowMod(bigOf(x, xb), bigOf(y, yb), bigOf(m, mb))
}

func builtinRound(t *Thread, args []Value, kw []string) (Value, error) {
	var num, nd Value
	if err := UnpackArgs("round", args, kw, []string{"number", "ndigits?"}, &num, &nd); err != nil {
		return Value{}, err
	}
	if nd.IsNone() {
		nd = Value{}
	}
	if num.IsFloat() {
		return floatRound(t, num.AsFloat(), nd)
	}
	if IsIntValue(num) && !TypeOf(num).IsHeap() {
		return intRound(t, num, nd)
	}
	var r Value
	var ok bool
	var err error
	if nd.IsValid() {
		r, ok, err = callDunder(t, num, "__round__", nd)
	} else {
		r, ok, err = callDunder(t, num, "__round__")
	}
	if ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "type %s doesn't define __round__ method", typeName(num))
}

// intRound is int.__round__.
func intRound(t *Thread, num, nd Value) (Value, error) {
	x, xb, _ := intOf(num)
	if !nd.IsValid() {
		return NewInt(new(big.Int).Set(bigOf(x, xb))), nil
	}
	ndv, err := Index(t, nd)
	if err != nil {
		return Value{}, err
	}
	n, ok := AsInt64(ndv)
	if !ok {
		if bigSign(ndv) > 0 {
			return NewInt(new(big.Int).Set(bigOf(x, xb))), nil
		}
		return Int(0), nil
	}
	if n >= 0 {
		return NewInt(new(big.Int).Set(bigOf(x, xb))), nil
	}
	if n < -4000 {
		return Int(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	return NewInt(roundHalfEven(new(big.Rat).SetFrac(bigOf(x, xb), p), p)), nil
}

// roundHalfEven rounds r to the nearest integer (ties to even) and
// multiplies by scale.
func roundHalfEven(r *big.Rat, scale *big.Int) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := bigFloorDivMod(num, den)
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Mul(q, scale)
}

// floatRound is float.__round__ (correctly rounded, ties to even on the
// exact binary value, as CPython).
func floatRound(t *Thread, f float64, nd Value) (Value, error) {
	if !nd.IsValid() {
		switch {
		case math.IsInf(f, 0):
			return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
		case math.IsNaN(f):
			return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
		}
		r := math.RoundToEven(f)
		return floatToInt(r)
	}
	ndv, err := Index(t, nd)
	if err != nil {
		return Value{}, err
	}
	n, ok := AsInt64(ndv)
	if !ok {
		if bigSign(ndv) > 0 {
			return Float(f), nil
		}
		return Float(math.Copysign(0, f)), nil
	}
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return Float(f), nil
	}
	if n > 323 {
		return Float(f), nil
	}
	if n < -308 {
		return Float(math.Copysign(0, f)), nil
	}
	if n >= 0 {
		s := strconv.FormatFloat(f, 'f', int(n), 64)
		r, _ := strconv.ParseFloat(s, 64)
		if r == 0 {
			r = math.Copysign(0, f)
		}
		return Float(r), nil
	}
	exact, _ := new(big.Float).SetFloat64(f).Rat(nil)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q := roundHalfEven(new(big.Rat).Quo(exact, new(big.Rat).SetInt(p)), p)
	r, _ := new(big.Float).SetInt(q).Float64()
	if math.IsInf(r, 0) {
		return Value{}, Errorf(OverflowErrorType, "rounded value too large to represent")
	}
	if r == 0 {
		r = math.Copysign(0, f)
	}
	return Float(r), nil
}

// floatToInt converts an integral float to int.
func floatToInt(f float64) (Value, error) {
	switch {
	case math.IsInf(f, 0):
		return Value{}, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return Value{}, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewInt(b), nil
}

func builtinChr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("chr", args, kw); err != nil {
		return Value{}, err
	}
	iv, err := Index(t, args[0])
	if err != nil {
		return Value{}, err
	}
	i, ok := AsInt64(iv)
	if !ok {
		return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10ffff {
		return Value{}, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	// Lone surrogates are kept in generalised UTF-8, as str stores them.
	return NewStr(CodePointString(rune(i))), nil
}

func builtinOrd(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("ord", args, kw); err != nil {
		return Value{}, err
	}
	v := args[0]
	if s, ok := AsString(v); ok {
		n := CodePointCount(s)
		if n != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := DecodeCodePoint(s)
		return Int(int64(r)), nil
	}
	if b, ok := v.obj.(*Bytes); ok {
		bs := b.Bytes()
		if len(bs) != 1 {
			return Value{}, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(bs))
		}
		return Int(int64(bs[0])), nil
	}
	return Value{}, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", typeName(v))
}

// intToBase formats an int with a prefix: hex, oct, bin.
func intToBase(t *Thread, v Value, base int, prefix string) (Value, error) {
	iv, err := Index(t, v)
	if err != nil {
		return Value{}, err
	}
	x, xb, _ := intOf(iv)
	var s string
	if xb == nil {
		s = strconv.FormatInt(x, base)
	} else {
		s = xb.Text(base)
	}
	if strings.HasPrefix(s, "-") {
		return NewStr("-" + prefix + s[1:]), nil
	}
	return NewStr(prefix + s), nil
}

func builtinHex(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("hex", args, kw); err != nil {
		return Value{}, err
	}
	return intToBase(t, args[0], 16, "0x")
}

func builtinOct(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("oct", args, kw); err != nil {
		return Value{}, err
	}
	return intToBase(t, args[0], 8, "0o")
}

func builtinBin(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("bin", args, kw); err != nil {
		return Value{}, err
	}
	return intToBase(t, args[0], 2, "0b")
}

func builtinFormat(t *Thread, args []Value, kw []string) (Value, error) {
	var v, spec Value
	if err := UnpackArgs("format", args, kw, []string{"value", "format_spec?", "/"}, &v, &spec); err != nil {
		return Value{}, err
	}
	if !spec.IsValid() {
		spec = NewStr("")
	}
	s, err := Format(t, v, spec)
	return NewStr(s), err
}

// Format is format(v, spec): v's __format__, whose result must be a str.
func Format(t *Thread, v, spec Value) (string, error) {
	if _, ok := AsString(spec); !ok {
		return "", Errorf(TypeErrorType, "format() argument 2 must be str, not %s", typeName(spec))
	}
	r, ok, err := callDunder(t, v, "__format__", spec)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", Errorf(TypeErrorType, "Type %s doesn't define __format__", typeName(v))
	}
	s, isStr := AsString(r)
	if !isStr {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", typeName(r))
	}
	return s, nil
}
