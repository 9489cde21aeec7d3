package runtime

// This file lets programs replace a function's __defaults__,
// __kwdefaults__ and __annotations__, as CPython does: dataclasses,
// functools-style decorators and enum build or adjust functions this way.
// Each setter installs a new slice or dict rather than mutating the old
// one, so a call binding arguments concurrently sees either whole value.

// setFuncDefaults is __defaults__'s setter: a tuple, None or deletion.
func setFuncDefaults(t *Thread, obj, v Value) error {
	f := obj.Object().(*Function)
	if !v.IsValid() || v.IsNone() {
		f.defaults = nil
		return nil
	}
	tup, ok := v.obj.(*Tuple)
	if !ok {
		return Errorf(TypeErrorType, "__defaults__ must be set to a tuple object")
	}
	f.defaults = append([]Value(nil), tup.Items()...)
	return nil
}

// setFuncKwdefaults is __kwdefaults__'s setter: a dict, None or deletion.
func setFuncKwdefaults(t *Thread, obj, v Value) error {
	f := obj.Object().(*Function)
	if !v.IsValid() || v.IsNone() {
		f.kwdefaults = nil
		return nil
	}
	d, ok := v.obj.(*Dict)
	if !ok {
		return Errorf(TypeErrorType, "__kwdefaults__ must be set to a dict object")
	}
	f.kwdefaults = d
	return nil
}

// setFuncAnnotations is __annotations__'s setter: a dict, or deletion
// (the next read makes a fresh empty dict).
func setFuncAnnotations(t *Thread, obj, v Value) error {
	f := obj.Object().(*Function)
	if !v.IsValid() || v.IsNone() {
		f.annots = nil
		return nil
	}
	d, ok := v.obj.(*Dict)
	if !ok {
		return Errorf(TypeErrorType, "__annotations__ must be set to a dict object")
	}
	f.annots = d
	return nil
}
