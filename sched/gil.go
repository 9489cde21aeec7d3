package sched

// This file defines Scheduler, the GIL: acquisition, release, and the
// switch-interval handover.

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// ErrShutdown is returned to a thread that wants the GIL (or is parked)
// after Shutdown: the thread must return without touching any object.
var ErrShutdown = errors.New("sched: interpreter shut down")

// DefaultInterval is CPython's default switch interval.
const DefaultInterval = 5 * time.Millisecond

// Scheduler is one interpreter's GIL and thread registry.
type Scheduler struct {
	mu     sync.Mutex
	held   bool
	queue  []*Thread // threads waiting for the GIL, longest waiter first
	closed bool

	// drop asks the holder to hand the GIL over: set by a waiter that has
	// waited one switch interval, cleared at each handover.
	drop     atomic.Bool
	interval atomic.Int64 // nanoseconds
	switches atomic.Uint64

	done chan struct{} // closed by Shutdown

	reg registry
	wg  sync.WaitGroup // goroutines started by Go
}

// New returns a scheduler whose GIL is free.
func New() *Scheduler {
	s := &Scheduler{done: make(chan struct{})}
	s.interval.Store(int64(DefaultInterval))
	s.reg.threads = map[uint64]*Thread{}
	return s
}

// SetInterval sets the switch interval (sys.setswitchinterval).
func (s *Scheduler) SetInterval(d time.Duration) {
	if d <= 0 {
		d = time.Microsecond
	}
	s.interval.Store(int64(d))
}

// Interval returns the switch interval.
func (s *Scheduler) Interval() time.Duration { return time.Duration(s.interval.Load()) }

// Switches returns how many times the GIL went from one thread to a
// waiting one (for tests and statistics).
func (s *Scheduler) Switches() uint64 { return s.switches.Load() }

// ShouldYield reports that another thread has waited a whole switch
// interval for the GIL; the holder should call Yield at its next boundary.
// It is one atomic load, cheap enough for every backward jump.
func (s *Scheduler) ShouldYield() bool { return s.drop.Load() }

// Acquire takes the GIL for th, waiting behind the threads already queued.
// It returns ErrShutdown once the scheduler is shut down.
func (th *Thread) Acquire() error {
	s := th.s
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrShutdown
	}
	if !s.held && len(s.queue) == 0 {
		s.held = true
		s.mu.Unlock()
		return nil
	}
	s.queue = append(s.queue, th)
	s.mu.Unlock()

	// Ask the holder to drop the GIL after each interval spent waiting
	// (the holder may have handed it to another waiter meanwhile, which
	// clears the request, so it is repeated).
	timer := time.NewTimer(s.Interval())
	defer timer.Stop()
	for {
		select {
		case <-th.grant:
			return nil
		case <-timer.C:
			s.drop.Store(true)
			timer.Reset(s.Interval())
		case <-s.done:
			// No grant can be pending: the GIL's holder called Shutdown
			// and never releases it afterwards.
			s.mu.Lock()
			s.removeQueued(th)
			s.mu.Unlock()
			return ErrShutdown
		}
	}
}

// Release gives the GIL to the longest waiter, or frees it.
func (th *Thread) Release() {
	s := th.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if len(s.queue) == 0 {
		s.held = false
		return
	}
	next := s.queue[0]
	copy(s.queue, s.queue[1:])
	s.queue[len(s.queue)-1] = nil
	s.queue = s.queue[:len(s.queue)-1]
	s.drop.Store(false)
	s.switches.Add(1)
	next.grant <- struct{}{} // buffered: the handover never blocks
}

// Yield hands the GIL to the threads waiting for it and queues th behind
// them: the switch-interval handover.
func (th *Thread) Yield() error {
	th.Release()
	return th.Acquire()
}

func (s *Scheduler) removeQueued(th *Thread) {
	for i, q := range s.queue {
		if q == th {
			s.queue = append(s.queue[:i], s.queue[i+1:]...)
			return
		}
	}
}
