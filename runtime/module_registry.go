package runtime

// This file holds the modules written in Go: a built-in table that the
// package's init fills once and never changes afterwards, and a
// per-Interpreter table that embedders fill through Options.Modules or
// Interpreter.RegisterModule. Keeping embedder registrations on the
// Interpreter means two interpreters configured concurrently never write
// shared state.

import (
	"strings"
	"sync/atomic"
)

// ModuleFunc creates a module written in Go. An interpreter calls it on the
// first import of the module's name and keeps the result in sys.modules.
type ModuleFunc func(t *Thread) (*Module, error)

// builtinModules are the modules written in Go that every interpreter
// has. Only init functions write it (registerBuiltin, RegisterModule before
// the first interpreter exists); afterwards it is read-only.
var builtinModules = map[string]ModuleFunc{}

// builtinsSealed is set when the first Interpreter is created: from then
// on the built-in table is read concurrently and must not change, so a late
// RegisterModule panics instead of racing.
var builtinsSealed atomic.Bool

// registerBuiltin adds a module to the built-in table (init only).
func registerBuiltin(name string, create ModuleFunc) {
	builtinModules[name] = create
}

// RegisterModule adds a module written in Go to the table every
// interpreter shares. Call it only from an init function: once an
// Interpreter exists the table is read concurrently and RegisterModule
// panics. Embedders that add modules at run time use Options.Modules or
// Interpreter.RegisterModule, which affect one interpreter only.
func RegisterModule(name string, create func(t *Thread) (*Module, error)) {
	if builtinsSealed.Load() {
		panic("runtime.RegisterModule(" + name + ") called after an Interpreter was created; use Interpreter.RegisterModule")
	}
	registerBuiltin(name, create)
}

// RegisterModule makes a module written in Go importable in this
// interpreter only; it takes precedence over a built-in module and over
// .py files of the same name. A nil create removes an earlier
// registration. Safe to call from any goroutine; a module that was already
// imported stays in sys.modules.
func (in *Interpreter) RegisterModule(name string, create ModuleFunc) {
	in.modMu.Lock()
	defer in.modMu.Unlock()
	if create == nil {
		delete(in.goModules, name)
		return
	}
	if in.goModules == nil {
		in.goModules = map[string]ModuleFunc{}
	}
	in.goModules[name] = create
}

// goModule returns the Go module of that name for this interpreter.
func (in *Interpreter) goModule(name string) (ModuleFunc, bool) {
	in.modMu.Lock()
	create, ok := in.goModules[name]
	in.modMu.Unlock()
	if ok {
		return create, true
	}
	create, ok = builtinModules[name]
	return create, ok
}

func init() {
	registerBuiltin("math", func(t *Thread) (*Module, error) { return newMathModule(), nil })
	registerBuiltin("__future__", func(t *Thread) (*Module, error) { return newFutureModule(), nil })
	registerBuiltin("importlib", func(t *Thread) (*Module, error) { return newImportlibModule(), nil })
	registerBuiltin("_thread", func(t *Thread) (*Module, error) { return newThreadModule(t.interp), nil })
	registerBuiltin("time", func(t *Thread) (*Module, error) { return newTimeModule(t.interp), nil })
	entries, _ := libFS.ReadDir("lib")
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		registerBuiltin(name, func(t *Thread) (*Module, error) { return t.loadFrozen(name) })
	}
}

// newFutureModule is __future__: the features are always on or recognised
// by the compiler (annotations); the module only has to import.
func newFutureModule() *Module {
	m := NewModule("__future__")
	for _, f := range []string{"nested_scopes", "generators", "division", "absolute_import",
		"with_statement", "print_function", "unicode_literals", "generator_stop", "annotations"} {
		m.Dict.SetStr(f, True)
	}
	return m
}
