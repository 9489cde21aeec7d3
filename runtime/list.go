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
// docs/design.md): []int64 while every element is a small int, the same
// []int64 holding float64 bits while every element is a float, []Value
// otherwise (one slice for both number strategies keeps the struct at 112
// bytes, a Go size class, instead of 144). A list switches to
// the general strategy on the first element that does not fit and never
// switches back, except that an empty list picks its strategy afresh.
// All access goes through methods taking the current *Thread.
type List struct {
	stm.Header
	typ  *Type // nil for exact list
	sub  subAttrs
	kind listKind
	ints []int64 // listInts: the ints; listFloats: math.Float64bits of the floats
	vals []Value
}

// f2b and b2f convert a float to and from its storage under listFloats.
func f2b(f float64) int64 { return int64(math.Float64bits(f)) }
func b2f(b int64) float64 { return math.Float64frombits(uint64(b)) }

// NewList returns a list holding items (copied into the best strategy).
func NewList(items []Value) *List {
	l := &List{}
	l.setAll(items)
	return l
}

// Lists of up to 16 numbers are allocated together with their storage:
// one allocation instead of two for the short lists that slicing and
// copying make in hot loops (fannkuch's p[:], p[k::-1]). The buffer is
// only the initial capacity; a list that grows past it moves to a
// separate array like any other.
type (
	listBuf4 struct {
		List
		buf [4]int64
	}
	listBuf8 struct {
		List
		buf [8]int64
	}
	listBuf16 struct {
		List
		buf [16]int64
	}
)

// newNumList returns an empty list of kind listInts or listFloats with
// ints of length n, zeroed.
func newNumList(kind listKind, n int) *List {
	var l *List
	switch {
	case n <= 4:
		b := &listBuf4{}
		b.ints = b.buf[:n]
		l = &b.List
	case n <= 8:
		b := &listBuf8{}
		b.ints = b.buf[:n]
		l = &b.List
	case n <= 16:
		b := &listBuf16{}
		b.ints = b.buf[:n]
		l = &b.List
	default:
		l = &List{ints: make([]int64, n)}
	}
	l.kind = kind
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
	l.ints, l.vals = nil, nil
	l.kind = kindFor(items)
	switch l.kind {
	case listInts:
		l.ints = make([]int64, len(items))
		for i, v := range items {
			l.ints[i] = v.AsInt()
		}
	case listFloats:
		l.ints = make([]int64, len(items))
		for i, v := range items {
			l.ints[i] = f2b(v.AsFloat())
		}
	default:
		l.vals = append([]Value(nil), items...)
	}
}

// Len returns the number of elements.
func (l *List) Len() int {
	if l.kind != listValues {
		return len(l.ints)
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
		return Float(b2f(l.ints[i]))
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
		vals := make([]Value, len(l.ints), cap(l.ints))
		for i, x := range l.ints {
			vals[i] = Float(b2f(x))
		}
		l.vals, l.ints = vals, nil
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
		if len(l.ints) == 0 && v.IsInt() {
			l.kind, l.ints = listInts, nil
			return true
		}
	default:
		return true
	}
	return false
}

// Set stores v at index i; 0 <= i < Len.
func (l *List) Set(t *Thread, i int, v Value) {
	t.touchListSet(l, i, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logList(l, i)
	}
	// (setRaw's body, written out: a call per store costs the
	// single-threaded programs 0.5% of their instructions in fannkuch.)
	if !l.fits(v) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		l.ints[i] = v.AsInt()
	case listFloats:
		l.ints[i] = f2b(v.AsFloat())
	default:
		l.vals[i] = v
	}
}

// setNow is Set with no undo record: a buffered store applied at commit
// (span_liststores.go).
func (l *List) setNow(t *Thread, i int, v Value) {
	t.touchListSet(l, i, v)
	l.setRaw(i, v)
}

// setRaw is Set's store, the barrier passed.
func (l *List) setRaw(i int, v Value) {
	if !l.fits(v) {
		l.generalize()
	}
	switch l.kind {
	case listInts:
		l.ints[i] = v.AsInt()
	case listFloats:
		l.ints[i] = f2b(v.AsFloat())
	default:
		l.vals[i] = v
	}
}

// Append adds v at the end.
func (l *List) Append(t *Thread, v Value) {
	if t != nil && t.spActive && l.IsShared() && t.bufferListAppend(l, v) {
		return // appended at commit (span_listappends.go)
	}
	l.appendNow(t, v)
}

// appendNow is Append without the span's buffer.
func (l *List) appendNow(t *Thread, v Value) {
	t.touchListAppend(l, v)
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
		l.ints = append(l.ints, f2b(v.AsFloat()))
	default:
		l.vals = append(l.vals, v)
	}
}

// copyValues writes the elements into dst (len(dst) == Len()); the
// caller has touched the list.
func (l *List) copyValues(dst []Value) {
	switch l.kind {
	case listInts:
		for i, x := range l.ints {
			dst[i] = Int(x)
		}
	case listFloats:
		for i, x := range l.ints {
			dst[i] = Float(b2f(x))
		}
	default:
		copy(dst, l.vals)
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
		out := make([]Value, len(l.ints))
		for i, x := range l.ints {
			out[i] = Float(b2f(x))
		}
		return out
	}
	return append([]Value(nil), l.vals...)
}
