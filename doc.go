// Package pystm embeds a Python 3.11 interpreter in Go programs as a
// concurrent scripting engine: Go code runs scripts, hands them Go
// functions and data, and calls script functions from any number of
// goroutines at once.
//
// # Running code
//
// New makes an Interpreter. Exec runs a script as a module and returns a
// *Module handle whose globals Get and Set read and write; Eval evaluates
// an expression; Call (and Module.Call, Value.Call) calls a Python
// function:
//
//	in := pystm.New(pystm.Options{})
//	defer in.Close()
//	m, err := in.Exec(ctx, "greet.py", "def greet(name): return 'hi ' + name")
//	v, err := m.Call(ctx, "greet", "gopher")   // v.Str() == "hi gopher"
//
// # Goroutines and Python threads
//
// Every Exec, Eval and Call runs as a Python thread of the interpreter.
// Calls from many goroutines therefore behave as the threads of one Python
// program: they interleave at bytecode boundaries and share the scripts'
// objects with the atomicity Python threads have under CPython (a dict
// store, a list.append). A multi-step update of shared state belongs in a
// `with transaction.atomic:` block (or under a threading.Lock): Go code
// needs no locks of its own.
//
// With Options.Parallel the threads run at the same time, up to
// Options.Threads at once, with the same guarantees (the pystm command's
// -parallel); without it they take turns under an interpreter lock handed
// over at bytecode boundaries (-gil).
//
// Between calls the interpreter keeps the threads in a pool, so a call
// does not pay for starting one. As in a Python thread pool, a thread
// keeps its identity and its threading.local values from one call to a
// later one.
//
// A Go function called from Python (see Func) runs on the calling Python
// thread, holding its turn. To call back into the interpreter it must use
// the context.Context it was given (its first parameter), which carries
// that thread; a call made with another context would wait for a turn the
// function itself holds.
//
// # Values
//
// Python objects given to Go are Value handles, never the objects' state:
// reading a handle (Value.Go, Value.Decode, Value.Attr, Value.Repr) or
// calling it runs in a short critical section on a Python thread, so Go
// code cannot race with scripts. Numbers, strings and None are immutable
// and read without one (Value.Int64, Value.Str, ...).
//
// Go values passed to Python (arguments, Module.Set, Interpreter.ValueOf,
// a Go function's results) are copied into new Python objects:
//
//	Go                              Python
//	nil, nil pointer/slice/map      None
//	bool                            bool
//	int*, uint* , *big.Int, big.Int int
//	float32, float64                float
//	complex64, complex128           complex
//	string                          str
//	[]byte                          bytes
//	other slices, arrays            list
//	maps                            dict (keys in sorted order)
//	structs, pointers to structs    dict of the exported fields, named by
//	                                the `py:"name"` tag or the field name
//	                                (`py:"-"` omits, `py:",omitempty"` skips
//	                                zero values)
//	functions                       builtin functions (see Func)
//	Value, *Module                  the object itself
//
// Python values come back to Go by Value.Go as nil, bool, int64 (*big.Int
// beyond int64), float64, complex128, string, []byte (bytes, bytearray),
// []any (list, tuple, set), map[string]any (dicts with str keys; other
// dicts map[any]any), and Value handles for everything else. Value.Decode
// and the parameters of Go functions convert to a given Go type instead,
// checking the Python type as CPython's argument parsing does.
//
// # Go functions and modules
//
// Interpreter.Func wraps a Go function as a Python callable, typed by
// reflection: `func(a int, s string) (float64, error)` raises TypeError
// for `f("x", 1)` ("f() argument 1 must be int, not str"), an error
// result raises an exception, and a panic raises RuntimeError instead of
// crashing the program. RegisterModule makes a map of Go functions and
// values importable by scripts with `import name`, as built-in modules
// are. A Go function that takes a context.Context first gets the
// context of the call in progress, and may call back into the interpreter
// with it.
//
// Under the transactional runtime a transaction that conflicts is rolled
// back and run again, and so are the Go functions it called. Functions
// with effects that must happen once are marked with Effectful: calling
// one makes its transaction irrevocable first. (Today every thread runs
// holding the interpreter's token, so nothing is ever re-run.)
//
// # Errors, cancellation, limits
//
// A Python exception comes back as an *Error with the exception's Type,
// Message and the Traceback text CPython would print; errors.As finds it.
//
// A call stops when its context is cancelled or its deadline passes, even
// in a loop that makes no calls: the thread raises Cancelled (a
// BaseException, so `except Exception` does not catch it; finally blocks
// and __exit__ methods run) at its next backward jump or call, and a
// time.sleep or a wait for a lock is cut short. A script that catches
// Cancelled and goes on is stopped outright 100 ms later (its frames
// unwind without running handlers). The error is an *Error whose Unwrap
// gives the context's error, so errors.Is(err, context.DeadlineExceeded)
// holds. Options.Timeout sets a deadline for every call. Options.MaxSteps
// bounds a call's work deterministically instead: past that many bytecode
// boundaries (backward jumps and calls) the call stops with an error that
// wraps ErrStepLimit, its frames unwinding without running handlers.
package pystm
