package pystm

import (
	"context"
	"errors"

	"github.com/pystm/pystm/runtime"
)

// Error is a Python exception that came out of the interpreter: from a
// script run by Exec, an expression given to Eval, or a function called
// with Call. errors.As finds it in the errors these methods return.
//
// When the call was stopped because its context was cancelled or its
// deadline passed, Type is "Cancelled" and Unwrap returns the context's
// error, so errors.Is(err, context.DeadlineExceeded) and
// errors.Is(err, context.Canceled) work.
//
// A Go function called from Python may also return an *Error (with Type
// the name of a built-in exception class such as "ValueError", and
// Message) to raise that exception in the script.
type Error struct {
	// Type is the exception's class name as the last line of a
	// traceback shows it: "ValueError", or "module.Class" for classes
	// defined outside builtins and __main__.
	Type string
	// Message is str() of the exception ("" when it has no arguments).
	Message string
	// Traceback is the exception printed as CPython's default excepthook
	// prints it: "Traceback (most recent call last):", the entries with
	// their source lines, chained exceptions, and "Type: message".
	Traceback string

	exc   *runtime.Exception // the exception object; nil for one made in Go
	cause error              // the context's error for a cancelled call
}

// Error returns "Type: message", the last line of the traceback.
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the context's error when the call was cancelled, else nil.
func (e *Error) Unwrap() error { return e.cause }

// errorFrom converts what the runtime returned into the error an API
// method returns. t holds the interpreter's turn (formatting may run
// __str__ methods). ctx is the call's context: a Cancelled exception
// coming out of a cancelled call wraps its error.
func errorFrom(t *runtime.Thread, ctx context.Context, err error) error {
	exc, ok := err.(*runtime.Exception)
	if !ok {
		switch {
		case errors.Is(err, runtime.ErrShutdown):
			return ErrClosed
		case errors.Is(err, runtime.ErrStopped) && ctx.Err() != nil:
			cause := context.Cause(ctx)
			return &Error{Type: "Cancelled", Message: cause.Error(), cause: cause}
		}
		return err
	}
	e := &Error{
		Type:      runtime.ExceptionTypeName(exc),
		Traceback: t.FormatException(exc),
		exc:       exc,
	}
	line := t.ExceptionLine(exc)
	if len(line) > len(e.Type)+2 {
		e.Message = line[len(e.Type)+2:]
	}
	if exc.Matches(runtime.CancelledType) && ctx.Err() != nil {
		e.cause = context.Cause(ctx)
	}
	return e
}

// ErrStepLimit is wrapped by the error of a call that used up
// Options.MaxSteps.
var ErrStepLimit = runtime.ErrStepLimit

// ErrClosed is returned by the methods of an Interpreter that was closed.
var ErrClosed = errors.New("pystm: interpreter closed")

// cancelledException is the exception raised in a thread whose context
// is done: its message is the context's error.
func cancelledException(ctx context.Context) *runtime.Exception {
	msg := "cancelled"
	if err := context.Cause(ctx); err != nil {
		msg = err.Error()
	}
	return runtime.NewException(runtime.CancelledType, runtime.NewStr(msg))
}
