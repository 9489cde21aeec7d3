package runtime

// This file defines STM retry (DESIGN.md, concurrency contract point 3):
// a wait inside an atomic block that runs in an abortable span. The block
// cannot commit half-way, so instead of waiting in it the span is rolled
// back (cause "retry": counted apart from conflicts, no penalty, no
// irrevocable re-run), the thread parks until something it read may have
// changed, and the span runs again, abortably, from where it began. The
// waits of threading's Condition, Event, Semaphore, Barrier and queue's
// Queue are lock acquires (span_locks.go), so they all retry this way.
//
// What wakes a retrying thread: every write to a shared object's state
// bumps a version word (readlog.go) and the writer's transaction end
// makes the word even again (unlockWords), after which it calls
// retryHub.wake. The retrying thread registers its waiter first and then
// compares the words of its saved read log with the versions it read:
// sequentially consistent atomics on both sides (the writer's Add, then
// its load of the hub's count; the thread's Add to the count, then its
// loads of the words) mean that either the thread sees a word changed and
// re-runs at once, or the writer sees the waiter and wakes it: no wake-up
// is lost between the check and the park. A wake-up that changed nothing
// it read (another object written) parks it again.
//
// That is exact when the span read every shared object lock-free (its
// read log is complete). A span that took the token read some objects
// with no log entry, so any word unlocked by another thread's transaction
// end wakes it, and it also looks again after retryPoll, since a few
// kinds of shared state (sets, iterators) are written under the token
// without a version word.
//
// Progress: the retrying span wrote nothing another thread can see, so it
// cannot make another thread abort, and it re-runs only after another
// thread's transaction ended with writes: no livelock between retriers.

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/pystm/pystm/sched"
)

// retryPoll is how long a retrying thread whose read log is incomplete
// waits at most before it re-runs its span.
const retryPoll = 2 * time.Millisecond

// retryHub holds the waiters of the interpreter's retrying threads (a
// field of spanConfig).
type retryHub struct {
	// n is len(ws), read without mu by every transaction end that
	// unlocked words.
	n  atomic.Int32
	mu sync.Mutex
	ws []*sched.Waiter
	// parks counts retry waits begun (bookkeeping for tests, never
	// rolled back).
	parks atomic.Int64
}

func (h *retryHub) add(w *sched.Waiter) {
	h.mu.Lock()
	h.ws = append(h.ws, w)
	h.n.Add(1)
	h.mu.Unlock()
}

// remove takes w out if a wake-up has not taken it already.
func (h *retryHub) remove(w *sched.Waiter) {
	h.mu.Lock()
	for i, x := range h.ws {
		if x == w {
			last := len(h.ws) - 1
			h.ws[i] = h.ws[last]
			h.ws[last] = nil
			h.ws = h.ws[:last]
			h.n.Add(-1)
			break
		}
	}
	h.mu.Unlock()
}

// wake wakes every retrying thread (called after a transaction's version
// words got their new versions).
func (h *retryHub) wake() {
	if h.n.Load() == 0 {
		return
	}
	h.mu.Lock()
	for i, w := range h.ws {
		w.Wake()
		h.ws[i] = nil
	}
	h.ws = h.ws[:0]
	h.n.Store(0)
	h.mu.Unlock()
}

// retryState is a thread's pending retry (a field of spanState): the read
// log of the span that retried, kept across its rollback.
type retryState struct {
	pending bool
	// exact says reads holds everything the span read of shared objects.
	exact bool
	reads []readEntry
	// dls are the deadlines of the span's timed waits, kept for the
	// re-run with the clock reads of the span (span_timedwaits.go), dl
	// the one the retry parks until (zero: none); keepTimed says the
	// running span's rollback keeps them.
	dls       []retryDeadline
	dl        time.Time
	clock     spanClock
	keepTimed bool
}

// retrySpan ends the running span for a retry: it returns errAbort, and
// runBase rolls the span back and calls retryPark.
func (t *Thread) retrySpan(l *Lock) error {
	r := &t.sp.retry
	r.pending = true
	r.dl = time.Time{} // (timedRetry sets it after this)
	r.exact = !t.spanHoldsToken()
	r.reads = append(r.reads[:0], t.sp.reads...)
	t.sp.abortReq, t.sp.cause = true, causeRetry
	return errAbort
}

// stillCurrent reports whether every saved read is still current.
func (r *retryState) stillCurrent() bool {
	for i := range r.reads {
		if r.reads[i].w.load() != r.reads[i].v {
			return false
		}
	}
	return true
}

// retryPark is called by runBase after a rollback: after a retry it parks
// the thread (holding neither the token nor a run slot) until what the
// span read may have changed, then begins an abortable span again at the
// restored frame. A non-nil result (shutdown) ends the thread.
func (t *Thread) retryPark() error {
	r := &t.sp.retry
	if !r.pending {
		return nil
	}
	r.pending = false
	st := t.schedThread()
	t.unlockWords()
	if st.HoldsToken() {
		st.ReleaseToken()
	}
	hub := &t.interp.spans.retry
	hub.parks.Add(1)
	var err error
	for {
		w := sched.NewWaiter()
		hub.add(w)
		t.registerSleeper(w) // KeyboardInterrupt cuts a retry park short (thread_events.go)
		if r.exact && !r.stillCurrent() {
			hub.remove(w)
			t.endSleep()
			break
		}
		var deadline time.Time
		if !r.exact {
			deadline = time.Now().Add(retryPoll)
		}
		if !r.dl.IsZero() && (deadline.IsZero() || r.dl.Before(deadline)) {
			deadline = r.dl // a timed wait (span_timedwaits.go)
		}
		_, err = st.Park(w, deadline)
		hub.remove(w)
		t.endSleep()
		if err != nil || !r.exact || t.ev.posted.Load() {
			// (A posted event: the re-run's first boundary raises it.)
			break
		}
		if !r.dl.IsZero() && !time.Now().Before(r.dl) {
			break // the re-run's wait times out
		}
	}
	clear(r.reads)
	r.reads = r.reads[:0]
	if err != nil {
		t.dropTimedRetry()
		return err
	}
	t.sp.cooldown = 0
	t.maybeBeginSpan(0)
	if !t.spActive {
		t.dropTimedRetry() // the re-run reads the clock itself
	}
	return nil
}
