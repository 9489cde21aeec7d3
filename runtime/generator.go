package runtime

// This file defines generators: a generator keeps its suspended frame and
// resumes it in a nested interpreter loop on next(), send() and throw().

import (
	"fmt"

	"github.com/pystm/pystm/compiler/bytecode"
)

// Generator is the object a generator function returns.
type Generator struct {
	// shareFlag marks a shared generator: resuming one takes the token for
	// the whole resume (it runs on the Go stack, not inlined), and its
	// frame is published again when it suspends (share.go).
	shareFlag
	frame    *Frame
	kind     genKind
	lastKind int   // the argument of the YIELD_VALUE it last suspended at
	retval   Value // the value returned when next() exhausted it, until StopIterationOf takes it
	code     *Code
	Name     string
	QualName string
	running  bool
	started  bool
	finished bool
	excInfo  *Exception // the exception being handled inside the generator while suspended
}

// GeneratorType is the type of generators.
var GeneratorType = &Type{Name: "generator", flags: flagFinal}

type genKind uint8

const (
	genPlain     genKind = iota
	genCoroutine         // async def
	genAsync             // async def with yield
)

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsync:
		return AsyncGeneratorType
	}
	return GeneratorType
}

func newGenerator(t *Thread, fn *Function, f *Frame) *Generator {
	g := &Generator{frame: f, code: fn.code, Name: fn.Name, QualName: fn.QualName}
	if t.logging() {
		g.spanMark = t.sp.id // made in the running span: no undo record
	}
	f.gen = g
	return g
}

func (g *Generator) finish() {
	g.finished = true
	g.frame = nil
}

// resume runs the generator until it yields (r, false) or returns
// (its value, true). A non-nil throw is raised at the yield point.
func (g *Generator) resume(t *Thread, sent Value, throw *Exception) (Value, bool, error) {
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logGen(g)
	}
	if g.shared.Load() {
		// A shared generator runs under the token, and what its frame
		// then holds becomes reachable by other threads. (A conditional
		// defer is open-coded: the local path pays no extra call, which
		// matters in deep yield-from chains.)
		t.acquireToken()
		defer g.pushFrameAgain(t)
	}
	if g.running {
		return Value{}, false, Errorf(ValueErrorType, "generator already executing")
	}
	if g.finished {
		if throw != nil {
			return Value{}, false, throw
		}
		if g.kind == genCoroutine {
			return Value{}, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	f := g.frame
	if !g.started && throw == nil && !sent.IsNone() {
		return Value{}, false, Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
	}
	if throw != nil && g.started {
		if r, handled, done, err := g.throwToDelegate(t, throw); handled {
			if err != nil {
				throw = nil
				if e, ok := err.(*Exception); ok {
					throw = e
				} else {
					return Value{}, false, err
				}
			} else if done {
				// The delegate returned: continue after the yield from.
				f.sp--
				f.vals[f.sp] = Value{}
				f.vals[f.sp] = r
				f.sp++
				sendPC := f.pc - 2
				f.pc = f.bc.Instrs[sendPC].Arg()
				sent = Value{}
				throw = nil
				return g.run(t, Value{}, nil, true)
			} else {
				return r, false, nil
			}
		}
	}
	if throw != nil && !g.started {
		// Throwing into a generator that has not started finishes it.
		g.finish()
		return Value{}, false, throw
	}
	return g.run(t, sent, throw, false)
}

// run resumes the frame; pushSkip says the stack is already set up.
func (g *Generator) run(t *Thread, sent Value, throw *Exception, pushSkip bool) (Value, bool, error) {
	f := g.frame
	if t.depth >= t.recursionLimit() || t.goLoops >= maxGoLoops { // LANG: goLoops, see memory.go
		return Value{}, false, t.recursionError("")
	}
	if err := t.pushFrame(f); err != nil {
		return Value{}, false, err
	}
	t.goLoops++
	defer func() { t.goLoops-- }()
	f.entry = true
	f.yielded = false
	outer := t.excInfo
	if g.excInfo != nil {
		t.excInfo = g.excInfo
	}
	g.running = true
	var r Value
	var err error
	if !g.started {
		g.started = true
		r, err = t.run(f)
	} else if throw != nil {
		// Raise at the suspended yield: unwind from the YIELD_VALUE.
		nf, e := t.unwind(f, throw, false)
		if nf == nil {
			err = e
		} else {
			r, err = t.run(nf)
		}
	} else {
		if !pushSkip {
			f.vals[f.sp] = sent
			f.sp++
		}
		r, err = t.run(f)
	}
	g.running = false
	if f.yielded && err == nil {
		g.lastKind = f.yieldKind
		if t.excInfo != outer {
			g.excInfo = t.excInfo
		} else {
			g.excInfo = nil
		}
		t.excInfo = outer
		return r, false, nil
	}
	t.excInfo = outer
	g.finish()
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			re := Errorf(RuntimeErrorType, "generator raised StopIteration")
			re.Cause = e
			re.Context = e
			re.SuppressContext = true
			return Value{}, false, re
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// throwToDelegate passes a thrown exception to the iterator a suspended
// `yield from` delegates to. handled is false when the frame is not in a
// yield from.
func (g *Generator) throwToDelegate(t *Thread, exc *Exception) (r Value, handled, done bool, err error) {
	f := g.frame
	pc := f.pc
	if pc < 2 || f.bc.Instrs[pc-1].Op() != bytecode.YIELD_VALUE || f.bc.Instrs[pc-2].Op() != bytecode.SEND {
		return Value{}, false, false, nil
	}
	recv := f.vals[f.sp-1]
	if exc.Matches(GeneratorExitType) {
		if sub, ok := recv.obj.(delegate); ok {
			if err := sub.closeIt(t); err != nil {
				return Value{}, true, false, err
			}
		} else if _, err := callMethodNamed(t, recv, "close"); err != nil && !IsAttributeError(err) {
			return Value{}, true, false, err
		}
		return Value{}, true, false, exc
	}
	if sub, ok := recv.obj.(delegate); ok {
		g.running = true
		r, done, err = sub.throwExc(t, exc)
		g.running = false
		return r, true, done, err
	}
	fn, unbound, lerr := LoadMethod(t, recv, "throw")
	if lerr != nil {
		return Value{}, true, false, exc
	}
	args := []Value{FromObject(exc)}
	if unbound {
		args = append([]Value{recv}, args...)
	}
	r, err = t.Call(fn, args, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			return stopIterationValue(e), true, true, nil
		}
		return Value{}, true, false, err
	}
	return r, true, false, nil
}

// close raises GeneratorExit at the yield point; the generator must not
// yield again.
func (g *Generator) close(t *Thread) error {
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logGen(g)
	}
	if g.finished || !g.started {
		g.finish()
		return nil
	}
	_, _, err := g.resume(t, Value{}, NewException(GeneratorExitType))
	if err == nil {
		if !g.finished {
			return Errorf(RuntimeErrorType, "generator ignored GeneratorExit")
		}
		return nil
	}
	if e, ok := err.(*Exception); ok && (e.Matches(GeneratorExitType) || e.Matches(StopIterationType)) {
		return nil
	}
	return err
}

// next is the generator's __next__: zero Value at the end.
func (g *Generator) next(t *Thread) (Value, error) {
	r, done, err := g.resume(t, None, nil)
	if err != nil {
		return Value{}, err
	}
	if done {
		// Exhausted (the protocol's zero Value); next() finds the return
		// value with StopIterationOf.
		if !r.IsNone() {
			g.retval = r
		}
		return Value{}, nil
	}
	return r, nil
}

// StopIterationOf returns the StopIteration that next(it) raises when it
// is exhausted: StopIteration(value) for a generator whose body just
// returned a value, a plain StopIteration otherwise.
func StopIterationOf(it Value) *Exception {
	if g, ok := it.obj.(*Generator); ok && g.retval.IsValid() {
		v := g.retval
		g.retval = Value{}
		return stopIteration(v)
	}
	return NewException(StopIterationType)
}

func stopIteration(v Value) *Exception {
	if v.IsNone() {
		return NewException(StopIterationType)
	}
	e := NewException(StopIterationType, v)
	e.SetField("value", v)
	return e
}

func init() {
	s := &GeneratorType.Slots
	s.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	s.Next = func(t *Thread, v Value) (Value, error) { return v.obj.(*Generator).next(t) }
	s.Repr = func(t *Thread, v Value) (string, error) {
		g := v.obj.(*Generator)
		return fmt.Sprintf("<generator object %s at 0x%x>", g.QualName, objectID(v)), nil
	}
	GeneratorType.AddMethod("__next__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args)-1)
		}
		r, done, err := args[0].obj.(*Generator).resume(t, None, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	})
	GeneratorType.AddMethod("send", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "generator.send() takes exactly one argument (%d given)", len(args)-1)
		}
		r, done, err := args[0].obj.(*Generator).resume(t, args[1], nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	})
	GeneratorType.AddMethod("throw", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || len(args) > 4 {
			return Value{}, Errorf(TypeErrorType, "throw expected at least 1 argument, got %d", len(args)-1)
		}
		g := args[0].obj.(*Generator)
		typ := args[1]
		var exc *Exception
		var err error
		if len(args) >= 3 && !args[2].IsNone() {
			if e, ok := args[2].obj.(*Exception); ok {
				exc = e
			} else {
				exc, err = t.makeException(typ, "exceptions must be classes or instances deriving from BaseException, not "+TypeOf(typ).Name)
				if err == nil {
					exc.Args = []Value{args[2]}
				}
			}
		} else {
			exc, err = t.makeException(typ, "exceptions must be classes or instances deriving from BaseException, not "+TypeOf(typ).Name)
		}
		if err != nil {
			return Value{}, err
		}
		r, done, err := g.resume(t, Value{}, exc)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	})
	GeneratorType.AddMethod("close", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, args[0].obj.(*Generator).close(t)
	})
	setName := func(field func(g *Generator) *string, what string) func(t *Thread, obj, v Value) error {
		return func(t *Thread, obj, v Value) error {
			s, ok := AsString(v)
			if !ok {
				return Errorf(TypeErrorType, "%s must be set to a string object", what)
			}
			*field(obj.obj.(*Generator)) = s
			return nil
		}
	}
	GeneratorType.AddGetSet("__name__", func(t *Thread, obj Value) (Value, error) {
		return NewStr(obj.obj.(*Generator).Name), nil
	}, setName(func(g *Generator) *string { return &g.Name }, "__name__"))
	GeneratorType.AddGetSet("__qualname__", func(t *Thread, obj Value) (Value, error) {
		return NewStr(obj.obj.(*Generator).QualName), nil
	}, setName(func(g *Generator) *string { return &g.QualName }, "__qualname__"))
	GeneratorType.AddGetSet("gi_running", func(t *Thread, obj Value) (Value, error) {
		return Bool(obj.obj.(*Generator).running), nil
	}, nil)
}

// inlineGenerator prepares g's frame to run inside the current loop for
// FOR_ITER (no nested loop): it returns the frame, pushed, or nil when the
// generator must be resumed the ordinary way.
func (t *Thread) inlineGenerator(g *Generator) *Frame {
	return t.inlineResume(g, contForIter, None)
}

// inlineSend prepares g's frame to run inside the current loop for SEND
// (yield from g): the sent value v is pushed (or, for a generator not yet
// started, must be None). It returns nil when the generator must be
// resumed the ordinary way (shared, running, finished, not a plain
// generator, or an error to report there).
func (t *Thread) inlineSend(g *Generator, v Value) *Frame {
	if !g.started && !v.IsNone() {
		return nil
	}
	return t.inlineResume(g, contSend, v)
}

// inlineResume pushes g's frame to continue in the current loop, ending
// with continuation cont; a started generator receives v as the value of
// the yield it is suspended at. It returns nil when g must be resumed the
// ordinary way.
func (t *Thread) inlineResume(g *Generator, cont contKind, v Value) *Frame {
	if g.IsShared() || g.running || g.finished || g.kind != genPlain || t.depth >= t.recursionLimit() {
		return nil
	}
	if t.logging() { // an abortable span restores the generator (span_undo.go)
		t.logGen(g)
	}
	f := g.frame
	if err := t.pushFrame(f); err != nil {
		return nil
	}
	f.entry = false
	f.cont = cont
	f.yielded = false
	f.outerExc = t.excInfo
	if g.excInfo != nil {
		t.excInfo = g.excInfo
	}
	g.running = true
	if !g.started {
		g.started = true
	} else {
		f.vals[f.sp] = v
		f.sp++
	}
	return f
}

// suspendInline is the YIELD_VALUE of an inline generator.
func (g *Generator) suspendInline(t *Thread, f *Frame) {
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logGen(g)
	}
	g.running = false
	if t.excInfo != f.outerExc {
		g.excInfo = t.excInfo
	} else {
		g.excInfo = nil
	}
	t.excInfo = f.outerExc
	f.outerExc = nil
}

// finishInline ends an inline generator that returned or raised.
func (g *Generator) finishInline(t *Thread, f *Frame) {
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logGen(g)
	}
	g.running = false
	t.excInfo = f.outerExc
	f.outerExc = nil
	g.finish()
}

// pushRefs queues what a suspended generator references, for publication:
// its frame's locals and stack, cells and namespaces.
func (g *Generator) pushRefs(w *publishWalk) {
	w.push(g.retval)
	if g.excInfo != nil {
		w.pushObj(g.excInfo)
	}
	f := g.frame
	if f == nil {
		return
	}
	n := f.sp
	if n > len(f.vals) || n < f.code.nlocals {
		n = len(f.vals)
	}
	w.pushAll(f.vals[:n])
	for _, c := range f.cells {
		if c != nil {
			w.pushObj(c)
		}
	}
	for _, d := range [...]*Dict{f.globals, f.builtins, f.locals} {
		if d != nil {
			w.pushObj(d)
		}
	}
	if f.fn != nil {
		w.pushObj(f.fn)
	}
	w.push(f.contVal)
	w.push(f.contArg)
}

// pushFrameAgain publishes what a shared generator's frame references
// after it ran (it may have stored new thread-local objects in its
// locals). The token is held.
func (g *Generator) pushFrameAgain(t *Thread) {
	w := publishWalk{}
	g.pushRefs(&w)
	for len(w.work) > 0 {
		x := w.work[len(w.work)-1]
		w.work = w.work[:len(w.work)-1]
		w.visit(x.obj)
	}
}
