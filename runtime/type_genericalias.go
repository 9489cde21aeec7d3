package runtime

// This file defines types.GenericAlias, what list[int], dict[str, int] and
// tuple[int, ...] evaluate to (PEP 585): annotations in modern programs
// subscript the built-in containers, so the containers' classes need a
// __class_getitem__ that returns one. A GenericAlias remembers its origin
// class and arguments, prints as written, calls and subclasses as its
// origin, and forwards other attribute reads to the origin.

import "strings"

// GenericAlias is origin[args].
type GenericAlias struct {
	origin Value
	args   []Value
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = &Type{Name: "GenericAlias", Module: "types"}

// Type returns types.GenericAlias.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias returns origin[args]; a tuple key gives several
// arguments, as subscription does.
func NewGenericAlias(origin, key Value) Value {
	var args []Value
	if tup, ok := key.obj.(*Tuple); ok && TypeOf(key) == TupleType {
		args = append([]Value(nil), tup.Items()...)
	} else {
		args = []Value{key}
	}
	return FromObject(&GenericAlias{origin: origin, args: args})
}

// genericAliasClassGetItem is the __class_getitem__ of the built-in
// generic classes: cls[key] is GenericAlias(cls, key).
func genericAliasClassGetItem(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 || len(args) != 2 {
		return Value{}, Errorf(TypeErrorType, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
	}
	return NewGenericAlias(args[0], args[1]), nil
}

// aliasArgRepr is how an argument of a generic alias prints: classes by
// (module-qualified) name, ... for Ellipsis, others by repr.
func aliasArgRepr(t *Thread, v Value) (string, error) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if typ, ok := v.obj.(*Type); ok {
		if m := typ.ModuleName(); m != "builtins" {
			return m + "." + typ.QualName(), nil
		}
		return typ.QualName(), nil
	}
	if l, ok := v.obj.(*List); ok && TypeOf(v) == ListType {
		// Callable[[int, str], bool] keeps its parameter list.
		var parts []string
		for _, x := range l.Items(t) {
			s, err := aliasArgRepr(t, x)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	}
	return Repr(t, v)
}

// isTypeVarLike reports a typing.TypeVar/ParamSpec/TypeVarTuple (made by
// typing.py), the values __parameters__ collects.
func isTypeVarLike(v Value) bool {
	switch TypeOf(v).Name {
	case "TypeVar", "ParamSpec", "TypeVarTuple":
		return TypeOf(v).ModuleName() == "typing"
	}
	return false
}

func init() {
	g := GenericAliasType
	g.Slots.Repr = func(t *Thread, v Value) (string, error) {
		ga := v.obj.(*GenericAlias)
		head, err := aliasArgRepr(t, ga.origin)
		if err != nil {
			return "", err
		}
		if len(ga.args) == 0 {
			return head + "[()]", nil
		}
		parts := make([]string, len(ga.args))
		for i, a := range ga.args {
			if parts[i], err = aliasArgRepr(t, a); err != nil {
				return "", err
			}
		}
		return head + "[" + strings.Join(parts, ", ") + "]", nil
	}
	// GenericAlias(origin, args), as collections uses it for
	// __class_getitem__ = classmethod(GenericAlias).
	g.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias() takes no keyword arguments")
		}
		if len(args) != 3 {
			return Value{}, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args)-1)
		}
		return NewGenericAlias(args[1], args[2]), nil
	})
	g.Slots.Call = func(t *Thread, fn Value, args []Value, kwnames []string) (Value, error) {
		ga := fn.obj.(*GenericAlias)
		r, err := t.Call(ga.origin, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		// The instance remembers the alias it was made from, where it can.
		if _, ok := r.obj.(*Instance); ok {
			_ = SetAttr(t, r, "__orig_class__", fn)
		}
		return r, nil
	}
	g.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		ga := v.obj.(*GenericAlias)
		h, err := Hash(t, ga.origin)
		if err != nil {
			return 0, err
		}
		ah, err := Hash(t, NewTuple(append([]Value(nil), ga.args...)))
		if err != nil {
			return 0, err
		}
		return h ^ ah, nil
	}
	g.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		gb, ok := b.obj.(*GenericAlias)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		ga := a.obj.(*GenericAlias)
		same, err := Equal(t, ga.origin, gb.origin)
		if err != nil {
			return Value{}, err
		}
		if same {
			same, err = Equal(t, NewTuple(append([]Value(nil), ga.args...)), NewTuple(append([]Value(nil), gb.args...)))
			if err != nil {
				return Value{}, err
			}
		}
		return Bool(same == (op == CmpEQ)), nil
	}
	g.Slots.Binary[OpOr] = makeUnion
	g.Slots.RBinary[OpOr] = func(t *Thread, self, other Value) (Value, error) { return makeUnion(t, other, self) }
	g.Slots.GetAttr = func(t *Thread, v Value, name string) (Value, error) {
		ga := v.obj.(*GenericAlias)
		switch name {
		case "__origin__":
			return ga.origin, nil
		case "__args__":
			return NewTuple(append([]Value(nil), ga.args...)), nil
		case "__parameters__":
			var ps []Value
			for _, a := range ga.args {
				if isTypeVarLike(a) {
					add1(&ps, a)
				}
			}
			return NewTuple(ps), nil
		case "__unpacked__":
			return False, nil
		case "__class__":
			return FromObject(GenericAliasType), nil
		}
		if r, found, err := genericGetAttr(t, v, name); found || err != nil {
			return r, err
		}
		return GetAttr(t, ga.origin, name)
	}
	g.AddMethod("__mro_entries__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return NewTuple([]Value{args[0].obj.(*GenericAlias).origin}), nil
	})
	g.AddMethod("__instancecheck__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	g.AddMethod("__subclasscheck__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
	for _, typ := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		typ.AddClassMethod("__class_getitem__", genericAliasClassGetItem)
	}
}
