package runtime

// This file reads names from a class body's namespace when a metaclass's
// __prepare__ returned a dict subclass: as in CPython, LOAD_NAME then asks
// the mapping (its __getitem__, and so __missing__), not the dict's table.

// loadNameMapping looks name up in the dict-subclass namespace d. ok is
// false (and err nil) when the mapping raised KeyError.
func loadNameMapping(t *Thread, d *Dict, name string) (v Value, ok bool, err error) {
	v, err = GetItem(t, FromObject(d), NewStr(name))
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.Matches(KeyErrorType) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return v, true, nil
}
