package runtime

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// TestCmathMatchesCPython runs every cmath function over the grid of
// cmathGolden (CPython 3.11's results): every result must be
// bit-identical (maxULP 0), errors the same, NaNs NaN.
func TestCmathMatchesCPython(t *testing.T) {
	const maxULP = 0
	exact, total, worst := 0, 0, uint64(0)
	for _, line := range strings.Split(cmathGolden, "\n") {
		f := strings.Fields(line)
		name := f[0]
		re, _ := strconv.ParseFloat(f[1], 64)
		im, _ := strconv.ParseFloat(f[2], 64)
		var got complex128
		var e cmathErr
		switch name {
		case "rect":
			got, e = cRect(re, im)
		case "polar":
			r, err := cAbs(complex(re, im))
			got, e = complex(r, crAtan2(im, re)), err
		case "phase":
			var p float64
			p, e = cPhase(complex(re, im))
			got = complex(p, 0)
		case "log":
			got, e = cLog(complex(re, im))
		default:
			got, e = cmathUnary[name](complex(re, im))
		}
		total++
		want := map[cmathErr]string{cmDomain: "ValueError", cmRange: "OverflowError"}[e]
		if len(f) == 4 || want != "" {
			if len(f) != 4 || f[3] != want {
				t.Errorf("%s(%v, %v): got %v %q, want %v", name, re, im, got, want, f[3:])
			}
			continue
		}
		wr, _ := strconv.ParseFloat(f[3], 64)
		wi, _ := strconv.ParseFloat(f[4], 64)
		ok := true
		for _, p := range [][2]float64{{real(got), wr}, {imag(got), wi}} {
			d, special := ulpDistance(p[0], p[1])
			if special && d != 0 || d > maxULP {
				ok = false
			}
			worst = max(worst, d)
		}
		if !ok {
			t.Errorf("%s(%v, %v) = %v, CPython %v", name, re, im, got, complex(wr, wi))
		} else if math.Float64bits(real(got)) == math.Float64bits(wr) && math.Float64bits(imag(got)) == math.Float64bits(wi) ||
			math.IsNaN(real(got)) || math.IsNaN(imag(got)) {
			exact++
		}
	}
	t.Logf("%d of %d results bit-identical to CPython's, worst %d ulp", exact, total, worst)
}

// ulpDistance is the distance in units in the last place between two
// finite floats of the same sign; special reports infinities, NaNs, zeros
// and sign differences, which must match exactly (distance 0 or 1<<62).
func ulpDistance(a, b float64) (uint64, bool) {
	if math.IsNaN(a) || math.IsNaN(b) {
		if math.IsNaN(a) && math.IsNaN(b) {
			return 0, true
		}
		return 1 << 62, true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) || a == 0 || b == 0 || math.Signbit(a) != math.Signbit(b) {
		if math.Float64bits(a) == math.Float64bits(b) {
			return 0, true
		}
		return 1 << 62, true
	}
	x, y := math.Float64bits(math.Abs(a)), math.Float64bits(math.Abs(b))
	if x > y {
		return x - y, false
	}
	return y - x, false
}
