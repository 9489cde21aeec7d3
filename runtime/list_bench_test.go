package runtime

import "testing"

// Microbenchmarks of the container and number operations the bench/
// programs spend their time in (go test -run XXX -bench 'Lib' -benchmem
// ./runtime). Each reports allocations: the figures in
// /work/coord/design-lib.md are bytes and allocations per operation.

func benchIntList(n int) *List {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i))
	}
	return NewList(items)
}

// BenchmarkLibListSliceInts is p[:] and p[k::-1] on a 9-int list
// (fannkuch).
func BenchmarkLibListSliceInts(b *testing.B) {
	th := newTestThread()
	l := benchIntList(9)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		c := l.slice(th, 0, 1, 9)
		r := c.slice(th, 5, -1, 6)
		if r.Len() != 6 {
			b.Fatal("wrong length")
		}
	}
}

// BenchmarkLibListSliceValues slices a list of strs.
func BenchmarkLibListSliceValues(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 8)
	for i := range items {
		items[i] = NewStr("x")
	}
	l := NewList(items)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if l.slice(th, 1, 1, 6).Len() != 6 {
			b.Fatal("wrong length")
		}
	}
}

// BenchmarkLibListConcat is a + b on two 4-int lists.
func BenchmarkLibListConcat(b *testing.B) {
	th := newTestThread()
	x, y := FromObject(benchIntList(4)), FromObject(benchIntList(4))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r, err := BinaryOp(th, OpAdd, x, y)
		if err != nil || r.obj.(*List).Len() != 8 {
			b.Fatal("wrong result")
		}
	}
}

// BenchmarkLibSetContainsInt is `c in cols` on a small int set with
// dummies (nqueens' add/discard pattern).
func BenchmarkLibSetContainsInt(b *testing.B) {
	th := newTestThread()
	s := NewSet()
	for i := int64(0); i < 12; i++ {
		_ = s.Add(th, Int(i))
		_, _ = s.Discard(th, Int(i))
		_ = s.Add(th, Int(i+20))
	}
	sv := FromObject(s)
	b.ReportAllocs()
	hits := 0
	for i := 0; i < b.N; i++ {
		ok, err := Contains(th, sv, Int(int64(i&31)))
		if err != nil {
			b.Fatal(err)
		}
		if ok {
			hits++
		}
	}
	_ = hits
}

// BenchmarkLibSetAddDiscard adds and discards one int.
func BenchmarkLibSetAddDiscard(b *testing.B) {
	th := newTestThread()
	s := NewSet()
	for i := int64(0); i < 6; i++ {
		_ = s.Add(th, Int(i))
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		k := Int(int64(10 + i&7))
		_ = s.Add(th, k)
		_, _ = s.Discard(th, k)
	}
}

// BenchmarkLibSetBuild makes a set of 20 ints from nothing (go.py's
// seen/liberties sets).
func BenchmarkLibSetBuild(b *testing.B) {
	th := newTestThread()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := NewSet()
		for k := int64(0); k < 20; k++ {
			_ = s.Add(th, Int(k*7))
		}
		if s.Len() != 20 {
			b.Fatal("wrong size")
		}
	}
}

// BenchmarkLibStrJoin is "".join of 8 one-character strs.
func BenchmarkLibStrJoin(b *testing.B) {
	th := newTestThread()
	items := make([]Value, 8)
	for i := range items {
		items[i] = NewStr(string(rune('a' + i)))
	}
	l := FromObject(NewList(items))
	sep := NewStr("").obj.(*Str)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r, err := strJoin(th, sep, []Value{l})
		if err != nil || r.obj.(*Str).s != "abcdefgh" {
			b.Fatal("wrong join")
		}
	}
}

// BenchmarkLibBigMulAddAnd is chaos.py's 48-bit LCG step:
// (s * 0x5DEECE66D + 0xB) & 0xFFFFFFFFFFFF, whose product leaves int64.
func BenchmarkLibBigMulAddAnd(b *testing.B) {
	th := newTestThread()
	s := Int(0x1234ABCD330E)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p, _ := BinaryOp(th, OpMul, s, Int(0x5DEECE66D))
		q, _ := BinaryOp(th, OpAdd, p, Int(0xB))
		s, _ = BinaryOp(th, OpAnd, q, Int(0xFFFFFFFFFFFF))
	}
	if !s.IsInt() {
		b.Fatal("state left int64")
	}
}
