package pystm

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pystm/pystm/runtime"
)

// Options configure an Interpreter. The zero value is usable: the
// process's standard streams, no module search path, no time limit.
type Options struct {
	// Parallel runs the interpreter's Python threads at the same time
	// (up to Threads at once), as the pystm command's -parallel flag
	// does; false is the GIL baseline (-gil), where one thread executes
	// bytecode at a time and the lock is handed over at bytecode
	// boundaries. Either way any number of goroutines may call the
	// interpreter, and scripts may start any number of threads.
	Parallel bool
	// Threads bounds how many Python threads execute bytecode at the same
	// time in parallel mode; 0 means the number of CPUs.
	Threads int
	// Stdout, Stderr and Stdin are what print, sys.stderr and input()
	// use; nil means the process's own.
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Path lists the directories import searches for .py modules
	// (sys.path). The PYSTMPATH environment variable is not read.
	Path []string
	// Argv is sys.argv.
	Argv []string
	// Timeout, if positive, limits every Exec, Eval and Call: the call
	// stops as if its context's deadline had passed.
	Timeout time.Duration
	// MaxSteps, if positive, limits every Exec, Eval and Call to that many
	// steps — bytecode boundaries: backward jumps and calls, about one per
	// loop iteration or function call. A call that uses them up stops
	// with an error that wraps ErrStepLimit; its frames unwind without
	// running except, finally or __exit__. Threads the script starts are
	// not limited.
	MaxSteps int64
	// SwitchInterval is how long a thread waiting for its turn lets the
	// running one continue (sys.setswitchinterval); 0 keeps CPython's
	// 5 ms.
	SwitchInterval time.Duration
	// STMAbortRate, in parallel mode, aborts each abortable transaction
	// at its commit with this probability and runs it again: fault
	// injection for tests, which must not change what a script does
	// (the pystm command's -stm-abort-rate).
	STMAbortRate float64
}

// Interpreter is one Python interpreter: its modules, builtins and
// threads. All its methods may be called from any number of goroutines at
// once; each Exec, Eval and Call runs as a Python thread of the
// interpreter, so calls interleave at bytecode boundaries exactly as
// Python threads do, and Python state shared between calls stays as
// consistent as a threaded Python program keeps it (use
// `with transaction.atomic:` or a lock for multi-step updates).
type Interpreter struct {
	rt     *runtime.Interpreter
	opts   Options
	closed atomic.Bool
	// threads maps each runtime thread that serves calls of this
	// interpreter to its callThread, so that Go functions called from
	// Python find the call's context (callback.go).
	threads sync.Map // *runtime.Thread -> *callThread
	// pool holds the threads between calls (threads.go).
	pool threadPool
	// calls counts the calls in progress, so that Close waits for them.
	calls sync.WaitGroup
	// closeMu orders Close against calls starting (calls.Add).
	closeMu sync.RWMutex
}

// New returns an interpreter configured by opts.
func New(opts Options) *Interpreter {
	rt := runtime.New(runtime.Options{
		Stdout:            opts.Stdout,
		Stderr:            opts.Stderr,
		Stdin:             opts.Stdin,
		Argv:              argv(opts.Argv),
		Path:              append([]string(nil), opts.Path...),
		IgnoreEnvironment: true,
		Parallel:          opts.Parallel,
		Threads:           opts.Threads,
		STMAbortRate:      opts.STMAbortRate,
	})
	if opts.SwitchInterval > 0 {
		rt.SetSwitchInterval(opts.SwitchInterval)
	}
	return &Interpreter{rt: rt, opts: opts}
}

// Close ends the interpreter as the end of a Python program does: it
// waits for the calls in progress and for the non-daemon threads the
// scripts started, then stops the daemon threads. Later calls return
// ErrClosed. Close is idempotent.
func (in *Interpreter) Close() error {
	in.closeMu.Lock()
	already := in.closed.Swap(true)
	in.closeMu.Unlock()
	if already {
		return nil
	}
	in.calls.Wait()
	in.drainPool()
	in.rt.Shutdown()
	return nil
}

// Exec runs src as the body of a new module and returns the module. src
// may be a string, a []byte, an io.Reader, or nil to read the file named
// filename. filename names the code in tracebacks; the module's __name__
// is its base name without ".py". The module is not entered in
// sys.modules: scripts import it only if the embedder puts it there.
//
// A Python exception leaving the body is returned as an *Error, together
// with the module (whose globals hold what the body defined before it
// failed).
func (in *Interpreter) Exec(ctx context.Context, filename string, src any) (*Module, error) {
	code, err := readSource(filename, src)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(filename), ".py")
	var mod *Module
	_, err = in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		in.rt.RegisterSource(filename, code)
		m := in.rt.NewSourceModule(name, filename)
		mod = &Module{in: in, m: m}
		if err := t.ExecModule(m, code, filename); err != nil {
			return runtime.Value{}, err
		}
		t.Publish(runtime.FromObject(m))
		return runtime.None, nil
	})
	return mod, err
}

// Eval evaluates a Python expression in a namespace of its own (the
// builtins only) and returns its value. Use Module.Eval to evaluate in a
// module's globals.
func (in *Interpreter) Eval(ctx context.Context, expr string) (Value, error) {
	return in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		return t.EvalExpr([]byte(expr), "<string>", runtime.NewDict())
	})
}

// Call calls fn with args and returns its result. fn is a Value (a
// function or other callable from a script) or any Go value that converts
// to a Python callable (a Go function). Each argument is converted to
// Python as ValueOf describes.
func (in *Interpreter) Call(ctx context.Context, fn any, args ...any) (Value, error) {
	return in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		f, err := in.toPy(t, fn)
		if err != nil {
			return runtime.Value{}, err
		}
		argv := make([]runtime.Value, len(args))
		for i, a := range args {
			if argv[i], err = in.toPy(t, a); err != nil {
				return runtime.Value{}, err
			}
		}
		return t.Call(f, argv, nil)
	})
}

// ValueOf converts a Go value to a Python value (see the package
// documentation for the mapping) and returns a handle to it.
func (in *Interpreter) ValueOf(ctx context.Context, x any) (Value, error) {
	return in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		return in.toPy(t, x)
	})
}

// argv is sys.argv: [""] when the embedder gives none, as CPython's
// embedding API makes it.
func argv(a []string) []string {
	if len(a) == 0 {
		return []string{""}
	}
	return append([]string(nil), a...)
}

// readSource returns the source text Exec runs.
func readSource(filename string, src any) ([]byte, error) {
	switch s := src.(type) {
	case string:
		return []byte(s), nil
	case []byte:
		return s, nil
	case io.Reader:
		return io.ReadAll(s)
	case nil:
		return os.ReadFile(filename)
	}
	return nil, fmt.Errorf("pystm: Exec: unsupported source type %T", src)
}

// run runs body as a Python thread of the interpreter, or directly on the
// calling thread when ctx is the context a Go function received from a
// call in progress (a callback calling back into Python must not wait for
// its own thread's turn). It applies the cancellation of ctx and the
// Timeout option, publishes the result and converts the error.
func (in *Interpreter) run(ctx context.Context, body func(t *runtime.Thread) (runtime.Value, error)) (Value, error) {
	if t := in.callbackThread(ctx); t != nil {
		r, err := body(t)
		if err != nil {
			return Value{}, errorFrom(t, ctx, err)
		}
		return Value{in: in, v: r}, nil
	}
	in.closeMu.RLock()
	if in.closed.Load() {
		in.closeMu.RUnlock()
		return Value{}, ErrClosed
	}
	in.calls.Add(1)
	in.closeMu.RUnlock()
	defer in.calls.Done()
	if in.opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, in.opts.Timeout)
		defer cancel()
	}
	if err := ctx.Err(); err != nil {
		return Value{}, &Error{Type: "Cancelled", Message: err.Error(), cause: context.Cause(ctx)}
	}
	ct := in.getThread()
	ct.ctx = ctx
	var (
		res     Value
		callErr error
		clean   = true // the thread may serve another call
		stop    func() bool
		done    chan struct{}
		watched chan struct{}
	)
	if ctx.Done() != nil {
		done, watched = make(chan struct{}), make(chan struct{})
		// On cancellation the thread raises Cancelled at its next
		// boundary, so that finally blocks and __exit__ methods run. A
		// script still running stopGrace later (one that caught
		// Cancelled and went on) is stopped outright: its frames unwind
		// without running handlers.
		stop = context.AfterFunc(ctx, func() {
			defer close(watched)
			ct.t.PostEvent(cancelledException(ctx))
			tick := time.NewTicker(stopGrace)
			defer tick.Stop()
			for {
				select {
				case <-done:
					return
				case <-tick.C:
					ct.t.PostEvent(runtime.ErrStopped)
				}
			}
		})
	}
	err := ct.t.RunTurn(func() error {
		t := ct.t
		if in.opts.MaxSteps > 0 {
			t.SetStepLimit(in.opts.MaxSteps)
			defer t.SetStepLimit(0)
		}
		r, err := body(t)
		if err != nil {
			if _, ok := err.(*runtime.Exception); !ok {
				clean = false
			}
			callErr = errorFrom(t, ctx, err)
			return nil
		}
		t.Publish(r)
		res = Value{in: in, v: r}
		return nil
	})
	if stop != nil {
		close(done)
		if !stop() {
			<-watched // the watcher started: wait for it to end (no goroutine outlives the call, no event reaches the next)
		}
	}
	ct.ctx = nil
	in.putThread(ct, clean && err == nil)
	if err != nil {
		return Value{}, errorFrom(nil, ctx, err)
	}
	return res, callErr
}

// stopGrace is how long a cancelled call may go on running after the
// Cancelled exception before it is stopped outright.
const stopGrace = 100 * time.Millisecond
