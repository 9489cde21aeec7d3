package runtime

// This file gives property, staticmethod, classmethod and super their
// constructors and methods, and type its attributes.

func init() {
	initProperty()
	initStaticClassMethod()
	initSuper()
	initTypeType()
	initFunctionTypes()
}

func initProperty() {
	p := PropertyType
	p.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		cls := args[0].obj.(*Type)
		pr := &Property{Fget: None, Fset: None, Fdel: None, Doc: None}
		if cls != PropertyType {
			pr.typ = cls
		}
		return FromObject(pr), nil
	})
	p.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		pr := args[0].obj.(*Property)
		var fget, fset, fdel, doc Value
		if err := UnpackArgs("property", args[1:], kw, []string{"fget?", "fset?", "fdel?", "doc?"}, &fget, &fset, &fdel, &doc); err != nil {
			return Value{}, err
		}
		orNone := func(v Value) Value {
			if v.IsValid() {
				return v
			}
			return None
		}
		pr.Fget, pr.Fset, pr.Fdel, pr.Doc = orNone(fget), orNone(fset), orNone(fdel), orNone(doc)
		if pr.Doc.IsNone() && present(pr.Fget) {
			if d, err := GetAttr(t, pr.Fget, "__doc__"); err == nil {
				pr.Doc = d
				pr.getterDoc = true
			}
		}
		return None, nil
	})
	p.Slots.GetAttr = nil
	copyWith := func(name string, which int) {
		p.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := checkMethodArgs(name, args, kw, 1, 1); err != nil {
				return Value{}, err
			}
			old := args[0].obj.(*Property)
			np := *old
			switch which {
			case 0:
				np.Fget = args[1]
				if old.getterDoc || old.Doc.IsNone() {
					if d, err := GetAttr(t, args[1], "__doc__"); err == nil {
						np.Doc = d
						np.getterDoc = true
					}
				}
			case 1:
				np.Fset = args[1]
			case 2:
				np.Fdel = args[1]
			}
			return FromObject(&np), nil
		})
	}
	copyWith("getter", 0)
	copyWith("setter", 1)
	copyWith("deleter", 2)
	p.AddMethod("__get__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		obj := args[1]
		if obj.IsNone() {
			obj = Value{}
		}
		return args[0].obj.(*Property).DescrGet(t, obj, nil)
	})
	p.AddMethod("__set__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__set__", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		return None, args[0].obj.(*Property).DescrSet(t, args[1], args[2])
	})
	p.AddMethod("__delete__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__delete__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		return None, args[0].obj.(*Property).DescrDelete(t, args[1])
	})
	p.AddMethod("__set_name__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__set_name__", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		args[0].obj.(*Property).name, _ = AsString(args[2])
		return None, nil
	})
	field := func(name string, get func(p *Property) Value) {
		p.AddGetSet(name, func(t *Thread, v Value) (Value, error) { return get(v.obj.(*Property)), nil }, nil)
	}
	field("fget", func(p *Property) Value { return p.Fget })
	field("fset", func(p *Property) Value { return p.Fset })
	field("fdel", func(p *Property) Value { return p.Fdel })
	p.AddGetSet("__doc__", func(t *Thread, v Value) (Value, error) { return v.obj.(*Property).Doc, nil },
		func(t *Thread, v, x Value) error {
			if !x.IsValid() {
				x = None
			}
			v.obj.(*Property).Doc = x
			return nil
		})
}

func initStaticClassMethod() {
	sm := StaticMethodType
	sm.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("staticmethod", args[1:], kw, 1, 1); err != nil {
			return Value{}, err
		}
		s := &StaticMethod{Func: args[1]}
		if cls := args[0].obj.(*Type); cls != StaticMethodType {
			s.typ = cls
		}
		return FromObject(s), nil
	})
	sm.AddGetSet("__func__", func(t *Thread, v Value) (Value, error) { return v.obj.(*StaticMethod).Func, nil }, nil)
	sm.AddMethod("__get__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		return args[0].obj.(*StaticMethod).Func, nil
	})
	sm.Slots.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, error) {
		return t.Call(fn.obj.(*StaticMethod).Func, args, kw)
	}
	cm := ClassMethodType
	cm.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("classmethod", args[1:], kw, 1, 1); err != nil {
			return Value{}, err
		}
		c := &ClassMethod{Func: args[1]}
		if cls := args[0].obj.(*Type); cls != ClassMethodType {
			c.typ = cls
		}
		return FromObject(c), nil
	})
	cm.AddGetSet("__func__", func(t *Thread, v Value) (Value, error) { return v.obj.(*ClassMethod).Func, nil }, nil)
	cm.AddMethod("__get__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		var owner *Type
		if len(args) > 2 && !args[2].IsNone() {
			owner, _ = args[2].obj.(*Type)
		}
		if owner == nil {
			owner = TypeOf(args[1])
		}
		return args[0].obj.(*ClassMethod).DescrGet(t, args[1], owner)
	})
}

// Super is the object super() returns.
type Super struct {
	thisType *Type // the class whose MRO successors are searched
	obj      Value // the instance (or class) the lookup binds to; zero if unbound
	objType  *Type // type of obj, or obj itself when obj is a class
}

// Type returns super.
func (s *Super) Type() *Type { return SuperType }

// NewSuper returns super(typ, obj).
func NewSuper(t *Thread, typ *Type, obj Value) (Value, error) {
	var objType *Type
	if c, ok := obj.obj.(*Type); ok && IsSubtype(c, typ) {
		objType = c
	} else if IsSubtype(TypeOf(obj), typ) {
		objType = TypeOf(obj)
	} else {
		return Value{}, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return FromObject(&Super{thisType: typ, obj: obj, objType: objType}), nil
}

func initSuper() {
	st := SuperType
	st.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "super() takes no keyword arguments")
		}
		switch len(args) - 1 {
		case 0:
			typ, obj, err := t.superArgs()
			if err != nil {
				return Value{}, err
			}
			return NewSuper(t, typ, obj)
		case 1:
			typ, ok := args[1].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", typeName(args[1]))
			}
			return FromObject(&Super{thisType: typ}), nil
		case 2:
			typ, ok := args[1].obj.(*Type)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", typeName(args[1]))
			}
			return NewSuper(t, typ, args[2])
		}
		return Value{}, Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args)-1)
	})
	st.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	st.Slots.Repr = func(t *Thread, v Value) (string, error) {
		s := v.obj.(*Super)
		if s.objType == nil {
			return "<super: <class '" + s.thisType.Name + "'>, NULL>", nil
		}
		return "<super: <class '" + s.thisType.Name + "'>, <" + s.objType.Name + " object>>", nil
	}
	st.Slots.GetAttr = superGetAttr
	st.AddGetSet("__thisclass__", func(t *Thread, v Value) (Value, error) { return FromObject(v.obj.(*Super).thisType), nil }, nil)
	st.AddGetSet("__self__", func(t *Thread, v Value) (Value, error) {
		if s := v.obj.(*Super); s.obj.IsValid() {
			return s.obj, nil
		}
		return None, nil
	}, nil)
}

// superGetAttr looks name up in the MRO of the object's type after
// thisType, binding descriptors to the object.
func superGetAttr(t *Thread, v Value, name string) (Value, error) {
	s := v.obj.(*Super)
	if s.objType != nil && name != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.thisType {
			i++
		}
		for _, c := range mro[min(i+1, len(mro)):] {
			attr, ok := c.Dict.GetStr(name)
			if !ok {
				continue
			}
			obj := s.obj
			if obj.Is(FromObject(s.objType)) {
				obj = Value{}
			}
			if d, isDescr := attr.obj.(Descriptor); isDescr {
				if bf, isBF := attr.obj.(*BuiltinFunction); isBF && bf.isNew {
					return attr, nil
				}
				return d.DescrGet(t, obj, s.objType)
			}
			if dt := TypeOf(attr); dt.IsHeap() {
				if get, ok := dt.Lookup("__get__"); ok {
					ov := obj
					if !ov.IsValid() {
						ov = None
					}
					return callMethod(t, get, attr, ov, FromObject(s.objType))
				}
			}
			return attr, nil
		}
	}
	r, found, err := genericGetAttr(t, v, name)
	if err == nil && !found {
		err = attrError(v, name)
	}
	return r, err
}

func initTypeType() {
	tt := TypeType
	tt.Slots.GetAttr = typeGetAttr
	tt.Slots.SetAttr = typeSetAttr
	tt.Slots.Repr = func(t *Thread, v Value) (string, error) {
		typ := v.obj.(*Type)
		if m := typ.ModuleName(); m != "builtins" {
			return "<class '" + m + "." + typ.QualName() + "'>", nil
		}
		// CPython shows tp_name (__name__) when there is no module to show.
		return "<class '" + typ.Name + "'>", nil
	}
	tt.Slots.Hash = func(t *Thread, v Value) (int64, error) { return int64(objectID(v) >> 4), nil }
	tt.Slots.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, error) {
		typ, ok := fn.obj.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '__call__' requires a 'type' object but received a '%s'", typeName(fn))
		}
		return typeCallDefault(t, typ, args, kw)
	}
	tt.SetNew(typeNew)
	tt.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	tt.AddMethod("__dir__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__dir__", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(NewList(objectDir(t, args[0]))), nil
	})
	tt.AddMethod("mro", func(t *Thread, args []Value, kw []string) (Value, error) {
		typ := args[0].obj.(*Type)
		typ.ready()
		return FromObject(NewList(typesToValues(typ.MRO))), nil
	})
	tt.AddMethod("__subclasses__", func(t *Thread, args []Value, kw []string) (Value, error) {
		typ := args[0].obj.(*Type)
		typ.mu.Lock()
		subs := append([]*Type(nil), typ.subclasses...)
		typ.mu.Unlock()
		return FromObject(NewList(typesToValues(subs))), nil
	})
	tt.AddMethod("__instancecheck__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__instancecheck__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		return Bool(IsInstance(args[1], args[0].obj.(*Type))), nil
	})
	tt.AddMethod("__subclasscheck__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__subclasscheck__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		sub, ok := args[1].obj.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return Bool(IsSubtype(sub, args[0].obj.(*Type))), nil
	})
	tt.AddClassMethod("__prepare__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return FromObject(NewDict()), nil
	})
	tt.AddGetSet("__name__", func(t *Thread, v Value) (Value, error) { return NewStr(v.obj.(*Type).Name), nil },
		func(t *Thread, v, x Value) error {
			typ := v.obj.(*Type)
			s, ok := AsString(x)
			if !typ.IsHeap() {
				return Errorf(TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", typ.Name)
			}
			if !ok {
				return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", typ.Name, typeName(x))
			}
			typ.Name = s
			return nil
		})
	tt.AddGetSet("__qualname__", func(t *Thread, v Value) (Value, error) { return NewStr(v.obj.(*Type).QualName()), nil },
		func(t *Thread, v, x Value) error {
			typ := v.obj.(*Type)
			s, ok := AsString(x)
			if !typ.IsHeap() {
				return Errorf(TypeErrorType, "cannot set '__qualname__' attribute of immutable type '%s'", typ.Name)
			}
			if !ok {
				return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", typ.Name, typeName(x))
			}
			typ.Qualname = s
			return nil
		})
	tt.AddGetSet("__module__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		if typ.IsHeap() {
			if m, ok := typ.Dict.GetStr("__module__"); ok {
				return m, nil
			}
		}
		return NewStr(typ.ModuleName()), nil
	}, func(t *Thread, v, x Value) error {
		typ := v.obj.(*Type)
		if !typ.IsHeap() {
			return Errorf(TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", typ.Name)
		}
		typ.Dict.SetStr("__module__", x)
		typ.Module, _ = AsString(x)
		typ.bumpVersion()
		return nil
	})
	tt.AddGetSet("__doc__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		typ.ready()
		if d, ok := typ.Dict.GetStr("__doc__"); ok {
			if dd, isDescr := d.obj.(Descriptor); isDescr {
				return dd.DescrGet(t, Value{}, typ)
			}
			return d, nil
		}
		if typ.Doc != "" {
			return NewStr(typ.Doc), nil
		}
		return None, nil
	}, setTypeDoc)
	tt.AddGetSet("__annotations__", getTypeAnnotations, setTypeAnnotations)
	tt.AddGetSet("__bases__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		typ.ready()
		return NewTuple(typesToValues(typ.Bases)), nil
	}, nil)
	tt.AddGetSet("__base__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		typ.ready()
		if typ.base == nil {
			return None, nil
		}
		return FromObject(typ.base), nil
	}, nil)
	tt.AddGetSet("__mro__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		typ.ready()
		return NewTuple(typesToValues(typ.MRO)), nil
	}, nil)
	tt.AddGetSet("__dict__", func(t *Thread, v Value) (Value, error) {
		typ := v.obj.(*Type)
		typ.ready()
		return FromObject(&MappingProxy{m: FromObject(typ.Dict)}), nil
	}, nil)
}

func typesToValues(ts []*Type) []Value {
	out := make([]Value, len(ts))
	for i, c := range ts {
		out[i] = FromObject(c)
	}
	return out
}

// typeNew is type.__new__(meta, name, bases, ns, **kw) and type(x).
func typeNew(t *Thread, args []Value, kw []string) (Value, error) {
	meta := args[0].obj.(*Type)
	npos := len(args) - len(kw)
	pos := args[1:npos]
	if meta == TypeType && len(pos) == 1 && len(kw) == 0 {
		return FromObject(TypeOf(pos[0])), nil
	}
	if len(pos) != 3 {
		return Value{}, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := AsString(pos[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", typeName(pos[0]))
	}
	bt, ok := pos[1].obj.(*Tuple)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", typeName(pos[1]))
	}
	ns, ok := pos[2].obj.(*Dict)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", typeName(pos[2]))
	}
	// The most derived metaclass wins (checked before the bases are
	// known to be classes, as CPython does).
	winner := meta
	for _, b := range bt.Items() {
		bm := TypeOf(b)
		switch {
		case IsSubtype(winner, bm):
		case IsSubtype(bm, winner):
			winner = bm
		default:
			return Value{}, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	var bases []*Type
	for _, b := range bt.Items() {
		bty, ok := b.obj.(*Type)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, bty)
	}
	if winner != meta {
		if nf, where := winner.lookupWhere("__new__"); where != nil && where != TypeType {
			all := append([]Value{FromObject(winner)}, args[1:]...)
			return callNew(t, nf, winner, all[1:], kw)
		}
	}
	typ, err := newClassKw(t, winner, name, bases, ns, args[npos:], kw)
	if err != nil {
		return Value{}, err
	}
	return FromObject(typ), nil
}

// initFunctionTypes gives builtin functions and method descriptors their
// repr, call and attributes.
func initFunctionTypes() {
	for _, ft := range []*Type{BuiltinFunctionType, MethodDescrType} {
		ft.Slots.Repr = func(t *Thread, v Value) (string, error) { return v.obj.(*BuiltinFunction).repr(), nil }
		ft.Slots.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, error) {
			return fn.obj.(*BuiltinFunction).Call(t, args, kw)
		}
		ft.Slots.Hash = func(t *Thread, v Value) (int64, error) { return int64(objectID(v) >> 4), nil }
		ft.AddGetSet("__name__", func(t *Thread, v Value) (Value, error) { return NewStr(v.obj.(*BuiltinFunction).Name), nil }, nil)
		ft.AddGetSet("__qualname__", func(t *Thread, v Value) (Value, error) {
			f := v.obj.(*BuiltinFunction)
			if f.Owner != nil {
				return NewStr(f.Owner.Name + "." + f.Name), nil
			}
			return NewStr(f.Name), nil
		}, nil)
		ft.AddGetSet("__doc__", func(t *Thread, v Value) (Value, error) { return None, nil }, nil)
		ft.AddGetSet("__module__", func(t *Thread, v Value) (Value, error) {
			if f := v.obj.(*BuiltinFunction); f.Owner == nil && !f.Self.IsValid() {
				return NewStr("builtins"), nil
			}
			return None, nil
		}, nil)
		ft.AddGetSet("__self__", func(t *Thread, v Value) (Value, error) {
			if f := v.obj.(*BuiltinFunction); f.Self.IsValid() {
				return f.Self, nil
			}
			return None, nil
		}, nil)
	}
	MethodDescrType.AddGetSet("__objclass__", func(t *Thread, v Value) (Value, error) {
		if f := v.obj.(*BuiltinFunction); f.Owner != nil {
			return FromObject(f.Owner), nil
		}
		return None, nil
	}, nil)
	MethodDescrType.AddMethod("__get__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		obj := args[1]
		if obj.IsNone() {
			obj = Value{}
		}
		return args[0].obj.(*BuiltinFunction).DescrGet(t, obj, nil)
	})
	GetSetType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		g := v.obj.(*GetSet)
		return "<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
	}
	TracebackType.Slots.Repr = func(t *Thread, v Value) (string, error) { return objectRepr(v), nil }
}
