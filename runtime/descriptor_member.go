package runtime

// This file gives the descriptors of __slots__ names their own type,
// member_descriptor, as CPython does: they are GetSets (reading and
// writing the instance's own storage), but type(C.slot).__name__ and
// their repr say "member".

// MemberDescriptorType is the type of a __slots__ name's descriptor.
var MemberDescriptorType = &Type{Name: "member_descriptor", flags: flagFinal}

// memberApplies is the check CPython makes before using a member
// descriptor directly: obj must be an instance of the slot's class.
func memberApplies(g *GetSet, obj Value) error {
	if !IsInstance(obj, g.Owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			g.Name, g.Owner.Name, typeName(obj))
	}
	return nil
}

func init() {
	MemberDescriptorType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		g := v.obj.(*GetSet)
		return "<member '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
	}
	MemberDescriptorType.AddGetSet("__name__", func(t *Thread, v Value) (Value, error) {
		return NewStr(v.obj.(*GetSet).Name), nil
	}, nil)
	MemberDescriptorType.AddGetSet("__qualname__", func(t *Thread, v Value) (Value, error) {
		g := v.obj.(*GetSet)
		return NewStr(g.Owner.QualName() + "." + g.Name), nil
	}, nil)
	MemberDescriptorType.AddMethod("__get__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		g := args[0].obj.(*GetSet)
		if args[1].IsNone() {
			return args[0], nil
		}
		if err := memberApplies(g, args[1]); err != nil {
			return Value{}, err
		}
		return g.DescrGet(t, args[1], g.Owner)
	})
	MemberDescriptorType.AddMethod("__set__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__set__", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		g := args[0].obj.(*GetSet)
		if err := memberApplies(g, args[1]); err != nil {
			return Value{}, err
		}
		return None, g.DescrSet(t, args[1], args[2])
	})
	MemberDescriptorType.AddMethod("__delete__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("__delete__", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		g := args[0].obj.(*GetSet)
		if err := memberApplies(g, args[1]); err != nil {
			return Value{}, err
		}
		return None, g.DescrDelete(t, args[1])
	})
	MemberDescriptorType.AddGetSet("__objclass__", func(t *Thread, v Value) (Value, error) {
		return FromObject(v.obj.(*GetSet).Owner), nil
	}, nil)
}
