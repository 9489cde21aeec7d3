package runtime

// This file defines modules and a minimal import: modules written in Go
// (sys) and .py files found on the interpreter's path (the script's
// directory). Packages and the full import system come later.

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/pystm/pystm/compiler"
	"github.com/pystm/pystm/compiler/syntax"
)

// Module is a module object: a name and its namespace.
type Module struct {
	Name string
	Dict *Dict
}

// ModuleType is the type of modules.
var ModuleType = &Type{Name: "module"}

// Type returns module.
func (m *Module) Type() *Type { return ModuleType }

var _ AttrStore = (*Module)(nil)

// LoadAttr reads a module global.
func (m *Module) LoadAttr(t *Thread, name string) (Value, bool) { return m.Dict.GetStr(name) }

// StoreAttr sets a module global.
func (m *Module) StoreAttr(t *Thread, name string, v Value) error {
	m.Dict.SetStr(name, v)
	return nil
}

// DeleteAttr removes a module global.
func (m *Module) DeleteAttr(t *Thread, name string) bool { return m.Dict.DelStr(name) }

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
		if x, ok := m.Dict.GetStr(name); ok {
			return x, nil
		}
		if x, ok := ModuleType.Lookup(name); ok {
			r, _, err := bindDescr(t, x, v, ModuleType)
			return r, err
		}
		e := Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
		return Value{}, e
	}
	ModuleType.Slots.SetAttr = func(t *Thread, v Value, name string, x Value) error {
		v.obj.(*Module).Dict.SetStr(name, x)
		return nil
	}
	ModuleType.Slots.DelAttr = func(t *Thread, v Value, name string) error {
		m := v.obj.(*Module)
		if !m.Dict.DelStr(name) {
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
			s, _ := AsString(f)
			return "<module '" + m.Name + "' from '" + s + "'>", nil
		}
		return "<module '" + m.Name + "'>", nil
	}
}

// importName is IMPORT_NAME: import the module (and its parents) and
// return the top-level package, or the module itself with a fromlist.
func (t *Thread) importName(f *Frame, name string, fromlist, level Value) (Value, error) {
	if level.IsInt() && level.AsInt() > 0 {
		return Value{}, Errorf(ImportErrorType, "attempted relative import with no known parent package")
	}
	m, err := t.importModule(name)
	if err != nil {
		return Value{}, err
	}
	if !fromlist.IsNone() {
		return m, nil
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return t.importModule(name[:i])
	}
	return m, nil
}

// goModules holds the modules written in Go, by name. It is filled by
// RegisterModule from init functions only, so it is immutable once the
// program runs.
var goModules = map[string]func(t *Thread) (*Module, error){}

// RegisterModule makes a module written in Go importable: the first
// import in each interpreter calls create and stores the result in
// sys.modules. Call it from an init function.
func RegisterModule(name string, create func(t *Thread) (*Module, error)) {
	goModules[name] = create
}

func init() {
	// __future__: the features are always on or recognised by the
	// compiler (annotations); the module only has to import.
	RegisterModule("math", func(t *Thread) (*Module, error) { return newMathModule(), nil })
	RegisterModule("__future__", func(t *Thread) (*Module, error) {
		m := NewModule("__future__")
		for _, f := range []string{"nested_scopes", "generators", "division", "absolute_import",
			"with_statement", "print_function", "unicode_literals", "generator_stop", "annotations"} {
			m.Dict.SetStr(f, True)
		}
		return m, nil
	})
}

// importModule returns sys.modules[name], loading it first if needed.
func (t *Thread) importModule(name string) (Value, error) {
	in := t.interp
	if m, ok := in.modules.GetStr(name); ok {
		return m, nil
	}
	if create, ok := goModules[name]; ok {
		m, err := create(t)
		if err != nil {
			return Value{}, err
		}
		in.modules.SetStr(name, FromObject(m))
		return FromObject(m), nil
	}
	if strings.Contains(name, ".") {
		return Value{}, moduleNotFound(name)
	}
	for _, dir := range t.searchPath() {
		path := filepath.Join(dir, name+".py")
		src, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		m := NewModule(name)
		m.Dict.SetStr("__file__", NewStr(path))
		in.modules.SetStr(name, FromObject(m))
		if err := t.execSource(src, path, m.Dict, m.Dict); err != nil {
			in.modules.DelStr(name)
			return Value{}, err
		}
		return FromObject(m), nil
	}
	return Value{}, moduleNotFound(name)
}

// searchPath returns the directories import searches: the str entries of
// sys.path as it is now ("" is the current directory).
func (t *Thread) searchPath() []string {
	in := t.interp
	v, ok := in.sys.Dict.GetStr("path")
	if !ok {
		return in.path
	}
	l, ok := v.obj.(*List)
	if !ok {
		return in.path
	}
	var dirs []string
	for _, x := range l.Items(t) {
		if s, ok := AsString(x); ok {
			if s == "" {
				s = "."
			}
			dirs = append(dirs, s)
		}
	}
	return dirs
}

func moduleNotFound(name string) error {
	e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	e.SetField("name", NewStr(name))
	return e
}

// importFrom is IMPORT_FROM.
func (t *Thread) importFrom(m Value, name string) (Value, error) {
	v, err := GetAttr(t, m, name)
	if err == nil {
		return v, nil
	}
	if !IsAttributeError(err) {
		return Value{}, err
	}
	modName := "<unknown module name>"
	if mod, ok := m.obj.(*Module); ok {
		modName = mod.Name
		if sub, err := t.importModule(mod.Name + "." + name); err == nil {
			return sub, nil
		}
	}
	e := Errorf(ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name, modName)
	if mod, ok := m.obj.(*Module); ok {
		if file, ok := mod.Dict.GetStr("__file__"); ok {
			s, _ := AsString(file)
			e = Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, modName, s)
		}
	}
	return Value{}, e
}

// importStar is IMPORT_STAR: bind the module's public names.
func (t *Thread) importStar(f *Frame, m Value) error {
	mod, ok := m.obj.(*Module)
	if !ok {
		return Errorf(TypeErrorType, "import * of a non-module")
	}
	if all, ok := mod.Dict.GetStr("__all__"); ok {
		names, err := iterate(t, all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, _ := AsString(n)
			v, err := GetAttr(t, m, s)
			if err != nil {
				return err
			}
			f.locals.SetStr(s, v)
		}
		return nil
	}
	keys, values := mod.Dict.Entries(t)
	for i, k := range keys {
		s, _ := AsString(k)
		if strings.HasPrefix(s, "_") {
			continue
		}
		f.locals.SetStr(s, values[i])
	}
	return nil
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
