package runtime

// This file defines a thread's pending events: something another goroutine
// asks the thread to do at its next bytecode boundary. Today the only kind
// is "raise this exception" (an embedder's context was cancelled, SIGINT
// for the main thread). The events share the switch-interval check: the
// boundary test is one more atomic load, and the slow path (yieldGIL)
// takes the event before anything else.

import (
	"errors"
	"sync"
	"sync/atomic"

	"github.com/pystm/pystm/sched"
)

// threadEvents is a Thread's pending events (a field of Thread).
type threadEvents struct {
	// flag says the boundary has something to do: an event is posted, or
	// a step budget is counted down. The boundary check reads only this.
	flag   atomic.Bool
	posted atomic.Bool // an event is posted (set with err, under mu)
	mu     sync.Mutex  // guards err and sleeper, and clearing flag
	err    error
	// sleeper is the waiter of a sleep or lock wait in progress, woken
	// when an event is posted so that a waiting thread sees it promptly.
	sleeper *sched.Waiter
	// steps is what is left of the step budget (SetStepLimit) while
	// limited; only the thread's own goroutine uses them.
	steps   int64
	limited bool
}

// ErrStepLimit is the status a thread stops with when it used up the step
// budget SetStepLimit gave it: like ErrStopped, it unwinds every frame
// without running except, finally or __exit__.
var ErrStepLimit = errors.New("pystm: step limit exceeded")

// SetStepLimit gives t a budget of n steps — bytecode boundaries: backward
// jumps and calls, about one per loop iteration or call — after which it
// stops with ErrStepLimit; n <= 0 removes the budget. Only t's own
// goroutine may call it. While a budget is set every boundary takes the
// slow path, so a thread without one pays nothing.
func (t *Thread) SetStepLimit(n int64) {
	e := &t.ev
	e.mu.Lock()
	defer e.mu.Unlock()
	if n > 0 {
		e.steps, e.limited = n, true
		e.flag.Store(true)
		return
	}
	e.steps, e.limited = 0, false
	e.flag.Store(e.posted.Load())
}

// pending reports that an event waits: one atomic load, for the boundary.
func (e *threadEvents) pending() bool { return e.flag.Load() }

// PostEvent asks t to raise err at its next bytecode boundary (a backward
// jump or a call), or at once if it sleeps (the sleep is cut short). An
// *Exception is raised as a Python exception (KeyboardInterrupt for
// SIGINT); any other error is a status that unwinds the thread without
// running handlers, as ErrStopped does. Any goroutine may call it. Posting
// again before the thread took the event replaces it; an event is raised
// once.
func (t *Thread) PostEvent(err error) {
	e := &t.ev
	e.mu.Lock()
	e.err = err
	e.posted.Store(true)
	e.flag.Store(true)
	w := e.sleeper
	e.mu.Unlock()
	if w != nil {
		w.Wake()
	}
}

// takeEvent returns the error of the pending event, if any, and clears
// it. Only t's own goroutine calls it, at a boundary.
func (t *Thread) takeEvent() error {
	e := &t.ev
	if !e.flag.Load() {
		return nil
	}
	if e.limited {
		if e.steps--; e.steps < 0 {
			t.SetStepLimit(0)
			return ErrStepLimit
		}
		if !e.posted.Load() {
			return nil // the common case under a budget: no lock taken
		}
	}
	e.mu.Lock()
	err := e.err
	e.err = nil
	e.posted.Store(false)
	e.flag.Store(e.limited)
	e.mu.Unlock()
	return err
}

// ErrStopped is the status PostEvent raises to stop a thread outright:
// it unwinds every frame without running except, finally or __exit__
// (an embedder stopping a script that would not end on a Cancelled
// exception).
var ErrStopped = errors.New("pystm: thread stopped")

// interruptibleWaiter returns the waiter to park on so that a posted
// event wakes the thread: a new one for a sleep (w nil), w itself for a
// lock wait, registered with the events; nil for other waits, whose
// waiter sits in a queue abandonWait cannot clean up (they end only when
// they end). The caller calls endSleep when the park returns.
func (t *Thread) interruptibleWaiter(w *sched.Waiter) *sched.Waiter {
	if w == nil {
		w = sched.NewWaiter()
	} else if _, ok := t.th.wait.key.(*Lock); !ok {
		return nil
	}
	t.registerSleeper(w)
	return w
}

// registerSleeper makes w the waiter an event posted to t wakes; an
// event already posted wakes it at once. endSleep unregisters it.
func (t *Thread) registerSleeper(w *sched.Waiter) {
	e := &t.ev
	e.mu.Lock()
	e.sleeper = w
	pending := e.posted.Load()
	e.mu.Unlock()
	if pending {
		w.Wake()
	}
}

// abandonWait gives up the pending wait because an event cut it short:
// a lock wait takes its waiter out of the lock's queue and, since the
// wake-up it got may have been the lock's release, passes it on to the
// next waiter if the lock is free.
func (t *Thread) abandonWait() {
	p := &t.th.wait
	if l, ok := p.key.(*Lock); ok && p.w != nil {
		t.touch(&l.Header)
		l.waiters.Remove(p.w)
		if !l.locked.Load() {
			l.waiters.WakeOne()
		}
	}
	t.endWait()
}

// endSleep forgets the waiter of the wait that ended.
func (t *Thread) endSleep() {
	e := &t.ev
	e.mu.Lock()
	e.sleeper = nil
	e.mu.Unlock()
}
