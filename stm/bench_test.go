package stm

import (
	"fmt"
	"sync"
	"testing"
)

// Benchmarks: the figures quoted in the package documentation. Each STM
// benchmark has a sync.Mutex twin doing the same work.

func BenchmarkReadOnly10(b *testing.B) {
	e := NewEngine(Config{})
	vars := make([]*Var[int], 10)
	for i := range vars {
		vars[i] = NewVar(i)
	}
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		s := 0
		for _, v := range vars {
			x, err := v.Get(tx)
			if err != nil {
				b.Fatal(err)
			}
			s += x
		}
		if err := tx.Commit(); err != nil || s != 45 {
			b.Fatal(err, s)
		}
	}
}

func BenchmarkReadOnly10Mutex(b *testing.B) {
	var mu sync.Mutex
	vals := make([]int, 10)
	for i := range vals {
		vals[i] = i
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		mu.Lock()
		s := 0
		for _, v := range vals {
			s += v
		}
		mu.Unlock()
		if s != 45 {
			b.Fatal(s)
		}
	}
}

func BenchmarkTransfer(b *testing.B) {
	e := NewEngine(Config{})
	x, y := NewVar(1000), NewVar(1000)
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		a, err1 := x.Get(tx)
		c, err2 := y.Get(tx)
		err3 := x.Set(tx, a-1)
		err4 := y.Set(tx, c+1)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			b.Fatal("conflict with no contention")
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTransferMutex(b *testing.B) {
	var mu sync.Mutex
	x, y := 1000, 1000
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		mu.Lock()
		x--
		y++
		mu.Unlock()
	}
}

// work burns about a microsecond of computation that the optimiser cannot
// remove.
func work(seed int) int {
	h := seed
	for i := 0; i < 1000; i++ {
		h = h*31 + i ^ (h >> 7)
	}
	return h
}

// BenchmarkDisjoint runs transactions of about 1 µs, each goroutine on its
// own objects, with 1 and 2 goroutines. ns/op is per transaction over all
// goroutines, so scaling is ns/op(g=1) / ns/op(g=2).
func BenchmarkDisjoint(b *testing.B) {
	for _, g := range []int{1, 2} {
		b.Run(fmt.Sprintf("stm/g=%d", g), func(b *testing.B) {
			e := NewEngine(Config{})
			b.ReportAllocs()
			parallel(b, g, func(w, n int) {
				tx := e.NewTx()
				defer tx.Close()
				vs := []*Var[int]{NewVar(0), NewVar(0), NewVar(0), NewVar(0)}
				for i := 0; i < n; i++ {
					tx.Begin()
					s := 0
					for _, v := range vs {
						x, _ := v.Get(tx)
						s += x
					}
					s = work(s)
					vs[i%4].Set(tx, s&0xffff)
					if err := tx.Commit(); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
		b.Run(fmt.Sprintf("mutex/g=%d", g), func(b *testing.B) {
			parallel(b, g, func(w, n int) {
				var mu sync.Mutex
				vs := make([]int, 4)
				for i := 0; i < n; i++ {
					mu.Lock()
					s := 0
					for _, v := range vs {
						s += v
					}
					vs[i%4] = work(s) & 0xffff
					mu.Unlock()
				}
			})
		})
	}
}

// parallel splits b.N iterations over g goroutines. Besides wall time it
// reports cpu-ns/op, the process CPU time per operation: if it does not
// grow from g=1 to g=2, the goroutines do not slow each other down
// (coherence misses count as CPU time), which is what scaling needs when
// the machine has the cores to spare.
func parallel(b *testing.B, g int, f func(w, n int)) {
	defer reportCPU(b)()
	var wg sync.WaitGroup
	for w := 0; w < g; w++ {
		n := b.N / g
		if w == 0 {
			n += b.N % g
		}
		wg.Add(1)
		go func(w, n int) {
			defer wg.Done()
			f(w, n)
		}(w, n)
	}
	wg.Wait()
}

// reportCPU resets the timer and returns a function that reports the
// process CPU time per operation as the metric cpu-ns/op.
func reportCPU(b *testing.B) func() {
	b.ResetTimer()
	start := processCPU()
	return func() {
		b.StopTimer()
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}
