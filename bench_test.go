package pystm_test

import (
	"context"
	"testing"

	"github.com/pystm/pystm"
)

// BenchmarkConcurrentCalls calls a CPU-bound script function (no shared
// state) from GOMAXPROCS goroutines at once: under the GIL the calls take
// turns; in parallel mode up to Threads run at the same time. Compare
// ns/op across the sub-benchmarks on an idle machine.
func BenchmarkConcurrentCalls(b *testing.B) {
	for _, c := range []struct {
		name string
		opts pystm.Options
	}{
		{"gil", pystm.Options{}},
		{"threads=1", pystm.Options{Parallel: true, Threads: 1}},
		{"threads=2", pystm.Options{Parallel: true, Threads: 2}},
	} {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			in := pystm.New(c.opts)
			defer in.Close()
			m, err := in.Exec(ctx, "work.py", "def work(n):\n    s = 0\n    for i in range(n):\n        s += i * i % 7\n    return s\n")
			if err != nil {
				b.Fatal(err)
			}
			fn, err := m.Get(ctx, "work")
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if _, err := fn.Call(ctx, 2000); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}
