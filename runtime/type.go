package runtime

// Type is a Python type object: a built-in type or a class.
// (Placeholder: the object-model work replaces this file.)
type Type struct {
	Name string
}

// The built-in types of the unboxed kinds.
var (
	IntType   = &Type{Name: "int"}
	FloatType = &Type{Name: "float"}
	BoolType  = &Type{Name: "bool"}
	NoneType  = &Type{Name: "NoneType"}
)
