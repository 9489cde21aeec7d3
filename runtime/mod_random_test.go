package runtime

import (
	"math/big"
	"testing"
)

// The expected values come from CPython 3.11.7 (random.seed(n), then
// random.random() / random.getrandbits(k)).
func TestMersenneTwisterMatchesCPython(t *testing.T) {
	s := &mtState{}
	s.seedBig(big.NewInt(42))
	if got := s.random(); got != 0.6394267984578837 {
		t.Errorf("seed(42).random() = %v", got)
	}
	s.seedBig(big.NewInt(0))
	if got := s.random(); got != 0.8444218515250481 {
		t.Errorf("seed(0).random() = %v", got)
	}
	// A seed wider than 64 bits feeds three 32-bit words to init_by_array.
	n := new(big.Int).Lsh(big.NewInt(1), 64)
	s.seedBig(n.Add(n, big.NewInt(5)))
	if got, _ := AsInt64(s.getrandbits(32)); got != 2192917427 {
		t.Errorf("getrandbits(32) = %v", got)
	}
	want, _ := new(big.Int).SetString("680311469409476905056", 10)
	if got := toBig(s.getrandbits(70)); got.Cmp(want) != 0 {
		t.Errorf("getrandbits(70) = %v, want %v", got, want)
	}
	// Negative seeds use abs(n).
	s.seedBig(big.NewInt(-42))
	if got := s.random(); got != 0.6394267984578837 {
		t.Errorf("seed(-42).random() = %v", got)
	}
}
