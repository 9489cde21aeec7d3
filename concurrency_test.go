package pystm_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/pystm/pystm"
)

// sharedCounterScript keeps shared state in plain Python objects: a
// counter and a log, updated together in one atomic block so that no
// interleaving of the callers' threads can separate them.
const sharedCounterScript = `
import transaction
state = {"count": 0, "total": 0}
seen = []

def add(n):
    with transaction.atomic:
        c = state["count"]
        # Many bytecodes between the read and the write, and a loop with
        # backward jumps where the scheduler may switch threads.
        for _ in range(50):
            pass
        state["count"] = c + 1
        state["total"] = state["total"] + n
        seen.append(n)
    return c
`

// TestManyGoroutines has 100 goroutines call one script function that
// updates shared Python state; the final state must be exact and every
// caller must have seen a distinct previous count.
func TestManyGoroutines(t *testing.T) {
	for _, par := range testModes {
		in, _ := newInterp(t, pystm.Options{Parallel: par, Threads: 2, SwitchInterval: 200 * time.Microsecond})
		ctx := context.Background()
		m, err := in.Exec(ctx, "counter.py", sharedCounterScript)
		if err != nil {
			t.Fatal(err)
		}
		const goroutines, calls = 100, 10
		var wg sync.WaitGroup
		prev := make([][]int64, goroutines)
		errs := make(chan error, goroutines)
		start := time.Now()
		for g := range goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range calls {
					v, err := m.Call(ctx, "add", g*calls+i)
					if err != nil {
						errs <- err
						return
					}
					n, _ := v.Int64()
					prev[g] = append(prev[g], n)
				}
			}()
		}
		wg.Wait()
		t.Logf("parallel=%v: %d calls in %v", par, goroutines*calls, time.Since(start))
		close(errs)
		for err := range errs {
			t.Fatal(err)
		}
		v, err := m.Eval(ctx, `(state["count"], state["total"], len(seen), len(set(seen)))`)
		if err != nil {
			t.Fatal(err)
		}
		var got [4]int
		if err := v.Decode(ctx, &got); err != nil {
			t.Fatal(err)
		}
		n := goroutines * calls
		if want := [4]int{n, n * (n - 1) / 2, n, n}; got != want {
			t.Fatalf("parallel=%v: (count, total, len(seen), distinct) = %v, want %v", par, got, want)
		}
		var all []int64
		for _, p := range prev {
			all = append(all, p...)
		}
		slices.Sort(all)
		for i, x := range all {
			if x != int64(i) {
				t.Fatalf("parallel=%v: the callers saw previous counts %v..., want each of 0..%d once", par, all[:min(len(all), 10)], n-1)
			}
		}
	}
}

// cancelScripts are loops with no calls that only cancellation can stop.
var cancelScripts = map[string]string{
	"spin":    "def run():\n    while True:\n        pass\n",
	"arith":   "def run():\n    x = 0\n    while True:\n        x = (x + 1) % 7\n",
	"swallow": "def run():\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass\n",
	"sleep":   "import time\ndef run():\n    time.sleep(3600)\n",
	"lock":    "import threading\nheld = threading.Lock()\nheld.acquire()\ndef run():\n    held.acquire()\n",
	"atomic":  "import transaction\ndef run():\n    with transaction.atomic:\n        while True:\n            try:\n                while True:\n                    pass\n            except BaseException:\n                pass\n",
}

// TestCancelInfiniteLoop cancels running scripts that never return: each
// call must stop well within a second of the cancellation with an error
// that says so. It reports the median latency.
func TestCancelInfiniteLoop(t *testing.T) {
	for _, par := range testModes {
		in, _ := newInterp(t, pystm.Options{Parallel: par})
		lat := map[string][]time.Duration{}
		for name, src := range cancelScripts {
			m, err := in.Exec(context.Background(), name+".py", src)
			if err != nil {
				t.Fatal(err)
			}
			for range 7 {
				ctx, cancel := context.WithCancel(context.Background())
				res := make(chan error, 1)
				go func() {
					_, err := m.Call(ctx, "run")
					res <- err
				}()
				time.Sleep(20 * time.Millisecond) // let it get into the loop (not a synchronisation: either way it must stop)
				cancelled := time.Now()
				cancel()
				var err error
				select {
				case err = <-res:
				case <-time.After(time.Second):
					t.Fatalf("parallel=%v %s: still running 1 s after cancel", par, name)
				}
				lat[name] = append(lat[name], time.Since(cancelled))
				var pe *pystm.Error
				if !errors.Is(err, context.Canceled) || !errors.As(err, &pe) || pe.Type != "Cancelled" || pe.Message != "context canceled" {
					t.Fatalf("parallel=%v %s: error %v, want a Cancelled *Error wrapping context.Canceled", par, name, err)
				}
				// The interpreter serves the next call (a thread stopped
				// inside an atomic block left nothing held).
				if v, err := m.Eval(context.Background(), "6 * 7"); err != nil || v.String() != "42" {
					t.Fatalf("parallel=%v %s: the call after a cancellation gave %v, %v", par, name, v, err)
				}
			}
		}
		for _, name := range []string{"spin", "arith", "sleep", "lock", "swallow", "atomic"} {
			l := lat[name]
			slices.Sort(l)
			t.Logf("parallel=%v: cancellation latency, %s: median %v, max %v (%d runs)", par, name, l[len(l)/2], l[len(l)-1], len(l))
		}
	}
}

// TestDeadline stops a loop at its context's deadline and by
// Options.Timeout, with errors that wrap context.DeadlineExceeded, and
// runs the script's finally block on the way out.
func TestDeadline(t *testing.T) {
	in, out := newInterp(t, pystm.Options{})
	m, err := in.Exec(context.Background(), "dl.py", `
def run():
    try:
        while True:
            pass
    finally:
        print("cleaned up")
`)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	_, err = m.Call(ctx, "run")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("error %v, want DeadlineExceeded", err)
	}
	if out.String() != "cleaned up\n" {
		t.Fatalf("output %q", out.String())
	}
	in2, _ := newInterp(t, pystm.Options{Timeout: 30 * time.Millisecond})
	_, err = in2.Eval(context.Background(), "[0 for _ in iter(int, 1)]")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Options.Timeout: error %v, want DeadlineExceeded", err)
	}
	// An already-cancelled context runs nothing.
	done, cancel2 := context.WithCancel(context.Background())
	cancel2()
	if _, err := in.Eval(done, "1"); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: %v", err)
	}
}

// testModes are the scheduler modes the concurrency tests run under:
// the GIL baseline (false) and parallel mode (true).
var testModes = []bool{false, true}

// TestCancelLockWaiter cancels one of two calls waiting for a lock: the
// other must still get the lock when it is released (the cancelled
// waiter leaves the lock's queue and passes on a wake-up it took).
func TestCancelLockWaiter(t *testing.T) {
	for _, par := range testModes {
		in, _ := newInterp(t, pystm.Options{Parallel: par})
		bg := context.Background()
		m, err := in.Exec(bg, "lk.py", `
import threading
lk = threading.Lock()
lk.acquire()
def wait():
    with lk:
        return "got"
def release():
    lk.release()
`)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(bg)
		resA, resB := make(chan error, 1), make(chan pystm.Value, 1)
		go func() {
			_, err := m.Call(ctx, "wait")
			resA <- err
		}()
		go func() {
			v, err := m.Call(bg, "wait")
			if err != nil {
				t.Error(err)
			}
			resB <- v
		}()
		time.Sleep(20 * time.Millisecond) // let both queue (not a synchronisation: any order must work)
		cancel()
		if err := <-resA; !errors.Is(err, context.Canceled) {
			t.Fatalf("parallel=%v: cancelled waiter: %v", par, err)
		}
		if _, err := m.Call(bg, "release"); err != nil {
			t.Fatal(err)
		}
		select {
		case v := <-resB:
			if v.String() != "got" {
				t.Fatalf("parallel=%v: other waiter got %v", par, v)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("parallel=%v: the other waiter never got the released lock", par)
		}
	}
}

// TestHandlesAcrossGoroutines uses handles from many goroutines while
// scripts change the objects behind them: a list handle read with Go
// while other calls append to it, and a dict made once by ValueOf and
// passed to calls on other goroutines. Under -race this checks that what
// is handed out is published, and each read sees a consistent list.
func TestHandlesAcrossGoroutines(t *testing.T) {
	for _, par := range testModes {
		in, _ := newInterp(t, pystm.Options{Parallel: par, Threads: 2})
		ctx := context.Background()
		m, err := in.Exec(ctx, "h.py", "items = []\ndef add(cfg, x):\n    items.append(x * cfg['scale'])\n")
		if err != nil {
			t.Fatal(err)
		}
		lst, err := m.Get(ctx, "items")
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := in.ValueOf(ctx, map[string]int{"scale": 2})
		if err != nil {
			t.Fatal(err)
		}
		const writers, readers, n = 8, 8, 50
		var wg sync.WaitGroup
		errs := make(chan error, writers+readers)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range n {
					if _, err := m.Call(ctx, "add", cfg, w*n+i); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		for range readers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				last := 0
				for range n {
					g, err := lst.Go(ctx)
					if err != nil {
						errs <- err
						return
					}
					items := g.([]any)
					if len(items) < last {
						errs <- fmt.Errorf("the list shrank from %d to %d", last, len(items))
						return
					}
					last = len(items)
					for _, x := range items {
						if v, ok := x.(int64); !ok || v%2 != 0 {
							errs <- fmt.Errorf("read item %v", x)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("parallel=%v: %v", par, err)
		}
		v, err := m.Eval(ctx, "(len(items), sum(items))")
		if err != nil {
			t.Fatal(err)
		}
		var got [2]int
		if err := v.Decode(ctx, &got); err != nil {
			t.Fatal(err)
		}
		total := writers * n
		if want := [2]int{total, total * (total - 1)}; got != want {
			t.Fatalf("parallel=%v: (len, sum) = %v, want %v", par, got, want)
		}
	}
}
