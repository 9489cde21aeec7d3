package runtime

import "github.com/pystm/pystm/compiler/bytecode"

// This file puts the sharing barrier (share.go's touch) in front of the
// Go behaviour of the built-in mutable types, once, where it is
// installed: the Slots of list, dict, set, bytearray, the dict views and
// the iterators, and the built-in methods added with AddMethod to those
// types. So every slot or method that reads or writes the receiver's
// state (and, for binary operators and comparisons, the other operand's)
// first takes the token when the object is shared. Code that reaches the
// objects another way goes through their accessors, which touch too.

// headerHolder is satisfied by every object that embeds stm.Header.
type headerHolder interface{ IsShared() bool }

// touchValue is touch for a Value: it takes the token when v is a shared
// mutable object.
func (t *Thread) touchValue(v Value) {
	if v.obj != nil && sharedObject(v.obj) && t != nil {
		t.acquireToken()
	}
}

// sharedObject reports whether o is a shared mutable object. The common
// receivers are tested by concrete type first: asserting an interface
// (headerHolder) costs a lookup on every slot and method call.
func sharedObject(o Object) bool {
	switch x := o.(type) {
	case *List:
		return x.IsShared()
	case *Dict:
		return x.IsShared()
	case *Set:
		return x.IsShared()
	case *ListIterator:
		return x.IsShared()
	case *RangeIterator:
		return x.IsShared()
	case *DictIterator:
		return x.IsShared()
	case *ByteArray:
		return x.IsShared()
	case *Enumerate:
		return x.IsShared()
	case *SetIterator:
		return x.IsShared()
	case *TupleIterator:
		return x.IsShared()
	case *Instance:
		return x.IsShared()
	case *DictView:
		// A view has no state of its own: it reads its dict.
		return x.d.IsShared()
	case *Str, *Tuple, *BigInt, *FloatObj:
		return false
	}
	h, ok := o.(headerHolder)
	return ok && h.IsShared()
}

// sharedLayouts are the built-in types whose objects are mutable and
// carry a header: their slots and methods get the barrier.
func sharedLayout(typ *Type) bool {
	switch typ {
	case ListType, DictType, SetType, ByteArrayType,
		DictKeysType, DictValuesType, DictItemsType,
		ListIteratorType, ListReverseIteratorType, DictKeyIteratorType,
		DictValueIteratorType, DictItemIteratorType, SetIteratorType,
		TupleIteratorType, RangeIteratorType, StrIteratorType, BytesIteratorType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType,
		CallableIteratorType, SeqIterType:
		return true
	}
	return false
}

// selfTouchingIterator reports whether typ is an iterator type whose Go
// Next touches the iterator (and what it reads) itself: its Next slot is
// not wrapped, saving a closure call per element, and its Iter slot
// returns the iterator itself.
func selfTouchingIterator(typ *Type) bool {
	switch typ {
	case ListIteratorType, ListReverseIteratorType, DictKeyIteratorType,
		DictValueIteratorType, DictItemIteratorType, SetIteratorType,
		TupleIteratorType, RangeIteratorType, StrIteratorType, BytesIteratorType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType,
		CallableIteratorType, SeqIterType:
		return true
	}
	return false
}

// touchingMethod wraps a built-in method of a shared layout so that it
// touches its receiver first. When the receiver is shared, the arguments
// are published too: methods such as append, insert, setdefault, update
// and add store them (or what they yield) into the receiver, and
// publishing an argument that is not stored is harmless.
func touchingMethod(fn func(t *Thread, args []Value, kwnames []string) (Value, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 && args[0].obj != nil {
			if sharedObject(args[0].obj) && t != nil {
				t.acquireToken()
				for _, a := range args[1:] {
					t.publish(a)
				}
			}
		}
		return fn(t, args, kwnames)
	}
}

// wrapSharedSlots installs the barrier in front of every slot of typ
// (called when typ is made ready, before its slot wrappers are made, so
// that list.__getitem__ and friends have it too).
func (typ *Type) wrapSharedSlots() {
	if !sharedLayout(typ) {
		return
	}
	s := &typ.Slots
	if typ == ByteArrayType {
		irrevocableWrites(s) // SPAN: a bytearray's writes have no undo record
	}
	wrap1s := func(f func(t *Thread, v Value) (string, error)) func(t *Thread, v Value) (string, error) {
		if f == nil {
			return nil
		}
		return func(t *Thread, v Value) (string, error) { t.touchValue(v); return f(t, v) }
	}
	s.Repr, s.Str = wrap1s(s.Repr), wrap1s(s.Str)
	if f := s.Hash; f != nil {
		s.Hash = func(t *Thread, v Value) (int64, error) { t.touchValue(v); return f(t, v) }
	}
	if f := s.Bool; f != nil {
		s.Bool = func(t *Thread, v Value) (bool, error) { t.touchValue(v); return f(t, v) }
	}
	if f := s.Len; f != nil {
		s.Len = func(t *Thread, v Value) (int, error) {
			if t != nil && t.optimisticReads() { // READS: lock-free (shared_read_dict.go)
				if n, ok := t.readLen(v); ok {
					return n, nil
				}
			}
			t.touchValue(v)
			return f(t, v)
		}
	}
	if f := s.Compare; f != nil && typ != SetType { // (set's operators pass their barriers: span_setops.go)
		s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
			t.touchValue(a)
			t.touchValue(b)
			return f(t, op, a, b)
		}
	}
	wrap2 := func(f func(t *Thread, a, b Value) (Value, error)) func(t *Thread, a, b Value) (Value, error) {
		if f == nil {
			return nil
		}
		return func(t *Thread, a, b Value) (Value, error) {
			t.touchValue(a)
			t.touchValue(b)
			return f(t, a, b)
		}
	}
	for i := range s.Binary {
		if typ == SetType {
			break // (set's operators pass their barriers: span_setops.go)
		}
		s.Binary[i], s.RBinary[i], s.Inplace[i] = wrap2(s.Binary[i]), wrap2(s.RBinary[i]), wrap2(s.Inplace[i])
	}
	if f := s.Inplace[bytecode.OpAdd]; typ == ListType && f != nil {
		s.Inplace[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
			if t != nil && t.spActive && t.spanListIAdd(a, b) {
				return a, nil // buffered (span_listops.go)
			}
			return f(t, a, b)
		}
	}
	if f := s.Inplace[bytecode.OpOr]; typ == DictType && f != nil {
		s.Inplace[bytecode.OpOr] = func(t *Thread, a, b Value) (Value, error) {
			if t != nil && t.spActive && t.bufferDictUpdate(a, b) {
				return a, nil // buffered (span_dictwrites.go)
			}
			return f(t, a, b)
		}
	}
	wrap1 := func(f func(t *Thread, v Value) (Value, error)) func(t *Thread, v Value) (Value, error) {
		if f == nil {
			return nil
		}
		return func(t *Thread, v Value) (Value, error) { t.touchValue(v); return f(t, v) }
	}
	for i := range s.Unary {
		s.Unary[i] = wrap1(s.Unary[i])
	}
	s.Index = wrap1(s.Index)
	if !selfTouchingIterator(typ) {
		s.Next = wrap1(s.Next)
		// LISTREAD: iter(list) reads nothing of the list (its iterator's
		// Next reads it, lock-free or touched), so `for x in shared` in an
		// abortable span need not take the token.
		if typ != ListType && typ != SetType { // (a set's Iter touches it itself: shared_read_set.go)
			s.Iter = wrap1(s.Iter)
		}
	}
	if f := s.GetItem; f != nil {
		s.GetItem = func(t *Thread, v, k Value) (Value, error) {
			if t != nil && t.optimisticReads() { // READS: lock-free (shared_read_dict.go)
				if r, ok, err := t.readGetItem(v, k); ok {
					return r, err
				}
			}
			t.touchValue(v)
			return f(t, v, k)
		}
	}
	if f := s.SetItem; f != nil {
		s.SetItem = func(t *Thread, v, k, x Value) error {
			if v.obj != nil && sharedObject(v.obj) {
				if t != nil && t.spActive && (t.bufferDictStore(v, k, x) || t.bufferGlobalsItem(v, k, x)) {
					return nil // applied at commit (span_dictwrites.go, span_namedeletes.go)
				}
				if t != nil && t.spActive {
					if err, done := t.spanListSetItem(v, k, x); done {
						return err // buffered (span_listassign.go)
					}
				}
				if t != nil {
					t.acquireToken()
				}
				t.publish(k)
				t.publish(x)
			}
			return f(t, v, k, x)
		}
	}
	if f := s.DelItem; f != nil {
		s.DelItem = func(t *Thread, v, k Value) error {
			if t != nil && t.spActive && v.obj != nil && sharedObject(v.obj) {
				if done, err := t.deleteGlobalsItem(v, k); done {
					return err // buffered (span_namedeletes.go)
				}
				if l, ok := v.obj.(*List); ok {
					if err, done := t.spanListDelItem(l, k); done {
						return err // buffered (span_listops.go)
					}
				}
			}
			t.touchValue(v)
			return f(t, v, k)
		}
	}
	if f := s.Contains; f != nil {
		s.Contains = func(t *Thread, v, x Value) (bool, error) {
			if t != nil && t.optimisticReads() { // READS: lock-free (shared_read_dict.go)
				if found, ok := t.readContains(v, x); ok {
					return found, nil
				}
			}
			t.touchValue(v)
			return f(t, v, x)
		}
	}
	if f := s.GetAttr; f != nil {
		s.GetAttr = func(t *Thread, v Value, name string) (Value, error) { t.touchValue(v); return f(t, v, name) }
	}
	if f := s.SetAttr; f != nil {
		s.SetAttr = func(t *Thread, v Value, name string, x Value) error {
			if v.obj != nil && sharedObject(v.obj) {
				if t != nil {
					t.acquireToken()
				}
				t.publish(x)
			}
			return f(t, v, name, x)
		}
	}
	if f := s.DelAttr; f != nil {
		s.DelAttr = func(t *Thread, v Value, name string) error { t.touchValue(v); return f(t, v, name) }
	}
}
