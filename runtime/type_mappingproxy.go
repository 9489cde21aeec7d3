package runtime

// This file defines mappingproxy, the read-only live view of a class
// namespace that type.__dict__ returns.

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct {
	m Value
}

// MappingProxyType is the type of type.__dict__.
var MappingProxyType = &Type{Name: "mappingproxy", flags: flagFinal}

// Type returns mappingproxy.
func (p *MappingProxy) Type() *Type { return MappingProxyType }

func proxied(v Value) Value { return v.obj.(*MappingProxy).m }

func init() {
	mp := MappingProxyType
	// mappingproxy(mapping): a read-only view of any mapping (types.
	// MappingProxyType); sequences are refused as CPython refuses them.
	mp.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		var m Value
		if err := UnpackArgs("mappingproxy", args[1:], kwnames, []string{"mapping"}, &m); err != nil {
			return Value{}, err
		}
		typ := TypeOf(m)
		_, hasGetItem := typ.Lookup("__getitem__")
		if !hasGetItem || IsSubtype(typ, ListType) || IsSubtype(typ, TupleType) {
			return Value{}, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", typ.Name)
		}
		return FromObject(&MappingProxy{m: m}), nil
	})
	mp.Slots.Repr = func(t *Thread, v Value) (string, error) {
		r, err := Repr(t, proxied(v))
		return "mappingproxy(" + r + ")", err
	}
	// str() of a proxy is str() of the mapping, as in CPython.
	mp.Slots.Str = func(t *Thread, v Value) (string, error) { return StrOf(t, proxied(v)) }
	mp.Slots.Len = func(t *Thread, v Value) (int, error) { return Len(t, proxied(v)) }
	mp.Slots.Iter = func(t *Thread, v Value) (Value, error) { return Iter(t, proxied(v)) }
	mp.Slots.GetItem = func(t *Thread, v, k Value) (Value, error) { return GetItem(t, proxied(v), k) }
	mp.Slots.Contains = func(t *Thread, v, k Value) (bool, error) { return Contains(t, proxied(v), k) }
	mp.Slots.Compare = func(t *Thread, op CompareOp, a, b Value) (Value, error) {
		if bp, ok := b.obj.(*MappingProxy); ok {
			b = bp.m
		}
		return Compare(t, op, proxied(a), b)
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		mp.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) < 1 {
				return Value{}, Errorf(TypeErrorType, "descriptor '%s' needs an argument", name)
			}
			fn, err := GetAttr(t, proxied(args[0]), name)
			if err != nil {
				return Value{}, err
			}
			return t.Call(fn, args[1:], kw)
		})
	}
}
