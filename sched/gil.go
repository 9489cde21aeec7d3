package sched

// This file defines Scheduler and its lock: the GIL in GIL mode, the token
// in parallel mode (parallel.go). Acquisition, release, and the
// switch-interval handover.

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// ErrShutdown is returned to a thread that wants to run (or is parked)
// after Shutdown: the thread must return without touching any object.
var ErrShutdown = errors.New("sched: interpreter shut down")

// DefaultInterval is CPython's default switch interval.
const DefaultInterval = 5 * time.Millisecond

// Mode selects how threads share the interpreter.
type Mode int

const (
	// GIL is the baseline: one global lock, held by the running thread
	// and handed over at bytecode boundaries.
	GIL Mode = iota
	// Parallel lets up to Config.Slots threads run at once; the lock
	// becomes the token, taken only by a thread that touches a shared
	// object and released at its next outermost boundary.
	Parallel
)

// String names the mode as the command line does.
func (m Mode) String() string {
	if m == Parallel {
		return "parallel"
	}
	return "gil"
}

// Config configures a Scheduler.
type Config struct {
	Mode Mode
	// Slots bounds how many threads run Python at once in parallel mode
	// (the -threads flag); zero or less means GOMAXPROCS.
	Slots int
}

// Scheduler is one interpreter's lock (GIL or token), run slots and
// thread registry.
type Scheduler struct {
	mode Mode
	// state is the lock word: lockHeld, and lockWaiters while queue is
	// not empty (that bit changes only under mu). Taking a free lock and
	// releasing one nobody waits for are one compare-and-swap each.
	state  atomic.Uint32
	mu     sync.Mutex
	queue  []*Thread // threads waiting for the lock, longest waiter first
	closed bool
	// down mirrors closed for the lock-free check at boundaries.
	down atomic.Bool

	// drop asks the holder to hand the lock over: set by a waiter that
	// has waited one switch interval, cleared at each handover.
	drop     atomic.Bool
	interval atomic.Int64 // nanoseconds
	switches atomic.Uint64

	slots slotPool // parallel mode only
	// outside counts commits whose committer released the token before
	// finishing them (outside.go); parallel mode only.
	outside atomic.Int32
	stats   totals

	done chan struct{} // closed by Shutdown

	reg registry
	wg  sync.WaitGroup // goroutines started by Go
}

// New returns a GIL-mode scheduler whose GIL is free.
func New() *Scheduler { return NewWith(Config{}) }

// NewWith returns a scheduler configured by c.
func NewWith(c Config) *Scheduler {
	s := &Scheduler{mode: c.Mode, done: make(chan struct{})}
	s.interval.Store(int64(DefaultInterval))
	s.reg.threads = map[uint64]*Thread{}
	n := c.Slots
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if c.Mode == GIL {
		n = 1
	}
	s.slots.n = n
	s.slots.free = n
	return s
}

// Mode returns the scheduler's mode.
func (s *Scheduler) Mode() Mode { return s.mode }

// Slots returns how many threads may run Python at once: the run slots in
// parallel mode, 1 under the GIL.
func (s *Scheduler) Slots() int { return s.slots.n }

// SetInterval sets the switch interval (sys.setswitchinterval).
func (s *Scheduler) SetInterval(d time.Duration) {
	if d <= 0 {
		d = time.Microsecond
	}
	s.interval.Store(int64(d))
}

// Interval returns the switch interval.
func (s *Scheduler) Interval() time.Duration { return time.Duration(s.interval.Load()) }

// Switches returns how many times the lock went from one thread to a
// waiting one (for tests and statistics).
func (s *Scheduler) Switches() uint64 { return s.switches.Load() }

// ShouldYield reports that another thread has waited a whole switch
// interval for the lock or (parallel mode) for a run slot, or that the
// scheduler is shutting down: the running thread should call Boundary or
// Yield at its next boundary. It is one or two atomic loads, cheap enough
// for every backward jump.
func (s *Scheduler) ShouldYield() bool { return s.drop.Load() || s.slots.drop.Load() }

// Acquire makes th a running thread: under the GIL it takes the GIL,
// waiting behind the threads already queued; in parallel mode it takes a
// run slot (the token is taken later, on demand: AcquireToken). It
// returns ErrShutdown once the scheduler is shut down.
func (th *Thread) Acquire() error {
	if th.s.mode == Parallel {
		return th.enterSlot()
	}
	err := th.lockAcquire(true)
	if err == nil && !th.s.stats.gilRan.Load() {
		th.s.stats.gilRan.Store(true)
	}
	return err
}

// Release ends th's turn: under the GIL it gives the GIL to the longest
// waiter or frees it; in parallel mode it releases the token, if held,
// and the run slot.
func (th *Thread) Release() {
	if th.s.mode == Parallel {
		th.ReleaseToken()
		th.leaveSlot()
		return
	}
	th.lockRelease(true)
}

// Yield lets waiting threads run: under the GIL it hands the GIL to the
// threads waiting for it and queues th behind them (the switch-interval
// handover); in parallel mode it hands over the token if th holds it and
// a thread has waited an interval for it, and the run slot if a thread
// has waited an interval for one, taking back what it held.
func (th *Thread) Yield() error {
	if th.s.mode == Parallel {
		if th.s.down.Load() {
			return ErrShutdown
		}
		return th.yieldParallel()
	}
	th.lockRelease(true)
	return th.lockAcquire(true)
}

// The lock word's bits.
const (
	lockHeld    = 1
	lockWaiters = 2
)

// lockAcquire takes the lock for th, waiting behind the threads already
// queued. With honorClose (the GIL) it fails with ErrShutdown after
// Shutdown; the token (parallel mode) stays a lock to the end, so that the
// threads still running at Shutdown reach their next boundary safely.
func (th *Thread) lockAcquire(honorClose bool) error {
	s := th.s
	if !(honorClose && s.down.Load()) && s.state.CompareAndSwap(0, lockHeld) {
		return nil
	}
	s.mu.Lock()
	if honorClose && s.closed {
		s.mu.Unlock()
		return ErrShutdown
	}
	for {
		st := s.state.Load()
		if st&lockHeld == 0 {
			// Free, so nobody queues (a release with waiters hands the
			// lock over without freeing it).
			if s.state.CompareAndSwap(st, st|lockHeld) {
				s.mu.Unlock()
				return nil
			}
			continue
		}
		if st&lockWaiters != 0 || s.state.CompareAndSwap(st, st|lockWaiters) {
			break
		}
	}
	s.queue = append(s.queue, th)
	s.mu.Unlock()

	// Ask the holder to drop the lock after each interval spent waiting
	// (the holder may have handed it to another waiter meanwhile, which
	// clears the request, so it is repeated).
	timer := time.NewTimer(s.Interval())
	defer timer.Stop()
	var done <-chan struct{}
	if honorClose {
		done = s.done
	}
	for {
		select {
		case <-th.grant:
			return nil
		case <-timer.C:
			// Only while still queued: once the lock is handed over
			// (under s.mu, which clears the request), a late request
			// would make the next holder yield for nothing.
			s.mu.Lock()
			if queuedIn(s.queue, th) {
				s.drop.Store(true)
			}
			s.mu.Unlock()
			timer.Reset(s.Interval())
		case <-done:
			// No grant can be pending: the GIL's holder called Shutdown
			// and never releases it afterwards.
			s.mu.Lock()
			s.removeQueued(th)
			if len(s.queue) == 0 {
				s.state.And(^uint32(lockWaiters))
			}
			s.mu.Unlock()
			return ErrShutdown
		}
	}
}

// tryLock takes the lock if it is free (then nobody queues for it).
func (s *Scheduler) tryLock() bool { return s.state.CompareAndSwap(0, lockHeld) }

// lockRelease gives the lock to the longest waiter, or frees it. With
// honorClose (the GIL) it does nothing after Shutdown: the GIL stays with
// the thread that shut the interpreter down.
func (th *Thread) lockRelease(honorClose bool) {
	s := th.s
	if honorClose && s.down.Load() {
		return
	}
	if s.state.CompareAndSwap(lockHeld, 0) {
		return // nobody waits
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if honorClose && s.closed {
		return
	}
	// Waiters are queued: hand the lock to the longest one; it stays held.
	next := s.queue[0]
	copy(s.queue, s.queue[1:])
	s.queue[len(s.queue)-1] = nil
	s.queue = s.queue[:len(s.queue)-1]
	if len(s.queue) == 0 {
		s.state.Store(lockHeld)
	}
	s.drop.Store(false)
	s.switches.Add(1)
	next.grant <- struct{}{} // buffered: the handover never blocks
}

// queuedIn reports whether th is in q.
func queuedIn(q []*Thread, th *Thread) bool {
	for _, x := range q {
		if x == th {
			return true
		}
	}
	return false
}

func (s *Scheduler) removeQueued(th *Thread) {
	for i, q := range s.queue {
		if q == th {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return
		}
	}
}
