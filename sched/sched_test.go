package sched

import (
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// within fails the test if f does not return in d: no test may hang.
func within(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("did not finish within %v (deadlock?)", d)
	}
}

// TestMutualExclusion: a counter incremented non-atomically in steps that
// yield is exact only if the GIL excludes the other threads.
func TestMutualExclusion(t *testing.T) {
	s := New()
	s.SetInterval(50 * time.Microsecond)
	main := s.NewThread()
	if err := main.Acquire(); err != nil {
		t.Fatal(err)
	}
	counter := 0 // guarded by the GIL only
	var inside atomic.Int32
	const nthreads, steps = 8, 2000
	finished := make(chan struct{}, nthreads)
	for i := 0; i < nthreads; i++ {
		th := s.NewThread()
		s.Go(th, func() {
			for j := 0; j < steps; j++ {
				if inside.Add(1) != 1 {
					t.Error("two threads hold the GIL")
				}
				c := counter
				counter = c + 1
				inside.Add(-1)
				if s.ShouldYield() {
					if th.Yield() != nil {
						return
					}
				}
			}
			finished <- struct{}{}
		})
	}
	within(t, 20*time.Second, func() {
		for i := 0; i < nthreads; i++ {
			// Park until a worker finishes (each sends once).
			main.Release()
			<-finished
			if err := main.Acquire(); err != nil {
				t.Error(err)
				return
			}
		}
	})
	if counter != nthreads*steps {
		t.Fatalf("counter = %d, want %d", counter, nthreads*steps)
	}
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running after Shutdown")
	}
}

// TestSwitchInterval: a thread that never blocks must still hand the GIL
// to a waiter after about one interval, and both threads make progress.
func TestSwitchInterval(t *testing.T) {
	s := New()
	s.SetInterval(time.Millisecond)
	a := s.NewThread()
	if err := a.Acquire(); err != nil {
		t.Fatal(err)
	}
	var bRan atomic.Bool
	b := s.NewThread()
	s.Go(b, func() { bRan.Store(true) })
	within(t, 10*time.Second, func() {
		// Spin as a CPU-bound Python loop would, polling at boundaries.
		for !bRan.Load() {
			if s.ShouldYield() {
				if err := a.Yield(); err != nil {
					t.Error(err)
					return
				}
			}
		}
	})
	if s.Switches() == 0 {
		t.Fatal("no handover counted")
	}
	if s.ShouldYield() {
		t.Fatal("drop request still set after the handover")
	}
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
}

// TestFairness: threads that all poll ShouldYield get the GIL in turns:
// each runs a similar number of slices.
func TestFairness(t *testing.T) {
	s := New()
	s.SetInterval(200 * time.Microsecond)
	main := s.NewThread()
	_ = main.Acquire()
	const n = 4
	var turns [n]atomic.Int64
	var stop atomic.Bool
	for i := 0; i < n; i++ {
		th := s.NewThread()
		s.Go(th, func() {
			for !stop.Load() {
				turns[i].Add(1)
				// Busy until asked to yield: a whole slice per turn.
				for !s.ShouldYield() && !stop.Load() {
				}
				if th.Yield() != nil {
					return
				}
			}
		})
	}
	main.Release()
	time.Sleep(150 * time.Millisecond)
	stop.Store(true)
	within(t, 10*time.Second, func() { _ = main.Acquire() })
	var lo, hi int64 = 1 << 62, 0
	for i := range turns {
		v := turns[i].Load()
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo == 0 || hi > 3*lo+3 {
		t.Fatalf("unfair turns: min %d max %d", lo, hi)
	}
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
}

// TestParkWake: a parked thread releases the GIL (another thread runs)
// and resumes holding it after Wake; a wait with a deadline times out.
func TestParkWake(t *testing.T) {
	s := New()
	a := s.NewThread()
	_ = a.Acquire()
	var q WaitQueue
	w := NewWaiter()
	q.Push(w)
	b := s.NewThread()
	woke := false
	s.Go(b, func() { woke = q.WakeOne() })
	within(t, 10*time.Second, func() {
		ok, err := a.Park(w, time.Time{})
		if err != nil || !ok {
			t.Errorf("Park = %v, %v; want woken", ok, err)
		}
	})
	if !woke || q.Len() != 0 {
		t.Fatal("waker did not run under the GIL or queue not emptied")
	}
	start := time.Now()
	w2 := NewWaiter()
	q.Push(w2)
	ok, err := a.Park(w2, start.Add(20*time.Millisecond))
	if ok || err != nil {
		t.Fatalf("timed park = %v, %v; want timeout", ok, err)
	}
	if time.Since(start) < 20*time.Millisecond {
		t.Fatal("deadline not respected")
	}
	q.Remove(w2)
	if q.Len() != 0 || q.WakeOne() {
		t.Fatal("Remove left the waiter queued")
	}
	w2.Wake() // late wake of a finished wait: harmless
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
}

// TestShutdown: threads parked, waiting for the GIL or not started end
// with ErrShutdown and their goroutines exit (goleak checks).
func TestShutdown(t *testing.T) {
	s := New()
	main := s.NewThread()
	_ = main.Acquire()
	results := make(chan error, 3)
	parked := s.NewThread()
	s.Go(parked, func() {
		_, err := parked.Park(NewWaiter(), time.Time{})
		results <- err
	})
	// Let the parked thread take and release the GIL.
	main.Release()
	time.Sleep(10 * time.Millisecond)
	_ = main.Acquire()
	for i := 0; i < 2; i++ {
		th := s.NewThread()
		s.Go(th, func() { results <- nil }) // never gets the GIL
	}
	time.Sleep(5 * time.Millisecond)
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
	if len(results) != 1 || <-results != ErrShutdown {
		t.Fatal("the parked thread did not get ErrShutdown, or a waiting thread ran")
	}
	if main.Acquire() != ErrShutdown {
		t.Fatal("Acquire after Shutdown must fail")
	}
	if s.Count() != 1 {
		t.Fatalf("registry holds %d threads, want only main", s.Count())
	}
}
