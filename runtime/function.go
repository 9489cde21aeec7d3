package runtime

// This file defines Function (a Python function), Method (a function bound
// to an instance) and Cell (a variable shared between scopes).

import (
	"fmt"

	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/stm"
)

// Function is a function defined in Python (def, lambda, class body,
// comprehension).
type Function struct {
	// shareFlag marks a shared function. Its call path (code, globals,
	// builtins, defaults, closure) is read without the token: code,
	// globals, builtins and closure never change after creation; see
	// design-parobj.md for __defaults__ assignment.
	shareFlag
	code       *Code
	globals    *Dict
	builtins   *Dict
	Name       string
	QualName   string
	defaults   []Value // positional defaults, for the last len(defaults) parameters
	kwdefaults *Dict   // keyword-only defaults, or nil
	closure    []*Cell
	doc        Value
	module     Value
	annots     *Dict
	DictAttrs
}

// Cell is a variable captured by a nested function.
type Cell struct {
	stm.Header
	v Value // zero when empty
}

// Method is a function bound to its receiver.
type Method struct {
	Func Value
	Self Value
}

// The types of these objects.
var (
	FunctionType = &Type{Name: "function", flags: flagFinal}
	MethodType   = &Type{Name: "method", flags: flagFinal}
	CellType     = &Type{Name: "cell", flags: flagFinal}
)

var (
	_ MethodDescriptor = (*Function)(nil)
	_ AttrStore        = (*Function)(nil)
)

// Type returns function.
func (f *Function) Type() *Type { return FunctionType }

// Type returns method.
func (m *Method) Type() *Type { return MethodType }

// Type returns cell.
func (c *Cell) Type() *Type { return CellType }

// Get returns the cell's value, zero if empty.
func (c *Cell) Get(t *Thread) Value {
	if c.IsShared() && t != nil {
		if t.optimisticReads() { // READS: lock-free (shared_read_cell.go)
			if v, ok := c.readLockFree(t); ok {
				return v
			}
		}
		t.acquireToken()
	}
	return c.v
}

// Set stores v in the cell (zero empties it).
func (c *Cell) Set(t *Thread, v Value) {
	t.touchStoreL(&c.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logCell(c)
	}
	c.v = v
	if c.IsShared() {
		c.published(t, v)
	}
}

// pushRefs queues what a function references, for publication.
func (f *Function) pushRefs(w *publishWalk) {
	if f.globals != nil {
		w.pushObj(f.globals)
	}
	if f.builtins != nil {
		w.pushObj(f.builtins)
	}
	w.pushAll(f.defaults)
	if f.kwdefaults != nil {
		w.pushObj(f.kwdefaults)
	}
	for _, c := range f.closure {
		if c != nil {
			w.pushObj(c)
		}
	}
	w.push(f.doc)
	w.push(f.module)
	if f.annots != nil {
		w.pushObj(f.annots)
	}
	if f.DictAttrs.dict != nil {
		w.pushObj(f.DictAttrs.dict)
	}
}

// Code returns the function's code object.
func (f *Function) Code() *Code { return f.code }

// Globals returns the function's global namespace.
func (f *Function) Globals() *Dict { return f.globals }

// DescrGet binds the function to obj (the function itself via the class).
func (f *Function) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	if !obj.IsValid() || obj.IsNone() && owner == NoneType && false {
		return FromObject(f), nil
	}
	return FromObject(&Method{Func: FromObject(f), Self: obj}), nil
}

// IsMethodDescriptor marks Python functions as callable with the receiver
// prepended (LOAD_METHOD).
func (f *Function) IsMethodDescriptor() {}

// newFunction makes a function of code in globals (MAKE_FUNCTION).
func newFunction(t *Thread, code *Code, globals, builtins *Dict) *Function {
	f := &Function{code: code, globals: globals, builtins: builtins,
		Name: code.bc.Name, QualName: code.bc.QualName, doc: None}
	if code.bc.Docstring && len(code.consts) > 0 {
		f.doc = code.consts[0]
	}
	if m, ok := globals.GetStr("__name__"); ok {
		f.module = m
	} else {
		f.module = None
	}
	return f
}

func (f *Function) repr() string { return fmt.Sprintf("<function %s at %p>", f.QualName, f) }

func (m *Method) repr(t *Thread) (string, error) {
	name := "?"
	switch fn := m.Func.Object().(type) {
	case *Function:
		name = fn.QualName
	case *BuiltinFunction:
		name = fn.Name
	}
	self, err := Repr(t, m.Self)
	if err != nil {
		return "", err
	}
	return "<bound method " + name + " of " + self + ">", nil
}

func init() {
	FunctionType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return v.Object().(*Function).repr(), nil
	}
	FunctionType.Slots.Call = func(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
		return t.callFunction(fn.Object().(*Function), args, kwnames)
	}
	getStr := func(get func(f *Function) Value) func(t *Thread, obj Value) (Value, error) {
		return func(t *Thread, obj Value) (Value, error) { return get(obj.Object().(*Function)), nil }
	}
	FunctionType.AddGetSet("__name__", getStr(func(f *Function) Value { return NewStr(f.Name) }),
		func(t *Thread, obj, v Value) error {
			s, ok := AsString(v)
			if !ok {
				return Errorf(TypeErrorType, "__name__ must be set to a string object")
			}
			f := obj.Object().(*Function)
			t.touchf(&f.shareFlag)
			f.Name = s
			return nil
		})
	FunctionType.AddGetSet("__qualname__", getStr(func(f *Function) Value { return NewStr(f.QualName) }),
		func(t *Thread, obj, v Value) error {
			s, ok := AsString(v)
			if !ok {
				return Errorf(TypeErrorType, "__qualname__ must be set to a string object")
			}
			f := obj.Object().(*Function)
			t.touchf(&f.shareFlag)
			f.QualName = s
			return nil
		})
	FunctionType.AddGetSet("__doc__", getStr(func(f *Function) Value { return f.doc }),
		func(t *Thread, obj, v Value) error {
			f := obj.Object().(*Function)
			t.touchStoref(&f.shareFlag, v)
			f.doc = v
			return nil
		})
	FunctionType.AddGetSet("__module__", getStr(func(f *Function) Value { return f.module }),
		func(t *Thread, obj, v Value) error {
			f := obj.Object().(*Function)
			t.touchStoref(&f.shareFlag, v)
			f.module = v
			return nil
		})
	FunctionType.AddGetSet("__code__", getStr(func(f *Function) Value { return FromObject(f.code) }), nil)
	FunctionType.AddGetSet("__globals__", getStr(func(f *Function) Value { return FromObject(f.globals) }), nil)
	FunctionType.AddGetSet("__defaults__", getStr(func(f *Function) Value {
		if len(f.defaults) == 0 {
			return None
		}
		return NewTuple(append([]Value(nil), f.defaults...))
	}), setFuncDefaults)
	FunctionType.AddGetSet("__kwdefaults__", getStr(func(f *Function) Value {
		if f.kwdefaults == nil {
			return None
		}
		return FromObject(f.kwdefaults)
	}), setFuncKwdefaults)
	FunctionType.AddGetSet("__annotations__", func(t *Thread, obj Value) (Value, error) {
		f := obj.Object().(*Function)
		if f.annots == nil {
			f.annots = NewDict()
		}
		return FromObject(f.annots), nil
	}, setFuncAnnotations)
	FunctionType.AddGetSet("__closure__", getStr(func(f *Function) Value {
		if len(f.closure) == 0 {
			return None
		}
		items := make([]Value, len(f.closure))
		for i, c := range f.closure {
			items[i] = FromObject(c)
		}
		return NewTuple(items)
	}), nil)
	FunctionType.AddGetSet("__dict__", func(t *Thread, obj Value) (Value, error) {
		return FromObject(obj.Object().(*Function).AttrDict(t)), nil
	}, nil)

	MethodType.Slots.Repr = func(t *Thread, v Value) (string, error) { return v.Object().(*Method).repr(t) }
	MethodType.Slots.Call = func(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
		m := fn.Object().(*Method)
		all := make([]Value, 0, len(args)+1)
		all = append(all, m.Self)
		all = append(all, args...)
		return t.Call(m.Func, all, kwnames)
	}
	MethodType.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		m := v.Object().(*Method)
		switch name {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Func, nil
		}
		return GetAttr(t, m.Func, name)
	}
	MethodType.Slots.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		m1 := a.Object().(*Method)
		m2, ok := b.Object().(*Method)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return NotImplemented, nil
		}
		eq := m1.Func.Is(m2.Func) && m1.Self.Is(m2.Self)
		return Bool(eq == (op == bytecode.CmpEQ)), nil
	}
	CellType.AddGetSet("cell_contents", func(t *Thread, obj Value) (Value, error) {
		c := obj.Object().(*Cell)
		v := c.Get(t)
		if !v.IsValid() {
			return Value{}, Errorf(ValueErrorType, "Cell is empty")
		}
		return v, nil
	}, nil)
}

func init() {
	FunctionType.AddMethod("__get__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) < 2 || len(args) > 3 {
			return Value{}, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		f := args[0].obj.(*Function)
		obj := args[1]
		if obj.IsNone() && len(args) == 3 && !args[2].IsNone() {
			return args[0], nil
		}
		return f.DescrGet(t, obj, nil)
	})
}
