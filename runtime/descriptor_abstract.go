package runtime

// This file gives property, staticmethod and classmethod the
// __isabstractmethod__ attribute that abc reads: a wrapper is abstract
// when the function it wraps is (for property, any of its accessors).

// isAbstract reports whether v has a true __isabstractmethod__ attribute.
func isAbstract(t *Thread, v Value) (bool, error) {
	if !v.IsValid() || v.IsNone() {
		return false, nil
	}
	a, err := GetAttr(t, v, "__isabstractmethod__")
	if err != nil {
		if IsAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	return Truth(t, a)
}

func init() {
	PropertyType.AddGetSet("__isabstractmethod__", func(t *Thread, obj Value) (Value, error) {
		p := obj.Object().(*Property)
		for _, f := range []Value{p.Fget, p.Fset, p.Fdel} {
			ok, err := isAbstract(t, f)
			if err != nil || ok {
				return Bool(ok), err
			}
		}
		return False, nil
	}, nil)
	StaticMethodType.AddGetSet("__isabstractmethod__", func(t *Thread, obj Value) (Value, error) {
		ok, err := isAbstract(t, obj.Object().(*StaticMethod).Func)
		return Bool(ok), err
	}, nil)
	ClassMethodType.AddGetSet("__isabstractmethod__", func(t *Thread, obj Value) (Value, error) {
		ok, err := isAbstract(t, obj.Object().(*ClassMethod).Func)
		return Bool(ok), err
	}, nil)
}
