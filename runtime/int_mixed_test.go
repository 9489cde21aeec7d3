package runtime

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// TestIntBinaryMixedMatchesBig checks every cheap path of int_mixed.go
// against the math/big path on boundary values and random operands of
// mixed sizes, both signs.
func TestIntBinaryMixedMatchesBig(t *testing.T) {
	th := newTestThread()
	edges := []*big.Int{}
	for _, v := range []int64{0, 1, -1, 2, -2, 3, 0xB, 0x5DEECE66D, 0xFFFFFFFFFFFF, 1 << 31, 1 << 32, 1<<62 - 1, 1 << 62, -(1 << 62),
		math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1} {
		edges = append(edges, big.NewInt(v))
	}
	two64 := new(big.Int).Lsh(big.NewInt(1), 64)
	two63 := new(big.Int).Lsh(big.NewInt(1), 63)
	for _, b := range []*big.Int{two63, two64, new(big.Int).Add(two64, big.NewInt(1)), new(big.Int).Sub(two64, big.NewInt(1)),
		new(big.Int).Lsh(big.NewInt(1), 127), new(big.Int).Lsh(big.NewInt(1), 200), new(big.Int).Add(two63, big.NewInt(5))} {
		edges = append(edges, b, new(big.Int).Neg(b))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vals := append([]*big.Int{}, edges...)
	for i := 0; i < 300; i++ {
		bitsN := uint(rng.IntN(190) + 1)
		n := new(big.Int).SetUint64(rng.Uint64())
		for n.BitLen() < int(bitsN) {
			n.Lsh(n, 64).Or(n, new(big.Int).SetUint64(rng.Uint64()))
		}
		n.Rsh(n, uint(max(0, n.BitLen()-int(bitsN))))
		if rng.IntN(2) == 0 {
			n.Neg(n)
		}
		vals = append(vals, n)
	}
	ops := []BinOp{OpMul, OpAdd, OpSub, OpAnd}
	checked := 0
	for _, a := range vals {
		for _, b := range vals {
			av, bv := NewInt(new(big.Int).Set(a)), NewInt(new(big.Int).Set(b))
			for _, op := range ops {
				got, err := intBinary(th, op, av, bv)
				if err != nil {
					t.Fatalf("%v %v %v: %v", a, op, b, err)
				}
				want, _ := bigBinary(op, a, b)
				if !intsEqualForTest(got, want) {
					t.Fatalf("%v op %v %v = %v, want %v", a, op, b, bigForTest(got), bigForTest(want))
				}
				// The invariant: an int that fits in int64 is unboxed.
				if bi, ok := got.obj.(*BigInt); ok && bi.b.IsInt64() {
					t.Fatalf("%v op %v %v: boxed small result %v", a, op, b, bi.b)
				}
				checked++
			}
		}
	}
	if checked < 100000 {
		t.Fatalf("only %d cases", checked)
	}
}

func intsEqualForTest(a, b Value) bool {
	x, xb, ok1 := intOf(a)
	y, yb, ok2 := intOf(b)
	if !ok1 || !ok2 {
		return false
	}
	return bigOf(x, xb).Cmp(bigOf(y, yb)) == 0
}

func bigForTest(v Value) *big.Int {
	x, xb, _ := intOf(v)
	return bigOf(x, xb)
}
