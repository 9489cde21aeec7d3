package runtime

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestQuickSinCosMatchesBig checks the short first step of sin and cos
// (quickSinCos) against the 160-bit big.Float values: whenever it answers,
// the answer must be the correctly rounded one. Arguments: random
// magnitudes from 2^-30 to 2^20, integers (float.py's sin(i)), and
// neighbours of multiples of pi/4 (the ends of the reduced range).
func TestQuickSinCosMatchesBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 6000
	if testing.Short() {
		n = 1500
	}
	args := make([]float64, 0, 3*n)
	for i := 0; i < n; i++ {
		args = append(args, math.Ldexp(rng.Float64()+0.5, rng.IntN(50)-30)*float64(1-2*rng.IntN(2)))
		args = append(args, float64(rng.IntN(1<<20)))
		k := float64(rng.IntN(4000) - 2000)
		args = append(args, math.Nextafter(k*math.Pi/4, math.Inf(1-2*rng.IntN(2))))
	}
	answered := 0
	for _, x := range args {
		for _, wantCos := range []bool{false, true} {
			got, ok := quickSinCos(x, wantCos)
			if !ok {
				continue
			}
			answered++
			s, c := crSinCosBig(x)
			want, _ := s.Float64()
			if wantCos {
				want, _ = c.Float64()
			}
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("quickSinCos(%v, cos=%v) = %v, want %v", x, wantCos, got, want)
			}
		}
	}
	if answered < len(args) {
		t.Fatalf("quick step answered only %d of %d", answered, 2*len(args))
	}
}
