package runtime

// This file turns the Go slots of built-in types into dunder methods in
// their Dicts (so `int.__add__`, `super().__repr__()` and user classes that
// inherit a built-in behaviour all find them), and lets built-in subtypes
// inherit their base's slots.

type slotFn = func(t *Thread, args []Value, kwnames []string) (Value, error)

// addSlotWrappers adds a dunder for every slot typ sets itself, unless
// its Dict already has one.
func (typ *Type) addSlotWrappers() {
	s := &typ.Slots
	add := func(name string, fn slotFn) {
		if _, ok := typ.Dict.GetStr(name); !ok {
			typ.Dict.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: fn, Method: true, Owner: typ, wrapper: true}))
		}
	}
	unary := func(name string, f func(t *Thread, v Value) (Value, error)) {
		add(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := typ.checkWrapperArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, args[0])
		})
	}
	binary := func(name string, f func(t *Thread, a, b Value) (Value, error)) {
		add(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := typ.checkWrapperArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, args[0], args[1])
		})
	}
	if f := s.Repr; f != nil {
		unary("__repr__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			return NewStr(r), err
		})
	}
	if f := s.Str; f != nil {
		unary("__str__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			return NewStr(r), err
		})
	}
	if f := s.Hash; f != nil {
		unary("__hash__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			return Int(r), err
		})
	} else if typ != ObjectType && s.Compare != nil {
		// A type that defines equality but not hash is unhashable.
		if _, ok := typ.Dict.GetStr("__hash__"); !ok {
			typ.Dict.SetStr("__hash__", None)
		}
	}
	if f := s.Bool; f != nil {
		unary("__bool__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			return Bool(r), err
		})
	}
	if f := s.Len; f != nil {
		unary("__len__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			return Int(int64(r)), err
		})
	}
	if f := s.Compare; f != nil {
		for op := CmpLT; op <= CmpGE; op++ {
			op := op
			binary(op.Dunder(), func(t *Thread, a, b Value) (Value, error) { return f(t, op, a, b) })
		}
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		d := op.Dunder()
		if f := s.Binary[op]; f != nil {
			binary("__"+d+"__", f)
		}
		if f := s.RBinary[op]; f != nil {
			binary("__r"+d+"__", f)
		}
		if f := s.Inplace[op]; f != nil {
			binary("__i"+d+"__", f)
		}
	}
	for i, f := range s.Unary {
		if f != nil {
			unary(unaryDunders[i], f)
		}
	}
	if f := s.Iter; f != nil {
		unary("__iter__", f)
	}
	if f := s.Next; f != nil {
		unary("__next__", func(t *Thread, v Value) (Value, error) {
			r, err := f(t, v)
			if err == nil && !r.IsValid() {
				return Value{}, NewException(StopIterationType)
			}
			return r, err
		})
	}
	if f := s.GetItem; f != nil {
		binary("__getitem__", f)
	}
	if f := s.SetItem; f != nil {
		add("__setitem__", func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := typ.checkWrapperArgs("__setitem__", args, kw, 2); err != nil {
				return Value{}, err
			}
			return None, f(t, args[0], args[1], args[2])
		})
	}
	if f := s.DelItem; f != nil {
		binary("__delitem__", func(t *Thread, a, b Value) (Value, error) { return None, f(t, a, b) })
	}
	if f := s.Contains; f != nil {
		binary("__contains__", func(t *Thread, a, b Value) (Value, error) {
			r, err := f(t, a, b)
			return Bool(r), err
		})
	}
	if f := s.Index; f != nil {
		unary("__index__", f)
	}
	if f := s.Call; f != nil {
		add("__call__", func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) < 1 {
				return Value{}, Errorf(TypeErrorType, "descriptor '__call__' needs an argument")
			}
			return f(t, args[0], args[1:], kw)
		})
	}
	if typ.base != nil {
		typ.inheritSlots(&typ.base.Slots)
	}
}

// checkWrapperArgs checks a call of a slot wrapper (int.__add__): the
// receiver's type and the number of other arguments, with CPython's
// wrapper_descriptor messages.
func (typ *Type) checkWrapperArgs(name string, args []Value, kw []string, n int) error {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, typ.Name)
	}
	if !IsInstance(args[0], typ) {
		return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, typ.Name, typeName(args[0]))
	}
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if got := len(args) - 1; got != n {
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, pluralS(n), got)
	}
	return nil
}

// inheritSlots copies the base's slots that typ leaves empty.
func (typ *Type) inheritSlots(b *Slots) {
	s := &typ.Slots
	setF := func(dst *func(t *Thread, v Value) (string, error), src func(t *Thread, v Value) (string, error)) {
		if *dst == nil {
			*dst = src
		}
	}
	setF(&s.Repr, b.Repr)
	setF(&s.Str, b.Str)
	if s.Hash == nil && s.Compare == nil {
		s.Hash = b.Hash
	}
	if s.Bool == nil {
		s.Bool = b.Bool
	}
	if s.Len == nil {
		s.Len = b.Len
	}
	if s.Compare == nil {
		s.Compare = b.Compare
	}
	for i := range s.Binary {
		if s.Binary[i] == nil {
			s.Binary[i] = b.Binary[i]
		}
		if s.RBinary[i] == nil {
			s.RBinary[i] = b.RBinary[i]
		}
		if s.Inplace[i] == nil {
			s.Inplace[i] = b.Inplace[i]
		}
	}
	for i := range s.Unary {
		if s.Unary[i] == nil {
			s.Unary[i] = b.Unary[i]
		}
	}
	if s.Iter == nil {
		s.Iter = b.Iter
	}
	if s.Next == nil {
		s.Next = b.Next
	}
	if s.GetItem == nil {
		s.GetItem = b.GetItem
	}
	if s.SetItem == nil {
		s.SetItem = b.SetItem
	}
	if s.DelItem == nil {
		s.DelItem = b.DelItem
	}
	if s.Contains == nil {
		s.Contains = b.Contains
	}
	if s.Index == nil {
		s.Index = b.Index
	}
	if s.Call == nil && typ.base != ObjectType {
		s.Call = b.Call
	}
	if s.GetAttr == nil {
		s.GetAttr = b.GetAttr
	}
	if s.SetAttr == nil {
		s.SetAttr = b.SetAttr
	}
	if s.DelAttr == nil {
		s.DelAttr = b.DelAttr
	}
}
