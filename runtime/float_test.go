package runtime

import (
	"math"
	"testing"
)

func TestFloatReprAndHashMatchCPython(t *testing.T) {
	for _, c := range floatTable {
		f := math.Float64frombits(c.bits)
		if got := FloatRepr(f); got != c.repr {
			t.Errorf("repr(%v) = %s, want %s", f, got, c.repr)
		}
		if got := floatHash(f); got != c.hash {
			t.Errorf("hash(%s) = %d, want %d", c.repr, got, c.hash)
		}
		back, ok := ParseFloat(c.repr)
		if !ok || (back != f && !math.IsNaN(f)) {
			t.Errorf("float(%q) = %v %v, want %v", c.repr, back, ok, f)
		}
	}
}

func TestFloatOperatorsMatchCPython(t *testing.T) {
	th := testThread()
	for _, c := range floatOpTable {
		r, err := BinaryOp(th, opByName[c.op], Float(c.a), Float(c.b))
		if got := resultString(th, r, err); got != c.want {
			t.Errorf("%v %s %v = %s, want %s", c.a, c.op, c.b, got, c.want)
		}
	}
}

func TestParseFloat(t *testing.T) {
	for _, c := range []struct {
		s  string
		ok bool
		f  float64
	}{
		{" 1.5 ", true, 1.5}, {"1_0.5", true, 10.5}, {"-inf", true, math.Inf(-1)},
		{"Infinity", true, math.Inf(1)}, {"1e400", true, math.Inf(1)}, {"x", false, 0},
		{"0x10", false, 0}, {"1__0", false, 0}, {"_1", false, 0}, {"1.", true, 1}, {".5", true, .5},
		{"", false, 0}, {"+-1", false, 0},
	} {
		f, ok := ParseFloat(c.s)
		if ok != c.ok || (ok && f != c.f) {
			t.Errorf("ParseFloat(%q) = %v %v, want %v %v", c.s, f, ok, c.f, c.ok)
		}
	}
}

func TestFloatRoundAndMethods(t *testing.T) {
	th := testThread()
	for _, c := range []struct {
		f    float64
		nd   Value
		want string
	}{
		{2.675, Int(2), "2.67"}, {0.5, Value{}, "0"}, {1.5, Value{}, "2"}, {-0.5, Value{}, "0"},
		{1234.5678, Int(-2), "1200.0"}, {0.125, Int(2), "0.12"}, {-1.5, Int(0), "-2.0"},
		{math.Inf(1), Value{}, "OverflowError: cannot convert float infinity to integer"},
	} {
		r, err := floatRound(th, c.f, c.nd)
		if got := resultString(th, r, err); got != c.want {
			t.Errorf("round(%v, %v) = %s, want %s", c.f, c.nd, got, c.want)
		}
	}
	if got := floatHex(1.5); got != "0x1.8000000000000p+0" {
		t.Errorf("(1.5).hex() = %s", got)
	}
	if f, err := floatFromHex("0x1.8p1"); err != nil || f != 3 {
		t.Errorf("fromhex: %v %v", f, err)
	}
	r, err := floatPow(2, 10000)
	if got := resultString(th, r, err); got != "OverflowError: (34, 'Numerical result out of range')" {
		t.Errorf("2.0**10000: %s", got)
	}
}

func TestPowMatchesCPython(t *testing.T) {
	bad := 0
	for _, c := range powTable {
		if got := powCorrect(c[0], c[1]); got != c[2] {
			bad++
			t.Errorf("%v ** %v = %v, want %v", c[0], c[1], got, c[2])
		}
	}
	if bad > 0 {
		t.Logf("%d of %d differ", bad, len(powTable))
	}
}

func BenchmarkPowFrac(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = powCorrect(1.2345, 1.5)
	}
}
