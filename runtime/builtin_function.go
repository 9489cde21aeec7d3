package runtime

import "fmt"

// This file defines BuiltinFunction, a function or method written in Go.

// BuiltinFunction is a function written in Go: a builtin such as len, a
// method of a built-in type (Method true, found in the type's Dict), or such
// a method bound to its receiver (Self valid).
type BuiltinFunction struct {
	Name string
	Fn   func(t *Thread, args []Value, kwnames []string) (Value, error)
	Self Value // the bound receiver, or zero
	// Method marks a method of a built-in type: reading it through an
	// instance binds Self (a method descriptor). Plain builtins (len) do not bind.
	Method bool
	Owner  *Type // the type whose Dict holds the method, for reprs and checks
	isNew  bool  // __new__: called with the class first, never bound
	// wrapper marks a slot wrapper (int.__add__), which checks its own
	// receiver with CPython's wrapper_descriptor messages.
	wrapper bool
	// classMethod marks the function of a built-in class method: its
	// first argument must be a subclass of Owner.
	classMethod bool
	// pure marks a module function with no effect besides its result
	// and the Python code it may call (math's functions): an abortable
	// span may call it and stay abortable (span_builtins.go).
	pure bool
	// spanSafe marks the builtins module's functions that an abortable
	// span may call and stay abortable (markSafeBuiltins).
	spanSafe bool
	// consume marks a builtin that consumes an iterable (sum, sorted,
	// str.join ...): CALL may run it as a hidden frame (consume.go).
	consume consumeKind
}

// Type returns builtin_function_or_method, or method_descriptor for an
// unbound method.
func (f *BuiltinFunction) Type() *Type {
	if f.Method && !f.Self.IsValid() {
		return MethodDescrType
	}
	return BuiltinFunctionType
}

// NewBuiltin returns a plain builtin function (not a method).
func NewBuiltin(name string, fn func(t *Thread, args []Value, kwnames []string) (Value, error)) Value {
	return FromObject(&BuiltinFunction{Name: name, Fn: fn})
}

// Call calls f. A bound method gets its receiver prepended to args.
func (f *BuiltinFunction) Call(t *Thread, args []Value, kwnames []string) (Value, error) {
	if t != nil && t.spActive { // SPAN: effects it cannot undo end the span's abortability
		if err := t.gateBuiltin(f); err != nil {
			return Value{}, err
		}
	}
	if f.Self.IsValid() {
		all := make([]Value, 0, len(args)+1)
		all = append(all, f.Self)
		all = append(all, args...)
		return f.Fn(t, all, kwnames)
	}
	if f.classMethod && f.Owner != nil && !f.Self.IsValid() {
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", f.Name, f.Owner.Name)
		}
		if cls, ok := args[0].obj.(*Type); !ok || !IsSubtype(cls, f.Owner) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for type '%s' needs a subtype of '%s' as arg 1, not a '%s'", f.Name, f.Owner.Name, f.Owner.Name, TypeOf(args[0]).Name)
		}
		return f.Fn(t, args, kwnames)
	}
	if f.Method && f.Owner != nil && !f.wrapper {
		// An unbound method descriptor called directly: check the receiver
		// as CPython does ("descriptor 'append' of 'list' object needs an argument").
		if len(args)-len(kwnames) < 1 {
			return Value{}, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", f.Owner.Name, f.Name)
		}
		if !IsInstance(args[0], f.Owner) {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.Owner.Name, TypeOf(args[0]).Name)
		}
	}
	return f.Fn(t, args, kwnames)
}

// DescrGet binds a method to obj; plain builtins and access through the
// class return f itself.
func (f *BuiltinFunction) DescrGet(t *Thread, obj Value, owner *Type) (Value, error) {
	if !f.Method || f.isNew || !obj.IsValid() || f.Self.IsValid() {
		return FromObject(f), nil
	}
	return FromObject(&BuiltinFunction{Name: f.Name, Fn: f.Fn, Self: obj, Method: true, Owner: f.Owner, wrapper: f.wrapper}), nil
}

// IsMethodDescriptor marks f as callable with the receiver prepended
// (LoadMethod); only unbound methods of built-in types qualify, which
// LoadMethod checks with isUnboundMethod.
func (f *BuiltinFunction) IsMethodDescriptor() {}

func (f *BuiltinFunction) isUnboundMethod() bool {
	return f.Method && !f.isNew && !f.Self.IsValid()
}

func (f *BuiltinFunction) repr() string {
	switch {
	case f.Method && !f.Self.IsValid() && f.Owner != nil:
		if f.wrapper {
			return "<slot wrapper '" + f.Name + "' of '" + f.Owner.Name + "' objects>"
		}
		return "<method '" + f.Name + "' of '" + f.Owner.Name + "' objects>"
	case f.Self.IsValid() && f.wrapper:
		return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", f.Name, TypeOf(f.Self).Name, objectID(f.Self))
	case f.Self.IsValid():
		return fmt.Sprintf("<built-in method %s of %s object at %#x>", f.Name, TypeOf(f.Self).Name, objectID(f.Self))
	case f.isNew && f.Owner != nil:
		return fmt.Sprintf("<built-in method __new__ of type object at %#x>", objectID(FromObject(f.Owner)))
	}
	return "<built-in function " + f.Name + ">"
}
