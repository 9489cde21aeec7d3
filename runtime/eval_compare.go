package runtime

// This file defines how the interpreter loop runs the Python dunder
// methods of comparisons, with statements and bound-method calls as frames
// of the loop itself (continuations, frame.go) instead of a nested loop on
// the Go stack: they cost what a Python call costs and deep recursion
// through them ends in RecursionError, not in a Go stack overflow.

import "github.com/pystm/pystm/compiler/bytecode"

// compareDunder returns the Python method to run as a frame for a op b:
// a is an instance of a class whose method for op is a plain Python
// function, and b's type is not a proper subclass of a's (then CPython
// tries b's reflected method first; that case takes the generic path).
// The method is cached per instruction with the class version, in the
// slot BINARY_OP instructions use for theirs.
func (t *Thread) compareDunder(f *Frame, op bytecode.CompareOp, a, b Value) *Function {
	ia, ok := a.obj.(*Instance)
	if !ok {
		return nil
	}
	ta := ia.typ
	if tb := TypeOf(b); tb != ta && IsSubtype(tb, ta) {
		return nil
	}
	slot := &f.code.binCache[f.pc-1]
	if e := slot.Load(); e != nil && e.typ == ta && ta.version.Load() == e.version {
		return e.fn
	}
	if !ta.IsHeap() {
		return nil
	}
	version := ta.version.Load()
	m, ok := ta.Lookup(op.Dunder())
	if !ok {
		return nil
	}
	fn, ok := m.obj.(*Function)
	if !ok || fn.code.bc.Flags&genFlags != 0 {
		return nil
	}
	slot.Store(&binOpEntry{typ: ta, version: version, fn: fn})
	return fn
}

// compareFrame pushes the frame of fn(a, b) for COMPARE_OP with
// continuation contCompare. Like CPython's rich comparison it first takes
// a recursion level of its own (" in comparison"), then the call's.
func (t *Thread) compareFrame(fn *Function, op bytecode.CompareOp, a, b Value) (*Frame, error) {
	if t.depth >= t.recursionLimit() {
		return nil, t.recursionError(" in comparison")
	}
	args := [2]Value{a, b}
	nf, err := t.frameForCall(fn, args[:], nil)
	if err != nil {
		return nil, err
	}
	t.depth++
	if err := t.pushFrame(nf); err != nil {
		t.depth--
		return nil, err
	}
	nf.cont, nf.contVal, nf.contArg, nf.contOp = contCompare, a, b, uint8(op)
	return nf, nil
}

// compareRest finishes a comparison whose first method (run as a frame)
// returned NotImplemented: the reflected method of b, then identity for
// == and !=, else the TypeError (as Compare does).
func (t *Thread) compareRest(op bytecode.CompareOp, a, b Value) (Value, error) {
	if err := t.EnterRecursive(" in comparison"); err != nil {
		return Value{}, err
	}
	r, err := compareSlot(t, op.Swapped(), b, a)
	t.LeaveRecursive()
	if err != nil {
		return Value{}, err
	}
	if !IsNotImplemented(r) {
		return r, nil
	}
	switch op {
	case CmpEQ:
		return Bool(a.Is(b)), nil
	case CmpNE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.Symbol(), TypeOf(a).Name, TypeOf(b).Name)
}

// methodFrame makes the frame of a call of the bound method m (self
// first, then args) when m's function is a plain Python function, or
// returns nil. args is borrowed (copied into the frame).
func (t *Thread) methodFrame(m *Method, args []Value, kwnames []string) (*Frame, error) {
	fn, ok := m.Func.obj.(*Function)
	if !ok || fn.code.bc.Flags&genFlags != 0 {
		return nil, nil
	}
	code := fn.code
	bc := code.bc
	if len(kwnames) == 0 && len(args)+1 == bc.ArgCount && bc.Flags&(bytecode.FlagVarargs|bytecode.FlagVarkeywords) == 0 && bc.KwOnlyCount == 0 {
		f := t.newFrame(code, fn.globals, fn.builtins, nil)
		f.fn = fn
		f.vals[0] = m.Self
		copy(f.vals[1:], args)
		if code.ncells > 0 {
			f.initCells(fn.closure)
		}
		return f, nil
	}
	all := make([]Value, 0, len(args)+1)
	all = append(all, m.Self)
	all = append(all, args...)
	return t.frameForCall(fn, all, kwnames)
}

// enterFrame is BEFORE_WITH for a manager whose __enter__ is a plain
// Python function: it replaces mgr by the bound __exit__ and returns the
// pushed frame of __enter__(mgr), whose result the loop pushes. It
// returns nil (nothing changed) for other managers.
func (t *Thread) enterFrame(f *Frame) (*Frame, error) {
	mgr := f.vals[f.sp-1]
	typ := TypeOf(mgr)
	enter, ok := typ.Lookup("__enter__")
	if !ok {
		return nil, nil
	}
	fn, ok := enter.obj.(*Function)
	if !ok || fn.code.bc.Flags&genFlags != 0 {
		return nil, nil
	}
	exit, ok := typ.Lookup("__exit__")
	if !ok {
		return nil, nil // beforeWith reports it
	}
	boundExit, _, err := bindDescr(t, exit, mgr, typ)
	if err != nil {
		return nil, err
	}
	args := [1]Value{mgr}
	nf, err := t.frameForCall(fn, args[:], nil)
	if err != nil {
		return nil, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, err
	}
	f.vals[f.sp-1] = boundExit
	return nf, nil
}
