package pystm

import (
	"context"

	"github.com/pystm/pystm/runtime"
)

// callbackKey is the context key under which a Go function called from
// Python finds the thread that called it.
type callbackKey struct{}

// callbackScope is the value under callbackKey: the interpreter and the
// Python thread that called the Go function. The thread holds the
// interpreter's turn while the function runs, so work done with this
// context runs directly on it instead of waiting for a turn it would
// never get.
type callbackScope struct {
	in *Interpreter
	t  *runtime.Thread
	// done is closed when the Go function returns: the thread is then
	// running Python again, and a context kept past the call must not
	// reach it (calls made with it get a thread of their own).
	done chan struct{}
}

// callbackContext returns the context handed to a Go function called from
// Python on thread t: the context of the interpreter call that thread
// runs (so cancellation reaches the function), carrying the thread.
func (in *Interpreter) callbackContext(t *runtime.Thread, done chan struct{}) context.Context {
	parent := context.Background()
	if ct, ok := in.threads.Load(t); ok && ct.(*callThread).ctx != nil {
		parent = ct.(*callThread).ctx
	}
	return context.WithValue(parent, callbackKey{}, &callbackScope{in: in, t: t, done: done})
}

// callbackThread returns the thread to run on when ctx was handed to a Go
// function that is still running, called from a thread of in; else nil.
func (in *Interpreter) callbackThread(ctx context.Context) *runtime.Thread {
	sc, ok := ctx.Value(callbackKey{}).(*callbackScope)
	if !ok || sc.in != in {
		return nil
	}
	select {
	case <-sc.done:
		return nil
	default:
		return sc.t
	}
}
