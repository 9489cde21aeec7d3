package runtime

import "io"

// This file defines Thread, one Python thread's state, and the entry points
// Go code uses to call back into Python.

// Thread is one Python thread's state: its frames, the exception being
// handled, its recursion depth, and (with threads) its transaction and
// pending output. It is passed explicitly to everything that may touch
// objects, because Go has no goroutine-local storage.
type Thread struct {
	interp *Interpreter
	frame  *Frame // the innermost running frame, nil when idle
	depth  int    // Python call depth plus Go-side recursion depth
	// SPAN (span.go): spOn says spans may be abortable for this thread
	// (parallel mode with sharing begun or injection asked for), so every
	// boundary is taken (yieldRequested) for spans to begin and end there;
	// spActive says an abortable span is running (its writes are logged).
	spOn, spActive bool
	// nextDepth counts nested Next calls of built-in iterators (LANG,
	// protocol.go).
	nextDepth int
	// goLoops counts interpreter loops nested on the Go stack (Go code
	// calling back into Python), bounded by maxGoLoops (LANG, memory.go).
	goLoops int
	// excInfo is the exception being handled (sys.exc_info()); the frames
	// save and restore it as CPython's exc_info stack does.
	excInfo *Exception
	// reprStack holds the containers whose repr is being computed on this
	// thread, so that a self-containing list prints as [...].
	reprStack []Object
	th        threadState  // THREADS: scheduler handle and pending wait (mod_thread_hooks.go)
	ev        threadEvents // EVENTS: what other goroutines ask of it at its next boundary (thread_events.go)
	// framePool holds finished frames for reuse (frame.go).
	framePool []*Frame
	sp        spanState // SPAN: the current transaction (span.go)
}

// NewThread returns a new thread of interpreter in.
func (in *Interpreter) NewThread() *Thread {
	t := &Thread{interp: in}
	t.initThreadSpans() // SPAN (span.go)
	return t
}

// Interp returns the interpreter the thread belongs to.
func (t *Thread) Interp() *Interpreter { return t.interp }

// Stdout returns where print and sys.stdout write (in parallel mode
// through a writer that serialises the threads' writes).
func (t *Thread) Stdout() io.Writer {
	if t.spActive { // SPAN: output waits for commit (span_output.go)
		return spanWriter{t: t}
	}
	if w := t.interp.serialOut; w != nil {
		return w
	}
	return t.interp.Stdout
}

// Stderr returns where sys.stderr and tracebacks write.
func (t *Thread) Stderr() io.Writer {
	if t.spActive { // SPAN: output waits for commit (span_output.go)
		return spanWriter{t: t, stderr: true}
	}
	if w := t.interp.serialErr; w != nil {
		return w
	}
	return t.interp.Stderr
}

// Stdin returns where input() and sys.stdin read.
func (t *Thread) Stdin() io.Reader { return t.interp.Stdin }

// EnterRecursive counts one level of Go-side recursion (repr of nested
// containers, comparison of nested tuples) against the recursion limit.
// msg completes "maximum recursion depth exceeded", e.g. " while getting the
// repr of an object". Every successful call is paired with LeaveRecursive.
func (t *Thread) EnterRecursive(msg string) error {
	if t.depth >= t.recursionLimit() {
		return t.recursionError(msg)
	}
	t.depth++
	return nil
}

// LeaveRecursive undoes one EnterRecursive.
func (t *Thread) LeaveRecursive() { t.depth-- }

func (t *Thread) recursionLimit() int {
	if t.interp == nil || t.interp.recursionLimit <= 0 {
		return defaultRecursionLimit
	}
	return t.interp.recursionLimit
}

const defaultRecursionLimit = 1000
