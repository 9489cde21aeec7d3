package runtime

import (
	"math"
	"testing"
)

func testThread() *Thread { return New(Options{}).NewThread() }

var opByName = map[string]BinOp{
	"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor,
}

func mustInt(t *testing.T, s string) Value {
	t.Helper()
	v, err := ParseInt(s, 10)
	if err != nil {
		t.Fatalf("ParseInt(%q): %v", s, err)
	}
	return v
}

// resultString renders a result or error as the table's expected text.
func resultString(th *Thread, v Value, err error) string {
	if err != nil {
		return err.Error()
	}
	s, err := Repr(th, v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return s
}

func TestIntOperatorsMatchCPython(t *testing.T) {
	th := testThread()
	for _, c := range intOpTable {
		a, b := mustInt(t, c.a), mustInt(t, c.b)
		r, err := BinaryOp(th, opByName[c.op], a, b)
		if got := resultString(th, r, err); got != c.want {
			t.Errorf("%s %s %s = %s, want %s", c.a, c.op, c.b, got, c.want)
		}
	}
}

func TestIntInvariantSmallIsUnboxed(t *testing.T) {
	th := testThread()
	big := mustInt(t, "9223372036854775808") // 2**63
	if big.IsInt() {
		t.Fatal("2**63 must be boxed")
	}
	r, err := BinaryOp(th, OpSub, big, Int(1))
	if err != nil || !r.IsInt() || r.AsInt() != math.MaxInt64 {
		t.Fatalf("2**63 - 1 = %v %v, want unboxed MaxInt64", r, err)
	}
	eq, err := Equal(th, r, Int(math.MaxInt64))
	if err != nil || !eq {
		t.Fatal("2**63-1 must equal MaxInt64")
	}
}

func TestIntHashMatchesCPython(t *testing.T) {
	th := testThread()
	for _, c := range intHashTable {
		h, err := Hash(th, mustInt(t, c.dec))
		if err != nil || h != c.hash {
			t.Errorf("hash(%s) = %d %v, want %d", c.dec, h, err, c.hash)
		}
	}
}

func TestParseIntErrors(t *testing.T) {
	cases := []struct {
		s    string
		base int
		want string // repr of the value, or the error text
	}{
		{"abc", 10, "ValueError: invalid literal for int() with base 10: 'abc'"},
		{" 1_000 ", 10, "1000"},
		{"0x1f", 0, "31"},
		{"-0b101", 0, "-5"},
		{"010", 0, "ValueError: invalid literal for int() with base 0: '010'"},
		{"000", 0, "0"},
		{"1__0", 10, "ValueError: invalid literal for int() with base 10: '1__0'"},
		{"_1", 10, "ValueError: invalid literal for int() with base 10: '_1'"},
		{"z", 36, "35"},
		{"0x_f", 16, "15"},
		{"", 10, "ValueError: invalid literal for int() with base 10: ''"},
		{"99999999999999999999", 10, "99999999999999999999"},
	}
	th := testThread()
	for _, c := range cases {
		v, err := ParseInt(c.s, c.base)
		if got := resultString(th, v, err); got != c.want {
			t.Errorf("int(%q, %d) = %s, want %s", c.s, c.base, got, c.want)
		}
	}
}

func TestBoolIsInt(t *testing.T) {
	th := testThread()
	r, err := BinaryOp(th, OpAdd, True, Int(1))
	if err != nil || !r.IsInt() || r.AsInt() != 2 {
		t.Fatalf("True + 1 = %v %v", r, err)
	}
	r, err = BinaryOp(th, OpAnd, True, False)
	if err != nil || !r.IsBool() || r.AsBool() {
		t.Fatalf("True & False = %v %v, want False", r, err)
	}
	if s, _ := Repr(th, True); s != "True" {
		t.Fatalf("repr(True) = %s", s)
	}
	if !IsInstance(True, IntType) {
		t.Fatal("bool must be a subclass of int")
	}
	if h, _ := Hash(th, True); h != 1 {
		t.Fatalf("hash(True) = %d", h)
	}
}

func TestOperatorTypeErrors(t *testing.T) {
	th := testThread()
	cases := []struct {
		op   BinOp
		a, b Value
		want string
	}{
		{OpAdd, Int(1), NewStr("a"), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{OpAdd | 0x80, Int(1), NewStr("a"), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"},
		{OpAdd, NewStr("a"), Int(1), "TypeError: can only concatenate str (not \"int\") to str"},
		{OpMul, NewStr("a"), Float(1), "TypeError: can't multiply sequence by non-int of type 'float'"},
		{OpPow, NewStr("a"), Int(1), "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'"},
		{OpTrueDiv, Int(1), Int(0), "ZeroDivisionError: division by zero"},
		{OpMod, Int(1), Int(0), "ZeroDivisionError: integer modulo by zero"},
		{OpMod, Float(1), Float(0), "ZeroDivisionError: float modulo"},
	}
	for _, c := range cases {
		_, err := BinaryOp(th, c.op, c.a, c.b)
		if err == nil || err.Error() != c.want {
			t.Errorf("op %v: got %v, want %s", c.op, err, c.want)
		}
	}
	_, err := Compare(th, CmpLT, Int(1), NewStr("a"))
	if err == nil || err.Error() != "TypeError: '<' not supported between instances of 'int' and 'str'" {
		t.Errorf("1 < 'a': %v", err)
	}
	_, err = UnaryOp(th, 0, NewStr("a"))
	if err == nil || err.Error() != "TypeError: bad operand type for unary -: 'str'" {
		t.Errorf("-'a': %v", err)
	}
}

func TestIntFloatCompareExact(t *testing.T) {
	th := testThread()
	big := mustInt(t, "9007199254740993") // 2**53 + 1, not a float
	f := Float(9007199254740992)
	for _, c := range []struct {
		op   CompareOp
		a, b Value
		want bool
	}{
		{CmpEQ, big, f, false},
		{CmpGT, big, f, true},
		{CmpLT, f, big, true},
		{CmpEQ, Int(1), Float(1), true},
		{CmpEQ, mustInt(t, "100000000000000000000000"), Float(1e23), false},
		{CmpLT, Int(1), Float(math.NaN()), false},
		{CmpNE, Int(1), Float(math.NaN()), true},
	} {
		r, err := Compare(th, c.op, c.a, c.b)
		if err != nil || r.AsBool() != c.want {
			t.Errorf("compare %v: %v %v, want %v", c.op, r, err, c.want)
		}
	}
}
