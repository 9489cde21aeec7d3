package runtime

// This file holds the type.__doc__ setter and type.__annotations__, which
// dataclasses, enum and typing write and read: a class's own annotations
// live in its namespace, and reading them on a class that has none makes
// (and keeps) an empty dict, as CPython 3.10+ does, instead of finding a
// base class's.

// setTypeDoc stores a heap type's docstring.
func setTypeDoc(t *Thread, v, x Value) error {
	typ := v.obj.(*Type)
	if !typ.IsHeap() {
		return Errorf(TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", typ.Name)
	}
	if !x.IsValid() {
		typ.Dict.DelStr("__doc__")
	} else {
		typ.Dict.SetStr("__doc__", x)
	}
	typ.bumpVersion()
	return nil
}

// getTypeAnnotations is type.__annotations__.
func getTypeAnnotations(t *Thread, v Value) (Value, error) {
	typ := v.obj.(*Type)
	if a, ok := typ.Dict.GetStr("__annotations__"); ok {
		if d, isDescr := a.obj.(Descriptor); isDescr {
			return d.DescrGet(t, Value{}, typ)
		}
		return a, nil
	}
	if !typ.IsHeap() {
		return Value{}, Errorf(AttributeErrorType, "type object '%s' has no attribute '__annotations__'", typ.Name)
	}
	d := FromObject(NewDict())
	typ.Dict.SetStr("__annotations__", d)
	typ.bumpVersion()
	return d, nil
}

// setTypeAnnotations replaces or (x zero) deletes a heap type's
// annotations.
func setTypeAnnotations(t *Thread, v, x Value) error {
	typ := v.obj.(*Type)
	if !typ.IsHeap() {
		return Errorf(TypeErrorType, "cannot set '__annotations__' attribute of immutable type '%s'", typ.Name)
	}
	if !x.IsValid() {
		if !typ.Dict.DelStr("__annotations__") {
			return Errorf(AttributeErrorType, "__annotations__")
		}
	} else {
		typ.Dict.SetStr("__annotations__", x)
	}
	typ.bumpVersion()
	return nil
}
