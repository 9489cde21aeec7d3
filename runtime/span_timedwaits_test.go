package runtime

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// timedWaitsProgram: the main thread's timed waits inside atomic blocks
// (while another thread runs, so that its blocks are transactions):
// a Lock.acquire(timeout=) that times out, a Queue.get(timeout=) that
// times out (its loop reads the clock around the wait), two timed waits
// in blocks of one span, and a Queue.get(timeout=) that another thread
// satisfies.
const timedWaitsProgram = `import threading, queue, time, transaction
stop = []
def spin(lk):
    lk.acquire()
    n = 0
    while not stop:
        n += 1
    lk.release()
def main():
    lk = threading.Lock()
    s = threading.Thread(target=spin, args=(lk,))
    s.start()
    while not lk.locked():
        pass
    out = []
    t0 = time.monotonic()
    with transaction.atomic:
        out.append(lk.acquire(timeout=0.02))
    out.append(time.monotonic() - t0 >= 0.018)
    q = queue.Queue()
    t0 = time.monotonic()
    with transaction.atomic:
        try:
            q.get(timeout=0.02)
        except queue.Empty:
            out.append("Empty")
    out.append(time.monotonic() - t0 >= 0.018)
    for i in range(3):
        with transaction.atomic:
            out.append(lk.acquire(timeout=0.01))
        with transaction.atomic:
            out.append(lk.acquire(timeout=0.015))
    q2 = queue.Queue()
    p = threading.Thread(target=lambda: q2.put(7))
    p.start()
    with transaction.atomic:
        out.append(q2.get(timeout=30))
    p.join()
    stop.append(1)
    s.join()
    print(out)
main()
`

// TestTimedRetryWaits: timed waits inside atomic blocks retry (the
// figures say so) and time out with CPython's results after at least
// their timeout, with and without injected aborts; nothing is left
// registered. Mutations caught: a fresh deadline at each re-run (the
// waits never time out: the test hangs, bounded), no clock replay (the
// Queue.get re-run computes a new end: it waits again, forever), one
// kept deadline per span (two waits re-run each other forever), an
// expired deadline not timing out.
func TestTimedRetryWaits(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[False, True, 'Empty', True, False, False, False, False, False, False, 7]\n"
	for _, rate := range spannedRates {
		var out, errb strings.Builder
		path := filepath.Join(t.TempDir(), "timed.py")
		in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 3,
			STMAbortRate: rate, Path: []string{filepath.Dir(path)}})
		done := make(chan int, 1)
		go func() { done <- in.RunMain([]byte(timedWaitsProgram), path) }()
		select {
		case code := <-done:
			if code != 0 || out.String() != want || errb.Len() != 0 {
				t.Fatalf("abort rate %v: exit %d, stdout %q, stderr %s", rate, code, out.String(), errb.String())
			}
		case <-time.After(2 * time.Minute):
			t.Fatalf("abort rate %v: the timed waits did not end (stdout %q)", rate, out.String())
		}
		st, _ := in.SpanStats()
		t.Logf("abort rate %v: %+v", rate, st)
		if st.Retries == 0 {
			t.Errorf("abort rate %v: %+v: want timed retries", rate, st)
		}
		if n := in.spans.retry.n.Load(); n != 0 {
			t.Errorf("abort rate %v: %d retry waiters left registered", rate, n)
		}
	}
}

// interruptRetryProgram: the main thread waits inside an atomic block on
// a lock another thread holds for ever: a retry whose read log is exact
// (the lock's word alone), so nothing but an event ends its park.
const interruptRetryProgram = `import threading, transaction
stop = []
def spin(lk):
    lk.acquire()
    n = 0
    while not stop:
        n += 1
def main():
    lk = threading.Lock()
    s = threading.Thread(target=spin, args=(lk,))
    s.start()
    while not lk.locked():
        pass
    try:
        # (Commits: a conflict on the way makes atomic blocks take the
        # token for a while, token.go. The span the block runs in begins
        # in this loop, inside the try: its re-run raises the interrupt
        # at its first boundary.)
        for i in range(300000):
            pass
        with transaction.atomic:
            lk.acquire()
        print("acquired")
    except KeyboardInterrupt:
        print("KeyboardInterrupt")
    stop.append(1)
    s.join()
main()
`

// TestRetryParkInterrupted: KeyboardInterrupt (Interpreter.Interrupt, as
// SIGINT and _thread.interrupt_main post it) cuts a retry park of the
// main thread short: the block re-runs and raises it. The interrupt is
// posted once the retry park has begun (polled, bounded). (The park
// here polls, its span having taken the token on the way, so a park not
// registered with the thread's events ends too, at the next poll: this
// test checks the outcome, not the promptness.)
func TestRetryParkInterrupted(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var out, errb strings.Builder
	path := filepath.Join(t.TempDir(), "intr.py")
	in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 3,
		Path: []string{filepath.Dir(path)}})
	done := make(chan int, 1)
	go func() { done <- in.RunMain([]byte(interruptRetryProgram), path) }()
	hub := &in.spans.retry
	deadline := time.Now().Add(time.Minute)
	for hub.parks.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if hub.parks.Load() == 0 {
		in.Interrupt()
		<-done
		t.Fatalf("the wait never retried: stdout %q", out.String())
	}
	in.Interrupt()
	select {
	case code := <-done:
		if code != 0 || out.String() != "KeyboardInterrupt\n" || errb.Len() != 0 {
			t.Fatalf("exit %d, stdout %q, stderr %s", code, out.String(), errb.String())
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("the interrupt did not end the retry park")
	}
}
