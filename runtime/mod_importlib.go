package runtime

// This file defines importlib with import_module (what programs use to
// import a module named at run time), reload and invalidate_caches; the
// rest of CPython's importlib (specs, loaders, util) is not provided.

import (
	"os"
	"strings"
)

func newImportlibModule() *Module {
	m := NewModule("importlib")
	m.Dict.SetStr("import_module", NewBuiltin("import_module", importlibImportModule))
	m.Dict.SetStr("reload", NewBuiltin("reload", importlibReload))
	m.Dict.SetStr("invalidate_caches", NewBuiltin("invalidate_caches", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, nil // no finder caches: every import looks at the files
	}))
	return m
}

// importlibImportModule is importlib.import_module(name, package=None): the
// module itself (not the top-level package), relative names resolved
// against package.
func importlibImportModule(t *Thread, args []Value, kwnames []string) (Value, error) {
	var nameV, pkgV Value
	if err := UnpackArgs("import_module", args, kwnames, []string{"name", "package?"}, &nameV, &pkgV); err != nil {
		return Value{}, err
	}
	name, ok := AsString(nameV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "module name must be str, not %s", TypeOf(nameV).Name)
	}
	level := 0
	if strings.HasPrefix(name, ".") {
		pkg, ok := AsString(pkgV)
		if !pkgV.IsValid() || pkgV.IsNone() || !ok {
			return Value{}, Errorf(TypeErrorType, "the 'package' argument is required to perform a relative import for %s", StrRepr(name))
		}
		level = len(name) - len(strings.TrimLeft(name, "."))
		abs, err := resolveRelative(name[level:], pkg, level)
		if err != nil {
			return Value{}, err
		}
		if _, err := t.importModule(pkg); err != nil {
			return Value{}, err
		}
		name = abs
	} else if name == "" {
		return Value{}, Errorf(ValueErrorType, "Empty module name")
	}
	return t.importModule(name)
}

// importlibReload is importlib.reload(module): run the module's source
// again in its own namespace (so other modules' references see the new
// definitions) and return sys.modules[name]. Modules written in Go are
// returned as they are.
func importlibReload(t *Thread, args []Value, kwnames []string) (Value, error) {
	var mv Value
	if err := UnpackArgs("reload", args, kwnames, []string{"module"}, &mv); err != nil {
		return Value{}, err
	}
	m, ok := mv.obj.(*Module)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "reload() argument must be a module")
	}
	nameV, _ := m.Dict.GetStr("__name__")
	name, ok := AsString(nameV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "reload() argument must be a module")
	}
	in := t.interp
	if cur, ok := in.modules.GetStr(name); !ok || cur.obj != mv.obj {
		e := Errorf(ImportErrorType, "module %s not in sys.modules", name)
		e.SetField("name", NewStr(name))
		e.SetField("path", None)
		return Value{}, e
	}
	fileV, _ := m.Dict.GetStr("__file__")
	file, ok := AsString(fileV)
	if !ok || m.builtin {
		return mv, nil
	}
	var src []byte
	var err error
	if strings.HasPrefix(file, libDir) {
		src, err = libFS.ReadFile("lib/" + strings.TrimPrefix(file, libDir))
	} else {
		src, err = os.ReadFile(file)
	}
	if err != nil {
		return Value{}, moduleNotFound(name)
	}
	m.initializing.Store(true)
	ld := t.beginLoad(m)
	err = t.execSource(src, file, m.Dict, m.Dict)
	t.endLoad(m, ld)
	m.initializing.Store(false)
	if err != nil {
		return Value{}, err
	}
	if cur, ok := in.modules.GetStr(name); ok {
		return cur, nil
	}
	return mv, nil
}
