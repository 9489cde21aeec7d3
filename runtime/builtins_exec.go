package runtime

// This file defines the builtins that need the interpreter loop:
// __build_class__, exec, eval, compile, globals, locals, __import__.

import (
	"github.com/pystm/pystm/compiler"
	"github.com/pystm/pystm/compiler/syntax"
)

func addExecBuiltins(d *Dict) {
	// dir() and vars() without arguments read the caller's frame.
	for _, name := range []string{"dir", "vars"} {
		name := name
		orig, ok := d.GetStr(name)
		if !ok {
			continue
		}
		d.SetStr(name, NewBuiltin(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) > 0 {
				return t.Call(orig, args, kwnames)
			}
			locals := t.frameLocals(t.frame)
			if name == "vars" {
				return FromObject(locals), nil
			}
			keys, _ := locals.Entries(t)
			l := NewList(keys)
			if _, err := callMethodNamed(t, FromObject(l), "sort"); err != nil {
				return Value{}, err
			}
			return FromObject(l), nil
		}))
	}
	d.SetStr("__build_class__", NewBuiltin("__build_class__", buildClass))
	d.SetStr("exec", NewBuiltin("exec", builtinExec))
	// exit and quit come from the site module in CPython; scripts use them.
	d.SetStr("exit", NewBuiltin("exit", sysExit))
	d.SetStr("quit", NewBuiltin("quit", sysExit))
	d.SetStr("eval", NewBuiltin("eval", builtinEval))
	d.SetStr("compile", NewBuiltin("compile", builtinCompile))
	d.SetStr("breakpoint", NewBuiltin("breakpoint", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, nil // no debugger: breakpoint() does nothing
	}))
	d.SetStr("aiter", NewBuiltin("aiter", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "aiter() takes exactly one argument (%d given)", len(args))
		}
		return t.getAIter(args[0])
	}))
	d.SetStr("anext", NewBuiltin("anext", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 1 || len(args) > 2 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "anext expected 1 or 2 arguments, got %d", len(args))
		}
		if _, ok := TypeOf(args[0]).Lookup("__anext__"); !ok {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not an async iterator", TypeOf(args[0]).Name)
		}
		aw, err := t.getANext(args[0])
		if err != nil || len(args) == 1 {
			return aw, err
		}
		inner, err := t.getAwaitable(aw)
		if err != nil {
			return Value{}, err
		}
		return FromObject(&anextDefault{inner: inner, def: args[1]}), nil
	}))
	d.SetStr("globals", NewBuiltin("globals", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "globals() takes no arguments (%d given)", len(args))
		}
		if t.frame == nil {
			return FromObject(NewDict()), nil
		}
		return FromObject(t.frame.globals), nil
	}))
	d.SetStr("locals", NewBuiltin("locals", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 0 {
			return Value{}, Errorf(TypeErrorType, "locals() takes no arguments (%d given)", len(args))
		}
		return FromObject(t.frameLocals(t.frame)), nil
	}))
	d.SetStr("__import__", NewBuiltin("__import__", builtinImport))
}

// frameLocals returns the local namespace of f as a dict (a snapshot of
// the fast locals for a function).
func (t *Thread) frameLocals(f *Frame) *Dict {
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	d := NewDict()
	for i, name := range f.bc.VarNames {
		if v := f.vals[i]; v.IsValid() {
			d.SetStr(name, v)
		}
	}
	for i, c := range f.cells {
		if v := c.Get(t); v.IsValid() {
			d.SetStr(f.derefName(i), v)
		}
	}
	return d
}

// buildClass is __build_class__(func, name, *bases, metaclass=None, **kw):
// it runs the class body in a fresh namespace and calls the metaclass.
func buildClass(t *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 2 {
		return Value{}, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].obj.(*Function)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := AsString(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	bases := append([]Value(nil), args[2:npos]...)
	var meta Value
	var kwn []string
	var kwv []Value
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, args[npos+i])
	}
	// Bases that are not classes but have __mro_entries__ (typing's
	// Generic[T], NamedTuple) stand for the classes it returns; the
	// original bases are kept as __orig_bases__.
	origBases, bases, err := resolveMROEntries(t, bases)
	if err != nil {
		return Value{}, err
	}
	// The metaclass is the most derived of the bases' metaclasses.
	if !meta.IsValid() {
		if len(bases) == 0 {
			meta = FromObject(TypeType)
		} else {
			meta = FromObject(TypeOf(bases[0]))
		}
	}
	if mt, ok := meta.obj.(*Type); ok {
		winner := mt
		for _, b := range bases {
			bt := TypeOf(b)
			if IsSubtype(winner, bt) {
				continue
			}
			if IsSubtype(bt, winner) {
				winner = bt
				continue
			}
			return Value{}, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = FromObject(winner)
	}
	basesTuple := NewTuple(bases)
	ns := NewDict()
	if mt, ok := meta.obj.(*Type); ok {
		if prep, ok := mt.Lookup("__prepare__"); ok && mt != TypeType {
			fn, _, err := bindDescr(t, prep, meta, mt)
			if err != nil {
				return Value{}, err
			}
			r, err := t.Call(fn, append([]Value{args[1], basesTuple}, kwv...), kwn)
			if err != nil {
				return Value{}, err
			}
			d, ok := r.obj.(*Dict)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mt.Name, TypeOf(r).Name)
			}
			ns = d
		}
	}
	f := t.newFrame(body.code, body.globals, body.builtins, ns)
	f.fn = body
	if body.code.ncells > 0 {
		f.initCells(body.closure)
	}
	if _, err := t.runFrame(f); err != nil {
		return Value{}, err
	}
	if origBases.IsValid() {
		if err := SetItem(t, FromObject(ns), NewStr("__orig_bases__"), origBases); err != nil {
			return Value{}, err
		}
	}
	var classCell *Cell
	if v, ok := ns.GetStr("__classcell__"); ok {
		classCell, _ = v.obj.(*Cell)
		ns.DelStr("__classcell__")
	}
	callArgs := append([]Value{args[1], basesTuple, FromObject(ns)}, kwv...)
	cls, err := t.Call(meta, callArgs, kwn)
	if err != nil {
		return Value{}, err
	}
	if classCell != nil {
		classCell.Set(t, cls)
	}
	_ = name
	return cls, nil
}

// namespaces returns the globals and locals of exec/eval's optional
// arguments, defaulting to the caller's.
func (t *Thread) namespaces(fname string, args []Value) (*Dict, *Dict, error) {
	var globals, locals *Dict
	if len(args) > 1 && !args[1].IsNone() {
		g, ok := args[1].obj.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "%s() globals must be a dict, not %s", fname, TypeOf(args[1]).Name)
		}
		globals = g
	}
	if len(args) > 2 && !args[2].IsNone() {
		l, ok := args[2].obj.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
		}
		locals = l
	}
	if globals == nil {
		if t.frame == nil {
			globals = NewDict()
		} else {
			globals = t.frame.globals
			if locals == nil {
				locals = t.frameLocals(t.frame)
			}
		}
	}
	if locals == nil {
		locals = globals
	}
	// Read by name from now on, by paths that do not know a span's
	// buffered stores (span_dictwrites.go).
	globals.asNamespace()
	locals.asNamespace()
	return globals, locals, nil
}

func sourceArg(fname string, v Value) ([]byte, *Code, error) {
	if c, ok := v.obj.(*Code); ok {
		return nil, c, nil
	}
	if s, ok := AsString(v); ok {
		return []byte(s), nil, nil
	}
	if b, ok := v.obj.(*Bytes); ok {
		return b.Bytes(), nil, nil
	}
	return nil, nil, Errorf(TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname)
}

func builtinExec(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "exec expected at least 1 argument, got %d", len(args))
	}
	src, code, err := sourceArg("exec", args[0])
	if err != nil {
		return Value{}, err
	}
	globals, locals, err := t.namespaces("exec", args)
	if err != nil {
		return Value{}, err
	}
	if code == nil {
		if code, err = compileSource(src, "<string>"); err != nil {
			return Value{}, err
		}
	}
	if _, err := t.execCode(code, globals, locals); err != nil {
		return Value{}, err
	}
	return None, nil
}

func builtinEval(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 || len(args) > 3 {
		return Value{}, Errorf(TypeErrorType, "eval expected at least 1 argument, got %d", len(args))
	}
	src, code, err := sourceArg("eval", args[0])
	if err != nil {
		return Value{}, err
	}
	globals, locals, err := t.namespaces("eval", args)
	if err != nil {
		return Value{}, err
	}
	if code == nil {
		e, err := syntax.ParseExpr("<string>", trimEvalSource(src))
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		bc, err := compiler.CompileEval(e, "<string>")
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		code = NewCode(bc)
	}
	return t.execCode(code, globals, locals)
}

// trimEvalSource strips the leading spaces and tabs eval() ignores.
func trimEvalSource(src []byte) []byte {
	for len(src) > 0 && (src[0] == ' ' || src[0] == '\t') {
		src = src[1:]
	}
	return src
}

// builtinCompile is compile(source, filename, mode): a code object for
// exec() or eval().
func builtinCompile(t *Thread, args []Value, kwnames []string) (Value, error) {
	var srcv, filev, modev, flags, dontInherit, optimize Value
	if err := UnpackArgs("compile", args, kwnames, []string{"source", "filename", "mode", "flags?", "dont_inherit?", "optimize?"},
		&srcv, &filev, &modev, &flags, &dontInherit, &optimize); err != nil {
		return Value{}, err
	}
	src, code, err := sourceArg("compile", srcv)
	if err != nil {
		return Value{}, err
	}
	if code != nil {
		return FromObject(code), nil
	}
	filename, ok := AsString(filev)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "compile() argument 'filename' must be str, not %s", TypeOf(filev).Name)
	}
	mode, _ := AsString(modev)
	switch mode {
	case "exec":
		c, err := compileSource(src, filename)
		if err != nil {
			return Value{}, err
		}
		return FromObject(c), nil
	case "eval":
		e, err := syntax.ParseExpr(filename, trimEvalSource(src))
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		bc, err := compiler.CompileEval(e, filename)
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		return FromObject(NewCode(bc)), nil
	case "single":
		stmts, err := syntax.ParseSingle(filename, src)
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		bc, err := compiler.CompileInteractive(&syntax.Module{Body: stmts}, filename)
		if err != nil {
			return Value{}, syntaxErrorFrom(err, src)
		}
		return FromObject(NewCode(bc)), nil
	}
	return Value{}, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(),
// level=0): relative names resolve against globals' package.
func builtinImport(t *Thread, args []Value, kwnames []string) (Value, error) {
	var nameV, globalsV, localsV, fromlist, levelV Value
	if err := UnpackArgs("__import__", args, kwnames, []string{"name", "globals?", "locals?", "fromlist?", "level?"},
		&nameV, &globalsV, &localsV, &fromlist, &levelV); err != nil {
		return Value{}, err
	}
	name, ok := AsString(nameV)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", TypeOf(nameV).Name)
	}
	level := 0
	if levelV.IsValid() {
		n, ok := AsInt64(levelV)
		if !ok || levelV.IsFloat() {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(levelV).Name)
		}
		level = int(n)
	}
	// Only a relative import reads globals (CPython's resolve_name).
	var globals *Dict
	if level > 0 {
		g, ok := globalsV.obj.(*Dict)
		if !globalsV.IsValid() || !ok {
			return Value{}, Errorf(TypeErrorType, "globals must be a dict")
		}
		globals = g
	}
	if !fromlist.IsValid() {
		fromlist = None
	}
	return t.importLevel(name, globals, fromlist, level)
}
