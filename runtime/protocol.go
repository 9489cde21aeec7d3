package runtime

import (
	"fmt"
	"math/big"
	"strconv"
)

// This file defines the abstract object protocols (truth, len, repr, str,
// hash, iteration, items, membership, __index__). Each tries the type's Go
// slot, then, for user classes, the dunder found on the type.

// Truth returns bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch v.obj.(type) {
	case boolTag, intTag:
		return v.num != 0, nil
	case noneTag:
		return false, nil
	case floatTag:
		return v.AsFloat() != 0, nil
	}
	typ := TypeOf(v)
	if typ.IsHeap() {
		if r, ok, err := callDunder(t, v, "__bool__"); ok || err != nil {
			if err != nil {
				return false, err
			}
			if !r.IsBool() {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeOf(r).Name)
			}
			return r.AsBool(), nil
		}
		if _, ok := lookupDunder(v, "__len__"); ok {
			n, err := Len(t, v)
			return n != 0, err
		}
		return true, nil
	}
	s := typ.slots()
	if s.Bool != nil {
		return s.Bool(t, v)
	}
	if s.Len != nil {
		n, err := s.Len(t, v)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().Len != nil {
		return typ.slots().Len(t, v)
	}
	r, ok, err := callDunder(t, v, "__len__")
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", typ.Name)
	}
	iv, err := Index(t, r)
	if err != nil {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(r).Name)
	}
	if !iv.IsInt() {
		if bigSign(iv) < 0 {
			return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
		}
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if iv.AsInt() < 0 {
		return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
	}
	return int(iv.AsInt()), nil
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) {
	switch v.obj.(type) {
	case intTag:
		return strconv.FormatInt(v.AsInt(), 10), nil
	case floatTag:
		return FloatRepr(v.AsFloat()), nil
	case boolTag:
		if v.AsBool() {
			return "True", nil
		}
		return "False", nil
	case noneTag:
		return "None", nil
	}
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().Repr != nil {
		return typ.slots().Repr(t, v)
	}
	if t != nil {
		if err := t.EnterRecursive(" while calling a Python object"); err != nil {
			return "", err
		}
		defer t.LeaveRecursive()
	}
	r, ok, err := callDunder(t, v, "__repr__")
	if err != nil {
		return "", err
	}
	if !ok {
		return objectRepr(v), nil
	}
	s, isStr := AsString(r)
	if !isStr {
		return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeOf(r).Name)
	}
	return s, nil
}

// objectRepr is object.__repr__: "<__main__.C object at 0x7f...>".
func objectRepr(v Value) string {
	typ := TypeOf(v)
	mod := typ.ModuleName()
	if mod == "builtins" {
		return fmt.Sprintf("<%s object at %#x>", typ.QualName(), objectID(v))
	}
	return fmt.Sprintf("<%s.%s object at %#x>", mod, typ.QualName(), objectID(v))
}

// StrOf returns str(v).
func StrOf(t *Thread, v Value) (string, error) {
	switch o := v.obj.(type) {
	case *Str:
		if o.Type() == StrType {
			return o.String(), nil
		}
	case intTag, floatTag, boolTag, noneTag:
		return Repr(t, v)
	}
	typ := TypeOf(v)
	// LANG: str() may recurse on the Go stack (an exception whose argument
	// is an exception ...): CPython's PyObject_Str check.
	if err := t.EnterRecursive(" while getting the str of an object"); err != nil {
		return "", err
	}
	defer t.LeaveRecursive()
	if !typ.IsHeap() {
		if typ.slots().Str != nil {
			return typ.slots().Str(t, v)
		}
		return Repr(t, v)
	}
	r, ok, err := callDunder(t, v, "__str__")
	if err != nil {
		return "", err
	}
	if !ok {
		return Repr(t, v)
	}
	s, isStr := AsString(r)
	if !isStr {
		return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeOf(r).Name)
	}
	return s, nil
}

// goRepr is repr without a thread, for Exception.Error: it handles the
// values whose repr needs no Python code.
func goRepr(v Value) string {
	switch o := v.obj.(type) {
	case intTag, floatTag, boolTag, noneTag, *BigInt:
		s, _ := Repr(nil, v)
		return s
	case *Str:
		s, _ := Repr(nil, v)
		return s
	case *Tuple:
		items := o.Items()
		s := "("
		for i, it := range items {
			if i > 0 {
				s += ", "
			}
			s += goRepr(it)
		}
		if len(items) == 1 {
			s += ","
		}
		return s + ")"
	case *Type:
		return "<class '" + o.Name + "'>"
	}
	return objectRepr(v)
}

// unhashable is the TypeError for hash() of a mutable value.
func unhashable(v Value) error {
	return Errorf(TypeErrorType, "unhashable type: '%s'", TypeOf(v).Name)
}

// Hash returns hash(v), equal to CPython's for ints, floats, bools, None
// and tuples of them.
func Hash(t *Thread, v Value) (int64, error) {
	switch v.obj.(type) {
	case intTag:
		return intHash(v.AsInt()), nil
	case floatTag:
		return floatHash(v.AsFloat()), nil
	case boolTag:
		return int64(v.num), nil
	case noneTag:
		return noneHash, nil
	}
	typ := TypeOf(v)
	if !typ.IsHeap() {
		if typ.slots().Hash == nil {
			return 0, unhashable(v)
		}
		return typ.slots().Hash(t, v)
	}
	fn, ok := lookupDunder(v, "__hash__")
	if !ok || fn.IsNone() {
		return 0, unhashable(v)
	}
	r, err := callMethod(t, fn, v)
	if err != nil {
		return 0, err
	}
	switch r.obj.(type) {
	case intTag:
		h := r.AsInt()
		if h == -1 {
			h = -2
		}
		return h, nil
	case boolTag:
		return int64(r.num), nil
	case *BigInt:
		return hashBig(r.obj.(*BigInt).big()), nil
	}
	if IsInstance(r, IntType) {
		iv, err := Index(t, r)
		if err == nil {
			return Hash(t, iv)
		}
	}
	return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
}

// Iter returns iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	typ := TypeOf(v)
	if !typ.IsHeap() {
		if typ.slots().Iter != nil {
			return typ.slots().Iter(t, v)
		}
	} else if fn, ok := lookupDunder(v, "__iter__"); ok {
		if fn.IsNone() {
			return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
		}
		r, err := callMethod(t, fn, v)
		if err != nil {
			return Value{}, err
		}
		if !isIterator(r) {
			return Value{}, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeOf(r).Name)
		}
		return r, nil
	}
	if _, ok := lookupDunder(v, "__getitem__"); ok && !isMapping(typ) {
		return FromObject(&SeqIter{seq: v}), nil
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not iterable", typ.Name)
}

func isMapping(typ *Type) bool { return IsSubtype(typ, DictType) }

func isIterator(v Value) bool {
	typ := TypeOf(v)
	if !typ.IsHeap() {
		return typ.slots().Next != nil
	}
	_, ok := lookupDunder(v, "__next__")
	return ok
}

// Next advances the iterator it; zero Value and nil error mean exhausted
// (a StopIteration from __next__ is absorbed).
func Next(t *Thread, it Value) (Value, error) {
	typ := TypeOf(it)
	if !typ.IsHeap() {
		if typ.slots().Next != nil {
			// LANG: iterators over iterators (map(f, map(f, ...))) recurse
			// on the Go stack; a bound far above CPython's frame limit
			// keeps a deep chain from hitting Go's stack limit.
			if t.nextDepth >= maxNextDepth {
				return Value{}, t.recursionError(" while advancing an iterator")
			}
			t.nextDepth++
			v, err := typ.slots().Next(t, it)
			t.nextDepth--
			return v, err
		}
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	r, ok, err := callDunder(t, it, "__next__")
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.Matches(StopIterationType) {
			return Value{}, nil
		}
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.Name)
	}
	return r, nil
}

// SeqIter iterates an object that has only __getitem__ (the old
// sequence protocol), stopping at IndexError or StopIteration.
type SeqIter struct {
	shareFlag // set when published: Next takes the token
	seq       Value
	index     int64
	done      bool
}

// SeqIterType is the type of sequence iterators.
var SeqIterType = &Type{Name: "iterator", flags: flagFinal}

// Type returns iterator.
func (it *SeqIter) Type() *Type { return SeqIterType }

func seqIterNext(t *Thread, v Value) (Value, error) {
	it := v.obj.(*SeqIter)
	t.touchIter(&it.shareFlag, it)
	if it.done {
		return Value{}, nil
	}
	r, err := GetItem(t, it.seq, Int(it.index))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Matches(IndexErrorType) || e.Matches(StopIterationType)) {
			it.done = true
			return Value{}, nil
		}
		return Value{}, err
	}
	it.index++
	return r, nil
}

// GetItem returns v[key].
func GetItem(t *Thread, v, key Value) (Value, error) {
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().GetItem != nil {
		return typ.slots().GetItem(t, v, key)
	}
	r, ok, err := callDunder(t, v, "__getitem__", key)
	if ok || err != nil {
		return r, err
	}
	if cls, isType := v.obj.(*Type); isType {
		if r, ok, err := classGetItem(t, cls, key); ok || err != nil {
			return r, err
		}
		return Value{}, Errorf(TypeErrorType, "type '%s' is not subscriptable", cls.Name)
	}
	return Value{}, Errorf(TypeErrorType, "'%s' object is not subscriptable", typ.Name)
}

// classGetItem implements C[key] through __class_getitem__.
func classGetItem(t *Thread, cls *Type, key Value) (Value, bool, error) {
	fn, ok := cls.Lookup("__class_getitem__")
	if !ok {
		return Value{}, false, nil
	}
	bound, _, err := bindDescr(t, fn, Value{}, cls)
	if err != nil {
		return Value{}, true, err
	}
	if _, isCM := fn.obj.(*ClassMethod); !isCM {
		bound = bindMethod(fn, FromObject(cls))
	}
	r, err := t.Call(bound, []Value{key}, nil)
	return r, true, err
}

// SetItem performs v[key] = x.
func SetItem(t *Thread, v, key, x Value) error {
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().SetItem != nil {
		return typ.slots().SetItem(t, v, key, x)
	}
	_, ok, err := callDunder(t, v, "__setitem__", key, x)
	if ok || err != nil {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", typ.Name)
}

// DelItem performs del v[key].
func DelItem(t *Thread, v, key Value) error {
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().DelItem != nil {
		return typ.slots().DelItem(t, v, key)
	}
	_, ok, err := callDunder(t, v, "__delitem__", key)
	if ok || err != nil {
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item deletion", typ.Name)
}

// Contains returns item in container.
func Contains(t *Thread, container, item Value) (bool, error) {
	typ := TypeOf(container)
	if !typ.IsHeap() && typ.slots().Contains != nil {
		return typ.slots().Contains(t, container, item)
	}
	if r, ok, err := callDunder(t, container, "__contains__", item); ok || err != nil {
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	it, err := Iter(t, container)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) {
			return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
		}
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if !x.IsValid() {
			return false, nil
		}
		eq, err := Equal(t, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Index returns v.__index__() as an int (unboxed or *BigInt).
func Index(t *Thread, v Value) (Value, error) {
	switch o := v.obj.(type) {
	case intTag:
		return v, nil
	case boolTag:
		return Int(int64(v.num)), nil
	case *BigInt:
		if o.typ == nil {
			return v, nil
		}
		return o.plain(), nil
	}
	typ := TypeOf(v)
	if !typ.IsHeap() && typ.slots().Index != nil {
		return typ.slots().Index(t, v)
	}
	r, ok, err := callDunder(t, v, "__index__")
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	if !IsInstance(r, IntType) {
		return Value{}, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeOf(r).Name)
	}
	return Index(t, r)
}

// bigSign returns the sign of an int value (unboxed or big).
func bigSign(v Value) int {
	if v.IsInt() {
		switch {
		case v.AsInt() < 0:
			return -1
		case v.AsInt() > 0:
			return 1
		}
		return 0
	}
	if b, ok := v.obj.(*BigInt); ok {
		return b.big().Sign()
	}
	return 0
}

// toBig returns an int value as a new big.Int.
func toBig(v Value) *big.Int {
	if v.IsInt() {
		return big.NewInt(v.AsInt())
	}
	if v.IsBool() {
		return big.NewInt(int64(v.num))
	}
	return new(big.Int).Set(v.obj.(*BigInt).big())
}
