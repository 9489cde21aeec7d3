package runtime

// This file defines module objects and how module code is compiled and
// run; module_import.go finds and loads modules, module_registry.go holds
// the modules written in Go.

import (
	"strings"
	"sync/atomic"

	"github.com/pystm/pystm/compiler"
	"github.com/pystm/pystm/compiler/syntax"
)

// Module is a module object: a name and its namespace.
type Module struct {
	Name string
	Dict *Dict
	// initializing is true while the module's body runs (CPython's
	// __spec__._initializing), for the circular-import error texts.
	initializing atomic.Bool
	// loading is the thread running the body, so that other threads
	// importing the module wait for it (module_lock.go).
	loading atomic.Pointer[moduleLoad]
	// builtin marks modules written in Go (their repr says so).
	builtin bool
	// typ is the class of an instance of a subclass of module (nil:
	// module itself).
	typ *Type
}

// ModuleType is the type of modules.
var ModuleType = &Type{Name: "module"}

// Type returns module, or the subclass the module was made from.
func (m *Module) Type() *Type {
	if m.typ != nil {
		return m.typ
	}
	return ModuleType
}

var _ AttrStore = (*Module)(nil)

// LoadAttr reads a module global.
func (m *Module) LoadAttr(t *Thread, name string) (Value, bool) {
	if v, ok := t.bufferedName(m.Dict, name); ok { // SPAN: its own store or delete (span_globals.go)
		return v, v.IsValid()
	}
	return m.Dict.GetStr(name)
}

// StoreAttr sets a module global.
func (m *Module) StoreAttr(t *Thread, name string, v Value) error {
	if t.storeAttrSpan(m.Dict, name, v) { // SPAN: buffered (span_globals.go)
		return nil
	}
	m.Dict.SetStrT(t, name, v)
	return nil
}

// DeleteAttr removes a module global.
func (m *Module) DeleteAttr(t *Thread, name string) bool {
	if found, ok := t.deleteNameSpan(m.Dict, name); ok { // SPAN: buffered (span_namedeletes.go)
		return found
	}
	return m.Dict.DelStrT(t, name)
}

// AttrDict returns the module's namespace.
func (m *Module) AttrDict(t *Thread) *Dict { return m.Dict }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", NewStr(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

func init() {
	ModuleType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		m := v.obj.(*Module)
		if name == "__dict__" {
			return FromObject(m.Dict), nil
		}
		if m.typ != nil {
			// A subclass's methods and properties: object's lookup order.
			if r, found, err := genericGetAttr(t, v, name); found || err != nil {
				return r, err
			}
		} else {
			if x, ok := m.LoadAttr(t, name); ok {
				return x, nil
			}
			if x, ok := ModuleType.Lookup(name); ok {
				r, _, err := bindDescr(t, x, v, ModuleType)
				return r, err
			}
		}
		// PEP 562: a module-level __getattr__ answers missing names.
		if ga, ok := m.Dict.GetStr("__getattr__"); ok {
			return t.Call(ga, []Value{NewStr(name)}, nil)
		}
		modName := m.Name
		if n, ok := m.Dict.GetStr("__name__"); ok {
			if s, ok := AsString(n); ok {
				modName = s
			}
		}
		if m.initializing.Load() {
			return Value{}, Errorf(AttributeErrorType, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", modName, name)
		}
		return Value{}, Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", modName, name)
	}
	// module(name, doc=None), as types.ModuleType(name) is used to make
	// modules at run time. As in CPython __new__ makes an empty module of
	// the class (subclasses of module included) and __init__ names it.
	ModuleType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		m := &Module{Dict: NewDict()}
		if cls := clsOf(args); cls != ModuleType {
			m.typ = cls
		}
		return FromObject(m), nil
	})
	ModuleType.AddMethod("__init__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		m, ok := args[0].obj.(*Module)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '__init__' requires a 'module' object but received a '%s'", TypeOf(args[0]).Name)
		}
		var nameV, doc Value
		if err := UnpackArgs("module", args[1:], kwnames, []string{"name", "doc?"}, &nameV, &doc); err != nil {
			return Value{}, err
		}
		name, ok := AsString(nameV)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "module() argument 'name' must be str, not %s", TypeOf(nameV).Name)
		}
		if !doc.IsValid() {
			doc = None
		}
		m.Name = name
		m.Dict.SetStr("__name__", nameV)
		m.Dict.SetStr("__doc__", doc)
		m.Dict.SetStr("__package__", None)
		m.Dict.SetStr("__loader__", None)
		m.Dict.SetStr("__spec__", None)
		return None, nil
	})
	// dir(module) lists its namespace, or asks the module's own
	// __dir__ function (PEP 562).
	ModuleType.AddMethod("__dir__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "__dir__() takes no arguments (%d given)", len(args)-1)
		}
		m, ok := args[0].obj.(*Module)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '__dir__' requires a 'module' object but received a '%s'", TypeOf(args[0]).Name)
		}
		if fn, ok := m.Dict.GetStr("__dir__"); ok {
			return t.Call(fn, nil, nil)
		}
		keys, _ := m.Dict.Entries(t)
		return FromObject(NewList(keys)), nil
	})
	ModuleType.Slots.SetAttr = func(t *Thread, v Value, name string, x Value) error {
		if m := v.obj.(*Module); m.typ == nil {
			return m.StoreAttr(t, name, x)
		}
		return genericSetAttr(t, v, name, x) // a subclass's property setters
	}
	ModuleType.Slots.DelAttr = func(t *Thread, v Value, name string) error {
		m := v.obj.(*Module)
		if !m.DeleteAttr(t, name) { // (buffered in a span: span_namedeletes.go)
			return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
		}
		return nil
	}
	ModuleType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		m := v.obj.(*Module)
		if m.Name == "builtins" || m.Name == "sys" {
			return "<module '" + m.Name + "' (built-in)>", nil
		}
		if f, ok := m.Dict.GetStr("__file__"); ok {
			if s, ok := AsString(f); ok {
				return "<module '" + m.Name + "' from '" + s + "'>", nil
			}
		}
		if m.builtin {
			return "<module '" + m.Name + "' (built-in)>", nil
		}
		return "<module '" + m.Name + "'>", nil
	}
}

// compileSource parses and compiles src in exec mode.
func compileSource(src []byte, filename string) (*Code, error) {
	mod, err := syntax.Parse(filename, src)
	if err != nil {
		return nil, syntaxErrorFrom(err, src)
	}
	bc, err := compiler.Compile(mod, filename)
	if err != nil {
		return nil, syntaxErrorFrom(err, src)
	}
	return NewCode(bc), nil
}

// execSource runs src as module code with the given namespaces.
func (t *Thread) execSource(src []byte, filename string, globals, locals *Dict) error {
	code, err := compileSource(src, filename)
	if err != nil {
		return err
	}
	_, err = t.execCode(code, globals, locals)
	return err
}

// execCode runs module-level code in globals/locals.
func (t *Thread) execCode(code *Code, globals, locals *Dict) (Value, error) {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", FromObject(t.interp.builtins))
	}
	f := t.newFrame(code, globals, t.interp.Builtins, locals)
	if code.ncells > 0 {
		f.initCells(nil)
	}
	return t.runFrame(f)
}

// syntaxErrorFrom converts a *syntax.Error into a Python SyntaxError.
func syntaxErrorFrom(err error, src []byte) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return Errorf(SystemErrorType, "%s", err.Error())
	}
	if se.Kind == "RecursionError" { // LANG: the compiler's depth bound (symtable.go)
		return Errorf(RecursionErrorType, "%s", se.Msg)
	}
	typ := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		typ = IndentationErrorType
	case "TabError":
		typ = TabErrorType
	}
	text := se.Text
	if text == "" && se.Line > 0 {
		lines := strings.SplitAfter(string(src), "\n")
		if se.Line <= len(lines) {
			text = lines[se.Line-1]
		}
	}
	e := NewException(typ, NewStr(se.Msg))
	e.SetField("msg", NewStr(se.Msg))
	e.SetField("filename", NewStr(se.Filename))
	e.SetField("lineno", Int(int64(se.Line)))
	e.SetField("offset", Int(int64(se.Col)))
	e.SetField("text", NewStr(text))
	if se.EndLine > 0 {
		e.SetField("end_lineno", Int(int64(se.EndLine)))
		e.SetField("end_offset", Int(int64(se.EndCol)))
	}
	return e
}
