package runtime

import "strings"

// This file defines the union type made by `X | Y` on classes (PEP 604),
// which annotations evaluate and isinstance accepts.

// Union is types.UnionType: the result of int | str.
type Union struct {
	args []Value // classes, or None
}

// UnionType is types.UnionType.
var UnionType = &Type{Name: "UnionType", Module: "types", flags: flagFinal}

// Type returns types.UnionType.
func (u *Union) Type() *Type { return UnionType }

// unionArg reports whether v may be a member of a union.
func unionArg(v Value) bool {
	switch v.obj.(type) {
	case *Type, *Union, *GenericAlias:
		return true
	}
	return v.IsNone()
}

// makeUnion is a | b for types, None and unions; NotImplemented otherwise.
func makeUnion(t *Thread, a, b Value) (Value, error) {
	if !unionArg(a) || !unionArg(b) {
		return NotImplemented, nil
	}
	var args []Value
	add := func(v Value) {
		if u, ok := v.obj.(*Union); ok {
			for _, x := range u.args {
				add1(&args, x)
			}
			return
		}
		add1(&args, v)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return FromObject(&Union{args: args}), nil
}

func add1(args *[]Value, v Value) {
	for _, x := range *args {
		if x.Is(v) {
			return
		}
	}
	*args = append(*args, v)
}

func init() {
	TypeType.Slots.Binary[OpOr] = makeUnion
	TypeType.Slots.RBinary[OpOr] = func(t *Thread, self, other Value) (Value, error) { return makeUnion(t, other, self) }
	u := UnionType
	u.Slots.Binary[OpOr] = makeUnion
	u.Slots.RBinary[OpOr] = func(t *Thread, self, other Value) (Value, error) { return makeUnion(t, other, self) }
	u.Slots.Repr = func(t *Thread, v Value) (string, error) {
		var parts []string
		for _, a := range v.obj.(*Union).args {
			if a.IsNone() {
				parts = append(parts, "None")
				continue
			}
			typ, ok := a.obj.(*Type)
			if !ok {
				s, err := aliasArgRepr(t, a)
				if err != nil {
					return "", err
				}
				parts = append(parts, s)
				continue
			}
			if m := typ.ModuleName(); m != "builtins" {
				parts = append(parts, m+"."+typ.QualName())
			} else {
				parts = append(parts, typ.QualName())
			}
		}
		return strings.Join(parts, " | "), nil
	}
	u.Slots.Hash = func(t *Thread, v Value) (int64, error) {
		h := int64(0x345678)
		for _, a := range v.obj.(*Union).args {
			x, err := Hash(t, a)
			if err != nil {
				return 0, err
			}
			h ^= x
		}
		return h, nil
	}
	u.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		ub, ok := b.obj.(*Union)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		ua := a.obj.(*Union)
		same := len(ua.args) == len(ub.args)
		for _, x := range ua.args {
			found := false
			for _, y := range ub.args {
				found = found || x.Is(y)
			}
			same = same && found
		}
		return Bool(same == (op == CmpEQ)), nil
	}
	u.AddGetSet("__args__", func(t *Thread, v Value) (Value, error) {
		var out []Value
		for _, a := range v.obj.(*Union).args {
			if a.IsNone() {
				a = FromObject(NoneType)
			}
			out = append(out, a)
		}
		return NewTuple(out), nil
	}, nil)
}
