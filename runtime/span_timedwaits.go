package runtime

// This file extends STM retry (span_retry.go) to waits with a timeout
// inside atomic blocks: Lock.acquire(timeout=t) and what is built on it
// (Condition.wait(t), Event.wait(t), Semaphore.acquire(timeout=t),
// Queue.get/put(timeout=t), Thread.join(t)).
//
// Such a wait retries as an untimed one does (the span is rolled back,
// the thread parks until a word it read changes, the span runs again),
// with a deadline: the park also ends when the deadline passes, and the
// re-run that reaches the same wait after it returns what CPython's wait
// returns on a timeout (the acquire returns False, and the Python code
// above it raises queue.Empty, returns False, ...).
//
// The deadline must survive the rollback, and so must what the Python
// code above the wait computed from the clock. queue.Queue.get(timeout=t)
// reads the clock for `end = _time() + t` and again for the remaining
// time it waits; a re-run that read the clock afresh would compute a new
// end, wait again for a full t, and never time out. So:
//   - the deadline (absolute) is kept across the rollback with the wait's
//     timeout argument and its position: how many monotonic clock reads
//     the span had made before it. The re-run's wait with the same
//     timeout at the same position is the same wait: it uses the kept
//     deadline, and returns False once it has passed. Any other wait
//     gets a deadline of its own. A span can hold several atomic blocks
//     (it commits at a boundary after a block's exit, not at the exit),
//     so every timed wait of the span keeps its deadline, expired ones
//     too: a retry in a later block re-runs the earlier ones, which must
//     time out again at once, not wait anew (two waits that each forgot
//     the other's deadline re-ran each other forever).
//   - time.monotonic and time.perf_counter (the clocks threading and
//     queue use) read in a span are recorded; the re-run of a timed retry
//     reads the recorded values again, in order, then the clock. So the
//     re-run computes the same end and the same remaining time (hence the
//     same timeout at the same position), and after the timed-out wait
//     its next clock read is real and past end: Queue.get raises Empty.
//     The values a re-run reads are readings the clock gave, in order,
//     during the block's lifetime; a thread never sees its clock go back.
// Both are dropped when the span commits, becomes irrevocable or is
// rolled back for any other cause (a conflict's re-run then computes a
// new deadline: the wait may last longer than asked, never shorter).
//
// A posted event (KeyboardInterrupt from _thread.interrupt_main or SIGINT,
// an embedder's cancel) cuts a retry park short: the span re-runs and
// its first boundary raises the event, as a lock wait outside atomic
// blocks is cut short.

import "time"

// maxClockReads bounds the clock reads a span records for a re-run.
const maxClockReads = 4096

// retryDeadline is the deadline of a timed wait of the span.
type retryDeadline struct {
	at      time.Time
	timeout float64
	// clockAt is how many clock reads the span had made before the
	// wait (spanClock.i).
	clockAt int
}

// spanClock is the monotonic clock as a span read it (a field of
// retryState).
type spanClock struct {
	reads []time.Duration
	i     int // reads returned (replayed or recorded) in the running span
}

// spanMono is the monotonic clock now reading now, as t reads it: in an
// abortable span each reading is recorded, and the re-run of a timed
// retry reads the recorded ones first (see the file comment).
func (t *Thread) spanMono(now time.Duration) time.Duration {
	if t == nil || !t.spActive {
		return now
	}
	c := &t.sp.retry.clock
	if c.i < len(c.reads) {
		v := c.reads[c.i]
		c.i++
		return max(v, 0)
	}
	if len(c.reads) < maxClockReads {
		c.reads = append(c.reads, now)
		c.i++
	}
	return now
}

// timedRetry is a timed acquire that must wait inside an atomic block
// in an abortable span: expired says the wait's deadline has passed
// (the acquire returns False); otherwise the span retries with the
// deadline (errAbort).
func (t *Thread) timedRetry(l *Lock, timeout float64) (expired bool, err error) {
	r := &t.sp.retry
	at := r.clock.i
	var d *retryDeadline
	for i := range r.dls {
		if x := &r.dls[i]; x.timeout == timeout && x.clockAt == at {
			d = x // the same wait, re-run
			break
		}
	}
	if d == nil {
		r.dls = append(r.dls, retryDeadline{at: time.Now().Add(secondsToDuration(timeout)), timeout: timeout, clockAt: at})
		d = &r.dls[len(r.dls)-1]
	}
	r.keepTimed = true // (also when it expires: see the file comment)
	if !time.Now().Before(d.at) {
		return true, nil
	}
	err = t.retrySpan(l)
	r.dl = d.at
	return false, err
}

// endTimedRetry is called as the span ends (endSpanLocks): the rollback
// of a timed retry keeps the deadline and the clock reads for the
// re-run; any other end drops them.
func (t *Thread) endTimedRetry(flush bool) {
	r := &t.sp.retry
	r.clock.i = 0
	if !flush && t.sp.cause == causeRetry && r.keepTimed {
		r.keepTimed = false
		return
	}
	r.keepTimed = false
	r.dl, r.dls = time.Time{}, r.dls[:0]
	if cap(r.clock.reads) > maxClockReads/8 {
		r.clock.reads = nil
	} else {
		r.clock.reads = r.clock.reads[:0]
	}
}

// dropTimedRetry forgets a kept deadline and clock reads (no span began
// for the re-run).
func (t *Thread) dropTimedRetry() {
	r := &t.sp.retry
	r.dl, r.dls = time.Time{}, r.dls[:0]
	r.clock.reads, r.clock.i = r.clock.reads[:0], 0
}
