package runtime

import (
	"math"

	"github.com/pystm/pystm/stm"
)

// ListType is the type of list.
var ListType = &Type{Name: "list"}

// listKind is a list's storage strategy.
type listKind uint8

const (
	listInts   listKind = iota // every element a small int: ints
	listFloats                 // every element a float: floats
	listValues                 // anything: vals
)

// List is a Python list. Its storage follows a strategy (see
// docs/design.md): []int64 while every element is a small int, []float64
// while every element is a float, []Value otherwise. A list switches to
// the general strategy on the first element that does not fit and never
// switches back, except that an empty list picks its strategy afresh.
// All access goes through methods taking the current *Thread.
type List struct {
	stm.Header
	typ    *Type // nil for exact list
	sub    subAttrs
	kind   listKind
	ints   []int64
	floats []float64
	vals   []Value
}

// NewList returns a list holding items (copied into the best strategy).
func NewList(items []Value) *List {
	l := &List{}
	l.setAll(items)
	return l
}

// newListInts returns a list owning ints.
func newListInts(ints []int64) *List { return &List{kind: listInts, ints: ints} }

// Type returns list or the subclass the list was made for.
func (l *List) Type() *Type {
	if l.typ != nil {
		return l.typ
	}
	return ListType
}

// kindFor returns the strategy that can hold every item.
func kindFor(items []Value) listKind {
	if len(items) == 0 {
		return listInts
	}
	k := listInts
	if items[0].IsFloat() {
		k = listFloats
	}
	for _, v := range items {
		switch {
		case k == listInts && v.IsInt():
		case k == listFloats && v.IsFloat():
		default:
			return listValues
		}
	}
	return k
}

// setAll replaces the contents by a copy of items.
func (l *List) setAll(items []Value) {
	l.ints, l.floats, l.vals = nil, nil, nil
	l.kind = kindFor(items)
	switch l.kind {
	case listInts:
		l.ints = make([]int64, len(items))
		for i, v := range items {
			l.ints[i] = v.AsInt()
		}
	case listFloats:
		l.floats = make([]float64, len(items))
		for i, v := range items {
			l.floats[i] = v.AsFloat()
		}
	default:
		l.vals = append([]Value(nil), items...)
	}
}

// Len returns the number of elements.
func (l *List) Len() int {
	switch l.kind {
	case listInts:
		return len(l.ints)
	case listFloats:
		return len(l.floats)
	}
	return len(l.vals)
}

// Get returns element i; 0 <= i < Len.
func (l *List) Get(t *Thread, i int) Value {
	t.touch(&l.Header)
	return l.get(i)
}

// get is Get for callers that have touched the list already.
func (l *List) get(i int) Value {
	switch l.kind {
	case listInts:
		return Int(l.ints[i])
	case listFloats:
		return Float(l.floats[i])
	}
	return l.vals[i]
}

// generalize switches the list to the []Value strategy.
func (l *List) generalize() {
	switch l.kind {
	case listInts:
		vals := make([]Value, len(l.ints), cap(l.ints))
		for i, x := range l.ints {
			vals[i] = Int(x)
		}
		l.vals, l.ints = vals, nil
	case listFloats:
		vals := make([]Value, len(l.floats), cap(l.floats))
		for i, x := range l.floats {
			vals[i] = Float(x)
		}
		l.vals, l.floats = vals, nil
	}
	l.kind = listValues
}

// fits reports whether v can be stored under the list's strategy; an
// empty list re-picks its strategy for v.
func (l *List) fits(v Value) bool {
	switch l.kind {
	case listInts:
		if v.IsInt() {
			return true
		}
		if len(l.ints) == 0 && v.IsFloat() {
			l.kind, l.ints = listFloats, nil
			return true
		}
	case listFloats:
		if v.IsFloat() {
			return true
		}
		if len(l.floats) == 0 && v.IsInt() {
			l.kind, l.floats = listInts, nil
			return true
		}
	default:
		return true
	}
	return false
}

// Set stores v at index i; 0 <= i < Len.
func (l *List) Set(t *Thread, i int, v Value) {
	t.touchStoreL(&l.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logList(l, i)
	}
	if !l.fits(v) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		l.ints[i] = v.AsInt()
	case listFloats:
		l.floats[i] = v.AsFloat()
	default:
		l.vals[i] = v
	}
}

// Append adds v at the end.
func (l *List) Append(t *Thread, v Value) {
	t.touchStoreL(&l.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logList(l, -1)
	}
	if !l.fits(v) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		l.ints = append(l.ints, v.AsInt())
	case listFloats:
		l.floats = append(l.floats, v.AsFloat())
	default:
		l.vals = append(l.vals, v)
	}
}

// Items returns a snapshot of the elements.
func (l *List) Items(t *Thread) []Value {
	t.touch(&l.Header)
	switch l.kind {
	case listInts:
		out := make([]Value, len(l.ints))
		for i, x := range l.ints {
			out[i] = Int(x)
		}
		return out
	case listFloats:
		out := make([]Value, len(l.floats))
		for i, x := range l.floats {
			out[i] = Float(math.Float64frombits(math.Float64bits(x)))
		}
		return out
	}
	return append([]Value(nil), l.vals...)
}
