package sched

// This file defines parallel mode: run slots, the token taken on demand,
// and what a thread does at a bytecode boundary.

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// slotPool is the parallel mode's run slots: a counting semaphore with a
// FIFO of waiters and a drop request, as the GIL has.
type slotPool struct {
	mu      sync.Mutex
	n       int       // slots in all
	free    int       // slots nobody holds
	queue   []*Thread // threads waiting for a slot, longest waiter first
	running int       // threads holding a slot (guarded by mu)
	// runningNow mirrors running for readers without mu (Running).
	runningNow atomic.Int32
	peak       int    // the most threads that held a slot at once
	switches   uint64 // slots handed to a waiter
	// drop asks the slot holders to hand one slot over at their next
	// boundary: set by a waiter that has waited one switch interval.
	drop atomic.Bool
}

// took records that one more thread holds a slot; p.mu is held.
func (p *slotPool) took() {
	p.running++
	p.runningNow.Store(int32(p.running))
	if p.running > p.peak {
		p.peak = p.running
	}
}

// enterSlot takes a run slot for th, waiting behind the threads already
// queued for one.
func (th *Thread) enterSlot() error {
	if th.slot {
		return nil
	}
	s := th.s
	p := &s.slots
	p.mu.Lock()
	if s.down.Load() {
		p.mu.Unlock()
		return ErrShutdown
	}
	if p.free > 0 && len(p.queue) == 0 {
		p.free--
		p.took()
		p.mu.Unlock()
		th.slot = true
		return nil
	}
	p.queue = append(p.queue, th)
	p.mu.Unlock()
	timer := time.NewTimer(s.Interval())
	defer timer.Stop()
	for {
		select {
		case <-th.slotGrant:
			th.slot = true
			return nil
		case <-timer.C:
			p.mu.Lock() // as for the lock: only while still queued
			if queuedIn(p.queue, th) {
				p.drop.Store(true)
			}
			p.mu.Unlock()
			timer.Reset(s.Interval())
		case <-s.done:
			p.mu.Lock()
			queued := false
			for i, q := range p.queue {
				if q == th {
					p.queue = append(p.queue[:i], p.queue[i+1:]...)
					queued = true
					break
				}
			}
			p.mu.Unlock()
			if !queued {
				// A slot was handed over just before: give it back.
				<-th.slotGrant
				th.slot = true
				th.leaveSlot()
			}
			return ErrShutdown
		}
	}
}

// leaveSlot gives th's run slot to the longest waiter, or frees it.
func (th *Thread) leaveSlot() {
	if !th.slot {
		return
	}
	th.slot = false
	p := &th.s.slots
	p.mu.Lock()
	p.running--
	p.runningNow.Store(int32(p.running))
	if len(p.queue) == 0 {
		p.free++
		p.mu.Unlock()
		return
	}
	next := p.queue[0]
	copy(p.queue, p.queue[1:])
	p.queue[len(p.queue)-1] = nil
	p.queue = p.queue[:len(p.queue)-1]
	p.drop.Store(false)
	p.switches++
	p.took()
	p.mu.Unlock()
	next.slotGrant <- struct{}{} // buffered: the handover never blocks
}

// tokenSpins is how many times a thread that finds the token held looks
// again (yielding its processor in between) before it queues: the holder
// usually releases it at its next boundary, within a microsecond, and
// queueing costs two goroutine switches.
const tokenSpins = 50

// tokenSpinTime is how long a thread goes on looking (past tokenSpins)
// before it queues. Abortable transactions hold the token only to commit
// (a few microseconds of applying buffered writes), so a thread that finds
// it held usually gets it within that time; queueing costs a park and a
// wake-up, which on a virtual machine whose other vCPU went idle takes
// tens of microseconds (bench/scaling/insdict.py: 5,493 handovers to a
// parked waiter at 50 spins).
const tokenSpinTime = 50 * time.Microsecond

// Running reports how many threads hold a run slot now (parallel mode):
// threads parked in a wait hold none. A hint, read without a lock.
func (s *Scheduler) Running() int { return int(s.slots.runningNow.Load()) }

// TokenRequested reports that a thread has waited a switch interval for
// the token (parallel mode) or the GIL: its holder should hand it over at
// its next boundary.
func (s *Scheduler) TokenRequested() bool { return s.drop.Load() }

// HoldsToken reports whether th holds the token (parallel mode). Only
// th's own goroutine may call it.
func (th *Thread) HoldsToken() bool { return th.tok }

// AcquireToken takes the token for th unless it holds it already. Under
// the GIL it does nothing: the running thread holds the GIL. It does not
// fail after Shutdown: the token stays a lock until the last thread ends.
// A commit left unfinished outside the token by its committer is
// finished first (outside.go).
func (th *Thread) AcquireToken() { th.acquireToken(true) }

// acquireToken is AcquireToken; whole says to wait for unfinished
// commits (outside.go).
func (th *Thread) acquireToken(whole bool) {
	if th.tok || th.s.mode == GIL {
		return
	}
	s := th.s
	th.tokAcq++
	if s.tryLock() {
		th.tok = true
		if whole && s.outside.Load() != 0 {
			th.WaitOutside()
		}
		return
	}
	start := time.Now()
	for i := 0; ; i++ {
		runtime.Gosched()
		if s.tryLock() {
			th.tok = true
			break
		}
		if i >= tokenSpins && (i%16 != 0 || time.Since(start) > tokenSpinTime) {
			_ = th.lockAcquire(false) // cannot fail without honorClose
			th.tok = true
			break
		}
	}
	if whole && s.outside.Load() != 0 {
		th.WaitOutside()
	}
	th.tokWait += time.Since(start)
}

// ReleaseToken releases the token if th holds it.
func (th *Thread) ReleaseToken() {
	if !th.tok {
		return
	}
	th.tok = false
	th.lockRelease(false)
}

// Boundary is called by a running thread at a bytecode boundary when
// Pending reports something to do. outermost says no Go code above the
// interpreter loop holds references into shared state (the thread is not
// inside a callback from Go); atomic says the thread is inside an atomic
// block, whose token (or GIL) must not change hands.
//
// Under the GIL it yields the GIL if a waiter asked for it and the thread
// is not atomic. In parallel mode it returns ErrShutdown after Shutdown;
// otherwise, unless atomic, it releases the token at an outermost
// boundary and yields what waiting threads asked for (Yield).
func (th *Thread) Boundary(outermost, atomic bool) error {
	s := th.s
	if s.mode == GIL {
		if atomic || !s.drop.Load() {
			return nil
		}
		return th.Yield()
	}
	if s.down.Load() {
		return ErrShutdown
	}
	if atomic {
		return nil
	}
	if outermost {
		th.ReleaseToken()
	}
	return th.yieldParallel()
}

// Pending reports that th has something to do at its next boundary: it
// holds the token (parallel mode: released at outermost boundaries), or
// ShouldYield. Only th's own goroutine may call it.
func (th *Thread) Pending() bool { return th.tok || th.s.ShouldYield() }

// yieldParallel hands over the token and the run slot to threads that
// have waited an interval for them, and takes them back.
func (th *Thread) yieldParallel() error {
	s := th.s
	if th.tok && s.drop.Load() {
		th.ReleaseToken() // to the longest waiter; we queue behind it
		th.AcquireToken()
	}
	if s.slots.drop.Load() {
		held := th.tok
		th.ReleaseToken()
		th.leaveSlot()
		if err := th.enterSlot(); err != nil {
			return err
		}
		if held {
			th.AcquireToken()
		}
	}
	return nil
}

// Stats are a scheduler's counters, for -stm-report.
type Stats struct {
	Mode  Mode
	Slots int
	// PeakRunning is the most threads that held a run slot at once
	// (parallel mode); 1 under the GIL once a thread ran.
	PeakRunning int
	// SlotSwitches counts run slots handed to a waiting thread.
	SlotSwitches uint64
	// Switches counts handovers of the lock (GIL or token) to a waiter.
	Switches uint64
	// TokenAcquisitions and TokenWait count the token taken on demand
	// and the time spent waiting for it (parallel mode), over the
	// threads that have ended and those that called FlushStats.
	TokenAcquisitions uint64
	TokenWait         time.Duration
}

// totals are the counters of threads that have flushed theirs.
type totals struct {
	tokAcq  atomic.Uint64
	tokWait atomic.Int64
	gilRan  atomic.Bool
}

// FlushStats adds th's own counters to the scheduler's totals (done at
// Exit; a thread that stays, such as the main thread, calls it before
// reading Stats). Only th's own goroutine may call it.
func (th *Thread) FlushStats() {
	th.s.stats.tokAcq.Add(th.tokAcq)
	th.s.stats.tokWait.Add(int64(th.tokWait))
	th.tokAcq, th.tokWait = 0, 0
}

// Stats returns the scheduler's counters.
func (s *Scheduler) Stats() Stats {
	st := Stats{Mode: s.mode, Slots: s.slots.n, Switches: s.switches.Load(),
		TokenAcquisitions: s.stats.tokAcq.Load(), TokenWait: time.Duration(s.stats.tokWait.Load())}
	if s.mode == GIL {
		if s.stats.gilRan.Load() {
			st.PeakRunning = 1
		}
		return st
	}
	p := &s.slots
	p.mu.Lock()
	st.PeakRunning, st.SlotSwitches = p.peak, p.switches
	p.mu.Unlock()
	return st
}
