package runtime

// This file is the import system: IMPORT_NAME/IMPORT_FROM/IMPORT_STAR and
// __import__, following importlib._bootstrap's algorithm. A module name is
// made absolute (relative imports resolve against the importer's
// __package__), each parent package is imported first, and the module is
// then looked up in sys.modules, the Go modules, and as name/__init__.py or
// name.py in the parent's __path__ (sys.path for top-level names). A module
// is in sys.modules while its body runs, so circular imports see the
// partially initialised module as in CPython.

import (
	"os"
	"path/filepath"
	"strings"
)

// importName is IMPORT_NAME: import the module (and its parents) and
// return the top-level package, or the module itself with a fromlist.
func (t *Thread) importName(f *Frame, name string, fromlist, level Value) (Value, error) {
	if t.spActive { // SPAN: imports write sys.modules and run module code: irrevocable
		if err := t.becomeIrrevocable(); err != nil {
			return Value{}, err
		}
	}
	var globals *Dict
	if f != nil {
		globals = f.globals
	}
	lv := 0
	if level.IsInt() {
		lv = int(level.AsInt())
	}
	return t.importLevel(name, globals, fromlist, lv)
}

// importLevel is __import__(name, globals, fromlist=fromlist, level=level).
func (t *Thread) importLevel(name string, globals *Dict, fromlist Value, level int) (Value, error) {
	if level < 0 {
		return Value{}, Errorf(ValueErrorType, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		pkg, err := t.callerPackage(globals)
		if err != nil {
			return Value{}, err
		}
		if abs, err = resolveRelative(name, pkg, level); err != nil {
			return Value{}, err
		}
	} else if name == "" {
		return Value{}, Errorf(ValueErrorType, "Empty module name")
	}
	m, err := t.importModule(abs)
	if err != nil {
		return Value{}, err
	}
	hasFrom := false
	if fromlist.IsValid() && !fromlist.IsNone() {
		if hasFrom, err = Truth(t, fromlist); err != nil {
			return Value{}, err
		}
	}
	if !hasFrom {
		if level == 0 {
			if i := strings.IndexByte(name, '.'); i >= 0 {
				return t.importModule(name[:i])
			}
			return m, nil
		}
		if name == "" {
			return m, nil
		}
		// from the resolved name, keep as many leading components as the
		// absolute prefix plus the first component of name.
		first, _, _ := strings.Cut(name, ".")
		cut := len(name) - len(first)
		top := abs[:len(abs)-cut]
		if v, ok := t.interp.modules.GetStr(top); ok {
			return v, nil
		}
		return Value{}, Errorf(KeyErrorType, "'%s'", top)
	}
	if _, ok := moduleAttr(m, "__path__"); ok {
		if err := t.handleFromlist(m, fromlist, false); err != nil {
			return Value{}, err
		}
	}
	return m, nil
}

// moduleAttr reads a name from a module's namespace without running any
// Python code.
func moduleAttr(m Value, name string) (Value, bool) {
	if mod, ok := m.obj.(*Module); ok {
		return mod.Dict.GetStr(name)
	}
	return Value{}, false
}

// callerPackage is importlib's _calc___package__: the package relative
// imports in a module with these globals resolve against.
func (t *Thread) callerPackage(globals *Dict) (string, error) {
	noParent := importError("attempted relative import with no known parent package")
	if globals == nil {
		return "", noParent
	}
	if p, ok := globals.GetStr("__package__"); ok && !p.IsNone() {
		s, ok := AsString(p)
		if !ok {
			return "", Errorf(TypeErrorType, "package must be a string")
		}
		if s == "" {
			return "", noParent
		}
		return s, nil
	}
	n, ok := globals.GetStr("__name__")
	if !ok {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	s, ok := AsString(n)
	if !ok {
		return "", Errorf(TypeErrorType, "__name__ must be a string")
	}
	if _, ok := globals.GetStr("__path__"); !ok {
		if i := strings.LastIndexByte(s, '.'); i >= 0 {
			s = s[:i]
		} else {
			s = ""
		}
	}
	if s == "" {
		return "", noParent
	}
	return s, nil
}

// resolveRelative is importlib's _resolve_name: name relative to package,
// level dots up.
func resolveRelative(name, pkg string, level int) (string, error) {
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", importError("attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importModule returns sys.modules[name] for an absolute dotted name,
// importing the module (and its parent packages first) if needed.
func (t *Thread) importModule(name string) (Value, error) {
	in := t.interp
	if v, ok := in.modules.GetStr(name); ok {
		// Another thread may be running the module's body: wait for it.
		// As in CPython (import_ensure_initialized) the module found
		// before the wait is the result, even if its body then failed.
		if _, err := t.waitForLoad(v); err != nil {
			return Value{}, err
		}
		if v.IsNone() {
			e := Errorf(ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", name)
			e.SetField("name", NewStr(name))
			return Value{}, e
		}
		return v, nil
	}
	var dirs []string
	var parentMod Value
	child := name
	// A leading dot is part of a top-level name, as rpartition gives an
	// empty parent.
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		parent := name[:i]
		child = name[i+1:]
		pm, err := t.importModule(parent)
		if err != nil {
			return Value{}, err
		}
		// Importing the parent may have imported this module too.
		if _, ok := in.modules.GetStr(name); ok {
			return t.importModule(name)
		}
		pathV, err := GetAttr(t, pm, "__path__")
		if err != nil {
			if !IsAttributeError(err) {
				return Value{}, err
			}
			e := Errorf(ModuleNotFoundErrorType, "No module named %s; %s is not a package", StrRepr(name), StrRepr(parent))
			e.SetField("name", NewStr(name))
			return Value{}, e
		}
		items, err := iterate(t, pathV)
		if err != nil {
			return Value{}, err
		}
		for _, x := range items {
			if s, ok := AsString(x); ok {
				dirs = append(dirs, s)
			}
		}
		parentMod = pm
	} else {
		if create, ok := in.goModule(name); ok {
			return t.loadGoModule(name, create)
		}
		dirs = t.searchPath()
	}
	mod, err := t.findAndLoad(name, child, dirs)
	if err != nil {
		return Value{}, err
	}
	if parentMod.IsValid() {
		if err := SetAttr(t, parentMod, child, mod); err != nil {
			return Value{}, err
		}
	}
	return mod, nil
}

// loadGoModule creates a module written in Go and stores it in
// sys.modules.
func (t *Thread) loadGoModule(name string, create ModuleFunc) (Value, error) {
	m, err := create(t)
	if err != nil {
		return Value{}, err
	}
	if m == nil {
		e := Errorf(ImportErrorType, "module %s written in Go returned no module", StrRepr(name))
		e.SetField("name", NewStr(name))
		return Value{}, e
	}
	if _, ok := m.Dict.GetStr("__file__"); !ok {
		m.builtin = true
	}
	in := t.interp
	if v, ok := in.modules.GetStr(name); ok {
		return v, nil // a frozen module stores itself while it runs
	}
	in.modules.SetStr(name, FromObject(m))
	return FromObject(m), nil
}

// findAndLoad looks for child (the last component of name) in dirs as a
// package (child/__init__.py) or a module (child.py), runs it as name and
// returns what sys.modules holds for name afterwards. Directories named
// child without __init__.py make a namespace package when no regular
// package or module is found in any of dirs (PEP 420).
func (t *Thread) findAndLoad(name, child string, dirs []string) (Value, error) {
	// Names from __import__ or importlib may hold anything; only real
	// identifiers-ish components map to files ("a/b" or "a..b" must not
	// reach other directories).
	if child == "" || strings.ContainsAny(child, "/\\\x00") || child == "." || child == ".." {
		return Value{}, moduleNotFound(name)
	}
	var portions []Value
	for _, dir := range dirs {
		// CPython makes path entries absolute ("" is the current
		// directory), so __file__ and tracebacks name absolute paths.
		if !filepath.IsAbs(dir) {
			if abs, err := filepath.Abs(dir); err == nil {
				dir = abs
			}
		}
		pkgDir := filepath.Join(dir, child)
		initFile := filepath.Join(pkgDir, "__init__.py")
		if isFile(initFile) {
			return t.loadSource(name, initFile, pkgDir)
		}
		file := filepath.Join(dir, child+".py")
		if isFile(file) {
			return t.loadSource(name, file, "")
		}
		if st, err := os.Stat(pkgDir); err == nil && st.IsDir() {
			portions = append(portions, NewStr(pkgDir))
		}
	}
	if len(portions) > 0 {
		return t.namespacePackage(name, portions), nil
	}
	return Value{}, moduleNotFound(name)
}

// namespacePackage makes a package without __init__.py: no code and no
// __file__ (None, as CPython 3.11 sets it), its directories as __path__.
func (t *Thread) namespacePackage(name string, portions []Value) Value {
	m := NewModule(name)
	m.Dict.SetStr("__package__", NewStr(name))
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", None)
	m.Dict.SetStr("__file__", None)
	m.Dict.SetStr("__path__", FromObject(NewList(portions)))
	v := FromObject(m)
	t.interp.modules.SetStr(name, v)
	return v
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// newFileModule returns a module for a source file with importlib's
// attributes, in its order; pkgDir is the package directory of a package.
func newFileModule(name, file, pkgDir string) *Module {
	m := NewModule(name)
	d := m.Dict
	pkg := name
	if pkgDir == "" {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	d.SetStr("__package__", NewStr(pkg))
	d.SetStr("__loader__", None)
	d.SetStr("__spec__", None)
	if pkgDir != "" {
		d.SetStr("__path__", FromObject(NewList([]Value{NewStr(pkgDir)})))
	}
	d.SetStr("__file__", NewStr(file))
	// No bytecode cache: the name exists (dir() lists it) but is None.
	d.SetStr("__cached__", None)
	return m
}

// loadSource reads and runs a .py file as the module name.
func (t *Thread) loadSource(name, file, pkgDir string) (Value, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		e := Errorf(ImportErrorType, "cannot read %s: %s", file, err.Error())
		e.SetField("name", NewStr(name))
		return Value{}, e
	}
	m := newFileModule(name, file, pkgDir)
	if err := t.execModule(m, src, file); err != nil {
		return Value{}, err
	}
	// A module may replace itself in sys.modules while it runs.
	if v, ok := t.interp.modules.GetStr(name); ok {
		return v, nil
	}
	e := Errorf(ImportErrorType, "Loaded module %s not found in sys.modules", name)
	e.SetField("name", NewStr(name))
	return Value{}, e
}

// execModule puts m in sys.modules, runs src as its body and takes it out
// again if the body fails.
func (t *Thread) execModule(m *Module, src []byte, file string) error {
	in := t.interp
	// An imported module's __builtins__ is the builtins dict (CPython's
	// exec of a dict namespace); only __main__ gets the module.
	m.Dict.SetStr("__builtins__", FromObject(in.Builtins))
	in.modules.SetStr(m.Name, FromObject(m))
	m.initializing.Store(true)
	ld := t.beginLoad(m)
	err := t.execSource(src, file, m.Dict, m.Dict)
	t.endLoad(m, ld)
	m.initializing.Store(false)
	if err != nil {
		in.modules.DelStr(m.Name)
	}
	return err
}

// handleFromlist is importlib's _handle_fromlist: for a package, import
// the submodules named in fromlist (and in __all__ for "*") that are not
// attributes yet.
func (t *Thread) handleFromlist(m, fromlist Value, recursive bool) error {
	items, err := iterate(t, fromlist)
	if err != nil {
		return err
	}
	modName, _ := moduleAttr(m, "__name__")
	pkg, _ := AsString(modName)
	for _, x := range items {
		s, ok := AsString(x)
		if !ok {
			where := "``from list''"
			if recursive {
				where = pkg + ".__all__"
			}
			return Errorf(TypeErrorType, "Item in %s must be str, not %s", where, TypeOf(x).Name)
		}
		if s == "*" {
			if all, ok := moduleAttr(m, "__all__"); ok && !recursive {
				if err := t.handleFromlist(m, all, true); err != nil {
					return err
				}
			}
			continue
		}
		if _, err := GetAttr(t, m, s); err == nil {
			continue
		} else if !IsAttributeError(err) {
			return err
		}
		full := pkg + "." + s
		if _, err := t.importModule(full); err != nil {
			// A missing submodule is IMPORT_FROM's error to report.
			if e, ok := err.(*Exception); ok && e.Matches(ModuleNotFoundErrorType) {
				if n, _ := AsString(e.GetField("name")); n == full {
					continue
				}
			}
			return err
		}
	}
	return nil
}

// searchPath returns the directories import searches: the str entries of
// sys.path as it is now.
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
			dirs = append(dirs, s)
		}
	}
	return dirs
}

// initialPath is sys.path at start: opts.Path, then PYSTMPATH's entries.
func initialPath(opts Options) []string {
	path := append([]string(nil), opts.Path...)
	if opts.IgnoreEnvironment {
		return path
	}
	for _, dir := range filepath.SplitList(os.Getenv("PYSTMPATH")) {
		if dir != "" {
			path = append(path, dir)
		}
	}
	return path
}

// importError is an ImportError with its name and path attributes None.
func importError(msg string) *Exception {
	e := Errorf(ImportErrorType, "%s", msg)
	e.SetField("name", None)
	e.SetField("path", None)
	return e
}

func moduleNotFound(name string) error {
	e := Errorf(ModuleNotFoundErrorType, "No module named %s", StrRepr(name))
	e.SetField("name", NewStr(name))
	return e
}

// importFrom is IMPORT_FROM: an attribute of the module, or the submodule
// of that name if it is in sys.modules (a circular import may not have set
// the attribute yet), with CPython's error texts.
func (t *Thread) importFrom(m Value, name string) (Value, error) {
	v, err := GetAttr(t, m, name)
	if err == nil {
		return v, nil
	}
	if t.spActive { // SPAN: imports write sys.modules and run module code: irrevocable
		if err := t.becomeIrrevocable(); err != nil {
			return Value{}, err
		}
	}
	if !IsAttributeError(err) {
		return Value{}, err
	}
	pkg := "<unknown module name>"
	if n, err := GetAttr(t, m, "__name__"); err == nil {
		if s, ok := AsString(n); ok {
			pkg = s
			if sub, ok := t.interp.modules.GetStr(s + "." + name); ok {
				return sub, nil
			}
		}
	}
	where := "unknown location"
	path := None
	if mod, ok := m.obj.(*Module); ok {
		if f, ok := mod.Dict.GetStr("__file__"); ok {
			if s, ok := AsString(f); ok {
				where = s
				path = f
			}
		}
	}
	var e *Exception
	if mod, ok := m.obj.(*Module); ok && mod.initializing.Load() {
		e = Errorf(ImportErrorType, "cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", StrRepr(name), StrRepr(pkg), where)
	} else {
		e = Errorf(ImportErrorType, "cannot import name %s from %s (%s)", StrRepr(name), StrRepr(pkg), where)
	}
	e.SetField("name", NewStr(pkg))
	e.SetField("path", path)
	return Value{}, e
}

// importStar is IMPORT_STAR: bind the names of __all__, or the public
// names of the module's namespace.
func (t *Thread) importStar(f *Frame, m Value) error {
	if t.spActive { // SPAN: imports write sys.modules and run module code: irrevocable
		if err := t.becomeIrrevocable(); err != nil {
			return err
		}
	}
	var names []Value
	if all, err := GetAttr(t, m, "__all__"); err == nil {
		if names, err = iterate(t, all); err != nil {
			return err
		}
		for _, n := range names {
			if _, ok := AsString(n); !ok {
				pkg, _ := moduleAttr(m, "__name__")
				s, _ := AsString(pkg)
				return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", s, TypeOf(n).Name)
			}
		}
	} else if !IsAttributeError(err) {
		return err
	} else {
		d, err := GetAttr(t, m, "__dict__")
		if err != nil {
			return Errorf(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		keys, err := iterate(t, d)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if s, ok := AsString(k); ok && !strings.HasPrefix(s, "_") {
				names = append(names, k)
			}
		}
	}
	locals := f.locals
	if locals == nil {
		locals = f.globals
	}
	for _, n := range names {
		s, _ := AsString(n)
		v, err := GetAttr(t, m, s)
		if err != nil {
			return err
		}
		locals.SetStr(s, v)
	}
	return nil
}
