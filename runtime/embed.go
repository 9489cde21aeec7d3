package runtime

// This file is the runtime's surface for the embedding API (the module
// root package pystm): running Go-initiated work as a Python thread of an
// interpreter, compiling and running source in a module, formatting
// exceptions, and the few value accessors that conversion to Go needs.
// It adds no behaviour of its own; it exposes what the interpreter already
// does, so that package pystm stays a thin layer.

import (
	"math/big"
	"strings"
	"time"

	"github.com/pystm/pystm/compiler"
	"github.com/pystm/pystm/compiler/syntax"
	"github.com/pystm/pystm/sched"
)

// CancelledType is the exception raised in a Python thread whose embedder
// cancelled it (its context was cancelled or its deadline passed). It
// derives from BaseException, as KeyboardInterrupt does, so that
// `except Exception:` does not swallow it; finally blocks and __exit__
// methods run as it unwinds.
var CancelledType = &Type{Name: "Cancelled", Bases: []*Type{BaseExceptionType}, flags: flagException}

// ErrShutdown is returned by RunThread when the interpreter has been shut
// down (Shutdown) before or while the thread waited for its turn.
var ErrShutdown = sched.ErrShutdown

// NewEmbedThread returns a new Python thread of in for Go-initiated work
// (an embedder's call), registered with the scheduler but not running:
// RunTurn runs work on it from the caller's goroutine, any number of
// times, one at a time; ExitThread ends it. Events may be posted to it
// (PostEvent) from any goroutine.
func (in *Interpreter) NewEmbedThread() *Thread {
	t := in.NewThread()
	t.th.st = in.threads.s.NewThread()
	return t
}

// RunTurn runs body on t from the calling goroutine: t waits for its turn
// under the interpreter's scheduler (under the GIL, several goroutines
// calling RunTurn on their threads interleave at bytecode boundaries as
// Python threads do; in parallel mode t takes a run slot), runs body, and
// gives its turn back. It returns ErrShutdown when the interpreter was
// shut down before t got its turn.
func (t *Thread) RunTurn(body func() error) error {
	st := t.th.st
	if err := st.Acquire(); err != nil {
		return err
	}
	// After a Shutdown during body the GIL is no longer held; Release is
	// then a no-op.
	defer st.Release()
	// Another goroutine's thread may run at any moment: in parallel mode
	// the module graph is shared from the first call on, as it is when a
	// script starts a second thread.
	t.interp.threads.shareWithThread(t)
	return body()
}

// ResetForReuse prepares t, whose RunTurn returned, for another call: it
// drops a pending event and a pending wait. It reports false when t is not
// in a state to run again (a call stopped by a status, which unwinds
// without running handlers, may leave an atomic block open); the caller
// then ends it with ExitThread.
func (t *Thread) ResetForReuse() bool {
	_ = t.takeEvent()
	t.endWait()
	return t.frame == nil && t.depth == 0 && t.th.loops == 0 && t.th.atomic == 0 && t.excInfo == nil
}

// ExitThread ends t (it must not be running).
func (t *Thread) ExitThread() { t.th.st.Exit() }

// RunThread runs body as a new Python thread of in, on the calling
// goroutine, and ends the thread: NewEmbedThread, RunTurn and ExitThread
// in one. started, if not nil, is called with the thread before it waits
// for its turn, so that the caller can post events to it.
func (in *Interpreter) RunThread(started func(t *Thread), body func(t *Thread) error) error {
	t := in.NewEmbedThread()
	defer t.ExitThread()
	if started != nil {
		started(t)
	}
	return t.RunTurn(func() error { return body(t) })
}

// Shutdown ends the interpreter as the end of a program does: it waits for
// the non-daemon threads the scripts started through threading, then stops
// the others (daemon threads, threads waiting for their turn). Later
// RunThread calls return ErrShutdown.
func (in *Interpreter) Shutdown() {
	_ = in.RunThread(nil, func(t *Thread) error {
		in.threads.exitMain(t, 0)
		return nil
	})
}

// RegisterSource records a source text for the tracebacks of code compiled
// from filename, so that they show source lines of text that is not a file.
func (in *Interpreter) RegisterSource(filename string, src []byte) {
	in.mu.Lock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.Split(string(src), "\n")
	in.mu.Unlock()
}

// NewSourceModule returns a module named name for code from filename:
// __file__, __package__, __loader__, __spec__ and __builtins__ are set as
// for an imported .py file. It is not entered in sys.modules.
func (in *Interpreter) NewSourceModule(name, filename string) *Module {
	m := newFileModule(name, filename, "")
	m.Dict.SetStr("__builtins__", FromObject(in.builtins))
	return m
}

// ExecModule compiles src and runs it as the body of module m. A syntax
// error is a SyntaxError exception.
func (t *Thread) ExecModule(m *Module, src []byte, filename string) error {
	return t.execSource(src, filename, m.Dict, m.Dict)
}

// EvalExpr evaluates the expression src in globals, as eval(src, globals)
// does (leading spaces and tabs are ignored).
func (t *Thread) EvalExpr(src []byte, filename string, globals *Dict) (Value, error) {
	e, err := syntax.ParseExpr(filename, trimEvalSource(src))
	if err != nil {
		return Value{}, syntaxErrorFrom(err, src)
	}
	bc, err := compiler.CompileEval(e, filename)
	if err != nil {
		return Value{}, syntaxErrorFrom(err, src)
	}
	return t.execCode(NewCode(bc), globals, globals)
}

// FormatException returns exc and the exceptions it chains to as the
// default excepthook prints them: tracebacks with source lines, and the
// last line "Type: message".
func (t *Thread) FormatException(exc *Exception) string {
	var b strings.Builder
	t.formatChain(&b, exc, map[*Exception]bool{})
	return b.String()
}

// ExceptionLine returns the last line of exc's traceback, "Type: message"
// (the type qualified by its module unless builtins or __main__).
func (t *Thread) ExceptionLine(exc *Exception) string { return t.exceptionLine(exc) }

// ExceptionTypeName returns the name the last line of a traceback gives
// exc's class (module-qualified unless builtins or __main__).
func ExceptionTypeName(exc *Exception) string {
	typ := exc.Type()
	name := typ.QualName()
	if mod := typ.ModuleName(); mod != "builtins" && mod != "__main__" && mod != "" {
		name = mod + "." + name
	}
	return name
}

// BecomeIrrevocable makes t's current transaction irrevocable: it will not
// be rolled back and re-run, so an effect performed after this call (a Go
// callback marked effectful) happens once. Under the GIL, and in parallel
// stage 1 where a thread holding the token runs irrevocably, it takes the
// token.
func (t *Thread) BecomeIrrevocable() {
	t.irrevocableNow() // SPAN: no abort after this
	t.acquireToken()
}

// Publish makes v and the mutable objects it reaches shared, so that other
// threads (another goroutine's call) may use it: values handed out of a
// thread to the embedder go through it.
// Under the GIL nothing is ever shared, so it does nothing.
func (t *Thread) Publish(v Value) { t.interp.threads.shareWithThread(t, v) }

// IsCallable reports whether v can be called (callable(v)).
func IsCallable(v Value) bool { return isCallable(v) }

// BigIntOf returns the value of an int (bool included) as a new big.Int
// the caller may modify.
func BigIntOf(v Value) (*big.Int, bool) {
	small, b, ok := intOf(v)
	if !ok {
		return nil, false
	}
	if b != nil {
		return new(big.Int).Set(b), true
	}
	return big.NewInt(small), true
}

// BytesOf returns a copy of the contents of a bytes or bytearray object.
func BytesOf(t *Thread, v Value) ([]byte, bool) {
	switch o := v.obj.(type) {
	case *Bytes:
		return append([]byte(nil), o.b...), true
	case *ByteArray:
		t.touch(&o.Header)
		return append([]byte(nil), o.b...), true
	}
	return nil, false
}

// LookupBuiltin returns the builtin of that name (e.g. an exception class).
func (in *Interpreter) LookupBuiltin(name string) (Value, bool) { return in.Builtins.GetStr(name) }

// SetSwitchInterval sets how long a thread waiting for its turn lets the
// running one continue (sys.setswitchinterval).
func (in *Interpreter) SetSwitchInterval(d time.Duration) { in.threads.s.SetInterval(d) }
