package runtime

// This file defines attribute access: GetAttr, SetAttr, DelAttr and
// LoadMethod, in CPython's order (data descriptors on the type, then the
// instance's own attributes, then other class attributes, then
// __getattr__), with __getattribute__/__setattr__/__delattr__ overrides.

// attrError is the AttributeError CPython raises for a missing attribute.
func attrError(v Value, name string) *Exception {
	var e *Exception
	if typ, ok := v.obj.(*Type); ok {
		e = Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name)
	} else {
		e = Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(v).Name, name)
	}
	e.SetField("name", NewStr(name))
	e.SetField("obj", v)
	return e
}

// IsAttributeError reports whether err is an AttributeError.
func IsAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(AttributeErrorType)
}

// layoutSlots returns the slots of the built-in type whose behaviour typ
// inherits (typ itself for built-in types).
func layoutSlots(typ *Type) *Slots {
	typ.ready()
	return &typ.layout.Slots
}

// GetAttr returns v.name.
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	if inst, ok := v.obj.(*Instance); ok {
		// The shape's memo of inline-cache entries answers most loads
		// with one map lookup (valid while the class version holds).
		// Class and shape are read atomically (threads read shared
		// instances without the token).
		if shape := inst.loadShape(); shape != nil {
			typ := inst.Type()
			if c := shape.cachedEntry(name, typ.version.Load()); c != nil && c.typ == typ {
				if r, ok := c.Load(t, v); ok {
					return r, nil
				}
			}
		}
	}
	typ := TypeOf(v)
	hooks := uint8(0)
	if typ.IsHeap() {
		hooks = typ.hooks()
	}
	if hooks&hookGetattribute != 0 {
		if ga, where := typ.lookupWhere("__getattribute__"); where != nil && where.IsHeap() {
			r, err := callMethod(t, ga, v, NewStr(name))
			if err != nil && IsAttributeError(err) {
				if gat, ok := typ.Lookup("__getattr__"); ok {
					return callMethod(t, gat, v, NewStr(name))
				}
			}
			return r, err
		}
	}
	var r Value
	var found bool
	var err error
	if s := layoutSlots(typ); s.GetAttr != nil {
		r, err = s.GetAttr(t, v, name)
		found = err == nil
		if err != nil && !(typ.IsHeap() && IsAttributeError(err)) {
			return Value{}, err
		}
	} else {
		r, found, err = genericGetAttr(t, v, name)
		if err != nil {
			if typ.IsHeap() && IsAttributeError(err) {
				found = false
			} else {
				return Value{}, err
			}
		}
	}
	if found {
		return r, nil
	}
	if hooks&hookGetattr != 0 {
		if gat, ok := typ.Lookup("__getattr__"); ok {
			return callMethod(t, gat, v, NewStr(name))
		}
	}
	if err != nil {
		return Value{}, err
	}
	return Value{}, attrError(v, name)
}

// genericGetAttr is object.__getattribute__ without the final error.
func genericGetAttr(t *Thread, v Value, name string) (Value, bool, error) {
	typ := TypeOf(v)
	descr, ok := typ.Lookup(name)
	if ok {
		if dd, isData := descr.obj.(DataDescriptor); isData {
			if get, ok := pythonOverride(descr, "__get__"); ok {
				// A subclass of a built-in descriptor (property) with its
				// own __get__.
				r, err := callMethod(t, get, descr, v, FromObject(typ))
				return r, err == nil, err
			}
			r, err := dd.DescrGet(t, v, typ)
			return r, err == nil, err
		}
		if dt := TypeOf(descr); dt.IsHeap() {
			if get, ok := dt.Lookup("__get__"); ok && hasSetOrDelete(dt) {
				r, err := callMethod(t, get, descr, v, FromObject(typ))
				return r, err == nil, err
			}
		}
	}
	if st, isStore := v.obj.(AttrStore); isStore {
		if r, ok := st.LoadAttr(t, name); ok {
			return r, true, nil
		}
	}
	if ok {
		return bindDescr(t, descr, v, typ)
	}
	return Value{}, false, nil
}

// pythonOverride returns the method name of descr's class when that
// class is a Python subclass of a built-in descriptor type (property)
// that defines it in Python, so that it is called instead of the Go
// implementation.
func pythonOverride(descr Value, name string) (Value, bool) {
	dt := TypeOf(descr)
	if !dt.IsHeap() {
		return Value{}, false
	}
	m, ok := dt.Lookup(name)
	if !ok {
		return Value{}, false
	}
	if _, isFunc := m.obj.(*Function); !isFunc {
		return Value{}, false
	}
	return m, true
}

func hasSetOrDelete(dt *Type) bool {
	if _, ok := dt.Lookup("__set__"); ok {
		return true
	}
	_, ok := dt.Lookup("__delete__")
	return ok
}

// bindDescr applies a non-data descriptor found on the type.
func bindDescr(t *Thread, descr, v Value, typ *Type) (Value, bool, error) {
	if d, isDescr := descr.obj.(Descriptor); isDescr {
		r, err := d.DescrGet(t, v, typ)
		return r, err == nil, err
	}
	if dt := TypeOf(descr); dt.IsHeap() {
		if get, ok := dt.Lookup("__get__"); ok {
			r, err := callMethod(t, get, descr, v, FromObject(typ))
			return r, err == nil, err
		}
	}
	return descr, true, nil
}

// typeGetAttr is type.__getattribute__: the metatype's data descriptors,
// then the class's MRO (descriptors bound with no instance), then the
// metatype's other attributes.
func typeGetAttr(t *Thread, v Value, name string) (Value, error) {
	typ := v.obj.(*Type)
	meta := TypeOf(v)
	metaAttr, metaOK := meta.Lookup(name)
	if metaOK {
		if dd, ok := metaAttr.obj.(DataDescriptor); ok {
			return dd.DescrGet(t, v, meta)
		}
	}
	if attr, ok := typ.Lookup(name); ok {
		if d, isDescr := attr.obj.(Descriptor); isDescr {
			return d.DescrGet(t, Value{}, typ)
		}
		if dt := TypeOf(attr); dt.IsHeap() {
			if get, ok := dt.Lookup("__get__"); ok {
				return callMethod(t, get, attr, None, v)
			}
		}
		return attr, nil
	}
	if metaOK {
		r, _, err := bindDescr(t, metaAttr, v, meta)
		return r, err
	}
	return Value{}, attrError(v, name)
}

// SetAttr performs v.name = x.
func SetAttr(t *Thread, v Value, name string, x Value) error {
	typ := TypeOf(v)
	if typ.IsHeap() && typ.hooks()&hookSetattr != 0 {
		if sa, where := typ.lookupWhere("__setattr__"); where != nil && where.IsHeap() {
			_, err := callMethod(t, sa, v, NewStr(name), x)
			return err
		}
	}
	if s := layoutSlots(typ); s.SetAttr != nil {
		return s.SetAttr(t, v, name, x)
	}
	return genericSetAttr(t, v, name, x)
}

// genericSetAttr is object.__setattr__; x zero means delete.
func genericSetAttr(t *Thread, v Value, name string, x Value) error {
	typ := TypeOf(v)
	if descr, ok := typ.Lookup(name); ok {
		if dd, isData := descr.obj.(DataDescriptor); isData {
			if x.IsValid() {
				if set, ok := pythonOverride(descr, "__set__"); ok {
					_, err := callMethod(t, set, descr, v, x)
					return err
				}
				return dd.DescrSet(t, v, x)
			}
			if del, ok := pythonOverride(descr, "__delete__"); ok {
				_, err := callMethod(t, del, descr, v)
				return err
			}
			return dd.DescrDelete(t, v)
		}
		if dt := TypeOf(descr); dt.IsHeap() {
			set, hasSet := dt.Lookup("__set__")
			del, hasDel := dt.Lookup("__delete__")
			switch {
			case x.IsValid() && hasSet:
				_, err := callMethod(t, set, descr, v, x)
				return err
			case !x.IsValid() && hasDel:
				_, err := callMethod(t, del, descr, v)
				return err
			case hasSet || hasDel:
				// LANG: a data descriptor lacking the method asked for
				// (CPython's slot_tp_descr_set).
				if x.IsValid() {
					return NewException(AttributeErrorType, NewStr("__set__"))
				}
				return NewException(AttributeErrorType, NewStr("__delete__"))
			}
		}
	}
	st, isStore := v.obj.(AttrStore)
	if inst, ok := v.obj.(*Instance); ok && inst.typ.noDict {
		isStore = false
	}
	if !isStore {
		if _, ok := typ.Lookup(name); ok {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name)
		}
		return attrError(v, name)
	}
	if x.IsValid() {
		return st.StoreAttr(t, name, x)
	}
	if !st.DeleteAttr(t, name) {
		return attrError(v, name)
	}
	return nil
}

// typeSetAttr is type.__setattr__: class attributes of user classes.
func typeSetAttr(t *Thread, v Value, name string, x Value) error {
	if t != nil && t.spActive { // SPAN: class attributes have no undo record
		if err := t.becomeIrrevocable(); err != nil {
			return err
		}
	}
	typ := v.obj.(*Type)
	meta := TypeOf(v)
	if descr, ok := meta.Lookup(name); ok {
		if dd, isData := descr.obj.(DataDescriptor); isData {
			if x.IsValid() {
				return dd.DescrSet(t, v, x)
			}
			return dd.DescrDelete(t, v)
		}
	}
	if !typ.IsHeap() {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, typ.Name)
	}
	typ.ready()
	// A shared class is written under the token and x is published; the
	// version bump after the write invalidates the lock-free readers'
	// caches (method caches, lookup memo).
	if x.IsValid() {
		typ.Dict.SetStrT(t, name, x)
	} else if !typ.Dict.DelStrT(t, name) {
		return attrError(v, name)
	}
	typ.bumpVersion()
	return nil
}

// DelAttr performs del v.name.
func DelAttr(t *Thread, v Value, name string) error {
	typ := TypeOf(v)
	if typ.IsHeap() && typ.hooks()&hookDelattr != 0 {
		if da, where := typ.lookupWhere("__delattr__"); where != nil && where.IsHeap() {
			_, err := callMethod(t, da, v, NewStr(name))
			return err
		}
	}
	if s := layoutSlots(typ); s.DelAttr != nil {
		return s.DelAttr(t, v, name)
	}
	if s := layoutSlots(typ); s.SetAttr != nil {
		return s.SetAttr(t, v, name, Value{})
	}
	return genericSetAttr(t, v, name, Value{})
}

// LoadMethod looks up v.name for an immediate call. When the attribute is
// a plain method found on the type (a Python function or a built-in
// method) and not shadowed by an instance attribute, it returns the
// unbound function and unbound=true: the caller calls fn(v, args...),
// saving the bound-method allocation.
func LoadMethod(t *Thread, v Value, name string) (Value, bool, error) {
	typ := TypeOf(v)
	if s := layoutSlots(typ); s.GetAttr == nil {
		if typ.IsHeap() && typ.hooks()&hookGetattribute != 0 {
			r, err := GetAttr(t, v, name)
			return r, false, err
		}
		if descr, ok := typ.Lookup(name); ok && isPlainMethod(descr) {
			if st, isStore := v.obj.(AttrStore); isStore {
				if r, ok := st.LoadAttr(t, name); ok {
					return r, false, nil
				}
			}
			return descr, true, nil
		}
	}
	r, err := GetAttr(t, v, name)
	return r, false, err
}

func isPlainMethod(descr Value) bool {
	switch d := descr.obj.(type) {
	case *BuiltinFunction:
		return d.isUnboundMethod()
	case MethodDescriptor:
		return true
	}
	return false
}

// callMethod calls the function fn found on a type with self prepended.
func callMethod(t *Thread, fn Value, self Value, args ...Value) (Value, error) {
	if f, ok := fn.obj.(*Function); ok && len(args) < 4 {
		// The common case, a def in the class: self and the arguments in
		// a stack array (callPy), no slice and no bound method allocated.
		var buf [4]Value
		buf[0] = self
		n := 1 + copy(buf[1:], args)
		return t.callPy(f, buf[:n])
	}
	all := make([]Value, 0, len(args)+1)
	all = append(all, self)
	all = append(all, args...)
	if bf, ok := fn.obj.(*BuiltinFunction); ok && bf.isUnboundMethod() {
		if t != nil && t.spActive { // SPAN (span_builtins.go)
			if err := t.gateBuiltin(bf); err != nil {
				return Value{}, err
			}
		}
		return bf.Fn(t, all, nil)
	}
	if _, ok := fn.obj.(MethodDescriptor); ok {
		return t.Call(fn, all, nil)
	}
	bound, _, err := bindDescr(t, fn, self, TypeOf(self))
	if err != nil {
		return Value{}, err
	}
	// A copy, so that args (often the caller's stack) does not escape.
	return t.Call(bound, append([]Value(nil), args...), nil)
}

// lookupDunder finds a special method on v's type (special methods are
// looked up on the type, never the instance).
func lookupDunder(v Value, name string) (Value, bool) {
	return TypeOf(v).Lookup(name)
}

// callDunder calls the special method name of v's type, if there is one.
func callDunder(t *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	fn, ok := lookupDunder(v, name)
	if !ok {
		return Value{}, false, nil
	}
	if fn.IsNone() {
		return Value{}, false, nil
	}
	r, err := callMethod(t, fn, v, args...)
	return r, true, err
}
