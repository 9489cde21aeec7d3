package sched

// This file defines Thread, the scheduler's handle on one Python thread,
// and the registry of live threads.

import (
	"sync"
	"time"
)

// Thread is one Python thread as the scheduler sees it.
type Thread struct {
	s      *Scheduler
	id     uint64
	daemon bool
	grant  chan struct{} // the GIL or token handed over by a release
	// slotGrant is a run slot handed over by leaveSlot (parallel mode).
	slotGrant chan struct{}

	// The fields below belong to the thread's own goroutine.
	tok     bool          // holds the token (parallel mode)
	slot    bool          // holds a run slot (parallel mode)
	tokAcq  uint64        // token acquisitions not yet flushed
	tokWait time.Duration // time waited for the token, not yet flushed
}

// ID returns the thread's identifier, unique within its scheduler for the
// scheduler's lifetime (Python's get_ident).
func (th *Thread) ID() uint64 { return th.id }

// Scheduler returns the scheduler th belongs to.
func (th *Thread) Scheduler() *Scheduler { return th.s }

type registry struct {
	mu      sync.Mutex
	next    uint64
	threads map[uint64]*Thread
}

// firstID makes thread identifiers look like CPython's (large numbers),
// so programs that print them do not depend on small values.
const firstID = 139_000_000_000_000

// NewThread registers a new thread; the caller runs it on its own
// goroutine (the main thread) or through Go.
func (s *Scheduler) NewThread() *Thread {
	th := &Thread{s: s, grant: make(chan struct{}, 1), slotGrant: make(chan struct{}, 1)}
	s.reg.mu.Lock()
	s.reg.next++
	th.id = firstID + s.reg.next*4096
	s.reg.threads[th.id] = th
	s.reg.mu.Unlock()
	return th
}

// Count returns the number of registered (live) threads.
func (s *Scheduler) Count() int {
	s.reg.mu.Lock()
	defer s.reg.mu.Unlock()
	return len(s.reg.threads)
}

// Exit unregisters th and adds its counters to the scheduler's; it must
// no longer hold the GIL, the token or a run slot.
func (th *Thread) Exit() {
	th.FlushStats()
	s := th.s
	s.reg.mu.Lock()
	delete(s.reg.threads, th.id)
	s.reg.mu.Unlock()
}

// Go runs body on a new goroutine as thread th: it takes the GIL (or a
// run slot) first, runs body holding it, releases what it holds and
// unregisters th. If the scheduler shuts down before th gets its turn,
// body does not run.
func (s *Scheduler) Go(th *Thread, body func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer th.Exit()
		if th.Acquire() != nil {
			return
		}
		body()
		th.Release()
	}()
}

// Shutdown is called by the GIL's holder when the program ends: threads
// that wait for the GIL or are parked get ErrShutdown and end without
// running Python again, as daemon threads stop at CPython's exit. It waits
// up to timeout for their goroutines to finish (a thread blocked in a
// system call may not) and reports whether they all did. The holder keeps
// the GIL.
//
// In parallel mode the caller must not hold the token: threads still
// running get ErrShutdown at their next boundary (they may need the token
// to get there) and threads waiting for a run slot or parked get it at
// once.
func (s *Scheduler) Shutdown(timeout time.Duration) bool {
	s.mu.Lock()
	if !s.closed {
		s.closed = true
		s.down.Store(true)
		close(s.done)
		s.drop.Store(true) // a running thread would yield and see ErrShutdown
		s.slots.drop.Store(true)
	}
	s.mu.Unlock()
	finished := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(finished)
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-finished:
		return true
	case <-t.C:
		return false
	}
}
