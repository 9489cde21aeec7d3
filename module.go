package pystm

import (
	"context"
	"reflect"

	"github.com/pystm/pystm/runtime"
)

// Module is a handle to a module that Exec ran. Its globals are read and
// set through the handle, each access a short critical section on a
// Python thread of the interpreter.
type Module struct {
	in *Interpreter
	m  *runtime.Module
}

// Name returns the module's __name__ as Exec gave it.
func (m *Module) Name() string { return m.m.Name }

// Value returns a handle to the module object itself.
func (m *Module) Value() Value { return Value{in: m.in, v: runtime.FromObject(m.m)} }

// Get returns the global name of the module (an AttributeError *Error if
// it has none).
func (m *Module) Get(ctx context.Context, name string) (Value, error) {
	return m.in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		return runtime.GetAttr(t, runtime.FromObject(m.m), name)
	})
}

// Set sets the global name of the module to x, converted to Python as
// Interpreter.ValueOf does.
func (m *Module) Set(ctx context.Context, name string, x any) error {
	_, err := m.in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		v, err := m.in.toPy(t, x)
		if err != nil {
			return runtime.Value{}, err
		}
		t.Publish(v)
		return runtime.None, runtime.SetAttr(t, runtime.FromObject(m.m), name, v)
	})
	return err
}

// Call calls the module's global function name with args.
func (m *Module) Call(ctx context.Context, name string, args ...any) (Value, error) {
	return m.in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		f, err := runtime.GetAttr(t, runtime.FromObject(m.m), name)
		if err != nil {
			return runtime.Value{}, err
		}
		argv := make([]runtime.Value, len(args))
		for i, a := range args {
			if argv[i], err = m.in.toPy(t, a); err != nil {
				return runtime.Value{}, err
			}
		}
		return t.Call(f, argv, nil)
	})
}

// Eval evaluates a Python expression with the module's globals.
func (m *Module) Eval(ctx context.Context, expr string) (Value, error) {
	return m.in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		return t.EvalExpr([]byte(expr), "<string>", m.m.Dict)
	})
}

// RegisterModule makes a module written in Go importable by the scripts
// of this interpreter (`import name`), through the same mechanism as the
// built-in modules; it takes precedence over a .py file of that name.
// members become the module's globals, converted when a script first
// imports it: Go functions as Func makes them, other values as ValueOf
// does. A nil members removes the registration.
func (in *Interpreter) RegisterModule(name string, members map[string]any) {
	if members == nil {
		in.rt.RegisterModule(name, nil)
		return
	}
	copied := make(map[string]any, len(members))
	for k, v := range members {
		copied[k] = v
	}
	in.rt.RegisterModule(name, func(t *runtime.Thread) (*runtime.Module, error) {
		m := runtime.NewModule(name)
		for _, k := range sortedNames(copied) {
			var v runtime.Value
			var err error
			if fn := copied[k]; fn != nil && reflect.TypeOf(fn).Kind() == reflect.Func {
				v, err = in.newBuiltin(k, fn) // named by its key, not its Go name
			} else {
				v, err = in.toPy(t, fn)
			}
			if err != nil {
				return nil, err
			}
			m.Dict.SetStr(k, v)
		}
		return m, nil
	})
}
