package runtime

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/pystm/pystm/sched"
	"go.uber.org/goleak"
)

// TestLockLogInSpan drives a span by hand: a shared lock's release waits
// in the span's lock log (read-your-writes, no write in place, its waiter
// not woken), a thread-local lock is written in place; a rollback puts the
// local lock back and drops the shared write, waiter still queued; a
// commit writes the shared lock, bumps its word and wakes the waiter; a
// failed non-blocking acquire is a logged read that a later release by
// another thread makes stale.
func TestLockLogInSpan(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	shared, local := NewLock(), NewLock()
	publishOf(FromObject(shared))
	if !shared.IsShared() || local.IsShared() {
		t.Fatal("publication")
	}
	shared.locked.Store(true)              // held by "another thread", one waiter
	shared.waiters.Push(sched.NewWaiter()) // (WakeOne takes a waiter out of the queue)
	v0 := shared.ver.load()

	spanForTest(th)
	if err := shared.Release(th); err != nil {
		t.Fatal(err)
	}
	if shared.Locked(th) || !shared.locked.Load() || shared.waiters.Len() != 1 {
		t.Fatalf("release in a span: span sees held=%v, state %v, %d waiters; want false, true (unwritten), 1",
			shared.Locked(th), shared.locked.Load(), shared.waiters.Len())
	}
	if ok, err := shared.Acquire(th, false, -1); !ok || err != nil || !shared.Locked(th) {
		t.Fatalf("acquire after own release: %v %v", ok, err)
	}
	_ = shared.Release(th)
	if !local.TryAcquire(th) || !local.locked.Load() || local.TryAcquire(th) {
		t.Fatal("local lock: acquire in place, second try must fail")
	}
	if th.spActive != true || th.sp.stats.Irrevocable != 0 {
		t.Fatal("lock operations made the span irrevocable")
	}
	th.sp.abortReq, th.sp.cause = true, causeInjected
	th.rollback()
	if local.locked.Load() || !shared.locked.Load() || shared.waiters.Len() != 1 || shared.ver.load() != v0 {
		t.Fatalf("after rollback: local %v, shared %v, %d waiters, version %d->%d",
			local.locked.Load(), shared.locked.Load(), shared.waiters.Len(), v0, shared.ver.load())
	}

	spanForTest(th)
	if err := shared.Release(th); err != nil {
		t.Fatal(err)
	}
	if err := th.commitSpan(); err != nil {
		t.Fatal(err)
	}
	if shared.locked.Load() || shared.waiters.Len() != 0 || shared.ver.load() <= v0 || shared.ver.load()&1 != 0 {
		t.Fatalf("after commit: state %v, %d waiters, version %d->%d", shared.locked.Load(), shared.waiters.Len(), v0, shared.ver.load())
	}
	th.schedThread().ReleaseToken()

	// A conflict of a span that wrote a shared lock makes the lock's
	// blocking acquires take the token for a while (Lock.hot).
	spanForTest(th)
	if ok, _ := shared.Acquire(th, true, -1); !ok || !th.spActive {
		t.Fatal("acquire of a cold free lock: want it in the span's log")
	}
	th.sp.abortReq, th.sp.cause = true, causeConflict
	th.rollback()
	if shared.hot.Load() < lockHot {
		t.Fatalf("lock score %d after a conflict, want >= %d", shared.hot.Load(), lockHot)
	}
	spanForTest(th)
	if ok, _ := shared.Acquire(th, true, -1); !ok || th.spActive || !shared.locked.Load() {
		t.Fatalf("acquire of a hot lock: ok %v, span active %v, state %v; want it taken holding the token", ok, th.spActive, shared.locked.Load())
	}
	_ = shared.Release(th)
	th.unlockWords()
	th.schedThread().ReleaseToken()
	shared.hot.Store(0)

	// A failed try is a read: another thread's release makes it stale.
	shared.locked.Store(true)
	spanForTest(th)
	if shared.TryAcquire(th) {
		t.Fatal("try on a held lock succeeded")
	}
	shared.locked.Store(false)
	shared.ver.bump(nil) // a writer with no thread: the word is locked (odd)
	if err := th.commitSpan(); err != errAbort {
		t.Fatalf("commit after the lock changed: %v, want errAbort", err)
	}
	th.rollback()
}

// lockLoopProgram: each thread takes its own lock, an RLock twice and a
// shared lock of its own (made by the main thread) around thread-local
// updates; try-acquires of a held lock fail. (No shared data is written
// in the loop, and no lock is taken by two threads in it: conflicts would
// make the locks of the conflicting spans take the token for a while,
// Lock.hot, and a lock's pessimistic acquires change its version, which
// can keep a lock that several threads take hot.)
const lockLoopProgram = `import threading
shared = threading.Lock()
plocks = [threading.Lock() for _ in range(3)]
tlock = threading.Lock()
total = [0]
fails = [0]
res = []
def work(k):
    mine = threading.Lock()
    rl = threading.RLock()
    x = 0
    for i in range(3000):
        with mine:
            x += 1
            if mine.acquire(False):
                fails[0] += 1000
        with rl:
            with rl:
                x += 1
        with plocks[k]:
            x += 1
    with tlock:
        total[0] += 300
    with shared:
        res.append(x)
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), total[0], fails[0], shared.locked())
`

// TestLocksStayAbortable: lock operations keep spans abortable, so a loop
// of lock-protected updates commits most of its spans abortable; when
// each acquire made its span irrevocable (before), every one of the 9,000
// iterations' spans became irrevocable. The totals are exact at each
// abort rate.
func TestLocksStayAbortable(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	for i, st := range runSpannedRates(t, "locks.py", lockLoopProgram, "[9000, 9000, 9000] 900 0 False\n") {
		t.Logf("abort rate %v: %+v", spannedRates[i], st)
		if st.Committed < uint64(9000/spanMaxBoundaries/2) || st.Irrevocable > 3000 {
			t.Errorf("abort rate %v: %+v: want lock loops committed abortable, few irrevocable", spannedRates[i], st)
		}
	}
}

// retryProgram: a consumer takes items from a Queue, a Condition-guarded
// list and an Event inside atomic blocks, waiting there when they are
// empty; the producer gives the first item only once the consumer has
// begun a retry wait (retry_parks, a hook of this test; the spin is
// bounded so that a broken retry fails the test instead of hanging it).
// The consumer enters its first block only once the producer runs (so it
// does not run alone, which would send its blocks to the token) and
// after enough backward jumps that a span runs and the contention of a
// conflict on started has passed (a conflict's re-run is irrevocable and
// sends the next atomic blocks to the token for a while).
const retryProgram = `import threading, transaction, queue
q = queue.Queue()
cond = threading.Condition()
items = []
ev = threading.Event()
N = 40
got = []
started = []
def consumer():
    while not started:
        pass
    for i in range(5000):
        pass
    for i in range(N):
        with transaction.atomic:
            got.append(q.get())
    n = 0
    while n < N:
        with transaction.atomic:
            with cond:
                while not items:
                    cond.wait()
                n += len(items)
                got.extend(items)
                del items[:]
    with transaction.atomic:
        ev.wait()
        got.append("ev")
def producer():
    started.append(1)
    spins = 0
    while retry_parks() == 0 and spins < 20000000:
        spins += 1
    for i in range(N):
        q.put(i)
    for i in range(N):
        with cond:
            items.append(100 + i)
            cond.notify()
    ev.set()
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start(); c.join(); p.join()
print(got[:N] == list(range(N)), sorted(got[N:2*N]) == list(range(100, 100 + N)), got[2*N:])
`

// TestRetryWaits: waits inside atomic blocks retry (counted as retries,
// not conflicts) and the results are exact; with injected aborts too.
func TestRetryWaits(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	for _, rate := range spannedRates {
		var out, errb strings.Builder
		path := filepath.Join(t.TempDir(), "retry.py")
		in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 3,
			STMAbortRate: rate, Path: []string{filepath.Dir(path)}})
		hub := &in.spans.retry
		in.Builtins.SetStr("retry_parks", FromObject(&BuiltinFunction{Name: "retry_parks", pure: true,
			Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) { return Int(hub.parks.Load()), nil }}))
		if code := in.RunMain([]byte(retryProgram), path); code != 0 || out.String() != "True True ['ev']\n" || errb.Len() != 0 {
			t.Fatalf("abort rate %v: exit %d, stdout %q, stderr %s", rate, code, out.String(), errb.String())
		}
		st, _ := in.SpanStats()
		t.Logf("abort rate %v: %+v", rate, st)
		if st.Retries == 0 || hub.parks.Load() == 0 {
			t.Errorf("abort rate %v: %+v: want retries", rate, st)
		}
		if hub.n.Load() != 0 {
			t.Errorf("abort rate %v: %d retry waiters left registered", rate, hub.n.Load())
		}
	}
}

// exactWakeProgram: the worker waits, in atomic blocks, on locks the main
// thread holds; its spans read only lock-free (no token), so each retry
// waits on its read log alone, and only the main thread's committed
// release can wake it: a lost wake-up hangs the test. (Everything is in
// functions: a store into the shared module globals would send the
// worker's global reads to the token, and its retries would poll.) The main thread
// releases lock r once the worker has begun its r+1-th retry wait (the
// spin is bounded, so a wait that did not retry does not hang it).
const exactWakeProgram = `import threading, transaction
def worker(locks, done, go):
    while not go:
        pass
    for i in range(5000):
        pass
    for r in range(len(locks)):
        with transaction.atomic:
            locks[r].acquire()
            done.append(r)
            locks[r].release()
def main(R):
    locks = [threading.Lock() for _ in range(R)]
    for l in locks:
        l.acquire()
    done = []
    go = []
    w = threading.Thread(target=worker, args=(locks, done, go))
    w.start()
    go.append(1)
    for r in range(R):
        spins = 0
        while retry_parks() <= r and spins < 20000000:
            spins += 1
        locks[r].release()
    w.join()
    print(done == list(range(R)), [l.locked() for l in locks].count(True))
main(12)
`

// TestRetryExactWake: retries whose read log is complete are woken by the
// commit that changed what they read (the lock's release), never lost.
func TestRetryExactWake(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var out, errb strings.Builder
	path := filepath.Join(t.TempDir(), "exact.py")
	in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 2,
		Path: []string{filepath.Dir(path)}})
	hub := &in.spans.retry
	in.Builtins.SetStr("retry_parks", FromObject(&BuiltinFunction{Name: "retry_parks", pure: true,
		Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) { return Int(hub.parks.Load()), nil }}))
	if code := in.RunMain([]byte(exactWakeProgram), path); code != 0 || out.String() != "True 0\n" || errb.Len() != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, out.String(), errb.String())
	}
	st, _ := in.SpanStats()
	t.Logf("%+v, %d retry waits", st, hub.parks.Load())
	if st.Retries < 6 {
		t.Errorf("%+v: want most of the 12 waits retried", st)
	}
}

// TestLockReadEndsSpan: reading a lock whose word a writer without a span
// still holds locked takes the token, and a span with other buffered
// writes becomes irrevocable there; the lock operation must then write
// the lock itself, not a lock log that no commit will apply (that lost
// acquires and releases: "release unlocked lock" in a bounded
// queue.Queue pipeline).
func TestLockReadEndsSpan(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	l, lst := NewLock(), NewList(nil)
	publishOf(FromObject(l))
	publishOf(FromObject(lst))
	for _, op := range []string{"try", "acquire", "release"} {
		spanForTest(th)
		th.sp.la = append(th.sp.la, listAppend{l: lst, v: Int(1)}) // a buffered append
		l.locked.Store(op == "release")
		l.ver.bump(nil) // locked (odd) by a writer with no thread
		var ok bool
		switch op {
		case "try":
			ok = l.TryAcquire(th)
		case "acquire":
			ok, _ = l.Acquire(th, true, -1)
		case "release":
			ok = l.Release(th) == nil
		}
		if th.spActive || !ok || l.locked.Load() != (op != "release") || len(th.sp.locks.shared) != 0 {
			t.Errorf("%s: span active %v, ok %v, state %v, %d lock-log entries left", op, th.spActive, ok, l.locked.Load(), len(th.sp.locks.shared))
		}
		th.unlockWords()
		th.schedThread().ReleaseToken()
	}
	if lst.Len() != 3 {
		t.Errorf("buffered appends applied: %d, want 3", lst.Len())
	}
}
