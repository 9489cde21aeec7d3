package runtime

// This file defines the instructions of match statements.

// matchSequence is MATCH_SEQUENCE's test: list, tuple, range and their
// subclasses (CPython's Py_TPFLAGS_SEQUENCE types).
func matchSequence(v Value) bool {
	typ := TypeOf(v)
	return IsSubtype(typ, ListType) || IsSubtype(typ, TupleType) || IsSubtype(typ, RangeType)
}

// matchMapping is MATCH_MAPPING's test: dict and its subclasses.
func matchMapping(v Value) bool { return IsSubtype(TypeOf(v), DictType) }

// matchKeys is MATCH_KEYS: the values of keys in subj, or None if one is
// missing.
func (t *Thread) matchKeys(subj, keys Value) (Value, error) {
	ks := keys.obj.(*Tuple).Items()
	out := make([]Value, len(ks))
	for i, k := range ks {
		for _, prev := range ks[:i] {
			if eq, err := Equal(t, prev, k); err != nil {
				return Value{}, err
			} else if eq {
				r, _ := Repr(t, k)
				return Value{}, Errorf(ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
			}
		}
		if d, ok := subj.obj.(*Dict); ok && TypeOf(subj) == DictType {
			v, found, err := d.GetItem(t, k)
			if err != nil {
				return Value{}, err
			}
			if !found {
				return None, nil
			}
			out[i] = v
			continue
		}
		v, err := GetItem(t, subj, k)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(KeyErrorType) {
				return None, nil
			}
			return Value{}, err
		}
		out[i] = v
	}
	return NewTuple(out), nil
}

// matchRest is MATCH_REST: a dict of subj's items whose keys are not in
// keys.
func (t *Thread) matchRest(subj, keys Value) (Value, error) {
	d := NewDict()
	if err := t.dictUpdate(d, subj, Value{}); err != nil {
		return Value{}, err
	}
	for _, k := range keys.obj.(*Tuple).Items() {
		if _, err := d.DelItem(t, k); err != nil {
			return Value{}, err
		}
	}
	return FromObject(d), nil
}

// selfMatching lists the built-in types whose single positional
// sub-pattern matches the subject itself.
func selfMatching(typ *Type) bool {
	for _, b := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if IsSubtype(typ, b) {
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: the attributes the sub-patterns match, or
// None when subj is not an instance of cls or lacks one of them.
func (t *Thread) matchClass(subj, clsv, names Value, npos int) (Value, error) {
	cls, ok := clsv.obj.(*Type)
	if !ok {
		return Value{}, Errorf(TypeErrorType, "called match pattern must be a class")
	}
	if !IsInstance(subj, cls) {
		return None, nil
	}
	kw := names.obj.(*Tuple).Items()
	var attrs []string
	var out []Value
	if npos > 0 {
		ma, err := GetAttr(t, clsv, "__match_args__")
		switch {
		case err == nil:
			tu, ok := ma.obj.(*Tuple)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", cls.Name, TypeOf(ma).Name)
			}
			if npos > tu.Len() {
				s := "s"
				if tu.Len() == 1 {
					s = ""
				}
				return Value{}, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, tu.Len(), s, npos)
			}
			for _, a := range tu.Items()[:npos] {
				s, ok := AsString(a)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", TypeOf(a).Name)
				}
				attrs = append(attrs, s)
			}
		case IsAttributeError(err):
			if selfMatching(cls) {
				if npos > 1 {
					return Value{}, Errorf(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", cls.Name, npos)
				}
				out = append(out, subj)
			} else {
				return Value{}, Errorf(TypeErrorType, "%s() accepts 0 positional sub-patterns (%d given)", cls.Name, npos)
			}
		default:
			return Value{}, err
		}
	}
	for _, k := range kw {
		s, _ := AsString(k)
		attrs = append(attrs, s)
	}
	for i, a := range attrs {
		for _, prev := range attrs[:i] {
			if prev == a {
				return Value{}, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", cls.Name, a)
			}
		}
		v, err := GetAttr(t, subj, a)
		if err != nil {
			if IsAttributeError(err) {
				return None, nil
			}
			return Value{}, err
		}
		out = append(out, v)
	}
	return NewTuple(out), nil
}
