package runtime

// This file defines the _thread module: starting threads, locks, thread
// identity, and the default excepthook threading uses.

import (
	"strconv"
)

func newThreadModule(in *Interpreter) *Module {
	m := NewModule("_thread")
	d := m.Dict
	rt := in.threads
	fn := func(name string, f func(t *Thread, args []Value, kwnames []string) (Value, error)) {
		d.SetStr(name, NewBuiltin(name, f))
	}
	// pureFn is fn for a function an abortable span may call and stay
	// abortable (span_builtins.go): a new lock (its writes are logged,
	// span_locks.go) and the thread's identity (replayable).
	pureFn := func(name string, f func(t *Thread, args []Value, kwnames []string) (Value, error)) {
		d.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: f, pure: true}))
	}
	fn("start_new_thread", rt.startNewThread)
	d.SetStr("start_new", mustGet(d, "start_new_thread"))
	pureFn("allocate_lock", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "allocate_lock() takes no arguments (%d given)", len(args))
		}
		return FromObject(NewLock()), nil
	})
	d.SetStr("allocate", mustGet(d, "allocate_lock"))
	d.SetStr("LockType", FromObject(LockType))
	d.SetStr("error", FromObject(RuntimeErrorType))
	d.SetStr("TIMEOUT_MAX", Float(timeoutMax))
	d.SetStr("_local", FromObject(LocalType))
	pureFn("get_ident", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(int64(t.schedThread().ID())), nil
	})
	fn("get_native_id", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		// Not an OS thread id (a goroutine has none): a small number
		// unique among the interpreter's threads.
		return Int(int64(t.schedThread().ID()-rt.mainID)/4096 + int64(nativeIDBase)), nil
	})
	fn("_count", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(rt.count.Load()), nil
	})
	fn("exit", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Value{}, NewException(SystemExitType)
	})
	d.SetStr("exit_thread", mustGet(d, "exit"))
	fn("stack_size", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		var size Value
		if err := UnpackArgs("stack_size", args, kwnames, []string{"size?", "/"}, &size); err != nil {
			return Value{}, err
		}
		if size.IsValid() {
			n, ok := AsInt64(size)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(size).Name)
			}
			if n != 0 && n < 32768 {
				return Value{}, Errorf(ValueErrorType, "size not valid: %d bytes", n)
			}
		}
		return Int(0), nil // goroutine stacks grow as needed
	})
	fn("_set_sentinel", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		l := NewLock()
		t.th.sentinel = l
		return FromObject(l), nil
	})
	fn("_excepthook", threadExcepthook)
	// _print_exception(exc) prints exc and its traceback to stderr as an
	// uncaught exception is printed (threading's fallback when the
	// excepthook itself fails, where CPython calls sys.excepthook).
	fn("_print_exception", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "_print_exception() takes exactly one argument (%d given)", len(args))
		}
		exc, ok := args[0].obj.(*Exception)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "_print_exception() argument must be an exception, not %s", TypeOf(args[0]).Name)
		}
		t.PrintException(exc)
		return None, nil
	})
	return m
}

// nativeIDBase makes native ids look like OS thread ids.
const nativeIDBase = 100000

// startNewThread is _thread.start_new_thread(function, args[, kwargs]).
func (rt *threadRuntime) startNewThread(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	fn := args[0]
	if !isCallable(fn) {
		return Value{}, Errorf(TypeErrorType, "first arg must be callable")
	}
	tup, ok := args[1].obj.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "2nd arg must be a tuple")
	}
	callArgs := append([]Value(nil), tup.Items()...)
	var names []string
	if len(args) == 3 {
		kw, ok := args[2].obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "optional 3rd arg must be a dictionary")
		}
		keys, values := kw.Entries(t)
		for i, k := range keys {
			s, ok := AsString(k)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "keywords must be strings")
			}
			names = append(names, s)
			callArgs = append(callArgs, values[i])
		}
	}
	t.schedThread() // the caller must hold the GIL before others run
	rt.shareWithThread(t, fn)
	rt.shareWithThread(t, callArgs...)
	nt := rt.in.NewThread()
	st := rt.s.NewThread()
	nt.th.st = st
	rt.count.Add(1)
	rt.s.Go(st, func() { rt.runThread(nt, fn, callArgs, names) })
	return Int(int64(st.ID())), nil
}

// shareWithThread publishes vs, which t hands to another thread (parallel
// mode; nothing under the GIL). The first time, the whole module graph
// (sys.modules: modules, their globals, classes and functions) is
// published too, as the other thread can reach it. Embedders that run
// several Python threads at once call it with what they pass between
// them.
func (rt *threadRuntime) shareWithThread(t *Thread, vs ...Value) {
	if !rt.parallel {
		return
	}
	t.acquireToken()
	if !rt.published {
		rt.published = true
		rt.in.enableSpans(t) // SPAN: sharing begins
		t.publish(FromObject(rt.in.modules))
	}
	for _, v := range vs {
		t.publish(v)
	}
}

// runThread is the body of a thread, run holding the GIL (parallel mode:
// a run slot).
func (rt *threadRuntime) runThread(t *Thread, fn Value, args []Value, kwnames []string) {
	_, err := t.Call(fn, args, kwnames)
	if err != nil {
		exc, ok := err.(*Exception)
		if !ok {
			// A status (the interpreter shut down): the GIL is not held,
			// so touch nothing.
			return
		}
		if !exc.Matches(SystemExitType) {
			r, rerr := Repr(t, fn)
			if rerr != nil {
				r = "<object repr() failed>"
			}
			_, _ = t.Stderr().Write([]byte("Exception ignored in thread started by: " + r + "\n"))
			t.PrintException(exc)
		}
	}
	if l := t.th.sentinel; l != nil && l.Locked(t) {
		_ = l.Release(t)
		t.unlockWords() // the thread's last transaction ends: joiners may go on
	}
	rt.count.Add(-1)
}

// threadExcepthook is _thread._excepthook(args), threading.excepthook's
// default: it prints "Exception in thread NAME:" and the traceback.
func threadExcepthook(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "excepthook() takes exactly one argument (%d given)", len(args))
	}
	a := args[0]
	get := func(name string) (Value, error) { return GetAttr(t, a, name) }
	excType, err := get("exc_type")
	if err != nil {
		return Value{}, err
	}
	if typ, ok := excType.obj.(*Type); ok && IsSubtype(typ, SystemExitType) {
		return None, nil // a thread's SystemExit is silent
	}
	excValue, err := get("exc_value")
	if err != nil {
		return Value{}, err
	}
	thread, err := get("thread")
	if err != nil {
		return Value{}, err
	}
	var name string
	if thread.IsNone() {
		name = strconv.FormatUint(t.schedThread().ID(), 10)
	} else {
		nv, err := GetAttr(t, thread, "name")
		if err != nil {
			return Value{}, err
		}
		if name, err = StrOf(t, nv); err != nil {
			return Value{}, err
		}
	}
	_, _ = t.Stderr().Write([]byte("Exception in thread " + name + ":\n"))
	if exc, ok := excValue.obj.(*Exception); ok {
		t.PrintException(exc)
	} else {
		s, _ := StrOf(t, excValue)
		_, _ = t.Stderr().Write([]byte(s + "\n"))
	}
	return None, nil
}
