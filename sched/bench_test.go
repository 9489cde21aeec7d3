package sched

import (
	"testing"
	"time"
)

// BenchmarkUncontended measures Acquire+Release with no other thread: the
// cost a blocking call pays to give up and retake the GIL.
func BenchmarkUncontended(b *testing.B) {
	s := New()
	th := s.NewThread()
	for i := 0; i < b.N; i++ {
		_ = th.Acquire()
		th.Release()
	}
	s.Shutdown(time.Second)
}

// BenchmarkShouldYield measures the poll the interpreter makes at every
// backward jump and call.
func BenchmarkShouldYield(b *testing.B) {
	s := New()
	n := 0
	for i := 0; i < b.N; i++ {
		if s.ShouldYield() {
			n++
		}
	}
	if n != 0 {
		b.Fatal("drop request without waiters")
	}
}

// BenchmarkParkWake measures one wake-up handed between two threads: A
// wakes B and parks; B wakes A and parks (two handovers per iteration).
func BenchmarkParkWake(b *testing.B) {
	s := New()
	a, c := s.NewThread(), s.NewThread()
	_ = a.Acquire()
	wa, wc := NewWaiter(), NewWaiter()
	done := make(chan struct{})
	s.Go(c, func() {
		defer close(done)
		for {
			wa.Wake()
			if _, err := c.Park(wc, time.Time{}); err != nil {
				return
			}
		}
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		wc.Wake()
		if _, err := a.Park(wa, time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	s.Shutdown(5 * time.Second)
	<-done
}

// BenchmarkTokenUncontended measures what a parallel-mode thread pays per
// boundary when it touched a shared object: take the token on demand,
// release it at the next outermost boundary.
func BenchmarkTokenUncontended(b *testing.B) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	th := s.NewThread()
	_ = th.Acquire()
	for i := 0; i < b.N; i++ {
		th.AcquireToken()
		if th.Pending() {
			_ = th.Boundary(true, false)
		}
	}
	th.Release()
	s.Shutdown(time.Second)
}

// BenchmarkBoundaryNoToken measures the boundary poll of a parallel-mode
// thread that touched nothing shared (the common case of independent
// work): Pending is false.
func BenchmarkBoundaryNoToken(b *testing.B) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	th := s.NewThread()
	_ = th.Acquire()
	n := 0
	for i := 0; i < b.N; i++ {
		if th.Pending() {
			n++
		}
	}
	if n != 0 {
		b.Fatal("pending without token or waiters")
	}
	th.Release()
	s.Shutdown(time.Second)
}
