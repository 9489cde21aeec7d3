package runtime

// This file defines coroutines (async def), async generators (async def
// with yield), the awaitable objects that drive them, and the helpers of
// await, async for and async with.
//
// A coroutine is a Generator of kind genCoroutine: awaiting suspends it at
// the YIELD_VALUE of a yield-from loop, passing the value out to whoever
// drives it with send(). An async generator's own `yield` compiles to
// YIELD_VALUE 1; its awaitables (__anext__, asend, athrow, aclose) finish
// with StopIteration(value) when the generator yields that way and pass
// the yields of its awaits through.

import "fmt"

// The types of coroutines and async generators and their helpers.
var (
	CoroutineType        = &Type{Name: "coroutine", flags: flagFinal}
	AsyncGeneratorType   = &Type{Name: "async_generator", flags: flagFinal}
	coroWrapperType      = &Type{Name: "coroutine_wrapper", flags: flagFinal}
	asyncGenAwaitableTyp = &Type{Name: "async_generator_asend", flags: flagFinal}
)

// delegate is what `yield from` and await can resume without going
// through Python method calls.
type delegate interface {
	sendValue(t *Thread, v Value) (Value, bool, error)
	throwExc(t *Thread, exc *Exception) (Value, bool, error)
	closeIt(t *Thread) error
}

func (g *Generator) sendValue(t *Thread, v Value) (Value, bool, error) { return g.resume(t, v, nil) }
func (g *Generator) throwExc(t *Thread, exc *Exception) (Value, bool, error) {
	return g.resume(t, Value{}, exc)
}
func (g *Generator) closeIt(t *Thread) error { return g.close(t) }

// coroWrapper is what coroutine.__await__() returns: an iterator over the
// coroutine.
type coroWrapper struct{ g *Generator }

func (w *coroWrapper) Type() *Type { return coroWrapperType }
func (w *coroWrapper) sendValue(t *Thread, v Value) (Value, bool, error) {
	return w.g.resume(t, v, nil)
}
func (w *coroWrapper) throwExc(t *Thread, exc *Exception) (Value, bool, error) {
	return w.g.resume(t, Value{}, exc)
}
func (w *coroWrapper) closeIt(t *Thread) error { return w.g.close(t) }

type agenMode uint8

const (
	agenSend agenMode = iota
	agenThrow
	agenClose
)

// asyncGenAwaitable is the awaitable of __anext__, asend, athrow and
// aclose.
type asyncGenAwaitable struct {
	g       *Generator
	mode    agenMode
	arg     Value      // the value sent first
	exc     *Exception // athrow's exception
	started bool
	done    bool
}

func (a *asyncGenAwaitable) Type() *Type { return asyncGenAwaitableTyp }

// finishStep turns the generator's step into the awaitable's result.
func (a *asyncGenAwaitable) finishStep(r Value, done bool, err error) (Value, bool, error) {
	if err != nil {
		a.done = true
		if e, ok := err.(*Exception); ok {
			if e.Matches(StopAsyncIterationType) || e.Matches(StopIterationType) {
				re := Errorf(RuntimeErrorType, "async generator raised %s", e.Type().Name)
				re.Cause, re.Context, re.SuppressContext = e, e, true
				return Value{}, false, re
			}
			if a.mode == agenClose && e.Matches(GeneratorExitType) {
				return None, true, nil
			}
		}
		return Value{}, false, err
	}
	if done {
		a.done = true
		if a.mode == agenClose {
			return None, true, nil
		}
		return Value{}, false, NewException(StopAsyncIterationType)
	}
	if a.g.lastKind == 1 {
		a.done = true
		if a.mode == agenClose {
			return Value{}, false, Errorf(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return r, true, nil
	}
	return r, false, nil
}

func (a *asyncGenAwaitable) sendValue(t *Thread, v Value) (Value, bool, error) {
	t.irrevocableNow() // SPAN: no undo record for the awaitable's state
	if a.done {
		return Value{}, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if !a.started {
		a.started = true
		switch a.mode {
		case agenThrow:
			return a.finishStep(a.g.resume(t, Value{}, a.exc))
		case agenClose:
			if !a.g.started || a.g.finished {
				a.g.finish()
				a.done = true
				return None, true, nil
			}
			return a.finishStep(a.g.resume(t, Value{}, NewException(GeneratorExitType)))
		}
		if a.g.finished {
			a.done = true
			return Value{}, false, NewException(StopAsyncIterationType)
		}
		if a.arg.IsValid() {
			v = a.arg
		}
	}
	return a.finishStep(a.g.resume(t, v, nil))
}

func (a *asyncGenAwaitable) throwExc(t *Thread, exc *Exception) (Value, bool, error) {
	t.irrevocableNow() // SPAN: no undo record for the awaitable's state
	a.started = true
	return a.finishStep(a.g.resume(t, Value{}, exc))
}

func (a *asyncGenAwaitable) closeIt(t *Thread) error {
	a.done = true
	return nil
}

// getAwaitable is GET_AWAITABLE.
func (t *Thread) getAwaitable(v Value) (Value, error) {
	switch o := v.obj.(type) {
	case *Generator:
		if o.kind == genCoroutine {
			return v, nil
		}
	case *asyncGenAwaitable, *coroWrapper, *anextDefault:
		return v, nil
	}
	typ := TypeOf(v)
	aw, ok := typ.Lookup("__await__")
	if !ok {
		return Value{}, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", typ.Name)
	}
	it, err := callMethod(t, aw, v)
	if err != nil {
		return Value{}, err
	}
	if g, ok := it.obj.(*Generator); ok && g.kind == genCoroutine {
		return Value{}, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	if _, ok := TypeOf(it).Lookup("__next__"); !ok {
		return Value{}, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", TypeOf(it).Name)
	}
	return it, nil
}

// getAIter is GET_AITER.
func (t *Thread) getAIter(v Value) (Value, error) {
	typ := TypeOf(v)
	m, ok := typ.Lookup("__aiter__")
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typ.Name)
	}
	r, err := callMethod(t, m, v)
	if err != nil {
		return Value{}, err
	}
	if _, ok := TypeOf(r).Lookup("__anext__"); !ok {
		return Value{}, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeOf(r).Name)
	}
	return r, nil
}

// getANext is GET_ANEXT: aiter.__anext__().
func (t *Thread) getANext(v Value) (Value, error) {
	if g, ok := v.obj.(*Generator); ok && g.kind == genAsync {
		return FromObject(&asyncGenAwaitable{g: g, mode: agenSend}), nil
	}
	typ := TypeOf(v)
	m, ok := typ.Lookup("__anext__")
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typ.Name)
	}
	r, err := callMethod(t, m, v)
	if err != nil {
		return Value{}, err
	}
	if _, err := t.getAwaitable(r); err != nil {
		return Value{}, Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", TypeOf(r).Name)
	}
	return r, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: "mgr" becomes "aexit aenter()".
func (t *Thread) beforeAsyncWith(f *Frame) error {
	vals := f.vals
	mgr := vals[f.sp-1]
	typ := TypeOf(mgr)
	enter, ok := typ.Lookup("__aenter__")
	if !ok {
		return Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	exit, ok := typ.Lookup("__aexit__")
	if !ok {
		return Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	boundExit, _, err := bindDescr(t, exit, mgr, typ)
	if err != nil {
		return err
	}
	r, err := callMethod(t, enter, mgr)
	if err != nil {
		return err
	}
	vals[f.sp-1] = boundExit
	vals[f.sp] = r
	f.sp++
	return nil
}

// stepResult converts a delegate step into a Python-level result for
// send()/__next__/throw(): the yielded value, or StopIteration(value).
func stepResult(r Value, done bool, err error) (Value, error) {
	if err != nil {
		return Value{}, err
	}
	if done {
		return Value{}, stopIteration(r)
	}
	return r, nil
}

// throwArgs makes the exception of a throw(typ[, val[, tb]]) call.
func (t *Thread) throwArgs(args []Value) (*Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	what := "exceptions must be classes or instances deriving from BaseException, not " + TypeOf(typ).Name
	if len(args) >= 2 && !args[1].IsNone() {
		if e, ok := args[1].obj.(*Exception); ok {
			return e, nil
		}
		exc, err := t.makeException(typ, what)
		if err == nil {
			exc.Args = []Value{args[1]}
		}
		return exc, err
	}
	return t.makeException(typ, what)
}

// addDelegateMethods gives typ send, throw and close over its delegate.
func addDelegateMethods(typ *Type, self func(v Value) delegate) {
	typ.AddMethod("send", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
		}
		return stepResult(self(args[0]).sendValue(t, args[1]))
	})
	typ.AddMethod("throw", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		exc, err := t.throwArgs(args[1:])
		if err != nil {
			return Value{}, err
		}
		return stepResult(self(args[0]).throwExc(t, exc))
	})
	typ.AddMethod("close", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, self(args[0]).closeIt(t)
	})
}

func init() {
	addDelegateMethods(CoroutineType, func(v Value) delegate { return v.obj.(*Generator) })
	CoroutineType.AddMethod("__await__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return FromObject(&coroWrapper{g: args[0].obj.(*Generator)}), nil
	})
	CoroutineType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return fmt.Sprintf("<coroutine object %s at 0x%x>", v.obj.(*Generator).QualName, objectID(v)), nil
	}
	CoroutineType.AddGetSet("__name__", func(t *Thread, obj Value) (Value, error) { return NewStr(obj.obj.(*Generator).Name), nil }, nil)
	CoroutineType.AddGetSet("__qualname__", func(t *Thread, obj Value) (Value, error) { return NewStr(obj.obj.(*Generator).QualName), nil }, nil)
	CoroutineType.AddGetSet("cr_running", func(t *Thread, obj Value) (Value, error) { return Bool(obj.obj.(*Generator).running), nil }, nil)

	for _, typ := range []*Type{coroWrapperType, asyncGenAwaitableTyp} {
		typ := typ
		addDelegateMethods(typ, func(v Value) delegate { return v.obj.(delegate) })
		typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
			return stepResult(v.obj.(delegate).sendValue(t, None))
		}
		typ.AddMethod("__await__", func(t *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
	}

	a := AsyncGeneratorType
	a.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return fmt.Sprintf("<async_generator object %s at 0x%x>", v.obj.(*Generator).QualName, objectID(v)), nil
	}
	a.AddMethod("__aiter__", func(t *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
	a.AddMethod("__anext__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return FromObject(&asyncGenAwaitable{g: args[0].obj.(*Generator), mode: agenSend}), nil
	})
	a.AddMethod("asend", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "asend() takes exactly one argument (%d given)", len(args)-1)
		}
		return FromObject(&asyncGenAwaitable{g: args[0].obj.(*Generator), mode: agenSend, arg: args[1]}), nil
	})
	a.AddMethod("athrow", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		exc, err := t.throwArgs(args[1:])
		if err != nil {
			return Value{}, err
		}
		return FromObject(&asyncGenAwaitable{g: args[0].obj.(*Generator), mode: agenThrow, exc: exc}), nil
	})
	a.AddMethod("aclose", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return FromObject(&asyncGenAwaitable{g: args[0].obj.(*Generator), mode: agenClose}), nil
	})
	a.AddGetSet("__name__", func(t *Thread, obj Value) (Value, error) { return NewStr(obj.obj.(*Generator).Name), nil }, nil)
	a.AddGetSet("__qualname__", func(t *Thread, obj Value) (Value, error) { return NewStr(obj.obj.(*Generator).QualName), nil }, nil)
}

// anextDefault is anext(aiter, default): the awaitable of __anext__ whose
// StopAsyncIteration becomes the default value.
type anextDefault struct {
	inner, def Value
}

var anextDefaultType = &Type{Name: "anext_awaitable", flags: flagFinal}

func (a *anextDefault) Type() *Type { return anextDefaultType }

func (a *anextDefault) result(t *Thread, r Value, done bool, err error) (Value, bool, error) {
	if e, ok := err.(*Exception); ok && e.Matches(StopAsyncIterationType) {
		return a.def, true, nil
	}
	return r, done, err
}

func (a *anextDefault) sendValue(t *Thread, v Value) (Value, bool, error) {
	r, done, err := t.send(a.inner, v)
	return a.result(t, r, done, err)
}

func (a *anextDefault) throwExc(t *Thread, exc *Exception) (Value, bool, error) {
	if d, ok := a.inner.obj.(delegate); ok {
		r, done, err := d.throwExc(t, exc)
		return a.result(t, r, done, err)
	}
	return Value{}, false, exc
}

func (a *anextDefault) closeIt(t *Thread) error {
	if d, ok := a.inner.obj.(delegate); ok {
		return d.closeIt(t)
	}
	return nil
}

func init() {
	typ := anextDefaultType
	addDelegateMethods(typ, func(v Value) delegate { return v.obj.(delegate) })
	typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
		return stepResult(v.obj.(delegate).sendValue(t, None))
	}
	typ.AddMethod("__await__", func(t *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
}
