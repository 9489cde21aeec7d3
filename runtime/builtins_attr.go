package runtime

// This file defines the attribute and type-test builtins: isinstance,
// issubclass, getattr, setattr, hasattr, delattr.

func builtinIsInstance(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("isinstance", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	r, err := isInstanceOf(t, args[0], args[1], "isinstance() arg 2")
	return Bool(r), err
}

// isInstanceOf is isinstance(v, cls) with tuples and __instancecheck__.
func isInstanceOf(t *Thread, v, cls Value, what string) (bool, error) {
	if c, ok := cls.obj.(*Type); ok {
		if IsInstance(v, c) {
			return true, nil
		}
		if meta := TypeOf(cls); meta.IsHeap() {
			if r, ok, err := callDunder(t, cls, "__instancecheck__", v); ok || err != nil {
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		return false, nil
	}
	if u, ok := cls.obj.(*Union); ok {
		for _, c := range u.args {
			if c.IsNone() {
				c = FromObject(NoneType)
			}
			if r, err := isInstanceOf(t, v, c, what); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if tu, ok := cls.obj.(*Tuple); ok {
		for _, c := range tu.Items() {
			if err := t.EnterRecursive(" in __instancecheck__"); err != nil {
				return false, err
			}
			r, err := isInstanceOf(t, v, c, what)
			t.LeaveRecursive()
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if r, ok, err := callDunder(t, cls, "__instancecheck__", v); ok || err != nil {
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeErrorType, "%s must be a type, a tuple of types, or a union", what)
}

func builtinIsSubclass(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("issubclass", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	r, err := isSubclassOf(t, args[0], args[1])
	return Bool(r), err
}

func isSubclassOf(t *Thread, sub, cls Value) (bool, error) {
	if c, ok := cls.obj.(*Type); ok {
		s, ok := sub.obj.(*Type)
		if !ok {
			return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		if IsSubtype(s, c) {
			return true, nil
		}
		if meta := TypeOf(cls); meta.IsHeap() {
			if r, ok, err := callDunder(t, cls, "__subclasscheck__", sub); ok || err != nil {
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		return false, nil
	}
	if u, ok := cls.obj.(*Union); ok {
		for _, c := range u.args {
			if c.IsNone() {
				c = FromObject(NoneType)
			}
			if r, err := isSubclassOf(t, sub, c); err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if tu, ok := cls.obj.(*Tuple); ok {
		for _, c := range tu.Items() {
			// LANG: nested tuples recurse on the Go stack (CPython's check).
			if err := t.EnterRecursive(" in __subclasscheck__"); err != nil {
				return false, err
			}
			r, err := isSubclassOf(t, sub, c)
			t.LeaveRecursive()
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if r, ok, err := callDunder(t, cls, "__subclasscheck__", sub); ok || err != nil {
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func attrName(v Value, fname string) (string, error) {
	s, ok := AsString(v)
	if !ok {
		return "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(v))
	}
	return s, nil
}

func builtinGetAttr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("getattr", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1], "getattr")
	if err != nil {
		return Value{}, err
	}
	r, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && IsAttributeError(err) {
		return args[2], nil
	}
	return r, err
}

func builtinSetAttr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("setattr", args, kw, 3, 3); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1], "setattr")
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinHasAttr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("hasattr", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1], "hasattr")
	if err != nil {
		return Value{}, err
	}
	_, err = GetAttr(t, args[0], name)
	if err != nil {
		if IsAttributeError(err) {
			return False, nil
		}
		return Value{}, err
	}
	return True, nil
}

func builtinDelAttr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("delattr", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	name, err := attrName(args[1], "delattr")
	if err != nil {
		return Value{}, err
	}
	return None, DelAttr(t, args[0], name)
}
