package runtime

// This file defines importlib with import_module (what programs use to
// import a module named at run time) and invalidate_caches; the rest of
// CPython's importlib (specs, loaders, reload) is not provided.

import "strings"

func newImportlibModule() *Module {
	m := NewModule("importlib")
	m.Dict.SetStr("import_module", NewBuiltin("import_module", importlibImportModule))
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
