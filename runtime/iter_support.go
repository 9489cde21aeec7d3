package runtime

import (
	"strings"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file holds the small helpers the container types share: argument
// checking, index and slice arithmetic, and iteration with fast paths.

// ctNoKwargs checks a method call that takes no keyword arguments and
// between min and max positional ones (after the receiver). The form of
// name picks CPython's message style: "list.append" (METH_O/NOARGS:
// "takes exactly one argument (0 given)"), "find()" (PyArg_ParseTuple:
// "takes at least 1 argument (0 given)"), or a bare name (Argument Clinic:
// "insert expected 2 arguments, got 1").
func ctNoKwargs(name string, args []Value, kwnames []string, min, max int) error {
	bare := strings.TrimSuffix(name, "()")
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", bare)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case strings.Contains(name, "."):
		if max == 0 {
			return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
		}
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case strings.HasSuffix(name, "()"):
		if n < min {
			return Errorf(TypeErrorType, "%s takes at least %d argument%s (%d given)", name, min, plural(min), n)
		}
		return Errorf(TypeErrorType, "%s takes at most %d argument%s (%d given)", name, max, plural(max), n)
	case min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ctKwArgs sorts a call's arguments into the named parameters names
// (positional first, then by keyword). Missing ones stay zero; at most
// maxPos may be given positionally.
func ctKwArgs(fname string, args []Value, kwnames []string, names []string, maxPos int) ([]Value, error) {
	out := make([]Value, len(names))
	npos := len(args) - len(kwnames)
	if npos > maxPos {
		if maxPos == 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no positional arguments", fname)
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	copy(out, args[:npos])
	for i, kw := range kwnames {
		found := false
		for j, n := range names {
			if n == kw {
				if out[j].IsValid() {
					return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, kw)
		}
	}
	return out, nil
}

// asIndex converts an index argument (int, bool or anything with
// __index__) to an int64, with CPython's error for other types.
func asIndex(t *Thread, v Value, what string) (int64, error) {
	switch v.obj.(type) {
	case intTag, boolTag:
		return int64(v.num), nil
	}
	if _, ok := v.obj.(*Str); ok || v.IsFloat() || v.IsNone() {
		return 0, Errorf(TypeErrorType, "%s", what)
	}
	if _, ok := TypeOf(v).Lookup("__index__"); !ok {
		if _, isBig := v.obj.(*BigInt); !isBig {
			return 0, Errorf(TypeErrorType, "%s", what)
		}
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if r.IsInt() {
		return r.AsInt(), nil
	}
	if r.IsBool() {
		return int64(r.num), nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// asSubscript is asIndex for a sequence subscript (x[i]), where CPython
// reports an int beyond ssize_t as IndexError.
func asSubscript(t *Thread, v Value, what string) (int64, error) {
	i, err := asIndex(t, v, what)
	if err != nil && isExc(err, OverflowErrorType) {
		return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(v).Name)
	}
	return i, err
}

// clampIndex converts an index that may be a big int to an int64,
// clamping to the int64 range (slice bounds are clamped anyway).
func clampIndex(t *Thread, v Value) (int64, error) {
	if v.IsInt() {
		return v.AsInt(), nil
	}
	if v.IsBool() {
		return int64(v.num), nil
	}
	r, err := Index(t, v)
	if err != nil {
		if exc, ok := err.(*Exception); ok && IsSubtype(exc.Type(), TypeErrorType) {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return 0, err
	}
	if r.IsInt() || r.IsBool() {
		return int64(r.num), nil
	}
	if _, ok := r.obj.(*BigInt); ok {
		neg, err := Compare(t, bytecode.CmpLT, r, Int(0))
		if err != nil {
			return 0, err
		}
		if neg.IsBool() && neg.AsBool() {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// sliceIndices is CPython's PySlice_Unpack followed by
// PySlice_AdjustIndices: the start, stop and step of s applied to a
// sequence of length n, and the number of elements selected.
func sliceIndices(t *Thread, s *Slice, n int) (start, stop, step, count int, err error) {
	st := int64(1)
	if !s.Step.IsNone() {
		st, err = clampIndex(t, s.Step)
		if err != nil {
			return
		}
		if st == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	var lo, hi int64
	if s.Start.IsNone() {
		if st < 0 {
			lo = int64(n) - 1
		} else {
			lo = 0
		}
	} else {
		if lo, err = clampIndex(t, s.Start); err != nil {
			return
		}
		lo = adjustBound(lo, int64(n), st)
	}
	if s.Stop.IsNone() {
		if st < 0 {
			hi = -1
		} else {
			hi = int64(n)
		}
	} else {
		if hi, err = clampIndex(t, s.Stop); err != nil {
			return
		}
		hi = adjustBound(hi, int64(n), st)
	}
	var c int64
	if st < 0 {
		if hi < lo {
			c = (lo-hi-1)/(-st) + 1
		}
	} else if lo < hi {
		c = (hi-lo-1)/st + 1
	}
	return int(lo), int(hi), int(st), int(c), nil
}

// adjustBound clamps a slice bound as PySlice_AdjustIndices does.
func adjustBound(i, n, step int64) int64 {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
		return i
	}
	if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

// seqIndex normalises a subscript for a sequence of length n; it
// returns -1 when out of range.
func seqIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return -1
	}
	return int(i)
}

// forEach calls fn for every element of the iterable v, with fast paths
// for the built-in containers. fn returning false stops the loop.
func forEach(t *Thread, v Value, fn func(Value) (bool, error)) error {
	switch o := v.obj.(type) {
	case *List:
		// A shared list goes through its iterator, which reads it
		// lock-free or holding the token (Len here would read it bare).
		if (o.typ == nil || !o.typ.overridesIter()) && !o.IsShared() {
			for i := 0; i < o.Len(); i++ {
				more, err := fn(o.Get(t, i))
				if err != nil || !more {
					return err
				}
			}
			return nil
		}
	case *Tuple:
		if o.typ == nil {
			for _, x := range o.items {
				more, err := fn(x)
				if err != nil || !more {
					return err
				}
			}
			return nil
		}
	case *Range:
		if o.big != nil {
			break
		}
		for i := int64(0); i < o.Len(); i++ {
			more, err := fn(Int(o.Start + i*o.Step))
			if err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if !x.IsValid() {
			return nil
		}
		more, err := fn(x)
		if err != nil || !more {
			return err
		}
	}
}

// overridesIter reports whether a subclass of a built-in container
// defines its own __iter__ (then the fast paths must not be taken).
func (typ *Type) overridesIter() bool {
	if typ == nil || !typ.IsHeap() {
		return false
	}
	_, where := typ.lookupWhere("__iter__")
	return where != nil && where.IsHeap()
}

// maxCollect bounds the collections built from a range in one go, so that
// list(range(10**12)) raises MemoryError (as CPython's preallocation does)
// instead of exhausting the process.
const maxCollect = 1 << 31

// collect returns the elements of an iterable as a fresh slice.
func collect(t *Thread, v Value) ([]Value, error) {
	switch o := v.obj.(type) {
	case *Range:
		if o.big != nil || o.Len() > maxCollect {
			return nil, memoryError()
		}
	case *List:
		if o.typ == nil {
			return o.Items(t), nil
		}
	case *Tuple:
		if o.typ == nil {
			return append([]Value(nil), o.items...), nil
		}
	}
	var out []Value
	err := forEach(t, v, func(x Value) (bool, error) {
		out = append(out, x)
		return true, nil
	})
	return out, err
}

// reprList writes the reprs of items between open and close.
func reprItems(t *Thread, items []Value, open, close string) (string, error) {
	buf := make([]byte, 0, 2+len(items)*4)
	buf = append(buf, open...)
	for i, x := range items {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		buf = append(buf, r...)
	}
	buf = append(buf, close...)
	return string(buf), nil
}

// enterRepr guards a recursive repr. CPython's containers print "[...]"
// for themselves inside themselves; that is done with the thread's repr
// stack (reprEnter); this adds the depth check.
func enterRepr(t *Thread) error {
	return t.EnterRecursive(" while getting the repr of an object")
}

// reprActive reports whether o's repr is already being computed on this
// thread (a self-containing container), and if not marks it.
func reprEnter(t *Thread, o Object) bool {
	for _, x := range t.reprStack {
		if x == o {
			return false
		}
	}
	t.reprStack = append(t.reprStack, o)
	return true
}

// reprLeave unmarks o.
func reprLeave(t *Thread, o Object) {
	if n := len(t.reprStack); n > 0 && t.reprStack[n-1] == o {
		t.reprStack = t.reprStack[:n-1]
	}
}

// notImpl is returned by comparison slots for operand types they do not handle.
func notImpl() (Value, error) { return NotImplemented, nil }
