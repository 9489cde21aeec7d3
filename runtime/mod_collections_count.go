package runtime

// This file defines _collections.count_elements, Counter's counting loop
// in Go (CPython's _count_elements): for a dict whose get and
// __setitem__ are dict's own it adds 1 per element without a Python call;
// otherwise it answers NotImplemented and Counter counts in Python.

func countElements(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkArity("count_elements", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	d, ok := args[0].obj.(*Dict)
	if !ok {
		return NotImplemented, nil
	}
	typ := d.Type()
	if typ != DictType {
		get, ok1 := typ.Lookup("get")
		set, ok2 := typ.Lookup("__setitem__")
		dget, _ := DictType.Lookup("get")
		dset, _ := DictType.Lookup("__setitem__")
		if !ok1 || !ok2 || get.obj != dget.obj || set.obj != dset.obj {
			return NotImplemented, nil
		}
	}
	one := Int(1)
	err := forEach(t, args[1], func(elem Value) (bool, error) {
		old, found, err := d.GetItem(t, elem)
		if err != nil {
			return false, err
		}
		nv := one
		if found {
			if old.IsInt() {
				if s, ok := intAdd(old.AsInt(), 1); ok {
					nv = Int(s)
				} else {
					nv, err = BinaryOp(t, OpAdd, old, one)
				}
			} else {
				nv, err = BinaryOp(t, OpAdd, old, one)
			}
			if err != nil {
				return false, err
			}
		}
		return true, d.SetItem(t, elem, nv)
	})
	if err != nil {
		return Value{}, err
	}
	return None, nil
}
