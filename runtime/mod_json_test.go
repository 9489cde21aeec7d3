package runtime

import (
	"math"
	"math/rand"
	"testing"
)

// TestJSONFloatFastPathMatchesRepr checks the encoder's fixed-notation
// shortcut against FloatRepr over random bit patterns and the edges of
// repr's fixed range (1e-4 and 1e16, where the notation switches).
func TestJSONFloatFastPathMatchesRepr(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	check := func(f float64) {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return
		}
		if got, want := string(appendFloatRepr(nil, f)), FloatRepr(f); got != want {
			t.Errorf("appendFloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
	for i := 0; i < 200000; i++ {
		check(math.Float64frombits(r.Uint64()))
		check(r.Float64() * math.Pow(10, float64(r.Intn(40)-20)))
		check(float64(r.Int63n(1 << 54)))
	}
	for _, edge := range []float64{1e-4, 1e16, 0.1, 100, 123456789012345.6, 9007199254740993} {
		for _, f := range []float64{edge, math.Nextafter(edge, 0), math.Nextafter(edge, math.Inf(1))} {
			check(f)
			check(-f)
		}
	}
}

// TestJSONStringEscapes compares with CPython's encode_basestring_ascii
// and encode_basestring outputs.
func TestJSONStringEscapes(t *testing.T) {
	cases := []struct{ in, ascii, raw string }{
		{"a\"b\\c", `"a\"b\\c"`, `"a\"b\\c"`},
		{"\x00\x1f\x7f\n\t\r\b\f", `"\u0000\u001f\u007f\n\t\r\b\f"`, "\"\\u0000\\u001f\x7f\\n\\t\\r\\b\\f\""},
		{"é€😀", `"\u00e9\u20ac\ud83d\ude00"`, `"é€😀"`},
		{CodePointString(0xd800) + "x", `"\ud800x"`, "\"" + CodePointString(0xd800) + "x\""},
	}
	for _, c := range cases {
		if got := string(appendJSONString(nil, c.in, true)); got != c.ascii {
			t.Errorf("ascii %q: got %s want %s", c.in, got, c.ascii)
		}
		if got := string(appendJSONString(nil, c.in, false)); got != c.raw {
			t.Errorf("raw %q: got %s want %s", c.in, got, c.raw)
		}
	}
}
