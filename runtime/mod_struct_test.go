package runtime

import (
	"math"
	"testing"
)

// TestHalfFloatRoundTrip checks that every binary16 value except NaN
// survives unpack then pack, and the rounding of values between halves
// (CPython's outputs).
func TestHalfFloatRoundTrip(t *testing.T) {
	for h := 0; h < 1<<16; h++ {
		f := halfToFloat(uint16(h))
		if math.IsNaN(f) {
			continue
		}
		if got, ok := floatToHalf(f); !ok || got != uint16(h) {
			t.Fatalf("half %#04x -> %v -> %#04x (ok %v)", h, f, got, ok)
		}
	}
	cases := []struct {
		x    float64
		want uint16
		ok   bool
	}{
		{1.0009765625, 0x3c01, true},
		{1.00048828125, 0x3c00, true}, // tie, to even
		{1.00146484375, 0x3c02, true}, // tie, to even
		{math.Ldexp(1, -25), 0, true}, // half the smallest subnormal: to even
		{math.Ldexp(1.01, -25), 1, true},
		{65519.99, 0x7bff, true},
		{65520, 0, false},
		{1e10, 0, false},
	}
	for _, c := range cases {
		got, ok := floatToHalf(c.x)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("floatToHalf(%v) = %#04x, %v; want %#04x, %v", c.x, got, ok, c.want, c.ok)
		}
	}
}

// TestStructLayout checks sizes, native alignment and argument counts.
func TestStructLayout(t *testing.T) {
	cases := []struct {
		format      string
		size, nargs int64
	}{
		{"ci", 8, 2}, {"<ci", 5, 2}, {"ic", 5, 2}, {"c0l", 8, 1}, {"3s4x2h", 12, 3},
		{"@5s2d", 24, 3}, {"=5s2d", 21, 3}, {"  i  h ", 6, 2}, {"", 0, 0}, {"0i", 0, 0}, {"e?d", 16, 3},
	}
	for _, c := range cases {
		l, err := parseStructFormat(c.format)
		if err != nil {
			t.Errorf("%q: %v", c.format, err)
			continue
		}
		if l.size != c.size || l.nargs != c.nargs {
			t.Errorf("%q: size %d nargs %d, want %d %d", c.format, l.size, l.nargs, c.size, c.nargs)
		}
	}
	for _, bad := range []string{"z", "3", "3 i", "<n", "!P", "99999999999999999999i"} {
		if _, err := parseStructFormat(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
