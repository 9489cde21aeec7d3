package runtime

import "testing"

// Benchmarks of the object model's hot paths. Each reports allocations:
// int and float arithmetic and attribute loads must allocate nothing.

func BenchmarkIntAdd(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	acc := Int(0)
	for i := 0; i < b.N; i++ {
		acc, _ = BinaryOp(th, OpAdd, acc, Int(3))
	}
	if acc.AsInt() != int64(b.N)*3 {
		b.Fatal("wrong sum")
	}
}

func BenchmarkIntAddOverflowToBig(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = BinaryOp(th, OpAdd, Int(1<<62), Int(1<<62))
	}
}

func BenchmarkFloatMul(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	acc := Float(1)
	for i := 0; i < b.N; i++ {
		acc, _ = BinaryOp(th, OpMul, acc, Float(1.0000001))
	}
	_ = acc
}

func BenchmarkIntCompare(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = Compare(th, CmpLT, Int(int64(i)), Int(100))
	}
}

func benchInstance(b *testing.B) (*Thread, Value) {
	th := testThread()
	typ, err := NewClass(th, TypeType, "P", nil, NewDict())
	if err != nil {
		b.Fatal(err)
	}
	inst := NewInstance(typ)
	_ = inst.StoreAttr(th, "x", Int(1))
	_ = inst.StoreAttr(th, "y", Float(2))
	_ = inst.StoreAttr(th, "name", NewStr("p"))
	return th, FromObject(inst)
}

func BenchmarkInstanceGetAttrInt(b *testing.B) {
	th, v := benchInstance(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = GetAttr(th, v, "x")
	}
}

func BenchmarkInstanceGetAttrShapeOnly(b *testing.B) {
	th, v := benchInstance(b)
	inst := v.obj.(*Instance)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = inst.LoadAttr(th, "x")
	}
}

func BenchmarkInstanceSetAttrInt(b *testing.B) {
	th, v := benchInstance(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = SetAttr(th, v, "x", Int(int64(i)))
	}
}

func BenchmarkHashInt(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = Hash(th, Int(int64(i)))
	}
}

func BenchmarkInstanceGetAttrCached(b *testing.B) {
	th, v := benchInstance(b)
	c := NewAttrCache(v, "x")
	if c == nil {
		b.Fatal("not cacheable")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := c.Load(th, v); !ok {
			b.Fatal("cache miss")
		}
	}
}

func BenchmarkFloatTimesInt(b *testing.B) {
	th := testThread()
	b.ReportAllocs()
	acc := Float(1)
	for i := 0; i < b.N; i++ {
		acc, _ = BinaryOp(th, OpMul, acc, Int(1))
	}
	_ = acc
}

func BenchmarkInstanceGetAttrMemo(b *testing.B) {
	th, v := benchInstance(b)
	if NewAttrCache(v, "x") == nil { // fills the shape's memo
		b.Fatal("not cacheable")
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_, _ = GetAttr(th, v, "x")
	}
}
