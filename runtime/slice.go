package runtime

// SliceType is the type of slice objects.
var SliceType = &Type{Name: "slice"}

// Slice is an immutable slice object (start:stop:step), each part None
// when omitted.
type Slice struct {
	Start, Stop, Step Value
}

// Type returns slice.
func (s *Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step).
func NewSlice(start, stop, step Value) Value {
	return FromObject(&Slice{Start: start, Stop: stop, Step: step})
}
