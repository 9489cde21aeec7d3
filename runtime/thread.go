package runtime

import (
	"errors"
	"io"
)

// Interpreter is one Python interpreter: its builtins, its modules, its
// standard streams. Several may coexist in one process.
// (Owned by the interpreter-loop work; fields grow with it.)
type Interpreter struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
}

// Thread is one Python thread's state: its frames, the exception being
// handled, its recursion depth, and (with threads) its transaction and
// pending output. It is passed explicitly to everything that may touch
// objects, because Go has no goroutine-local storage.
type Thread struct {
	interp *Interpreter
}

// Interp returns the interpreter the thread belongs to.
func (t *Thread) Interp() *Interpreter { return t.interp }

// Call calls fn with positional arguments args, of which the last
// len(kwnames) are keyword arguments named by kwnames (the vectorcall
// convention: no map is built for a call). It is the entry point Go code
// uses to call back into Python; it runs on the Go stack.
func (t *Thread) Call(fn Value, args []Value, kwnames []string) (Value, error) {
	return Value{}, errors.New("runtime: Thread.Call is being written") // replaced by the interpreter loop
}
