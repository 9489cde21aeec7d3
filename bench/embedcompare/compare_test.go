package embedcompare

import (
	"context"
	"testing"

	"github.com/pystm/pystm"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

const src = "def inc(x):\n    return x + 1\n"

// BenchmarkPystmCall calls inc(i) through a Value handle: each call is a
// Python thread of the interpreter (start, take a turn, run, end), the
// argument converted from a Go int and the result read back.
func BenchmarkPystmCall(b *testing.B) {
	ctx := context.Background()
	in := pystm.New(pystm.Options{})
	defer in.Close()
	m, err := in.Exec(ctx, "inc.py", src)
	if err != nil {
		b.Fatal(err)
	}
	fn, err := m.Get(ctx, "inc")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	defer measureCPU(b)()
	for i := range b.N {
		v, err := fn.Call(ctx, i)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := v.Int64(); n != int64(i+1) {
			b.Fatalf("inc(%d) = %v", i, v)
		}
	}
}

// BenchmarkPystmCallParallel is BenchmarkPystmCall from GOMAXPROCS
// goroutines at once (parallel mode).
func BenchmarkPystmCallParallel(b *testing.B) {
	ctx := context.Background()
	in := pystm.New(pystm.Options{Parallel: true})
	defer in.Close()
	m, err := in.Exec(ctx, "inc.py", src)
	if err != nil {
		b.Fatal(err)
	}
	fn, err := m.Get(ctx, "inc")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := fn.Call(ctx, 41); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkStarlarkCall calls the same function with starlark.Call on a
// starlark.Thread made once, as embedders of Starlark do.
func BenchmarkStarlarkCall(b *testing.B) {
	thread := &starlark.Thread{Name: "bench"}
	globals, err := starlark.ExecFileOptions(&syntax.FileOptions{}, thread, "inc.star", src, nil)
	if err != nil {
		b.Fatal(err)
	}
	fn := globals["inc"]
	b.ReportAllocs()
	b.ResetTimer()
	defer measureCPU(b)()
	for i := range b.N {
		v, err := starlark.Call(thread, fn, starlark.Tuple{starlark.MakeInt(i)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if n, ok := v.(starlark.Int).Int64(); !ok || n != int64(i+1) {
			b.Fatalf("inc(%d) = %v", i, v)
		}
	}
}

// BenchmarkStarlarkCallParallel is BenchmarkStarlarkCall from GOMAXPROCS
// goroutines, each with a starlark.Thread of its own (a Starlark thread
// must not be shared); the frozen globals are shared.
func BenchmarkStarlarkCallParallel(b *testing.B) {
	globals, err := starlark.ExecFileOptions(&syntax.FileOptions{}, &starlark.Thread{}, "inc.star", src, nil)
	if err != nil {
		b.Fatal(err)
	}
	globals.Freeze()
	fn := globals["inc"]
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		thread := &starlark.Thread{Name: "bench"}
		for pb.Next() {
			if _, err := starlark.Call(thread, fn, starlark.Tuple{starlark.MakeInt(41)}, nil); err != nil {
				b.Error(err)
				return
			}
		}
	})
}
