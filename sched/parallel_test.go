package sched

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// runWorkers starts n threads in s running body and waits for them (each
// must finish within the limit).
func runWorkers(t *testing.T, s *Scheduler, n int, body func(i int, th *Thread)) {
	t.Helper()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		th := s.NewThread()
		wg.Add(1)
		s.Go(th, func() {
			defer wg.Done()
			body(i, th)
		})
	}
	within(t, 30*time.Second, wg.Wait)
}

// TestTokenMutualExclusion: in parallel mode a counter incremented
// non-atomically under the token, released at "outermost boundaries" as
// the interpreter does, is exact only if the token excludes the others.
func TestTokenMutualExclusion(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 4})
	s.SetInterval(50 * time.Microsecond)
	counter := 0 // guarded by the token only
	var inside atomic.Int32
	const nthreads, steps = 6, 3000
	runWorkers(t, s, nthreads, func(i int, th *Thread) {
		for j := 0; j < steps; j++ {
			th.AcquireToken()
			if !th.HoldsToken() {
				t.Error("AcquireToken returned without the token")
			}
			if inside.Add(1) != 1 {
				t.Error("two threads hold the token")
			}
			c := counter
			counter = c + 1
			inside.Add(-1)
			if th.Pending() {
				if err := th.Boundary(j%3 != 0, false); err != nil {
					t.Error(err)
					return
				}
			}
		}
	})
	if counter != nthreads*steps {
		t.Fatalf("counter = %d, want %d", counter, nthreads*steps)
	}
	if st := s.Stats(); st.TokenAcquisitions == 0 || st.Mode != Parallel {
		t.Fatalf("stats %+v: token acquisitions not counted", st)
	}
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
}

// TestSlotsBound: no more than Slots threads hold a run slot at once, and
// with enough threads the bound is reached (threads that wait a whole
// interval get a slot handed over at the holders' boundaries).
func TestSlotsBound(t *testing.T) {
	for _, slots := range []int{1, 2, 3} {
		s := NewWith(Config{Mode: Parallel, Slots: slots})
		s.SetInterval(100 * time.Microsecond)
		var running, over atomic.Int32
		var release atomic.Bool
		var arrived atomic.Int32
		const n = 5
		runWorkers(t, s, n, func(i int, th *Thread) {
			if running.Add(1) > int32(slots) {
				over.Add(1)
			}
			arrived.Add(1)
			// Spin at boundaries until all threads had a slot at least
			// once: only slot handovers let the later ones in.
			for !release.Load() {
				if arrived.Load() == n {
					release.Store(true)
				}
				if th.Pending() {
					running.Add(-1)
					if err := th.Boundary(true, false); err != nil {
						t.Error(err)
						return
					}
					if running.Add(1) > int32(slots) {
						over.Add(1)
					}
				}
			}
			running.Add(-1)
		})
		if over.Load() != 0 {
			t.Fatalf("slots=%d: more threads ran at once than slots", slots)
		}
		st := s.Stats()
		if st.PeakRunning != slots || st.Slots != slots {
			t.Fatalf("slots=%d: stats %+v, want peak %d", slots, st, slots)
		}
		if st.SlotSwitches == 0 {
			t.Fatalf("slots=%d: no slot handed over, yet %d threads ran", slots, n)
		}
		if !s.Shutdown(5 * time.Second) {
			t.Fatal("goroutines still running")
		}
	}
}

// TestParallelOverlap: two threads with two slots run at the same time:
// each waits (spinning, holding its slot) until it has seen the other
// running, which a GIL would never allow.
func TestParallelOverlap(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	var seen [2]atomic.Bool
	runWorkers(t, s, 2, func(i int, th *Thread) {
		seen[i].Store(true)
		for !seen[1-i].Load() {
		}
	})
	if p := s.Stats().PeakRunning; p != 2 {
		t.Fatalf("peak running %d, want 2", p)
	}
	// runWorkers returns when the bodies have returned; each goroutine
	// releases its slot just after. Shutdown waits for the goroutines.
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("threads did not end")
	}
	if n := s.Running(); n != 0 {
		t.Fatalf("%d threads reported running after they all ended", n)
	}
}

// TestRunningCount: Running counts the threads holding a run slot, both
// while two overlap and after one of them has left.
func TestRunningCount(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	var seen [2]atomic.Bool
	var left, counted, back atomic.Bool
	var counts [2]int
	runWorkers(t, s, 2, func(i int, th *Thread) {
		seen[i].Store(true)
		for !seen[1-i].Load() {
		}
		if i == 0 {
			counts[0] = s.Running() // both hold their slots now
			th.Release()
			left.Store(true)
			for !counted.Load() { // thread 1 counts while this one is out
			}
			if err := th.Acquire(); err != nil {
				t.Error(err)
			}
			for !back.Load() { // thread 1 saw it back before it ends
			}
			return
		}
		for !left.Load() {
		}
		counts[1] = s.Running() // thread 0 has left its slot
		counted.Store(true)
		for s.Running() != 2 {
		}
		back.Store(true)
	})
	if counts != [2]int{2, 1} {
		t.Fatalf("Running reported %v, want [2 1]", counts)
	}
	s.Shutdown(5 * time.Second)
}

// TestParkReleasesTokenAndSlot: a thread parked holding the token (as in
// an atomic block) lets another thread take both the single slot and the
// token, and gets them back after the wake-up.
func TestParkReleasesTokenAndSlot(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 1})
	a := s.NewThread()
	if err := a.Acquire(); err != nil {
		t.Fatal(err)
	}
	a.AcquireToken()
	w := NewWaiter()
	b := s.NewThread()
	bRan := false
	s.Go(b, func() {
		b.AcquireToken()
		bRan = true
		w.Wake()
	})
	within(t, 10*time.Second, func() {
		woken, err := a.Park(w, time.Time{})
		if !woken || err != nil {
			t.Errorf("Park = %v, %v", woken, err)
		}
	})
	if !bRan || !a.HoldsToken() {
		t.Fatalf("b ran: %v; a holds the token again: %v", bRan, a.HoldsToken())
	}
	a.Release()
	a.FlushStats()
	if s.Stats().TokenAcquisitions < 3 {
		t.Fatalf("token acquisitions %d, want >= 3", s.Stats().TokenAcquisitions)
	}
	if !s.Shutdown(5 * time.Second) {
		t.Fatal("goroutines still running")
	}
}

// TestTokenHandoverNested: a thread that keeps the token across
// non-outermost boundaries hands it over when another has waited an
// interval, and takes it back (the GIL's behaviour, for callbacks).
func TestTokenHandoverNested(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	s.SetInterval(200 * time.Microsecond)
	a := s.NewThread()
	_ = a.Acquire()
	a.AcquireToken()
	var got atomic.Bool
	b := s.NewThread()
	s.Go(b, func() {
		b.AcquireToken()
		got.Store(true)
	})
	within(t, 10*time.Second, func() {
		for !got.Load() {
			if a.Pending() {
				if err := a.Boundary(false, false); err != nil {
					t.Error(err)
					return
				}
				if !a.HoldsToken() {
					t.Error("a non-outermost boundary lost the token")
					return
				}
			}
		}
	})
	if s.Switches() == 0 {
		t.Fatal("no token handover counted")
	}
	a.Release()
	s.Shutdown(5 * time.Second)
}

// TestAtomicKeepsToken: at boundaries inside an atomic block the token is
// kept even at the outermost level and when a waiter asks.
func TestAtomicKeepsToken(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	s.SetInterval(100 * time.Microsecond)
	a := s.NewThread()
	_ = a.Acquire()
	a.AcquireToken()
	var got atomic.Bool
	b := s.NewThread()
	s.Go(b, func() {
		b.AcquireToken()
		got.Store(true)
	})
	deadline := time.Now().Add(20 * time.Millisecond)
	for time.Now().Before(deadline) {
		if err := a.Boundary(true, true); err != nil {
			t.Fatal(err)
		}
		if got.Load() || !a.HoldsToken() {
			t.Fatal("the token changed hands inside an atomic block")
		}
	}
	if err := a.Boundary(true, false); err != nil {
		t.Fatal(err)
	}
	if a.HoldsToken() {
		t.Fatal("outermost boundary outside atomic kept the token")
	}
	within(t, 10*time.Second, func() {
		for !got.Load() {
			time.Sleep(time.Millisecond)
		}
	})
	a.Release()
	s.Shutdown(5 * time.Second)
}

// TestParallelShutdown: at Shutdown, threads parked, waiting for a slot,
// waiting for the token or running (they see it at their next boundary)
// all end; goleak checks their goroutines.
func TestParallelShutdown(t *testing.T) {
	s := NewWith(Config{Mode: Parallel, Slots: 2})
	main := s.NewThread()
	_ = main.Acquire()
	var started sync.WaitGroup
	results := make(chan error, 4)
	parked := s.NewThread()
	started.Add(1)
	s.Go(parked, func() {
		started.Done()
		_, err := parked.Park(NewWaiter(), time.Time{})
		results <- err
	})
	spinner := s.NewThread()
	started.Add(1)
	s.Go(spinner, func() {
		started.Done()
		for {
			if spinner.Pending() {
				if err := spinner.Boundary(true, false); err != nil {
					results <- err
					return
				}
			}
		}
	})
	within(t, 10*time.Second, started.Wait)
	// Both slots are now taken (main, spinner; parked gave its slot up
	// or waits for one): a third thread must wait.
	third := s.NewThread()
	s.Go(third, func() { results <- nil })
	if !s.Shutdown(10 * time.Second) {
		t.Fatal("goroutines still running")
	}
	close(results)
	n := 0
	for err := range results {
		if err == ErrShutdown {
			n++
		}
	}
	if n < 2 {
		t.Fatalf("%d threads saw ErrShutdown, want the parked one and the spinner", n)
	}
}

// TestGILModeStats: the GIL baseline reports one slot, peak one.
func TestGILModeStats(t *testing.T) {
	s := New()
	th := s.NewThread()
	_ = th.Acquire()
	th.AcquireToken() // no-op under the GIL
	if th.HoldsToken() {
		t.Fatal("the GIL mode has no token")
	}
	st := s.Stats()
	if st.Mode != GIL || st.Slots != 1 || st.PeakRunning != 1 || st.TokenAcquisitions != 0 {
		t.Fatalf("GIL stats %+v", st)
	}
	th.Release()
	s.Shutdown(time.Second)
}
