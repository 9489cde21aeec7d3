package runtime

// TupleType is the type of tuple.
var TupleType = &Type{Name: "tuple"}

// Tuple is an immutable Python tuple.
type Tuple struct {
	items []Value
	typ   *Type // nil for exact tuple
	sub   subAttrs
}

// emptyTuple is the shared empty tuple (immutable).
var emptyTuple = &Tuple{}

// NewTuple returns a tuple holding items; it takes ownership of items.
func NewTuple(items []Value) Value {
	if len(items) == 0 {
		return FromObject(emptyTuple)
	}
	return FromObject(&Tuple{items: items})
}

// NewTupleOf returns a tuple of its arguments.
func NewTupleOf(items ...Value) Value { return NewTuple(items) }

// Type returns tuple or the subclass the tuple was made for.
func (tu *Tuple) Type() *Type {
	if tu.typ != nil {
		return tu.typ
	}
	return TupleType
}

// Items returns the elements; callers must not modify them.
func (tu *Tuple) Items() []Value { return tu.items }

// Len returns the number of elements.
func (tu *Tuple) Len() int { return len(tu.items) }

// xxHash constants of CPython's tuple hash (Objects/tupleobject.c, 3.8+).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// tupleHash is CPython 3.11's tuple hash, so hash((1, 2)) matches.
func tupleHash(t *Thread, items []Value) (int64, error) {
	acc := xxPrime5
	for _, it := range items {
		h, err := hashValue(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}
