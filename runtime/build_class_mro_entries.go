package runtime

// This file resolves __mro_entries__ for class statements (PEP 560): a base
// that is not a class may name the classes that replace it in the bases.

// resolveMROEntries returns the bases with every non-class base that has
// __mro_entries__ replaced by the tuple it returns. orig is the original
// bases tuple when something was replaced, zero otherwise.
func resolveMROEntries(t *Thread, bases []Value) (orig Value, resolved []Value, err error) {
	changed := false
	for _, b := range bases {
		if _, isType := b.obj.(*Type); isType {
			continue
		}
		if _, ok, err := mroEntriesOf(t, b); err != nil {
			return Value{}, nil, err
		} else if ok {
			changed = true
			break
		}
	}
	if !changed {
		return Value{}, bases, nil
	}
	origTuple := NewTuple(append([]Value(nil), bases...))
	out := make([]Value, 0, len(bases))
	for _, b := range bases {
		if _, isType := b.obj.(*Type); !isType {
			if fn, ok, err := mroEntriesOf(t, b); err != nil {
				return Value{}, nil, err
			} else if ok {
				r, err := t.Call(fn, []Value{origTuple}, nil)
				if err != nil {
					return Value{}, nil, err
				}
				tup, ok := r.obj.(*Tuple)
				if !ok {
					return Value{}, nil, Errorf(TypeErrorType, "__mro_entries__ must return a tuple")
				}
				out = append(out, tup.Items()...)
				continue
			}
		}
		out = append(out, b)
	}
	return origTuple, out, nil
}

// mroEntriesOf returns b.__mro_entries__ if b has one (as an attribute of
// the object, as CPython looks it up: typing.NamedTuple is a function with
// the attribute).
func mroEntriesOf(t *Thread, b Value) (Value, bool, error) {
	fn, err := GetAttr(t, b, "__mro_entries__")
	if err != nil {
		if IsAttributeError(err) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return fn, true, nil
}
