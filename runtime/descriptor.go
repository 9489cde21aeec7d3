package runtime

// This file defines the descriptor protocol and the built-in descriptors:
// getset attributes of built-in types, property, staticmethod, classmethod.

// Descriptor is an object with __get__: reading it as a class attribute
// calls DescrGet. obj is zero when the attribute is read through the class.
type Descriptor interface {
	DescrGet(t *Thread, obj Value, owner *Type) (Value, error)
}

// DataDescriptor also has __set__/__delete__, so it takes precedence over
// the instance's own attributes.
type DataDescriptor interface {
	Descriptor
	DescrSet(t *Thread, obj, v Value) error
	DescrDelete(t *Thread, obj Value) error
}

// MethodDescriptor marks functions that LoadMethod may call with the
// receiver prepended instead of allocating a bound method: Python functions
// and the methods of built-in types.
type MethodDescriptor interface {
	Descriptor
	IsMethodDescriptor()
}

// GetSet is a computed attribute of a built-in type (tp_getset).
type GetSet struct {
	Name  string
	Owner *Type
	Get   func(t *Thread, obj Value) (Value, error)
	Set   func(t *Thread, obj, v Value) error // nil: read-only
	// member marks a __slots__ name's descriptor: it reads and writes the
	// instance's own attribute storage, so inline caches may treat the
	// attribute like any instance attribute (protocol_cache.go).
	member bool
}

// Type returns getset_descriptor.
func (g *GetSet) Type() *Type {
	if g.member {
		return MemberDescriptorType // descriptor_member.go
	}
	return GetSetType
}

// DescrGet computes the attribute; through the class it returns g.
func (g *GetSet) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	if !obj.IsValid() {
		return FromObject(g), nil
	}
	return g.Get(t, obj)
}

// DescrSet stores the attribute or raises AttributeError if read-only.
func (g *GetSet) DescrSet(t *Thread, obj, v Value) error {
	if g.Set == nil {
		return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	if t != nil && t.spActive { // SPAN: setters have no undo record
		if err := t.becomeIrrevocable(); err != nil {
			return err
		}
	}
	return g.Set(t, obj, v)
}

// DescrDelete deletes the attribute (Set with the zero Value).
func (g *GetSet) DescrDelete(t *Thread, obj Value) error {
	if g.Set == nil {
		return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	if t != nil && t.spActive { // SPAN: setters have no undo record
		if err := t.becomeIrrevocable(); err != nil {
			return err
		}
	}
	return g.Set(t, obj, Value{})
}

// Property is the built-in property descriptor.
type Property struct {
	typ              *Type
	Fget, Fset, Fdel Value // zero or None when absent
	Doc              Value
	name             string // set by __set_name__, for error messages
	getterDoc        bool
}

// Type returns property (or a subclass).
func (p *Property) Type() *Type {
	if p.typ != nil {
		return p.typ
	}
	return PropertyType
}

func present(v Value) bool { return v.IsValid() && !v.IsNone() }

// DescrGet calls the getter.
func (p *Property) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	if !obj.IsValid() {
		return FromObject(p), nil
	}
	if !present(p.Fget) {
		return Value{}, p.noAccessor(obj, "getter")
	}
	if f, ok := p.Fget.obj.(*Function); ok {
		args := [1]Value{obj}
		return t.callPy(f, args[:])
	}
	return t.Call(p.Fget, []Value{obj}, nil)
}

func (p *Property) noAccessor(obj Value, what string) error {
	if p.name != "" {
		return Errorf(AttributeErrorType, "property '%s' of '%s' object has no %s", p.name, TypeOf(obj).QualName(), what)
	}
	return Errorf(AttributeErrorType, "property of '%s' object has no %s", TypeOf(obj).QualName(), what)
}

// DescrSet calls the setter.
func (p *Property) DescrSet(t *Thread, obj, v Value) error {
	if !present(p.Fset) {
		return p.noAccessor(obj, "setter")
	}
	_, err := t.Call(p.Fset, []Value{obj, v}, nil)
	return err
}

// DescrDelete calls the deleter.
func (p *Property) DescrDelete(t *Thread, obj Value) error {
	if !present(p.Fdel) {
		return p.noAccessor(obj, "deleter")
	}
	_, err := t.Call(p.Fdel, []Value{obj}, nil)
	return err
}

// StaticMethod wraps a callable so that it is not bound.
type StaticMethod struct {
	typ  *Type
	Func Value
}

// Type returns staticmethod.
func (s *StaticMethod) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StaticMethodType
}

// DescrGet returns the wrapped callable.
func (s *StaticMethod) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	return s.Func, nil
}

// ClassMethod wraps a callable so that it is bound to the class.
type ClassMethod struct {
	typ  *Type
	Func Value
}

// Type returns classmethod.
func (c *ClassMethod) Type() *Type {
	if c.typ != nil {
		return c.typ
	}
	return ClassMethodType
}

// DescrGet binds the callable to the owner class.
func (c *ClassMethod) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	if owner == nil {
		owner = TypeOf(obj)
	}
	return bindMethod(c.Func, FromObject(owner)), nil
}

// bindMethod binds fn to self: a builtin gets Self set; anything else
// becomes CORE's bound method.
func bindMethod(fn, self Value) Value {
	if bf, ok := fn.obj.(*BuiltinFunction); ok {
		return FromObject(&BuiltinFunction{Name: bf.Name, Fn: bf.Fn, Self: self, Method: true, Owner: bf.Owner, classMethod: bf.classMethod})
	}
	return FromObject(&Method{Func: fn, Self: self})
}

var (
	_ DataDescriptor   = (*GetSet)(nil)
	_ DataDescriptor   = (*Property)(nil)
	_ Descriptor       = (*StaticMethod)(nil)
	_ Descriptor       = (*ClassMethod)(nil)
	_ MethodDescriptor = (*BuiltinFunction)(nil)
)
