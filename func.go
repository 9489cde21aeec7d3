package pystm

import (
	"context"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"

	"github.com/pystm/pystm/runtime"
)

// FuncOption configures a Go function exposed to Python (Func).
type FuncOption func(*funcConfig)

type funcConfig struct {
	effectful bool
}

// Effectful marks a Go function as having effects that must not happen
// twice (sending a message, writing a file, charging a card). Calling it
// makes the calling transaction irrevocable first, so it is never rolled
// back and re-run.
//
// Why this exists: under the transactional runtime a Python thread runs
// as a sequence of transactions, and a transaction that conflicts with
// another is rolled back and run again; a Go function called inside it is
// then called again. Functions without this mark must tolerate that (be
// pure, idempotent, or only read). Today every call runs holding the
// interpreter's token, so no callback is ever re-run and the mark costs
// nothing; it keeps programs correct when transactions become optimistic.
func Effectful() FuncOption { return func(c *funcConfig) { c.effectful = true } }

var (
	contextType = reflect.TypeOf((*context.Context)(nil)).Elem()
	errorType   = reflect.TypeOf((*error)(nil)).Elem()
	valueType   = reflect.TypeOf(Value{})
)

// Func returns a Python callable that calls the Go function fn. Its
// arguments are converted from Python to fn's parameter types (see the
// package documentation); a mismatch raises TypeError with CPython's
// wording ("name() argument 2 must be int, not str"), a wrong count
// "name() takes exactly 2 arguments (3 given)". Keyword arguments are not
// accepted.
//
// fn may take a context.Context first: it receives the context of the
// interpreter call in progress (cancellation reaches fn), through which fn
// may call back into the interpreter (Call, Value methods) on the calling
// Python thread. That context is for fn's own goroutine while fn runs; a
// goroutine fn starts must not use it.
//
// fn may return nothing, one value, an error, or a value and an error. A
// returned value is converted to Python; a non-nil error raises an
// exception: an *Error raises its exception (or the built-in class named
// by its Type, with its Message), any other error RuntimeError with the
// error's text. A panic in fn raises RuntimeError("panic in name: ...")
// instead of crashing the program.
func (in *Interpreter) Func(name string, fn any, opts ...FuncOption) (Value, error) {
	b, err := in.newBuiltin(name, fn, opts...)
	if err != nil {
		return Value{}, err
	}
	return Value{in: in, v: b}, nil
}

// newBuiltin wraps fn as a Python builtin function.
func (in *Interpreter) newBuiltin(name string, fn any, opts ...FuncOption) (runtime.Value, error) {
	var cfg funcConfig
	for _, o := range opts {
		o(&cfg)
	}
	fv := reflect.ValueOf(fn)
	ft := fv.Type()
	if ft.Kind() != reflect.Func || fv.IsNil() {
		return runtime.Value{}, fmt.Errorf("pystm: Func(%q): %T is not a function", name, fn)
	}
	// What fn takes and returns, checked once here.
	first := 0
	takesCtx := ft.NumIn() > 0 && ft.In(0) == contextType
	if takesCtx {
		first = 1
	}
	nout := ft.NumOut()
	errLast := nout > 0 && ft.Out(nout-1) == errorType
	if nout > 2 || (nout == 2 && !errLast) {
		return runtime.Value{}, fmt.Errorf("pystm: Func(%q): %s must return at most a value and an error", name, ft)
	}
	nparams := ft.NumIn() - first
	variadic := ft.IsVariadic()
	return runtime.NewBuiltin(name, func(t *runtime.Thread, args []runtime.Value, kwnames []string) (runtime.Value, error) {
		if len(kwnames) > 0 {
			return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if err := checkCount(name, len(args), nparams, variadic); err != nil {
			return runtime.Value{}, err
		}
		callArgs := make([]reflect.Value, 0, ft.NumIn())
		if takesCtx {
			done := make(chan struct{}) // closed when fn returns: the context stops naming t
			defer close(done)
			callArgs = append(callArgs, reflect.ValueOf(in.callbackContext(t, done)))
		}
		for i, a := range args {
			var pt reflect.Type
			if variadic && i >= nparams-1 {
				pt = ft.In(ft.NumIn() - 1).Elem()
			} else {
				pt = ft.In(first + i)
			}
			gv, err := in.toGoType(t, a, pt)
			if err != nil {
				return runtime.Value{}, argError(name, i+1, err)
			}
			callArgs = append(callArgs, gv)
		}
		if cfg.effectful {
			t.BecomeIrrevocable()
		}
		out, perr := callGo(fv, callArgs)
		if perr != nil {
			return runtime.Value{}, runtime.Errorf(runtime.RuntimeErrorType, "panic in %s: %v", name, perr)
		}
		if errLast {
			if e := out[nout-1]; !e.IsNil() {
				return runtime.Value{}, in.raiseGoError(t, e.Interface().(error))
			}
			out = out[:nout-1]
		}
		if len(out) == 0 {
			return runtime.None, nil
		}
		r, err := in.toPyReflect(t, out[0], 0)
		if err != nil {
			return runtime.Value{}, err
		}
		return r, nil
	}), nil
}

// goPanic is a recovered panic of a Go function called from Python.
type goPanic struct {
	val   any
	stack string
}

func (p *goPanic) Error() string { return fmt.Sprint(p.val) }

// callGo calls fn, turning a panic into an error.
func callGo(fn reflect.Value, args []reflect.Value) (out []reflect.Value, perr error) {
	defer func() {
		if r := recover(); r != nil {
			perr = &goPanic{val: r, stack: string(debug.Stack())}
		}
	}()
	return fn.Call(args), nil
}

// checkCount checks the number of positional arguments as CPython's
// argument parsing does for functions written in C.
func checkCount(name string, got, want int, variadic bool) error {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if variadic {
		if got < want-1 {
			return runtime.Errorf(runtime.TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, want-1, plural(want-1), got)
		}
		return nil
	}
	if got != want {
		if want == 0 {
			return runtime.Errorf(runtime.TypeErrorType, "%s() takes no arguments (%d given)", name, got)
		}
		return runtime.Errorf(runtime.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, want, plural(want), got)
	}
	return nil
}

// argError makes a conversion failure of argument i a TypeError (or the
// OverflowError the conversion raised) naming the function and argument.
func argError(name string, i int, err error) error {
	if exc, ok := err.(*runtime.Exception); ok {
		if exc.Matches(runtime.TypeErrorType) {
			return runtime.Errorf(runtime.TypeErrorType, "%s() argument %d %s", name, i, exc.Message())
		}
		return exc
	}
	return runtime.Errorf(runtime.TypeErrorType, "%s() argument %d: %s", name, i, err.Error())
}

// raiseGoError turns an error returned by a Go function into the Python
// exception to raise.
func (in *Interpreter) raiseGoError(t *runtime.Thread, err error) error {
	if e, ok := err.(*Error); ok {
		if e.exc != nil {
			return e.exc
		}
		if cls, ok := in.rt.LookupBuiltin(e.Type); ok {
			if typ, ok := cls.Object().(*runtime.Type); ok && runtime.IsSubtype(typ, runtime.BaseExceptionType) {
				if e.Message == "" {
					return runtime.NewException(typ)
				}
				return runtime.NewException(typ, runtime.NewStr(e.Message))
			}
		}
		return runtime.Errorf(runtime.RuntimeErrorType, "%s", strings.TrimSpace(e.Error()))
	}
	return runtime.Errorf(runtime.RuntimeErrorType, "%s", err.Error())
}
