package stmcompare

import (
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	astm "github.com/anacrolix/stm"
	"github.com/pystm/pystm/stm"
)

// Each workload runs on both engines: a read-only transaction over 10
// variables, a two-variable transfer, and ~1 µs transactions on disjoint
// variables with 1 and 2 goroutines.

func BenchmarkReadOnly10(b *testing.B) {
	b.Run("pystm", func(b *testing.B) {
		e := stm.NewEngine(stm.Config{})
		vs := make([]*stm.Var[int], 10)
		for i := range vs {
			vs[i] = stm.NewVar(i)
		}
		tx := e.NewTx()
		defer tx.Close()
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			tx.Begin()
			s := 0
			for _, v := range vs {
				x, _ := v.Get(tx)
				s += x
			}
			if tx.Commit() != nil || s != 45 {
				b.Fatal(s)
			}
		}
	})
	b.Run("anacrolix", func(b *testing.B) {
		vs := make([]*astm.Var, 10)
		for i := range vs {
			vs[i] = astm.NewVar(i)
		}
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			s := astm.Atomically(func(tx *astm.Tx) interface{} {
				s := 0
				for _, v := range vs {
					s += tx.Get(v).(int)
				}
				return s
			}).(int)
			if s != 45 {
				b.Fatal(s)
			}
		}
	})
}

func BenchmarkTransfer(b *testing.B) {
	b.Run("pystm", func(b *testing.B) {
		e := stm.NewEngine(stm.Config{})
		x, y := stm.NewVar(1000), stm.NewVar(1000)
		tx := e.NewTx()
		defer tx.Close()
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			tx.Atomically(func(tx *stm.Tx) error {
				a, err := x.Get(tx)
				if err != nil {
					return err
				}
				c, err := y.Get(tx)
				if err != nil {
					return err
				}
				if err := x.Set(tx, a-1); err != nil {
					return err
				}
				return y.Set(tx, c+1)
			})
		}
	})
	b.Run("anacrolix", func(b *testing.B) {
		x, y := astm.NewVar(1000), astm.NewVar(1000)
		b.ReportAllocs()
		defer reportCPU(b)()
		for i := 0; i < b.N; i++ {
			astm.Atomically(func(tx *astm.Tx) interface{} {
				a, c := tx.Get(x).(int), tx.Get(y).(int)
				tx.Set(x, a-1)
				tx.Set(y, c+1)
				return nil
			})
		}
	})
}

// work burns about a microsecond.
func work(seed int) int {
	h := seed
	for i := 0; i < 1000; i++ {
		h = h*31 + i ^ (h >> 7)
	}
	return h
}

func BenchmarkDisjoint(b *testing.B) {
	for _, g := range []int{1, 2} {
		b.Run(fmt.Sprintf("pystm/g=%d", g), func(b *testing.B) {
			e := stm.NewEngine(stm.Config{})
			parallel(b, g, func(n int) {
				tx := e.NewTx()
				defer tx.Close()
				vs := []*stm.Var[int]{stm.NewVar(0), stm.NewVar(0), stm.NewVar(0), stm.NewVar(0)}
				for i := 0; i < n; i++ {
					tx.Atomically(func(tx *stm.Tx) error {
						s := 0
						for _, v := range vs {
							x, err := v.Get(tx)
							if err != nil {
								return err
							}
							s += x
						}
						return vs[i%4].Set(tx, work(s)&0xffff)
					})
				}
			})
		})
		b.Run(fmt.Sprintf("anacrolix/g=%d", g), func(b *testing.B) {
			parallel(b, g, func(n int) {
				vs := []*astm.Var{astm.NewVar(0), astm.NewVar(0), astm.NewVar(0), astm.NewVar(0)}
				for i := 0; i < n; i++ {
					astm.Atomically(func(tx *astm.Tx) interface{} {
						s := 0
						for _, v := range vs {
							s += tx.Get(v).(int)
						}
						tx.Set(vs[i%4], work(s)&0xffff)
						return nil
					})
				}
			})
		})
	}
}

func parallel(b *testing.B, g int, f func(n int)) {
	b.ReportAllocs()
	var wg sync.WaitGroup
	for w := 0; w < g; w++ {
		n := b.N / g
		if w == 0 {
			n += b.N % g
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(n)
		}()
	}
	wg.Wait()
}

// reportCPU resets the timer and returns a function that reports process
// CPU time per operation (cpu-ns/op): on a shared machine wall time also
// counts time spent waiting for a core.
func reportCPU(b *testing.B) func() {
	b.ResetTimer()
	start := processCPU()
	return func() {
		b.StopTimer()
		b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
	}
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
