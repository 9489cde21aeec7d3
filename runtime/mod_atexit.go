package runtime

// This file defines the atexit module. The callbacks live on the
// Interpreter; RunMain runs them (RunAtExit) when the main module ends,
// by falling off its end, sys.exit or an uncaught exception, last
// registered first, and then writes the buffers of files left open.
//
// Difference from CPython: the callbacks run before the wait for
// non-daemon threads rather than after it (the wait shuts the scheduler
// down).

import "sync"

// atexitCallback is one registered call.
type atexitCallback struct {
	fn      Value
	args    []Value // positional then keyword values
	kwnames []string
}

// atexitState is an interpreter's registered callbacks.
type atexitState struct {
	mu        sync.Mutex
	callbacks []atexitCallback
}

// RunAtExit calls the atexit callbacks, last registered first, printing
// their exceptions as CPython does ("Exception ignored in atexit
// callback: ..."), and writes the buffers of open files.
func (in *Interpreter) RunAtExit(t *Thread) {
	for {
		in.atexit.mu.Lock()
		n := len(in.atexit.callbacks)
		if n == 0 {
			in.atexit.mu.Unlock()
			break
		}
		cb := in.atexit.callbacks[n-1]
		in.atexit.callbacks = in.atexit.callbacks[:n-1]
		in.atexit.mu.Unlock()
		if _, err := t.Call(cb.fn, cb.args, cb.kwnames); err != nil {
			t.printIgnored("Exception ignored in atexit callback", cb.fn, err)
		}
	}
	in.FlushFiles()
}

// printIgnored writes "<what>: <repr(obj)>" and the exception's
// traceback to stderr, as CPython's PyErr_WriteUnraisable does.
func (t *Thread) printIgnored(what string, obj Value, err error) {
	r, rerr := Repr(t, obj)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	_, _ = t.Stderr().Write([]byte(what + ": " + r + "\n"))
	if exc, ok := err.(*Exception); ok {
		t.PrintException(exc)
	} else {
		_, _ = t.Stderr().Write([]byte(err.Error() + "\n"))
	}
}

func newAtexitModule(in *Interpreter) *Module {
	m := NewModule("atexit")
	d := m.Dict
	st := &in.atexit
	d.SetStr("register", NewBuiltin("register", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		if npos < 1 {
			return Value{}, Errorf(TypeErrorType, "register() takes at least 1 argument (0 given)")
		}
		if !isCallable(args[0]) {
			return Value{}, Errorf(TypeErrorType, "the first argument must be callable")
		}
		st.mu.Lock()
		st.callbacks = append(st.callbacks, atexitCallback{fn: args[0],
			args: append([]Value(nil), args[1:]...), kwnames: append([]string(nil), kwnames...)})
		st.mu.Unlock()
		return args[0], nil
	}))
	d.SetStr("unregister", NewBuiltin("unregister", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOne("unregister", args, kwnames); err != nil {
			return Value{}, err
		}
		st.mu.Lock()
		cbs := append([]atexitCallback(nil), st.callbacks...)
		st.mu.Unlock()
		// Equality may run Python code: compare outside the lock.
		var keep []atexitCallback
		for _, cb := range cbs {
			eq, err := Equal(t, cb.fn, args[0])
			if err != nil {
				return Value{}, err
			}
			if !eq {
				keep = append(keep, cb)
			}
		}
		st.mu.Lock()
		st.callbacks = keep
		st.mu.Unlock()
		return None, nil
	}))
	d.SetStr("_clear", NewBuiltin("_clear", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		st.mu.Lock()
		st.callbacks = nil
		st.mu.Unlock()
		return None, nil
	}))
	d.SetStr("_ncallbacks", NewBuiltin("_ncallbacks", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		st.mu.Lock()
		defer st.mu.Unlock()
		return Int(int64(len(st.callbacks))), nil
	}))
	d.SetStr("_run_exitfuncs", NewBuiltin("_run_exitfuncs", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		in.RunAtExit(t)
		return None, nil
	}))
	return m
}

func init() {
	registerBuiltin("atexit", func(t *Thread) (*Module, error) { return newAtexitModule(t.interp), nil })
}
