package runtime

import "math"

// This file defines Value, the representation of every Python value.
//
// A Value is a heap object, or an unboxed int (int64), float, bool or None.
// Unboxed kinds are named by a zero-size tag type stored in obj, so making
// or testing one allocates nothing and costs one compare of the interface's
// type word. See docs/design.md, "Values".

// Value is a Python value. The zero Value is not a Python value: it stands
// for "unbound" in a local slot and for "no result" beside a non-nil error.
type Value struct {
	obj Object // a heap object, or one of the tag types below
	num uint64 // payload of an unboxed value: int64 or float64 bits, bool 0/1
}

// Tag types name the unboxed kinds. They are zero-size, so storing one in
// an interface does not allocate.
type (
	intTag   struct{}
	floatTag struct{}
	boolTag  struct{}
	noneTag  struct{}
)

// None, True and False are the unboxed singletons.
var (
	None  = Value{obj: noneTag{}}
	True  = Value{obj: boolTag{}, num: 1}
	False = Value{obj: boolTag{}, num: 0}
)

// Int returns the unboxed int i.
func Int(i int64) Value { return Value{obj: intTag{}, num: uint64(i)} }

// Float returns the float f.
func Float(f float64) Value { return Value{obj: floatTag{}, num: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// FromObject wraps a heap object as a Value. o must not be nil.
func FromObject(o Object) Value { return Value{obj: o} }

// IsValid reports whether v is a Python value (not the zero Value).
func (v Value) IsValid() bool { return v.obj != nil }

// IsInt reports whether v is an unboxed (int64) int. Big ints are *BigInt objects.
func (v Value) IsInt() bool { _, ok := v.obj.(intTag); return ok }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { _, ok := v.obj.(floatTag); return ok }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { _, ok := v.obj.(boolTag); return ok }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { _, ok := v.obj.(noneTag); return ok }

// AsInt returns the payload of an unboxed int; v must satisfy IsInt.
func (v Value) AsInt() int64 { return int64(v.num) }

// AsFloat returns the payload of a float; v must satisfy IsFloat.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.num) }

// AsBool returns the payload of a bool; v must satisfy IsBool.
func (v Value) AsBool() bool { return v.num != 0 }

// Object returns v's heap object, or nil if v is unboxed or the zero Value.
func (v Value) Object() Object {
	switch v.obj.(type) {
	case intTag, floatTag, boolTag, noneTag:
		return nil
	}
	return v.obj
}

// Is reports Python identity (the `is` operator). Unboxed values are
// identical when kind and payload match, which is what CPython's cached
// small ints, singletons and interned floats make visible in practice.
func (v Value) Is(w Value) bool {
	return v.obj == w.obj && v.num == w.num
}
