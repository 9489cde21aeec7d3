package runtime

// Object is a Python heap object. Every heap object knows its type; the
// behaviour of a value is found through its *Type (see type.go).
type Object interface {
	Type() *Type
}

// The tag types satisfy Object so that they can live in Value.obj; their
// Type methods give the built-in types of the unboxed kinds.
func (intTag) Type() *Type   { return IntType }
func (floatTag) Type() *Type { return FloatType }
func (boolTag) Type() *Type  { return BoolType }
func (noneTag) Type() *Type  { return NoneType }

// TypeOf returns the Python type of v.
func TypeOf(v Value) *Type { return v.obj.Type() }
