package runtime

// This file defines calls: Thread.Call (Go calling into Python), the
// generic dispatch on the callee's type, and CALL_FUNCTION_EX's unpacking.
// Argument binding is in call_bind.go.

import (
	"github.com/pystm/pystm/compiler/bytecode"
)

// Call calls fn with positional arguments args, of which the last
// len(kwnames) are keyword arguments named by kwnames (the vectorcall
// convention: no map is built for a call). It is the entry point Go code
// uses to call back into Python; a Python callee runs in a nested
// interpreter loop on the Go stack. args is borrowed: Call does not keep it.
func (t *Thread) Call(fn Value, args []Value, kwnames []string) (Value, error) {
	for {
		r, err := t.callValue(fn, args, kwnames)
		if err == nil || !isParkStatus(err) {
			return r, err
		}
		// THREADS: a wait reached from Go code parks on the Go stack, then calls again.
		if err = t.park(err); err != nil {
			return Value{}, err
		}
	}
}

// callPy is Call for a Python function, for callers that pass arguments
// in a slice of their own stack: the callee copies them into its frame
// and keeps no reference to the slice, so calls from Go (properties,
// dunder methods) need not allocate one.
func (t *Thread) callPy(fn *Function, args []Value) (Value, error) {
	for {
		r, err := t.callFunction(fn, args, nil)
		if err == nil || !isParkStatus(err) {
			return r, err
		}
		// THREADS: as in Call, park on the Go stack, then call again.
		if err = t.park(err); err != nil {
			return Value{}, err
		}
	}
}

// callValue dispatches a call on the callee's type.
func (t *Thread) callValue(fn Value, args []Value, kwnames []string) (Value, error) {
	switch o := fn.obj.(type) {
	case *Function:
		return t.callFunction(o, args, kwnames)
	case *BuiltinFunction:
		return o.Call(t, args, kwnames)
	case *Method:
		all := make([]Value, 0, len(args)+1)
		all = append(all, o.Self)
		all = append(all, args...)
		return t.callValue(o.Func, all, kwnames)
	case *Type:
		return TypeCall(t, o, args, kwnames)
	}
	typ := TypeOf(fn)
	if call := typ.slots().Call; call != nil {
		return call(t, fn, args, kwnames)
	}
	if m, ok := typ.Lookup("__call__"); ok {
		all := make([]Value, 0, len(args)+1)
		all = append(all, fn)
		all = append(all, args...)
		if _, isFunc := m.obj.(*Function); isFunc {
			return t.callValue(m, all, kwnames)
		}
		bound, _, err := bindDescr(t, m, fn, typ)
		if err != nil {
			return Value{}, err
		}
		return t.callValue(bound, args, kwnames)
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", typ.Name)
}

// callFunction calls a Python function in a nested loop.
func (t *Thread) callFunction(fn *Function, args []Value, kwnames []string) (Value, error) {
	f, err := t.frameForCall(fn, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if fl := fn.code.bc.Flags; fl&genFlags != 0 {
		g := newGenerator(t, fn, f)
		switch {
		case fl&bytecode.FlagCoroutine != 0:
			g.kind = genCoroutine
		case fl&bytecode.FlagAsyncGenerator != 0:
			g.kind = genAsync
		}
		return FromObject(g), nil
	}
	return t.runFrame(f)
}

// genFlags are the code flags of functions whose call makes a generator,
// coroutine or async generator instead of running the body.
const genFlags = bytecode.FlagGenerator | bytecode.FlagCoroutine | bytecode.FlagAsyncGenerator

// runFrame pushes f and runs it to completion in a nested loop.
func (t *Thread) runFrame(f *Frame) (Value, error) {
	if t.depth >= t.recursionLimit() || t.goLoops >= maxGoLoops { // LANG: goLoops, see memory.go
		return Value{}, t.recursionError("")
	}
	if err := t.pushFrame(f); err != nil {
		return Value{}, err
	}
	f.entry = true
	t.goLoops++
	var r Value
	var err error
	if f.back == nil && t.interp.threads != nil && t.interp.threads.parallel {
		r, err = t.runBase(f) // SPAN: the outermost loop, where spans roll back
	} else {
		r, err = t.run(f)
	}
	t.goLoops--
	return r, err
}

// callEx is CALL_FUNCTION_EX: fn(*argv, **kwargs).
func (t *Thread) callEx(fn, argv, kwargs Value) (Value, error) {
	args, kwnames, err := t.exArgs(argv, kwargs)
	if err != nil {
		return Value{}, err
	}
	return t.Call(fn, args, kwnames)
}

// exArgs flattens CALL_FUNCTION_EX's tuple and dict into vectorcall
// arguments.
func (t *Thread) exArgs(argv, kwargs Value) ([]Value, []string, error) {
	var args []Value
	if tu, ok := argv.obj.(*Tuple); ok {
		args = tu.Items()
	} else {
		items, err := iterate(t, argv)
		if err != nil {
			return nil, nil, err
		}
		args = items
	}
	if !kwargs.IsValid() {
		return args, nil, nil
	}
	d := kwargs.obj.(*Dict)
	keys, values := d.Entries(t)
	if len(keys) == 0 {
		return args, nil, nil
	}
	all := make([]Value, 0, len(args)+len(keys))
	all = append(all, args...)
	names := make([]string, len(keys))
	for i, k := range keys {
		s, ok := AsString(k)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "keywords must be strings")
		}
		names[i] = s
		all = append(all, values[i])
	}
	return all, names, nil
}

// iterate collects the items of an iterable.
func iterate(t *Thread, v Value) ([]Value, error) {
	switch o := v.obj.(type) {
	case *Tuple:
		return append([]Value(nil), o.Items()...), nil
	case *List:
		return o.Items(t), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var items []Value
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !x.IsValid() {
			return items, nil
		}
		items = append(items, x)
	}
}

// funcDesc names a callable in call errors: "f()".
func funcDesc(fn Value) string {
	switch o := fn.obj.(type) {
	case *Function:
		if m, ok := AsString(o.module); ok && m != "builtins" {
			return m + "." + o.QualName + "()"
		}
		return o.QualName + "()"
	case *BuiltinFunction:
		return o.Name + "()"
	case *Method:
		return funcDesc(o.Func)
	case *Type:
		return o.Name + "()"
	}
	return TypeOf(fn).Name + " object"
}

// dictUpdate merges v into d: {**v} in a display (fn zero) or **v in a
// call to fn, where a repeated key is an error.
func (t *Thread) dictUpdate(d *Dict, v Value, fn Value) error {
	var keys, values []Value
	if src, ok := v.obj.(*Dict); ok {
		keys, values = src.Entries(t)
	} else {
		keysFn, err := GetAttr(t, v, "keys")
		if err != nil {
			if fn.IsValid() {
				return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDesc(fn), TypeOf(v).Name)
			}
			return Errorf(TypeErrorType, "'%s' object is not a mapping", TypeOf(v).Name)
		}
		ks, err := t.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		keys, err = iterate(t, ks)
		if err != nil {
			return err
		}
		values = make([]Value, len(keys))
		for i, k := range keys {
			if values[i], err = GetItem(t, v, k); err != nil {
				return err
			}
		}
	}
	for i, k := range keys {
		if fn.IsValid() {
			s, ok := AsString(k)
			if !ok {
				return Errorf(TypeErrorType, "keywords must be strings")
			}
			if _, dup, err := d.GetItem(t, k); err != nil {
				return err
			} else if dup {
				return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcDesc(fn), s)
			}
		}
		if err := d.SetItem(t, k, values[i]); err != nil {
			return err
		}
	}
	return nil
}

// starError rewrites the TypeError of extending with a non-iterable.
func starError(t *Thread, err error, v Value, format string) error {
	if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) && !isIterable(v) {
		return Errorf(TypeErrorType, format, TypeOf(v).Name)
	}
	return err
}

// makeFunction is MAKE_FUNCTION.
func (t *Thread) makeFunction(f *Frame, flags int) error {
	vals := f.vals
	f.sp--
	code := vals[f.sp].obj.(*Code)
	vals[f.sp] = Value{}
	fn := newFunction(t, code, f.globals, f.builtins)
	pop := func() Value {
		f.sp--
		v := vals[f.sp]
		vals[f.sp] = Value{}
		return v
	}
	if flags&bytecode.MakeClosure != 0 {
		items := pop().obj.(*Tuple).Items()
		fn.closure = make([]*Cell, len(items))
		for i, c := range items {
			fn.closure[i] = c.obj.(*Cell)
		}
	}
	if flags&bytecode.MakeAnnotations != 0 {
		fn.annots = pop().obj.(*Dict)
	}
	if flags&bytecode.MakeKwDefaults != 0 {
		fn.kwdefaults = pop().obj.(*Dict)
	}
	if flags&bytecode.MakeDefaults != 0 {
		fn.defaults = pop().obj.(*Tuple).Items()
	}
	vals[f.sp] = FromObject(fn)
	f.sp++
	return nil
}

// fastClassCall returns the __init__ function and a new instance when
// calling typ is just object.__new__ then a Python __init__: a class
// made by a class statement with the default metaclass, the object
// layout and no __new__ of its own. Otherwise it returns nil.
func (t *Thread) fastClassCall(f *Frame, typ *Type) (*Function, *Instance) {
	slot := &f.code.classCache[f.pc-1]
	var init *Function
	var inst *Instance
	if e := slot.Load(); e != nil && e.typ == typ && typ.version.Load() == e.version {
		init, inst = e.init, NewInstance(typ)
	} else if init, inst = fastClassCallLookup(typ); init != nil {
		slot.Store(&classCallEntry{typ: typ, version: typ.version.Load(), init: init})
	}
	if inst != nil && t.spActive { // SPAN: writes to it need no undo records
		t.spanMade(&inst.Header)
	}
	return init, inst
}

// classCallEntry caches fastClassCall's lookups for one class version.
type classCallEntry struct {
	typ     *Type
	version uint64
	init    *Function
}

func fastClassCallLookup(typ *Type) (*Function, *Instance) {
	if !typ.IsHeap() || typ.meta != nil {
		return nil, nil
	}
	typ.ready()
	if typ.layout != ObjectType {
		return nil, nil
	}
	initv, ok := typ.Lookup("__init__")
	if !ok {
		return nil, nil
	}
	init, ok := initv.obj.(*Function)
	if !ok || init.code.bc.Flags&genFlags != 0 {
		return nil, nil
	}
	if nf, _ := typ.Lookup("__new__"); !isObjectMethod(nf) {
		return nil, nil
	}
	return init, NewInstance(typ)
}

// inlineNext prepares a frame running it's Python __next__ for FOR_ITER,
// or returns nil when __next__ is not a plain Python function.
func (t *Thread) inlineNext(inst *Instance, it Value) (*Frame, error) {
	typ := inst.typ
	nv, ok := typ.Lookup("__next__")
	if !ok {
		return nil, nil
	}
	fn, ok := nv.obj.(*Function)
	if !ok || fn.code.bc.Flags&genFlags != 0 || !plainGetAttribute(typ) {
		return nil, nil
	}
	nf, err := t.frameForCall(fn, []Value{it}, nil)
	if err != nil {
		return nil, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, err
	}
	nf.cont = contForIter
	return nf, nil
}

// plainGetAttribute reports whether typ uses the generic attribute lookup
// (no __getattribute__ of its own).
func plainGetAttribute(typ *Type) bool {
	_, where := typ.lookupWhere("__getattribute__")
	return where == nil || !where.IsHeap()
}

// binOpEntry caches, for one BINARY_OP instruction, the Python method
// implementing the operator for one class version.
type binOpEntry struct {
	typ     *Type
	version uint64
	fn      *Function
}

// binaryDunder returns the Python function to run for a op b as a frame:
// both operands instances of the same class whose method for op (for an
// in-place op: only when it has no __ixxx__) is a plain Python function.
// With equal types CPython calls only that method (no reflected one), so
// running it directly is exact; NotImplemented is handled on return.
func (t *Thread) binaryDunder(f *Frame, op bytecode.BinOp, a, b Value) *Function {
	ia, ok := a.obj.(*Instance)
	if !ok {
		return nil
	}
	ib, ok := b.obj.(*Instance)
	if !ok || ia.typ != ib.typ {
		return nil
	}
	typ := ia.typ
	slot := &f.code.binCache[f.pc-1]
	if e := slot.Load(); e != nil && e.typ == typ && typ.version.Load() == e.version {
		return e.fn
	}
	version := typ.version.Load()
	if op.IsInplace() {
		if _, ok := typ.Lookup("__i" + op.Dunder() + "__"); ok {
			return nil
		}
	}
	m, ok := typ.Lookup("__" + op.Dunder() + "__")
	if !ok {
		return nil
	}
	fn, ok := m.obj.(*Function)
	if !ok || fn.code.bc.Flags&genFlags != 0 {
		return nil
	}
	slot.Store(&binOpEntry{typ: typ, version: version, fn: fn})
	return fn
}
