package runtime

// This file defines the helpers of the interpreter loop's heavier
// instructions: subscripts, f-string formatting, unpacking, raise,
// except matching, with, yield from.

import (
	"github.com/pystm/pystm/compiler/bytecode"
)

// subscr is c[k] with the list and tuple int-index cases inline.
func (t *Thread) subscr(c, k Value) (Value, error) {
	if k.IsInt() {
		i := k.AsInt()
		switch o := c.obj.(type) {
		case *List:
			if o.Type() == ListType {
				if o.IsShared() && !t.tokenHeld() {
					// LISTREAD: lock-free in an abortable span
					// (shared_read_list.go); a token holder reads the
					// list itself (tokenHeld marks it touched).
					if v, in, ok := t.sharedListIndex(o, i); ok && in {
						return v, nil
					}
					t.touch(&o.Header)
				}
				n := int64(o.Len())
				if i < 0 {
					i += n
				}
				if i >= 0 && i < n {
					return o.get(int(i)), nil // touched above
				}
			}
		case *Tuple:
			items := o.Items()
			n := int64(len(items))
			if i < 0 {
				i += n
			}
			if i >= 0 && i < n && o.Type() == TupleType {
				return items[i], nil
			}
		}
	}
	return GetItem(t, c, k)
}

// formatValue is FORMAT_VALUE: conversion, then format(v, spec).
func (t *Thread) formatValue(f *Frame, flags int) (Value, error) {
	vals := f.vals
	var spec Value
	if flags&bytecode.FormatWithSpec != 0 {
		f.sp--
		spec = vals[f.sp]
		vals[f.sp] = Value{}
	}
	v := vals[f.sp-1]
	switch flags & 3 {
	case bytecode.FormatStr:
		s, err := StrOf(t, v)
		if err != nil {
			return Value{}, err
		}
		v = NewStr(s)
	case bytecode.FormatRepr:
		s, err := Repr(t, v)
		if err != nil {
			return Value{}, err
		}
		v = NewStr(s)
	case bytecode.FormatASCII:
		s, err := Repr(t, v)
		if err != nil {
			return Value{}, err
		}
		v = NewStr(asciiEscape(s))
	}
	specStr := ""
	if spec.IsValid() {
		specStr, _ = AsString(spec)
	}
	if specStr == "" {
		if s, ok := v.obj.(*Str); ok && s.Type() == StrType {
			return v, nil
		}
		if !TypeOf(v).IsHeap() {
			s, err := StrOf(t, v)
			if err != nil {
				return Value{}, err
			}
			return NewStr(s), nil
		}
	}
	if !spec.IsValid() {
		spec = NewStr("")
	}
	fn, unbound, err := LoadMethod(t, v, "__format__")
	if err != nil {
		return Value{}, err
	}
	var r Value
	if unbound {
		r, err = t.Call(fn, []Value{v, spec}, nil)
	} else {
		r, err = t.Call(fn, []Value{spec}, nil)
	}
	if err != nil {
		return Value{}, err
	}
	if _, ok := AsString(r); !ok {
		return Value{}, Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeOf(r).Name)
	}
	return r, nil
}

// unpackItems returns the items of seq for unpacking.
func (t *Thread) unpackItems(seq Value) ([]Value, error) {
	switch o := seq.obj.(type) {
	case *Tuple:
		return o.Items(), nil
	case *List:
		return o.Items(t), nil
	}
	if !isIterable(seq) {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeOf(seq).Name)
	}
	return iterate(t, seq)
}

// unpackSequence is UNPACK_SEQUENCE.
func (t *Thread) unpackSequence(f *Frame, n int) error {
	vals := f.vals
	seq := vals[f.sp-1]
	var items []Value
	switch o := seq.obj.(type) {
	case *Tuple:
		items = o.Items()
	case *List:
		// Read the list in place: no copy.
		t.touch(&o.Header)
		if n2 := o.Len(); n2 == n {
			f.sp--
			for i := n - 1; i >= 0; i-- {
				vals[f.sp] = o.get(i) // touched above
				f.sp++
			}
			return nil
		}
		items = o.Items(t)
	default:
		if !isIterable(seq) {
			return Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeOf(seq).Name)
		}
		it, err := Iter(t, seq)
		if err != nil {
			return err
		}
		for len(items) <= n {
			x, err := Next(t, it)
			if err != nil {
				return err
			}
			if !x.IsValid() {
				break
			}
			items = append(items, x)
		}
	}
	if len(items) < n {
		return Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	f.sp--
	for i := n - 1; i >= 0; i-- {
		vals[f.sp] = items[i]
		f.sp++
	}
	return nil
}

// unpackEx is UNPACK_EX: before values, a list of the rest, after values.
func (t *Thread) unpackEx(f *Frame, before, after int) error {
	vals := f.vals
	items, err := t.unpackItems(vals[f.sp-1])
	if err != nil {
		return err
	}
	if len(items) < before+after {
		return Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	f.sp--
	for i := len(items) - 1; i >= len(items)-after; i-- {
		vals[f.sp] = items[i]
		f.sp++
	}
	mid := append([]Value(nil), items[before:len(items)-after]...)
	vals[f.sp] = FromObject(NewList(mid))
	f.sp++
	for i := before - 1; i >= 0; i-- {
		vals[f.sp] = items[i]
		f.sp++
	}
	return nil
}

// makeException turns the operand of raise into an exception instance.
func (t *Thread) makeException(v Value, what string) (*Exception, error) {
	if typ, ok := v.obj.(*Type); ok {
		if !IsSubtype(typ, BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "exceptions must derive from BaseException")
		}
		r, err := t.Call(v, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := r.obj.(*Exception)
		if !ok {
			return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, TypeOf(r).Name)
		}
		return e, nil
	}
	if e, ok := v.obj.(*Exception); ok {
		return e, nil
	}
	return nil, Errorf(TypeErrorType, "%s", what)
}

// raise is RAISE_VARARGS.
func (t *Thread) raise(f *Frame, n int) error {
	vals := f.vals
	if n == 0 {
		if t.excInfo == nil {
			return Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		return t.excInfo
	}
	var cause Value
	if n == 2 {
		f.sp--
		cause = vals[f.sp]
		vals[f.sp] = Value{}
	}
	f.sp--
	v := vals[f.sp]
	vals[f.sp] = Value{}
	exc, err := t.makeException(v, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if n == 2 {
		if t.logging() { // SPAN: undo record (span_undo.go)
			t.logExc(exc)
		}
		if cause.IsNone() {
			exc.Cause = nil
		} else {
			c, err := t.makeException(cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	return exc
}

// exceptionMatches is CHECK_EXC_MATCH: isinstance(exc, typ) where typ is
// a class or a tuple of classes.
func exceptionMatches(t *Thread, exc, typ Value) (bool, error) {
	check := func(c Value) (bool, error) {
		cls, ok := c.obj.(*Type)
		if !ok || !IsSubtype(cls, BaseExceptionType) {
			return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return IsInstance(exc, cls), nil
	}
	if tu, ok := typ.obj.(*Tuple); ok {
		for _, c := range tu.Items() {
			if tu2, ok := c.obj.(*Tuple); ok {
				r, err := exceptionMatches(t, exc, FromObject(tu2))
				if err != nil || r {
					return r, err
				}
				continue
			}
			r, err := check(c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return check(typ)
}

// beforeWith is BEFORE_WITH: "mgr" becomes "exit mgr.__enter__()".
func (t *Thread) beforeWith(f *Frame) error {
	vals := f.vals
	mgr := vals[f.sp-1]
	typ := TypeOf(mgr)
	enter, ok := typ.Lookup("__enter__")
	if !ok {
		return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", typ.Name)
	}
	exit, ok := typ.Lookup("__exit__")
	if !ok {
		return Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	boundExit, _, err := bindDescr(t, exit, mgr, typ)
	if err != nil {
		return err
	}
	boundEnter, _, err := bindDescr(t, enter, mgr, typ)
	if err != nil {
		return err
	}
	r, err := t.Call(boundEnter, nil, nil)
	if err != nil {
		return err
	}
	vals[f.sp-1] = boundExit
	vals[f.sp] = r
	f.sp++
	return nil
}

// send is SEND: resume the delegate recv with v; done reports that it
// returned (r is then its return value).
func (t *Thread) send(recv, v Value) (r Value, done bool, err error) {
	if g, ok := recv.obj.(*Generator); ok && !g.IsShared() {
		// yield from a generator: when it returns, its frame (which it
		// drops when it finishes) goes back to the thread's pool, so deep
		// yield-from recursion does not allocate a frame per generator.
		sub := g.frame
		r, done, err = g.sendValue(t, v)
		if done && sub != nil && g.finished && g.frame == nil && sub.gen == g {
			sub.gen = nil
			t.releaseFrame(sub)
		}
		return r, done, err
	}
	if d, ok := recv.obj.(delegate); ok {
		return d.sendValue(t, v)
	}
	if v.IsNone() {
		r, err = callMethodNamed(t, recv, "__next__")
	} else {
		r, err = callMethodNamed(t, recv, "send", v)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIterationType) {
			return stopIterationValue(e), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// callMethodNamed calls v.name(args...).
func callMethodNamed(t *Thread, v Value, name string, args ...Value) (Value, error) {
	fn, unbound, err := LoadMethod(t, v, name)
	if err != nil {
		return Value{}, err
	}
	if unbound {
		return t.Call(fn, append([]Value{v}, args...), nil)
	}
	return t.Call(fn, args, nil)
}

// stopIterationValue returns StopIteration's value (its first argument).
func stopIterationValue(e *Exception) Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

// printExpr is PRINT_EXPR: the interactive echo of an expression's value.
func (t *Thread) printExpr(v Value) error {
	if v.IsNone() {
		return nil
	}
	t.interp.Builtins.SetStr("_", v)
	s, err := Repr(t, v)
	if err != nil {
		return err
	}
	_, err = t.Stdout().Write([]byte(s + "\n"))
	return err
}

// unpackToLocals is UNPACK_SEQUENCE__STORE_FAST's fast path: when the
// sequence on top of the stack is a tuple or list of length n, it pops it
// and stores its items into the locals named by the n STORE_FASTs at f.pc
// (in their order, so a repeated target keeps the last item), without
// pushing them. It reports false, changing nothing, otherwise.
func (t *Thread) unpackToLocals(f *Frame, n int) bool {
	vals, instrs := f.vals, f.bc.Instrs[f.pc:f.pc+n]
	switch o := vals[f.sp-1].obj.(type) {
	case *Tuple:
		items := o.Items()
		if len(items) != n {
			return false
		}
		f.sp--
		vals[f.sp] = Value{}
		for i, x := range items {
			vals[instrs[i].Arg()] = x
		}
	case *List:
		t.touch(&o.Header)
		if o.Len() != n {
			return false
		}
		f.sp--
		vals[f.sp] = Value{}
		for i := range instrs {
			vals[instrs[i].Arg()] = o.get(i) // touched above
		}
	default:
		return false
	}
	return true
}

// newTupleCopy returns a tuple of a copy of src. Tuples of up to four
// items, most of those BUILD_TUPLE makes, get their header and items in one
// allocation instead of two.
func newTupleCopy(src []Value) Value {
	switch len(src) {
	case 0:
		return FromObject(emptyTuple)
	case 1:
		p := &struct {
			tu Tuple
			a  [1]Value
		}{}
		copy(p.a[:], src)
		p.tu.items = p.a[:]
		return FromObject(&p.tu)
	case 2:
		p := &struct {
			tu Tuple
			a  [2]Value
		}{}
		copy(p.a[:], src)
		p.tu.items = p.a[:]
		return FromObject(&p.tu)
	case 3:
		p := &struct {
			tu Tuple
			a  [3]Value
		}{}
		copy(p.a[:], src)
		p.tu.items = p.a[:]
		return FromObject(&p.tu)
	case 4:
		p := &struct {
			tu Tuple
			a  [4]Value
		}{}
		copy(p.a[:], src)
		p.tu.items = p.a[:]
		return FromObject(&p.tu)
	}
	return NewTuple(append([]Value(nil), src...))
}
