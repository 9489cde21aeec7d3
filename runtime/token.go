package runtime

// This file defines the token: the lock a thread holds while it touches
// shared objects in parallel mode (see share.go), the atomic blocks that
// hold it across boundaries, and the counters -stm-report prints.
//
// In parallel mode (Options.Parallel) each running thread holds one of the
// scheduler's run slots and takes the token only when it touches a shared
// object. It keeps the token until its next boundary in the outermost
// interpreter loop (a backward jump, loopBoundary), where no Go code above
// the loop holds references into shared state; at boundaries inside
// callbacks from Go it keeps it, handing it over and taking it back when
// a waiter asks, as the GIL is. A thread's work between two boundaries
// touches only its own thread-local objects and, holding the token, shared
// ones, so every run equals the serial order in which the threads held
// the token. Under the GIL (the baseline) the running thread holds the GIL
// and nothing is ever shared, so acquireToken is never needed.

import (
	"io"
	"time"

	"github.com/pystm/pystm/sched"
)

// acquireToken takes the token for t unless it holds it already (a plain
// field test); under the GIL it does nothing.
func (t *Thread) acquireToken() {
	if t.spActive {
		// SPAN: an abortable span may hold the token (its writes to
		// shared objects are logged or make it irrevocable); its read
		// log is validated as it becomes a token holder.
		t.spanTakeToken()
		return
	}
	st := t.th.st
	if st == nil {
		st = t.schedThread()
	}
	t.th.touched = true
	st.AcquireToken()
}

// parallel reports whether t's interpreter runs threads in parallel mode,
// where objects handed to another thread are published.
func (t *Thread) parallel() bool { return t.interp.threads.parallel }

// enterAtomic starts (or nests) an atomic block. Inside an abortable span
// the block is part of the span, which does not commit before the block's
// outermost exit (spanBoundary), so the block is one transaction with no
// token taken: threads run atomic blocks in parallel and a conflict
// re-runs one. Should the span become irrevocable inside the block, it
// takes the token then and keeps it to the exit (becomeIrrevocable).
// Otherwise (no span: -gil, a single thread, the re-run after an abort)
// the token is taken now and kept to the outermost exit; under the GIL
// the GIL is not handed over until then. A blocking wait inside the block
// still releases it while parked (stage 1's limitation).
func (t *Thread) enterAtomic() error {
	if t.th.atomic == 0 {
		t.interp.threads.atomicBlocks.Add(1)
		if t.spActive && (t.sp.contention >= contentionPessimistic || t.runsAlone()) {
			// This thread's transactions keep conflicting (a shared
			// structure every block writes), or no other thread runs
			// (the rest wait in join, a lock, a queue): its blocks run
			// holding the token, as in stage 1, instead of re-running or
			// logging reads nobody could invalidate.
			if t.sp.contention > 0 {
				t.sp.contention--
			}
			if err := t.becomeIrrevocable(); err != nil {
				return err
			}
		}
	}
	t.th.atomic++
	if t.spActive {
		return nil
	}
	t.acquireToken()
	return nil
}

// runsAlone reports that t is the only thread holding a run slot.
func (t *Thread) runsAlone() bool {
	st := t.th.st
	return st != nil && st.Scheduler().Running() <= 1
}

// contentionPessimistic is the contention score (spanState.contention) at
// which a thread's atomic blocks take the token instead of running
// optimistically: about two conflicts more than commits lately.
const contentionPessimistic = 8

// exitAtomic ends one level of atomic block; the token is released at the
// thread's next outermost boundary. It reports false when no block was
// open.
func (t *Thread) exitAtomic() bool {
	if t.th.atomic == 0 {
		return false
	}
	t.th.atomic--
	if t.th.atomic == 0 && t.spActive {
		// The span that holds the block commits at the next outermost
		// boundary: a transaction as small as the block (PyPy-STM's),
		// rather than up to a span's length of iterations of a loop of
		// blocks that a conflict would all re-run.
		t.sp.length = t.sp.boundaries + 1
	}
	return true
}

// serialWriter writes to the interpreter's Stdout or Stderr under one
// mutex, so that threads printing at the same time in parallel mode do
// not race on the writer (their lines may interleave, as under the GIL).
type serialWriter struct {
	in     *Interpreter
	stderr bool
}

func (w *serialWriter) Write(p []byte) (int, error) {
	w.in.outMu.Lock()
	defer w.in.outMu.Unlock()
	var out io.Writer = w.in.Stdout
	if w.stderr {
		out = w.in.Stderr
	}
	return out.Write(p)
}

// ThreadStats are the scheduler's figures for -stm-report.
type ThreadStats struct {
	// Parallel is the mode; Slots the run slots (1 under the GIL).
	Parallel bool
	Slots    int
	// PeakRunning is the most threads that ran Python at once.
	PeakRunning int
	// TokenAcquisitions and TokenWait: how often a thread took the
	// token on demand and how long threads waited for it.
	TokenAcquisitions uint64
	TokenWait         time.Duration
	// Switches counts handovers of the GIL or token to a waiting thread,
	// SlotSwitches of run slots.
	Switches, SlotSwitches uint64
	// AtomicBlocks counts the outermost atomic blocks run.
	AtomicBlocks int64
}

// ThreadStats returns the figures of the threads run so far. Call it from
// the goroutine that ran RunMain, after it returned.
func (in *Interpreter) ThreadStats() ThreadStats {
	rt := in.threads
	rt.main.FlushStats()
	st := rt.s.Stats()
	return ThreadStats{Parallel: st.Mode == sched.Parallel, Slots: st.Slots, PeakRunning: st.PeakRunning,
		TokenAcquisitions: st.TokenAcquisitions, TokenWait: st.TokenWait, Switches: st.Switches,
		SlotSwitches: st.SlotSwitches, AtomicBlocks: rt.atomicBlocks.Load()}
}
