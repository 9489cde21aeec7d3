package runtime

// This file defines how an interpreter is interrupted from outside: the
// command's SIGINT handler calls Interrupt, which raises KeyboardInterrupt
// in the main thread at its next bytecode boundary (a backward jump or a
// call) or in the blocking wait (sleep, lock acquire) it is parked in, as
// CPython's signal handler does through its eval breaker. The check itself
// is the thread's pending-event word (thread_events.go), so the hot path
// pays nothing more for it.

import "sync/atomic"

// StatusKeyboardInterrupt is the exit status RunMain returns when the
// program ended with an uncaught KeyboardInterrupt: CPython's exit_sigint
// fallback (the command then ends the process by SIGINT itself, as
// CPython does, so its parent sees a death by signal).
const StatusKeyboardInterrupt = 130

// interruptState is an interpreter's part in interruption (a field of
// Interpreter).
type interruptState struct {
	// main is the thread running RunMain's module, nil outside RunMain.
	main atomic.Pointer[Thread]
	// byInterrupt records that RunMain's program ended with an uncaught
	// KeyboardInterrupt.
	byInterrupt atomic.Bool
}

// Interrupt raises KeyboardInterrupt in the main thread of the program
// RunMain runs, at its next bytecode boundary or in the blocking wait it
// is in. Any goroutine may call it (a signal handler's). It reports false
// when no program is running.
func (in *Interpreter) Interrupt() bool {
	t := in.intr.main.Load()
	if t == nil {
		return false
	}
	t.PostEvent(NewException(KeyboardInterruptType))
	return true
}

// EndedByKeyboardInterrupt reports that the last RunMain's program ended
// with an uncaught KeyboardInterrupt.
func (in *Interpreter) EndedByKeyboardInterrupt() bool { return in.intr.byInterrupt.Load() }

// enterMainProgram records t as the thread Interrupt raises in, until
// the returned function is called.
func (in *Interpreter) enterMainProgram(t *Thread) (leave func()) {
	in.intr.main.Store(t)
	return func() { in.intr.main.Store(nil) }
}

// keyboardInterruptStatus turns the status of an uncaught
// KeyboardInterrupt (err, the program's error) into
// StatusKeyboardInterrupt.
func (in *Interpreter) keyboardInterruptStatus(err error, status int) int {
	if exc, ok := err.(*Exception); ok && exc.Matches(KeyboardInterruptType) {
		in.intr.byInterrupt.Store(true)
		return StatusKeyboardInterrupt
	}
	return status
}
