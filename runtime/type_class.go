package runtime

// This file defines class creation (NewClass, type(name, bases, dict))
// and calling a type (TypeCall: __new__ then __init__).

// NewClass makes a class, as type.__new__(meta, name, bases, ns) does:
// C3 MRO, layout checks, __set_name__ and __init_subclass__.
func NewClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	return newClassKw(t, meta, name, bases, ns, nil, nil)
}

// newClassKw is NewClass with keyword arguments for __init_subclass__.
func newClassKw(t *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwvals []Value, kwnames []string) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		b.ready()
		if b.flags&flagFinal != 0 {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
	}
	for i, b := range bases {
		for _, c := range bases[i+1:] {
			if b == c {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	layout, err := bestLayout(bases)
	if err != nil {
		return nil, err
	}
	if meta == TypeType {
		meta = nil
	}
	typ := &Type{Name: name, Qualname: name, Bases: bases, Dict: NewDict(), meta: meta, flags: flagHeap, layout: layout}
	mro, err := c3MRO(typ, bases)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	keys, vals := ns.Entries(t)
	for i, k := range keys {
		ks, _ := AsString(k)
		v := vals[i]
		switch ks {
		case "__qualname__":
			s, ok := AsString(v)
			if !ok {
				return nil, Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", typeName(v))
			}
			typ.Qualname = s
			continue
		case "__new__", "__init_subclass__", "__class_getitem__":
			if isPythonFunction(v) {
				if ks == "__new__" {
					v = FromObject(&StaticMethod{Func: v})
				} else {
					v = FromObject(&ClassMethod{Func: v})
				}
			}
		case "__module__":
			if s, ok := AsString(v); ok {
				typ.Module = s
			}
		case "__doc__":
			if s, ok := AsString(v); ok {
				typ.Doc = s
			}
		}
		typ.Dict.SetStr(ks, v)
	}
	if err := typ.setupSlots(t); err != nil {
		return nil, err
	}
	typ.addDictWeakref()
	if _, ok := typ.Dict.GetStr("__doc__"); !ok {
		typ.Dict.SetStr("__doc__", None)
	}
	if _, ok := typ.Dict.GetStr("__eq__"); ok {
		if _, ok := typ.Dict.GetStr("__hash__"); !ok {
			typ.Dict.SetStr("__hash__", None)
		}
	}
	typ.rootShape = newRootShape()
	typ.ready()
	tv := FromObject(typ)
	// __set_name__ on the attributes, in definition order.
	keys, vals = typ.Dict.Entries(t)
	for i, k := range keys {
		v := vals[i]
		if p, ok := v.obj.(*Property); ok {
			p.name, _ = AsString(k)
			continue
		}
		if TypeOf(v).IsHeap() {
			if _, _, err := callDunder(t, v, "__set_name__", tv, k); err != nil {
				return nil, err
			}
		}
	}
	// super(typ, typ).__init_subclass__(**kw)
	for _, c := range typ.MRO[1:] {
		f, ok := c.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		var bound Value
		switch d := f.obj.(type) {
		case *ClassMethod:
			bound = bindMethod(d.Func, tv)
		default:
			bound = bindMethod(f, tv)
		}
		if _, err := t.Call(bound, kwvals, kwnames); err != nil {
			return nil, err
		}
		break
	}
	return typ, nil
}

// setupSlots handles __slots__: a member descriptor per name, and no
// __dict__ for instances when every class of the MRO has __slots__
// without "__dict__".
func (typ *Type) setupSlots(t *Thread) error {
	sv, ok := typ.Dict.GetStr("__slots__")
	if !ok {
		return nil
	}
	var items []Value
	if s, isStr := AsString(sv); isStr {
		items = []Value{NewStr(s)}
	} else {
		var err error
		if items, err = collect(t, sv); err != nil {
			return err
		}
	}
	hasDict := false
	for _, it := range items {
		name, isStr := AsString(it)
		if !isStr {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		switch name {
		case "__dict__":
			hasDict = true
			continue
		case "__weakref__":
			continue
		}
		if _, clash := typ.Dict.GetStr(name); clash {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", name)
		}
		typ.slotNames = append(typ.slotNames, name)
		typ.Dict.SetStr(name, FromObject(memberDescr(typ, name)))
	}
	typ.noDict = !hasDict
	for _, b := range typ.MRO[1:] {
		if b.IsHeap() && !b.noDict {
			typ.noDict = false
		}
	}
	return nil
}

// addDictWeakref adds the __dict__ and __weakref__ attributes CPython
// gives the first class of a hierarchy that has them.
func (typ *Type) addDictWeakref() {
	if _, slotted := typ.Dict.GetStr("__slots__"); slotted {
		return
	}
	has := func(name string) bool {
		for _, c := range typ.MRO[1:] {
			if c == ObjectType {
				continue
			}
			if _, ok := c.Dict.GetStr(name); ok {
				return true
			}
		}
		return false
	}
	if typ.layout == ObjectType && !has("__dict__") {
		d, _ := ObjectType.Dict.GetStr("__dict__")
		typ.Dict.SetStr("__dict__", d)
	}
	if !has("__weakref__") {
		typ.Dict.SetStr("__weakref__", FromObject(weakrefGetSet(typ)))
	}
}

// weakrefGetSet is the __weakref__ attribute: no weak references yet.
func weakrefGetSet(owner *Type) *GetSet {
	return &GetSet{Name: "__weakref__", Owner: owner,
		Get: func(t *Thread, obj Value) (Value, error) { return None, nil }}
}

// memberDescr is the descriptor of one __slots__ name.
func memberDescr(owner *Type, name string) *GetSet {
	return &GetSet{Name: name, Owner: owner, member: true,
		Get: func(t *Thread, obj Value) (Value, error) {
			if st, ok := obj.obj.(AttrStore); ok {
				if v, ok := st.LoadAttr(t, name); ok {
					return v, nil
				}
			}
			return Value{}, attrError(obj, name)
		},
		Set: func(t *Thread, obj, v Value) error {
			st, ok := obj.obj.(AttrStore)
			if !ok {
				return attrError(obj, name)
			}
			if !v.IsValid() {
				if !st.DeleteAttr(t, name) {
					// CPython's member_descriptor names only the slot.
					return Errorf(AttributeErrorType, "%s", name)
				}
				return nil
			}
			return st.StoreAttr(t, name, v)
		}}
}

// isPythonFunction reports whether v is a function defined in Python
// (CORE's *Function): those get wrapped in staticmethod/classmethod.
func isPythonFunction(v Value) bool {
	_, isBuiltin := v.obj.(*BuiltinFunction)
	_, isMD := v.obj.(MethodDescriptor)
	return isMD && !isBuiltin
}

// bestLayout picks the built-in layout a class with these bases uses:
// the most derived of the bases' layouts, which must form a chain.
func bestLayout(bases []*Type) (*Type, error) {
	best := ObjectType
	for _, b := range bases {
		l := b.layout
		switch {
		case IsSubtype(l, best):
			best = l
		case IsSubtype(best, l):
		default:
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return best, nil
}

// TypeCall calls the type typ: a metaclass's own __call__ if it has one,
// else type.__call__ (typeCallDefault).
func TypeCall(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if t != nil && t.spActive && IsSubtype(typ, TypeType) && !(typ == TypeType && len(args) == 1 && len(kwnames) == 0) {
		// SPAN: making a class registers it with its bases: irrevocable.
		// type(x), which only asks for x's type, makes none.
		if err := t.becomeIrrevocable(); err != nil {
			return Value{}, err
		}
	}
	if meta := typ.Type(); meta.IsHeap() {
		if c, where := meta.lookupWhere("__call__"); where != nil && where.IsHeap() {
			return callMethodKw(t, c, FromObject(typ), args, kwnames)
		}
	}
	return typeCallDefault(t, typ, args, kwnames)
}

// typeCallDefault is type.__call__: type(x), or obj = __new__(typ, ...)
// followed by obj.__init__(...) when obj is an instance of typ.
func typeCallDefault(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if !typ.IsHeap() && len(kwnames) == 0 {
		if typ == TypeType && len(args) == 1 {
			return FromObject(TypeOf(args[0])), nil
		}
		if r, ok, err := builtinTypeCall(t, typ, args); ok {
			return r, err
		}
	}
	cc := typ.ctor()
	if !cc.hasNew {
		return Value{}, Errorf(TypeErrorType, "cannot create '%s' instances", typ.Name)
	}
	obj, err := callNew(t, cc.newFn, typ, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if !IsInstance(obj, typ) {
		return obj, nil
	}
	// Looked up again (a version check when nothing changed): __new__
	// may return a subclass instance or change the class.
	oc := TypeOf(obj).ctor()
	if !oc.hasInit {
		return obj, nil
	}
	initFn := oc.initFn
	if oc.initIsObject {
		// object.__init__: only the excess-argument check
		// (objectInitCheck, with both lookups already made).
		if len(args) > 0 && oc.newIsObject {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", TypeOf(obj).Name)
		}
		return obj, nil
	}
	r, err := callMethodKw(t, initFn, obj, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if !r.IsNone() {
		return Value{}, Errorf(TypeErrorType, "__init__() should return None, not '%s'", typeName(r))
	}
	return obj, nil
}

// callNew calls a __new__ found on a type with the class prepended.
func callNew(t *Thread, newFn Value, typ *Type, args []Value, kwnames []string) (Value, error) {
	all := make([]Value, 0, len(args)+1)
	all = append(all, FromObject(typ))
	all = append(all, args...)
	switch f := newFn.obj.(type) {
	case *BuiltinFunction:
		return f.Fn(t, all, kwnames)
	case *StaticMethod:
		return t.Call(f.Func, all, kwnames)
	}
	return t.Call(newFn, all, kwnames)
}

// callMethodKw calls fn found on a type with self prepended and keywords.
func callMethodKw(t *Thread, fn, self Value, args []Value, kwnames []string) (Value, error) {
	all := make([]Value, 0, len(args)+1)
	all = append(all, self)
	all = append(all, args...)
	if bf, ok := fn.obj.(*BuiltinFunction); ok && bf.isUnboundMethod() {
		if t != nil && t.spActive { // SPAN (span_builtins.go)
			if err := t.gateBuiltin(bf); err != nil {
				return Value{}, err
			}
		}
		return bf.Fn(t, all, kwnames)
	}
	if _, ok := fn.obj.(MethodDescriptor); ok {
		return t.Call(fn, all, kwnames)
	}
	bound, _, err := bindDescr(t, fn, self, TypeOf(self))
	if err != nil {
		return Value{}, err
	}
	return t.Call(bound, args, kwnames)
}

// CallObject calls fn when it is not a Python function: builtins, types,
// objects with a Go Call slot, and instances of classes with __call__.
// CORE's Thread.Call delegates here for everything it does not run itself.
func CallObject(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
	switch f := fn.obj.(type) {
	case *BuiltinFunction:
		return f.Call(t, args, kwnames)
	case *Type:
		return TypeCall(t, f, args, kwnames)
	}
	typ := TypeOf(fn)
	if !typ.IsHeap() {
		if typ.slots().Call != nil {
			return typ.slots().Call(t, fn, args, kwnames)
		}
	} else if c, ok := typ.Lookup("__call__"); ok {
		return callMethodKw(t, c, fn, args, kwnames)
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not callable", typ.Name)
}
