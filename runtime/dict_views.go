package runtime

import (
	"github.com/pystm/pystm/compiler/bytecode"
)

// This file defines dict's views (keys(), values(), items()) and its
// iterators.

// dictIterKind selects what a view or iterator yields.
type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// View types.
var (
	DictKeysType   = &Type{Name: "dict_keys", flags: flagFinal}
	DictValuesType = &Type{Name: "dict_values", flags: flagFinal}
	DictItemsType  = &Type{Name: "dict_items", flags: flagFinal}
)

// DictView is a live view of a dict's keys, values or items.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.kind {
	case dictIterKeys:
		return DictKeysType
	case dictIterValues:
		return DictValuesType
	}
	return DictItemsType
}

// DictIterator iterates over a dict. It fails as CPython's does when the
// dict changes size during the iteration.
type DictIterator struct {
	shareFlag // set when published: Next takes the token
	d         *Dict
	kind      dictIterKind
	pos       int
	size      int
	left      int
	reverse   bool
}

func newDictIterator(d *Dict, kind dictIterKind) *DictIterator {
	return &DictIterator{d: d, kind: kind, size: d.used, left: d.used}
}

// Type returns the iterator's type.
func (it *DictIterator) Type() *Type {
	switch it.kind {
	case dictIterKeys:
		return DictKeyIteratorType
	case dictIterValues:
		return DictValueIteratorType
	}
	return DictItemIteratorType
}

// NextErr returns the next element, false when exhausted, or the
// RuntimeError of a dict changed during iteration.
func (it *DictIterator) NextErr(t *Thread) (Value, bool, error) {
	k, v, ok, err := it.nextEntry(t)
	if !ok {
		return Value{}, false, err
	}
	switch it.kind {
	case dictIterKeys:
		return k, true, nil
	case dictIterValues:
		return v, true, nil
	}
	return newTuple2(k, v), true, nil
}

// nextEntry is NextErr's step: the next entry's key and value.
func (it *DictIterator) nextEntry(t *Thread) (Value, Value, bool, error) {
	t.touchIter(&it.shareFlag, it)
	d := it.d
	if d == nil {
		return Value{}, Value{}, false, nil
	}
	t.touch(&d.Header)
	if d.used != it.size {
		it.size = -1 // stay broken, as CPython does
		return Value{}, Value{}, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos >= 0 && it.pos < len(d.entries) {
		e := &d.entries[it.pos]
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		if !e.key.IsValid() {
			continue
		}
		it.left--
		return e.key, e.value, true, nil
	}
	it.d = nil
	if it.left > 0 {
		return Value{}, Value{}, false, Errorf(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	return Value{}, Value{}, false, nil
}

func init() {
	for _, typ := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType} {
		typ.flags |= flagFinal
		typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
			x, _, err := v.obj.(*DictIterator).NextErr(t)
			return x, err
		}
		typ.AddMethod("__length_hint__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			it := args[0].obj.(*DictIterator)
			if it.d == nil {
				return Int(0), nil
			}
			return Int(int64(it.left)), nil
		})
	}
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		s := &typ.Slots
		s.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*DictView).d.Len(), nil }
		s.Iter = func(t *Thread, v Value) (Value, error) {
			dv := v.obj.(*DictView)
			return FromObject(newDictIterator(dv.d, dv.kind)), nil
		}
		s.Repr = dictViewRepr
		typ.AddMethod("__reversed__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			dv := args[0].obj.(*DictView)
			it := newDictIterator(dv.d, dv.kind)
			it.reverse = true
			it.pos = len(dv.d.entries) - 1
			return FromObject(it), nil
		})
	}
	DictValuesType.Slots.Contains = nil
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		s := &typ.Slots
		s.Contains = dictViewContains
		s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
			sa, err := viewAsSet(t, a)
			if err != nil {
				return Value{}, err
			}
			if !isSetLike(b) {
				return notImpl()
			}
			sb, err := viewAsSet(t, b)
			if err != nil {
				return Value{}, err
			}
			return setCompare(t, op, FromObject(sa), FromObject(sb))
		}
		for _, op := range []bytecode.BinOp{bytecode.OpAnd, bytecode.OpOr, bytecode.OpSub, bytecode.OpXor} {
			op := op
			s.Binary[op] = func(t *Thread, a, b Value) (Value, error) { return viewSetOp(t, op, a, b) }
			s.RBinary[op] = func(t *Thread, self, other Value) (Value, error) { return viewSetOp(t, op, other, self) }
		}
		typ.AddMethod("isdisjoint", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("isdisjoint", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			disjoint := true
			err := forEach(t, args[1], func(x Value) (bool, error) {
				in, err := dictViewContains(t, args[0], x)
				if in {
					disjoint = false
				}
				return !in, err
			})
			return Bool(disjoint), err
		})
	}
}

// isSetLike reports whether v is a set, frozenset or keys/items view.
func isSetLike(v Value) bool {
	switch o := v.obj.(type) {
	case *Set:
		return true
	case *DictView:
		return o.kind != dictIterValues
	}
	return false
}

// viewAsSet returns a set holding the elements of an iterable.
func viewAsSet(t *Thread, v Value) (*Set, error) {
	if s, ok := v.obj.(*Set); ok {
		return s, nil
	}
	s := NewSet()
	return s, s.Update(t, v)
}

// viewSetOp computes a set operation with a view on either side; the
// result is a set, as in CPython.
func viewSetOp(t *Thread, op bytecode.BinOp, a, b Value) (Value, error) {
	sa := NewSet()
	if err := sa.Update(t, a); err != nil {
		return Value{}, err
	}
	if err := forEach(t, b, func(Value) (bool, error) { return false, nil }); err != nil {
		if isExc(err, TypeErrorType) {
			return notImpl()
		}
		return Value{}, err
	}
	sb, err := viewAsSet(t, b)
	if err != nil {
		return Value{}, err
	}
	return setBinary(t, op, sa, sb)
}

func dictViewContains(t *Thread, v, x Value) (bool, error) {
	dv := v.obj.(*DictView)
	if dv.kind == dictIterKeys {
		_, ok, err := dv.d.GetItem(t, x)
		return ok, err
	}
	pair, ok := x.obj.(*Tuple)
	if !ok || len(pair.items) != 2 {
		return false, nil
	}
	val, ok, err := dv.d.GetItem(t, pair.items[0])
	if err != nil || !ok {
		return false, err
	}
	return Equal(t, val, pair.items[1])
}

func dictViewRepr(t *Thread, v Value) (string, error) {
	dv := v.obj.(*DictView)
	if !reprEnter(t, dv) {
		return "...", nil
	}
	defer reprLeave(t, dv)
	keys, vals := dv.d.Entries(t)
	items := keys
	switch dv.kind {
	case dictIterValues:
		items = vals
	case dictIterItems:
		items = make([]Value, len(keys))
		for i := range keys {
			items[i] = NewTuple([]Value{keys[i], vals[i]})
		}
	}
	return reprItems(t, items, TypeOf(v).Name+"([", "])")
}
