package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

// This file gives int and bool their slots, constructor and methods.

// maxStrDigits is CPython 3.11's default limit on int/str conversions,
// used where no thread says otherwise (sys.set_int_max_str_digits).
const maxStrDigits = 4300

// intRepr is repr(int), with the interpreter's digit limit (0: none).
func intRepr(small int64, b *big.Int, limit int) (string, error) {
	if b == nil {
		return strconv.FormatInt(small, 10), nil
	}
	// Past limit*3 bits there may be more than limit digits (log2(10) >
	// 3.32); below it there cannot, so most big ints skip the count.
	if limit > 0 && b.BitLen() > limit*3 {
		s := b.Text(10)
		if n := len(strings.TrimPrefix(s, "-")); n > limit {
			return "", Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
		}
		return s, nil
	}
	return b.Text(10), nil
}

func intSelf(v Value) (int64, *big.Int) {
	x, xb, _ := intOf(v)
	return x, xb
}

func init() {
	it := IntType
	it.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	it.Slots.Repr = func(t *Thread, v Value) (string, error) {
		x, xb := intSelf(v)
		return intRepr(x, xb, t.IntMaxStrDigits())
	}
	it.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		x, xb := intSelf(v)
		if xb == nil {
			return intHash(x), nil
		}
		return hashBig(xb), nil
	}
	it.Slots.Bool = func(t *Thread, v Value) (bool, error) {
		x, xb := intSelf(v)
		return xb != nil || x != 0, nil
	}
	it.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		x, xb, ok1 := intOf(a)
		y, yb, ok2 := intOf(b)
		if ok1 && ok2 {
			return Bool(cmpOrder(op, intCompare(x, xb, y, yb))), nil
		}
		return NotImplemented, nil
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		op := op
		it.Slots.Binary[op] = func(t *Thread, a, b Value) (Value, error) { return intBinary(t, op, a, b) }
		it.Slots.RBinary[op] = func(t *Thread, self, other Value) (Value, error) { return intBinary(t, op, other, self) }
	}
	it.Slots.Binary[OpMatMul], it.Slots.RBinary[OpMatMul] = nil, nil
	it.Slots.Unary[0] = func(t *Thread, v Value) (Value, error) {
		x, xb := intSelf(v)
		if xb == nil && x != math.MinInt64 {
			return Int(-x), nil
		}
		return NewInt(new(big.Int).Neg(bigOf(x, xb))), nil
	}
	it.Slots.Unary[1] = func(t *Thread, v Value) (Value, error) { return Index(t, v) }
	it.Slots.Unary[2] = func(t *Thread, v Value) (Value, error) {
		x, xb := intSelf(v)
		if xb == nil {
			return Int(^x), nil
		}
		return NewInt(new(big.Int).Not(xb)), nil
	}
	it.Slots.Index = func(t *Thread, v Value) (Value, error) {
		x, xb := intSelf(v)
		if xb == nil {
			return Int(x), nil
		}
		return NewInt(xb), nil
	}
	it.SetNew(intNew)
	intMethod := func(name string, n int, f func(t *Thread, x int64, xb *big.Int, args []Value) (Value, error)) {
		it.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := checkMethodArgs("int."+name, args, kw, n, n); err != nil {
				return Value{}, err
			}
			x, xb := intSelf(args[0])
			return f(t, x, xb, args[1:])
		})
	}
	intMethod("bit_length", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		if xb != nil {
			return Int(int64(xb.BitLen())), nil
		}
		return Int(int64(bits.Len64(absU(x)))), nil
	})
	intMethod("bit_count", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		if xb == nil {
			return Int(int64(bits.OnesCount64(absU(x)))), nil
		}
		n := 0
		for _, w := range new(big.Int).Abs(xb).Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(int64(n)), nil
	})
	for _, name := range []string{"conjugate", "__int__", "__trunc__", "__floor__", "__ceil__"} {
		intMethod(name, 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
			if xb == nil {
				return Int(x), nil
			}
			return NewInt(xb), nil
		})
	}
	intMethod("__float__", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		f, err := intToFloat(x, xb)
		return Float(f), err
	})
	intMethod("__abs__", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		return NewInt(new(big.Int).Abs(bigOf(x, xb))), nil
	})
	intMethod("as_integer_ratio", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		return NewTuple([]Value{NewInt(new(big.Int).Set(bigOf(x, xb))), Int(1)}), nil
	})
	intMethod("__getnewargs__", 0, func(t *Thread, x int64, xb *big.Int, _ []Value) (Value, error) {
		return NewTuple([]Value{NewInt(new(big.Int).Set(bigOf(x, xb)))}), nil
	})
	it.AddMethod("__round__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__round__", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		var nd Value
		if len(args) > 1 {
			nd = args[1]
		}
		return intRound(t, args[0], nd)
	})
	it.AddMethod("__divmod__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__divmod__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		if !IsIntValue(args[1]) {
			return NotImplemented, nil
		}
		return Divmod(t, FromInt(args[0]), FromInt(args[1]))
	})
	it.AddMethod("__rdivmod__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__rdivmod__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		if !IsIntValue(args[1]) {
			return NotImplemented, nil
		}
		return Divmod(t, FromInt(args[1]), FromInt(args[0]))
	})
	it.AddMethod("__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
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
		// The value keeps its class for the error messages.
		s, err := formatNumber(t, args[0], spec)
		return NewStr(s), err
	})
	it.AddMethod("to_bytes", intToBytes)
	it.AddClassMethod("from_bytes", intFromBytes)
	num := func(t *Thread, v Value) (Value, error) { return FromInt(v), nil }
	it.AddGetSet("real", num, nil)
	it.AddGetSet("numerator", num, nil)
	it.AddGetSet("imag", func(t *Thread, v Value) (Value, error) { return Int(0), nil }, nil)
	it.AddGetSet("denominator", func(t *Thread, v Value) (Value, error) { return Int(1), nil }, nil)

	bt := BoolType
	bt.Slots.Repr = func(t *Thread, v Value) (string, error) {
		if v.AsBool() {
			return "True", nil
		}
		return "False", nil
	}
	for _, op := range []BinOp{OpAnd, OpOr, OpXor} {
		op := op
		f := func(t *Thread, a, b Value) (Value, error) {
			if a.IsBool() && b.IsBool() {
				x, y := a.AsBool(), b.AsBool()
				switch op {
				case OpAnd:
					return Bool(x && y), nil
				case OpOr:
					return Bool(x || y), nil
				}
				return Bool(x != y), nil
			}
			return intBinary(t, op, a, b)
		}
		bt.Slots.Binary[op] = f
		bt.Slots.RBinary[op] = func(t *Thread, self, other Value) (Value, error) { return f(t, other, self) }
	}
	bt.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "bool() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 1 {
			return False, nil
		}
		b, err := Truth(t, args[1])
		return Bool(b), err
	})

	nt := NoneType
	nt.Slots.Repr = func(t *Thread, v Value) (string, error) { return "None", nil }
	nt.Slots.Bool = func(t *Thread, v Value) (bool, error) { return false, nil }
	nt.Slots.Hash = func(t *Thread, v Value) (int64, error) { return noneHash, nil }
	nt.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "NoneType takes no arguments")
		}
		return None, nil
	})
	for _, st := range []*Type{NotImplementedType, EllipsisType} {
		st := st
		st.Slots.Repr = func(t *Thread, v Value) (string, error) { return v.obj.(*singleton).name, nil }
		st.Slots.Hash = func(t *Thread, v Value) (int64, error) { return int64(objectID(v) >> 4), nil }
		st.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) > 1 || len(kw) > 0 {
				return Value{}, Errorf(TypeErrorType, "%s takes no arguments", st.Name)
			}
			if st == EllipsisType {
				return Ellipsis, nil
			}
			return NotImplemented, nil
		})
	}
	NotImplementedType.Slots.Bool = func(t *Thread, v Value) (bool, error) { return true, nil }
}

// FromInt returns an int value (incl. bool and int subclasses) as a plain int.
func FromInt(v Value) Value {
	x, xb, _ := intOf(v)
	if xb == nil {
		return Int(x)
	}
	return NewInt(xb)
}

// intNew is int.__new__(cls, x=0, base=10).
func intNew(t *Thread, args []Value, kw []string) (Value, error) {
	cls := args[0].obj.(*Type)
	var x, base Value
	if err := UnpackArgs("int", args[1:], kw, []string{"x?", "/", "base?"}, &x, &base); err != nil {
		return Value{}, err
	}
	r, err := intFromArgs(t, x, base)
	if err != nil || cls == IntType {
		return r, err
	}
	return FromObject(&BigInt{typ: cls, b: toBig(r)}), nil
}

func intFromArgs(t *Thread, x, base Value) (Value, error) {
	if !x.IsValid() {
		if base.IsValid() {
			return Value{}, Errorf(TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base.IsValid() {
		bv, err := Index(t, base)
		if err != nil {
			return Value{}, err
		}
		b, ok := AsInt64(bv)
		if !ok || b != 0 && (b < 2 || b > 36) {
			return Value{}, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		if s, ok := AsString(x); ok {
			return parseIntLimit(s, int(b), t.IntMaxStrDigits())
		}
		if bs, ok := x.obj.(*Bytes); ok {
			return parseIntBytes(bs.Bytes(), int(b), t.IntMaxStrDigits())
		}
		return Value{}, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	switch x.obj.(type) {
	case intTag:
		return x, nil
	case boolTag:
		return Int(int64(x.num)), nil
	case floatTag:
		return floatToInt(x.AsFloat())
	}
	if s, ok := AsString(x); ok {
		return parseIntLimit(s, 10, t.IntMaxStrDigits())
	}
	if bs, ok := x.obj.(*Bytes); ok {
		return parseIntBytes(bs.Bytes(), 10, t.IntMaxStrDigits())
	}
	if _, _, ok := intOf(x); ok && !TypeOf(x).IsHeap() {
		return FromInt(x), nil
	}
	if fo, ok := x.obj.(*FloatObj); ok && !TypeOf(x).IsHeap() {
		return floatToInt(fo.f)
	}
	for _, name := range []string{"__int__", "__index__"} {
		r, ok, err := callDunder(t, x, name)
		if err != nil {
			return Value{}, err
		}
		if ok {
			if !IsIntValue(r) {
				return Value{}, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, typeName(r))
			}
			return FromInt(r), nil
		}
	}
	if r, ok, err := callDunder(t, x, "__trunc__"); ok || err != nil {
		if err != nil {
			return Value{}, err
		}
		if IsIntValue(r) {
			return FromInt(r), nil
		}
		return Index(t, r)
	}
	return Value{}, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeName(x))
}

func parseIntBytes(b []byte, base, limit int) (Value, error) {
	r, err := parseIntLimit(string(b), base, limit)
	if err != nil {
		if e, ok := err.(*Exception); ok && !strings.HasPrefix(e.Message(), "invalid literal") {
			return Value{}, err
		}
		return Value{}, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, bytesReprLoose(b))
	}
	return r, nil
}

func bytesReprLoose(b []byte) string {
	var sb strings.Builder
	sb.WriteString("b'")
	for _, c := range b {
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString("\\n")
		case c == '\t':
			sb.WriteString("\\t")
		case c == '\r':
			sb.WriteString("\\r")
		default:
			sb.WriteString("\\x" + hex2(uint64(c), 2))
		}
	}
	sb.WriteString("'")
	return sb.String()
}

// ParseInt implements int(s, base) for a str, with CPython's syntax
// (whitespace, sign, underscores between digits, 0x/0o/0b prefixes) and
// errors.
func ParseInt(s string, base int) (Value, error) { return parseIntLimit(s, base, maxStrDigits) }

// parseIntLimit is ParseInt with a digit limit for base 10 (0: none).
func parseIntLimit(s string, base, limit int) (Value, error) {
	bad := func() error {
		r, _ := Repr(nil, NewStr(s))
		return Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, r)
	}
	body := strings.TrimSpace(asciiDigits(s))
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	b := base
	if len(body) >= 2 && body[0] == '0' {
		p := body[1] | 0x20
		prefixed := true
		switch {
		case p == 'x' && (base == 16 || base == 0):
			b, body = 16, body[2:]
		case p == 'o' && (base == 8 || base == 0):
			b, body = 8, body[2:]
		case p == 'b' && (base == 2 || base == 0):
			b, body = 2, body[2:]
		default:
			prefixed = false
		}
		if prefixed && strings.HasPrefix(body, "_") {
			body = body[1:]
		}
	}
	if b == 0 {
		b = 10
		if strings.TrimLeft(body, "0_") != "" && body != "" && body[0] == '0' {
			return Value{}, bad()
		}
	}
	if body == "" || body[0] == '_' || body[len(body)-1] == '_' || strings.Contains(body, "__") {
		return Value{}, bad()
	}
	digits := strings.ReplaceAll(body, "_", "")
	for _, c := range digits {
		if digitVal(c) >= b {
			return Value{}, bad()
		}
	}
	if b == 10 && limit > 0 && len(digits) > limit {
		return Value{}, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(digits))
	}
	if n, err := strconv.ParseInt(digits, b, 64); err == nil {
		if neg {
			n = -n
		}
		return Int(n), nil
	}
	z, ok := new(big.Int).SetString(digits, b)
	if !ok {
		return Value{}, bad()
	}
	if neg {
		z.Neg(z)
	}
	return NewInt(z), nil
}

// asciiDigits replaces Unicode decimal digits (category Nd, e.g. '९',
// '٣') by ASCII ones, as int() and float() accept them, and Unicode
// spaces by ' '. Strings that are pure ASCII are returned as is.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			b.WriteByte(byte('0' + ndValue(r)))
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ndValue is the value of a decimal digit: Nd characters come in
// contiguous blocks made of whole runs of ten, '0' first.
func ndValue(r rune) int {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

func digitVal(c rune) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(t *Thread, args []Value, kw []string) (Value, error) {
	var length, order, signed Value
	if err := UnpackArgs("to_bytes", args[1:], kw, []string{"length?", "byteorder?", "*", "signed?"}, &length, &order, &signed); err != nil {
		return Value{}, err
	}
	n := int64(1)
	if length.IsValid() {
		lv, err := Index(t, length)
		if err != nil {
			return Value{}, err
		}
		var ok bool
		if n, ok = AsInt64(lv); !ok || n < 0 {
			return Value{}, Errorf(ValueErrorType, "length argument must be non-negative")
		}
	}
	little, err := byteOrder(order)
	if err != nil {
		return Value{}, err
	}
	sg := false
	if signed.IsValid() {
		if sg, err = Truth(t, signed); err != nil {
			return Value{}, err
		}
	}
	x, xb := intSelf(args[0])
	v := bigOf(x, xb)
	if v.Sign() < 0 && !sg {
		return Value{}, Errorf(OverflowErrorType, "can't convert negative int to unsigned")
	}
	if n > 1<<30 {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	u := new(big.Int).Set(v)
	if u.Sign() < 0 {
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(n*8)))
	}
	limit := n * 8
	if sg {
		limit--
	}
	if (v.Sign() >= 0 && int64(v.BitLen()) > limit) || (v.Sign() < 0 && (u.Sign() < 0 || int64(new(big.Int).Not(v).BitLen()) > limit)) {
		return Value{}, Errorf(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	u.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func byteOrder(v Value) (bool, error) {
	if !v.IsValid() {
		return false, nil
	}
	s, ok := AsString(v)
	if !ok {
		return false, mustBe("to_bytes() argument 'byteorder'", "str", v)
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

// intFromBytes is int.from_bytes(bytes, byteorder='big', *, signed=False).
func intFromBytes(t *Thread, args []Value, kw []string) (Value, error) {
	var data, order, signed Value
	if err := UnpackArgs("from_bytes", args[1:], kw, []string{"bytes", "byteorder?", "*", "signed?"}, &data, &order, &signed); err != nil {
		return Value{}, err
	}
	little, err := byteOrder(order)
	if err != nil {
		return Value{}, err
	}
	var raw []byte
	if b, ok := data.obj.(*Bytes); ok {
		raw = append([]byte(nil), b.Bytes()...)
	} else {
		items, err := collect(t, data)
		if err != nil {
			return Value{}, err
		}
		for _, it := range items {
			iv, err := Index(t, it)
			if err != nil {
				return Value{}, err
			}
			n, ok := AsInt64(iv)
			if !ok || n < 0 || n > 255 {
				return Value{}, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			raw = append(raw, byte(n))
		}
	}
	if little {
		for i, j := 0, len(raw)-1; i < j; i, j = i+1, j-1 {
			raw[i], raw[j] = raw[j], raw[i]
		}
	}
	v := new(big.Int).SetBytes(raw)
	sg := false
	if signed.IsValid() {
		if sg, err = Truth(t, signed); err != nil {
			return Value{}, err
		}
	}
	if sg && len(raw) > 0 && raw[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(len(raw)*8)))
	}
	r := NewInt(v)
	if cls := args[0].obj.(*Type); cls != IntType {
		return t.Call(args[0], []Value{r}, nil)
	}
	return r, nil
}
