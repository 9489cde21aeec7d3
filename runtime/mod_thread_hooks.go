package runtime

// This file defines what the interpreter loop and the interpreter need
// from threads: each Thread's scheduler handle and pending wait, the
// interpreter's scheduler (the GIL baseline), the switch-interval check at
// bytecode boundaries, and the blocking-wait protocol.
//
// The protocol: a blocking primitive written in Go (lock acquire, sleep)
// never waits itself. When it cannot proceed it records its wait on the
// thread (pendingWait) and returns a *parkStatus. The interpreter loop
// then parks the thread (the GIL is released while it waits) and, once
// woken or timed out, runs the same CALL again; the primitive finds its
// pending wait (keeping the original deadline) and either succeeds, parks
// again, or reports the timeout. So every wait starts at a bytecode
// boundary and holds nothing while parked, as the transactional runtime
// requires (DESIGN.md, concurrency contract point 3).

import (
	"sync/atomic"
	"time"

	"github.com/pystm/pystm/sched"
)

// threadState is a Thread's part in threading (a field of Thread).
type threadState struct {
	st   *sched.Thread // nil until the thread runs under the scheduler
	wait pendingWait
	// loops is no longer maintained (outermostLoop walks the frames
	// instead); it stays until embed.go stops reading it, always 0.
	loops int
	// atomic is the nesting depth of `with transaction.atomic:` blocks.
	atomic int
	// touched says the thread asked for the token (touched a shared
	// object) since its last loop boundary (loopBoundary).
	touched bool
	// sentinel is released when the thread ends (threading's join waits
	// on it); nil when threading did not ask for one.
	sentinel *Lock
}

// pendingWait is the wait a primitive asked for, kept across the re-run
// of its bytecode so that a timeout counts from the first attempt.
type pendingWait struct {
	key      any // the object waited on; nil when no wait is pending
	deadline time.Time
	w        *sched.Waiter // the waiter registered with key, if any
}

// parkStatus is the status a blocking primitive returns: park on w until
// deadline (zero: none), then run the bytecode again. It is not a Python
// exception; only the interpreter loop and Thread.Call see it.
type parkStatus struct {
	w        *sched.Waiter
	deadline time.Time
}

func (*parkStatus) Error() string { return "pystm: thread must park (internal status)" }

// isParkStatus reports whether err asks the thread to park.
func isParkStatus(err error) bool {
	_, ok := err.(*parkStatus)
	return ok
}

// park waits as err (a *parkStatus) asks, without the GIL. A non-nil
// result (the interpreter is shutting down) ends the thread: it is a
// status, not an exception, so no handler runs.
func (t *Thread) park(err error) error {
	t.unlockWords() // SPAN: the transaction ends as the token is released
	ps := err.(*parkStatus)
	st := t.schedThread()
	if w := t.interruptibleWaiter(ps.w); w != nil { // EVENTS: a sleep or lock wait that a posted event cuts short
		_, e := st.Park(w, ps.deadline)
		t.endSleep()
		if e == nil && t.ev.posted.Load() {
			t.abandonWait()
			e = t.takeEvent()
		}
		return e
	}
	_, e := st.Park(ps.w, ps.deadline)
	return e
}

// yieldRequested reports that the thread has something to do at this
// boundary: another thread waits for the GIL, the token or a run slot and
// the switch interval has passed, or (parallel mode) the thread holds the
// token, which it releases at outermost boundaries. A plain load and an
// atomic load or two, called at backward jumps and calls.
func (t *Thread) yieldRequested() bool {
	// EVENTS: pending events share the check; SPAN: with spans on, every
	// boundary is taken (spans begin and end there).
	return t.ev.pending() || t.spOn || (t.th.st != nil && t.th.st.Pending())
}

// callYieldRequested is yieldRequested for the boundary at a call
// (pushFrame). Spans begin and end only at backward jumps, so at a call
// a span needs the slow path only when spanQuiet would say no: an abort
// was requested, write locks of a stage-1 transaction are held outside a
// span, or (as without spans) an event is posted or the scheduler wants
// something of the thread. Testing that here, rather than taking every
// call into yieldGIL as yieldRequested does once spans are on, took a
// call and spanQuiet's tests off every Python call in a worker thread.
func (t *Thread) callYieldRequested() bool {
	if t.ev.pending() || t.spOn && (t.sp.abortReq || !t.spActive && len(t.sp.locked) > 0) {
		return true
	}
	st := t.th.st
	return st != nil && st.Pending()
}

// yieldGIL is the boundary at a call (pushFrame): it may be inside a
// callback from Go code that holds references into shared state, so the
// token is kept, though handed over and taken back when a waiter asked
// (as the GIL is). Inside an atomic block nothing changes hands.
func (t *Thread) yieldGIL() error {
	if t.spanQuiet() || t.spanQuietNested() {
		return nil // SPANFAST: nothing for this boundary to do
	}
	if t.spOn {
		if err := t.spanEvents(); err != nil {
			return err
		}
		if err := t.spanHandover(); err != nil {
			return err
		}
	}
	if err := t.takeEvent(); err != nil { // EVENTS: a posted event first
		return err
	}
	if t.th.st == nil {
		return nil
	}
	return t.th.st.Boundary(false, t.th.atomic > 0 || t.keepToken())
}

// loopBoundary is the boundary at a backward jump: in the outermost loop
// (no callback from Go active) the token is released.
func (t *Thread) loopBoundary() error {
	if t.spanQuiet() || t.spanQuietNested() {
		// SPANFAST: a running span that goes on here only counts an
		// outermost boundary towards its length; outside a span, a
		// boundary that is not outermost begins none.
		if t.spActive {
			if t.spanGoesOn() {
				if t.outermostLoopSpan() {
					t.sp.boundaries++
				}
				t.th.touched = false
				return nil
			}
		} else if !t.outermostLoopSpan() || t.tooDeepForSpan() {
			t.th.touched = false
			return nil
		}
	}
	begin := false
	if t.spOn {
		// SPAN: commit at the outermost loop; a new span begins after
		// the scheduling below.
		if err := t.spanEvents(); err != nil {
			return err
		}
		outer, err := t.spanBoundary()
		if err != nil {
			return err
		}
		begin = outer
		if !outer {
			if err := t.spanHandover(); err != nil {
				return err
			}
		}
	}
	if err := t.takeEvent(); err != nil { // EVENTS: a posted event first
		return err
	}
	if t.th.st == nil {
		if begin {
			t.maybeBeginSpan(1)
		}
		return nil
	}
	st := t.th.st
	// Keep the token across a boundary while the thread goes on touching
	// shared objects and nobody has waited a switch interval for it: a
	// loop over a shared dict would otherwise hand it over on every
	// iteration, paying a cross-core round trip per bytecode run. A
	// stretch without a shared touch releases it at once, so threads
	// working on their own objects never hold it for long.
	touched := t.th.touched
	t.th.touched = false
	release := st.HoldsToken() && (!touched || st.Scheduler().TokenRequested()) && t.outermostLoop()
	if err := st.Boundary(release, t.th.atomic > 0 || t.keepToken()); err != nil {
		return err
	}
	if begin {
		t.maybeBeginSpan(1) // SPAN: the JUMP runs again on a re-run
	}
	return nil
}

// outermostLoop reports whether the running frame belongs to the
// outermost interpreter loop, so that no Go code that called back into
// Python (a builtin's callback, __eq__ in a dict lookup, a generator
// resumed from Go, an import running module code) is active below it.
// Each loop (Thread.run) is counted in t.goLoops while it runs (runFrame
// and Generator.run), so the outermost loop's frames see a count of one
// (outermostLoopSpan says why this equals the entry frames of the frame
// chain, which it checks in race builds).
func (t *Thread) outermostLoop() bool {
	return t.outermostLoopSpan()
}

// beginWait returns the deadline of a wait on key: the pending one when
// this is the re-run of the same wait, else now+timeout (timeout < 0: no
// deadline). expired says the deadline has passed. The previous waiter,
// if any, is returned so the caller can take it out of its queue.
func (t *Thread) beginWait(key any, timeout float64) (deadline time.Time, old *sched.Waiter, expired bool) {
	p := &t.th.wait
	if p.key == key && key != nil {
		deadline, old = p.deadline, p.w
	} else {
		if timeout >= 0 {
			deadline = time.Now().Add(secondsToDuration(timeout))
		}
		p.key, p.deadline, p.w = key, deadline, nil
	}
	expired = !deadline.IsZero() && !time.Now().Before(deadline)
	return deadline, old, expired
}

// parkOn records the waiter of the pending wait and returns the status
// that parks the thread on it.
func (t *Thread) parkOn(w *sched.Waiter, deadline time.Time) error {
	t.th.wait.w = w
	return &parkStatus{w: w, deadline: deadline}
}

// endWait forgets the pending wait (the primitive succeeded or timed out).
func (t *Thread) endWait() { t.th.wait = pendingWait{} }

// maxWait bounds timeouts so a huge one does not overflow time.Duration.
const maxWait = float64(1<<63-1) / 1e9

func secondsToDuration(s float64) time.Duration {
	if s >= maxWait {
		return time.Duration(1<<63 - 1)
	}
	return time.Duration(s * 1e9)
}

// threadRuntime is the interpreter's part in threading.
type threadRuntime struct {
	in     *Interpreter
	s      *sched.Scheduler
	main   *sched.Thread
	mainID uint64
	count  atomic.Int64 // threads started by start_new_thread still running (_count)
	// parallel is the scheduler's mode: threads run at once and shared
	// objects are touched holding the token.
	parallel bool
	// published says the module graph (sys.modules) was published, when
	// the first thread besides the main one started (guarded by the token).
	published bool
	// atomicBlocks counts the outermost atomic blocks entered (-stm-report).
	atomicBlocks atomic.Int64
}

// newThreadRuntime creates the scheduler and adds sys.setswitchinterval
// and sys.getswitchinterval.
func newThreadRuntime(in *Interpreter, opts Options) *threadRuntime {
	cfg := sched.Config{Mode: sched.GIL, Slots: opts.Threads}
	if opts.Parallel {
		cfg.Mode = sched.Parallel
	}
	s := sched.NewWith(cfg)
	rt := &threadRuntime{in: in, s: s, main: s.NewThread(), parallel: opts.Parallel}
	rt.mainID = rt.main.ID()
	if in.sys != nil {
		d := in.sys.Dict
		d.SetStr("setswitchinterval", NewBuiltin("setswitchinterval", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			var v Value
			if err := UnpackArgs("setswitchinterval", args, kwnames, []string{"interval", "/"}, &v); err != nil {
				return Value{}, err
			}
			f, err := toSeconds(v)
			if err != nil {
				return Value{}, err
			}
			if !(f > 0) {
				return Value{}, Errorf(ValueErrorType, "switch interval must be strictly positive")
			}
			s.SetInterval(secondsToDuration(f))
			return None, nil
		}))
		d.SetStr("getswitchinterval", NewBuiltin("getswitchinterval", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) != 0 {
				return Value{}, Errorf(TypeErrorType, "sys.getswitchinterval() takes no arguments (%d given)", len(args))
			}
			return Float(s.Interval().Seconds()), nil
		}))
	}
	return rt
}

// enterMain makes t the main thread: it holds the GIL from now on.
func (rt *threadRuntime) enterMain(t *Thread) {
	t.th.st = rt.main
	_ = rt.main.Acquire()
}

// exitMain ends the program as CPython's finalisation does: it waits for
// the non-daemon threads started through threading (threading._shutdown),
// then stops the daemon ones. It returns status unchanged.
func (rt *threadRuntime) exitMain(t *Thread, status int) int {
	if m, ok := rt.in.modules.GetStr("threading"); ok {
		if fn, err := GetAttr(t, m, "_shutdown"); err == nil {
			if _, err := t.Call(fn, nil, nil); err != nil {
				if exc, ok := err.(*Exception); ok {
					t.PrintException(exc)
				}
			}
		}
	}
	// Parallel mode: the threads still running may need the token to
	// reach the boundary where they see the shutdown.
	t.unlockWords() // SPAN: the main thread's transaction ends
	t.schedThread().ReleaseToken()
	rt.s.Shutdown(time.Second)
	return status
}

// schedThread returns t's scheduler handle, adopting a thread created
// outside RunMain (an embedder's) as the GIL's holder on first use.
func (t *Thread) schedThread() *sched.Thread {
	if t.th.st == nil {
		rt := t.interp.threads
		t.th.st = rt.s.NewThread()
		_ = t.th.st.Acquire()
	}
	return t.th.st
}
