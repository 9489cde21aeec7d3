package runtime

import (
	"reflect"
	"strings"
)

// This file gives object and type their methods and attributes.

func init() {
	o := ObjectType
	o.Slots.Repr = func(t *Thread, v Value) (string, error) { return objectRepr(v), nil }
	o.Slots.Str = func(t *Thread, v Value) (string, error) {
		if TypeOf(v).IsHeap() {
			if r, ok, err := callDunder(t, v, "__repr__"); ok || err != nil {
				if err != nil {
					return "", err
				}
				s, isStr := AsString(r)
				if !isStr {
					return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", typeName(r))
				}
				return s, nil
			}
		}
		return Repr(t, v)
	}
	o.Slots.Hash = func(t *Thread, v Value) (int64, error) { return int64(objectID(v) >> 4), nil }
	o.Slots.Compare = objectCompare
	o.SetNew(objectNew)
	o.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			if err := objectInitCheck(TypeOf(args[0])); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	o.AddGetSet("__class__", func(t *Thread, v Value) (Value, error) { return FromObject(TypeOf(v)), nil }, setClass)
	o.AddMethod("__getattribute__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__getattribute__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		name, ok := AsString(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		r, found, err := genericGetAttr(t, args[0], name)
		if err == nil && !found {
			err = attrError(args[0], name)
		}
		return r, err
	})
	o.AddMethod("__setattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__setattr__", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		name, ok := AsString(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, genericSetAttr(t, args[0], name, args[2])
	})
	o.AddMethod("__delattr__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__delattr__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		name, ok := AsString(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		return None, genericSetAttr(t, args[0], name, Value{})
	})
	o.AddMethod("__format__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__format__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		spec, ok := AsString(args[1])
		if !ok {
			return Value{}, mustBe("__format__() argument", "str", args[1])
		}
		if spec != "" {
			return Value{}, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", typeName(args[0]))
		}
		s, err := StrOf(t, args[0])
		return NewStr(s), err
	})
	o.AddMethod("__dir__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__dir__", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(NewList(objectDir(t, args[0]))), nil
	})
	o.AddClassMethod("__init_subclass__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) > 1 || len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].obj.(*Type).Name)
		}
		return None, nil
	})
	o.AddClassMethod("__subclasshook__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return NotImplemented, nil
	})
	o.AddMethod("__reduce_ex__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "cannot pickle '%s' object", typeName(args[0]))
	})
	o.AddMethod("__sizeof__", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Int(16), nil
	})
	o.Dict.SetStr("__doc__", NewStr(o.Doc))
	// __dict__ is found on object so that every instance with attributes
	// has one; objects without attribute storage raise AttributeError.
	o.AddGetSet("__dict__", func(t *Thread, v Value) (Value, error) {
		if inst, ok := v.obj.(*Instance); ok && inst.typ.noDict {
			return Value{}, attrError(v, "__dict__")
		}
		if st, ok := v.obj.(AttrStore); ok && (TypeOf(v).IsHeap() || !isValueLayout(v)) {
			return FromObject(st.AttrDict(t)), nil
		}
		return Value{}, attrError(v, "__dict__")
	}, func(t *Thread, v, d Value) error {
		inst, ok := v.obj.(*Instance)
		if !ok {
			return attrError(v, "__dict__")
		}
		dd, ok := d.obj.(*Dict)
		if !ok {
			if !d.IsValid() {
				return Errorf(TypeErrorType, "cannot delete __dict__")
			}
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(d))
		}
		inst.setAttrDict(t, dd)
		return nil
	})
}

// isValueLayout reports objects of built-in layouts that get a __dict__
// only as instances of a subclass (int, float, complex, the containers).
func isValueLayout(v Value) bool {
	switch v.obj.(type) {
	case *BigInt, *FloatObj, *Complex, *List, *Dict, *Set, *Tuple, *Str, *Bytes, *ByteArray:
		return true
	}
	return false
}

// plainObject is an instance of object itself: no attributes.
type plainObject struct{ _ byte }

// Type returns object.
func (*plainObject) Type() *Type { return ObjectType }

// objectNew is object.__new__: an *Instance for classes of the object
// layout, with CPython's excess-argument rule.
func objectNew(t *Thread, args []Value, kw []string) (Value, error) {
	if len(args) == 0 {
		return Value{}, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
	}
	cls, ok := args[0].obj.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", typeName(args[0]))
	}
	if len(args) > 1 || len(kw) > 0 {
		if nf, _ := cls.lookupWhere("__new__"); !isObjectMethod(nf) {
			return Value{}, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if inf, _ := cls.lookupWhere("__init__"); isObjectMethod(inf) {
			return Value{}, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	cls.ready()
	if cls == ObjectType {
		return FromObject(&plainObject{}), nil
	}
	if cls.layout != ObjectType {
		return Value{}, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.layout.Name)
	}
	if cls.meta != nil {
		// abc.ABCMeta's classes: refuse those with abstract methods left.
		if err := checkAbstract(t, cls); err != nil {
			return Value{}, err
		}
	}
	o := NewInstance(cls)
	if t.logging() { // SPAN: writes to it need no undo records
		t.spanMade(&o.Header)
	}
	return FromObject(o), nil
}

func isObjectMethod(v Value) bool {
	bf, ok := v.obj.(*BuiltinFunction)
	return ok && bf.Owner == ObjectType
}

// objectInitCheck is object.__init__'s excess-argument rule.
func objectInitCheck(cls *Type) error {
	if inf, _ := cls.lookupWhere("__init__"); !isObjectMethod(inf) {
		return Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
	}
	if nf, _ := cls.lookupWhere("__new__"); isObjectMethod(nf) {
		return Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
	}
	return nil
}

// setClass implements assignment to __class__ (instances of user classes
// with the same layout only).
func setClass(t *Thread, v, c Value) error {
	if !c.IsValid() {
		return Errorf(TypeErrorType, "can't delete __class__ attribute")
	}
	nt, ok := c.obj.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", typeName(c))
	}
	inst, ok := v.obj.(*Instance)
	if !ok || !nt.IsHeap() || nt.layout != ObjectType {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	nt.ready()
	inst.setType(t, nt)
	return nil
}

// objectID returns id(v): the address of a heap object; unboxed values
// get a number derived from their payload (their identity is their value).
func objectID(v Value) uint64 {
	switch v.obj.(type) {
	case intTag, floatTag, boolTag, noneTag:
		return v.num*2 + 0x10000 + uint64(kindOf(v))
	}
	rv := reflect.ValueOf(v.obj)
	if rv.Kind() == reflect.Pointer {
		return uint64(rv.Pointer())
	}
	return 0
}

// objectDir lists the attribute names of v: its own and its class's.
func objectDir(t *Thread, v Value) []Value {
	seen := map[string]bool{}
	var names []string
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		keys, _ := d.Entries(t)
		for _, k := range keys {
			if s, ok := AsString(k); ok && !seen[s] {
				seen[s] = true
				names = append(names, s)
			}
		}
	}
	if st, ok := v.obj.(AttrStore); ok {
		if inst, isInst := v.obj.(*Instance); isInst && inst.shape != nil {
			for _, n := range inst.shape.names() {
				if !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		} else {
			addDict(st.AttrDict(t))
		}
	}
	typ := TypeOf(v)
	if cls, ok := v.obj.(*Type); ok {
		typ = cls
	}
	typ.ready()
	for _, c := range typ.MRO {
		addDict(c.Dict)
	}
	sortStrings(names)
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return out
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
