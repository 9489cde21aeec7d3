package runtime

// This file gives type its own __setattr__ and __delattr__ methods, so
// that type.__setattr__(cls, name, value) (and super() calls from a
// metaclass's __setattr__, as enum's EnumType makes) store into the class
// namespace instead of reaching object.__setattr__, which treats the
// metaclass's methods as read-only attributes.

func typeSetAttrArgs(name string, args []Value, kwnames []string, n int) (*Type, string, error) {
	if len(kwnames) > 0 {
		return nil, "", Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return nil, "", Errorf(TypeErrorType, "expected %d arguments, got %d", n-1, len(args)-1)
	}
	typ, ok := args[0].obj.(*Type)
	if !ok {
		return nil, "", Errorf(TypeErrorType, "descriptor '%s' requires a 'type' object but received a '%s'", name, typeName(args[0]))
	}
	attr, ok := AsString(args[1])
	if !ok {
		return nil, "", Errorf(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
	}
	return typ, attr, nil
}

func init() {
	TypeType.AddMethod("__setattr__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		typ, attr, err := typeSetAttrArgs("__setattr__", args, kwnames, 3)
		if err != nil {
			return Value{}, err
		}
		if err := typeSetAttr(t, FromObject(typ), attr, args[2]); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	TypeType.AddMethod("__delattr__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		typ, attr, err := typeSetAttrArgs("__delattr__", args, kwnames, 2)
		if err != nil {
			return Value{}, err
		}
		if err := typeSetAttr(t, FromObject(typ), attr, Value{}); err != nil {
			return Value{}, err
		}
		return None, nil
	})
}
