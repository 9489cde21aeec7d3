package runtime

import (
	"github.com/pystm/pystm/compiler/bytecode"
)

// This file gives set and frozenset their Python behaviour.

// SetIterator iterates over a set's table in slot order.
type SetIterator struct {
	shareFlag // set when published: Next takes the token
	s         *Set
	pos       int
	size      int
	left      int
}

// Type returns set_iterator.
func (it *SetIterator) Type() *Type { return SetIteratorType }

// NextErr returns the next element, false when exhausted, or the
// RuntimeError of a set changed during iteration.
func (it *SetIterator) NextErr(t *Thread) (Value, bool, error) {
	t.touchIter(&it.shareFlag, it)
	s := it.s
	if s == nil {
		return Value{}, false, nil
	}
	var table []setEntry
	var used int
	if snap := t.setTableLockFree(s); snap != nil {
		table, used = snap.table, snap.used // READS: shared_read_set.go
	} else {
		t.touch(&s.Header)
		table, used = s.table, s.used
	}
	if used != it.size {
		it.size = -1
		return Value{}, false, Errorf(RuntimeErrorType, "Set changed size during iteration")
	}
	for it.pos < len(table) {
		e := table[it.pos]
		it.pos++
		if e.key.IsValid() {
			it.left--
			return e.key, true, nil
		}
	}
	it.s = nil
	return Value{}, false, nil
}

func init() {
	SetIteratorType.flags |= flagFinal
	SetIteratorType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	SetIteratorType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		x, _, err := v.obj.(*SetIterator).NextErr(t)
		return x, err
	}
	SetIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		it := args[0].obj.(*SetIterator)
		if it.s == nil {
			return Int(0), nil
		}
		return Int(int64(it.left)), nil
	})

	for _, typ := range []*Type{SetType, FrozenSetType} {
		s := &typ.Slots
		s.Repr = setRepr
		s.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*Set).used, nil }
		s.Contains = setContains
		s.Iter = func(t *Thread, v Value) (Value, error) {
			st := v.obj.(*Set)
			used := 0
			if snap := t.setTableLockFree(st); snap != nil {
				used = snap.used // READS: shared_read_set.go
			} else {
				t.touch(&st.Header) // (not wrapped: type_share.go)
				used = st.used
			}
			return FromObject(&SetIterator{s: st, size: used, left: used}), nil
		}
		s.Compare = setCompare
		for _, op := range []bytecode.BinOp{bytecode.OpAnd, bytecode.OpOr, bytecode.OpSub, bytecode.OpXor} {
			op := op
			s.Binary[op] = func(t *Thread, a, b Value) (Value, error) {
				y, ok := b.obj.(*Set)
				if !ok {
					return notImpl()
				}
				return setBinary(t, op, a.obj.(*Set), y)
			}
		}
		// Whole-set methods read a shared set through roSet and write it
		// through the span paths (span_setops.go).
		m := typ.addSetMethod
		m("copy", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			st := args[0].obj.(*Set)
			if st.frozen && st.typ == nil {
				return args[0], nil
			}
			return FromObject(st.copySet(t)), nil
		})
		m("union", setMulti("union", func(t *Thread, s *Set, others []Value) (*Set, error) { return s.union(t, others...) }))
		m("intersection", setMulti("intersection", func(t *Thread, s *Set, others []Value) (*Set, error) {
			out := s.copySet(t)
			for _, o := range others {
				var err error
				if out, err = out.intersection(t, o); err != nil {
					return nil, err
				}
			}
			return out, nil
		}))
		m("difference", setMulti("difference", func(t *Thread, s *Set, others []Value) (*Set, error) {
			if len(others) == 0 {
				return s.copySet(t), nil
			}
			out, err := s.difference(t, others[0])
			for _, o := range others[1:] {
				if err != nil {
					break
				}
				err = out.differenceUpdate(t, o)
			}
			return out, err
		}))
		m("symmetric_difference", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("set.symmetric_difference", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			out, err := args[0].obj.(*Set).symmetricDifference(t, args[1])
			if err != nil {
				return Value{}, err
			}
			return FromObject(out), nil
		})
		m("issubset", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("set.issubset", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			o, err := viewAsSet(t, args[1])
			if err != nil {
				return Value{}, err
			}
			r, err := args[0].obj.(*Set).isSubset(t, o)
			return Bool(r), err
		})
		m("issuperset", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("set.issuperset", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			o, err := viewAsSet(t, args[1])
			if err != nil {
				return Value{}, err
			}
			r, err := o.isSubset(t, args[0].obj.(*Set))
			return Bool(r), err
		})
		m("isdisjoint", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("set.isdisjoint", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			st := t.roSet(args[0].obj.(*Set)) // READS: span_setops.go
			disjoint := true
			err := forEach(t, args[1], func(x Value) (bool, error) {
				in, err := st.Contains(t, x)
				if in {
					disjoint = false
				}
				return !in, err
			})
			return Bool(disjoint), err
		})
		m("__reduce__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			st := args[0].obj.(*Set)
			return NewTuple([]Value{FromObject(st.Type()), NewTuple([]Value{FromObject(NewList(st.Items(t)))})}), nil
		})
	}
	FrozenSetType.Slots.Hash = func(t *Thread, v Value) (int64, error) { return v.obj.(*Set).frozenHash(t) }
	for _, op := range []bytecode.BinOp{bytecode.OpAnd, bytecode.OpOr, bytecode.OpSub, bytecode.OpXor} {
		op := op
		SetType.Slots.Inplace[op] = func(t *Thread, a, b Value) (Value, error) {
			s := a.obj.(*Set)
			o, ok := b.obj.(*Set)
			if !ok {
				return notImpl()
			}
			var err error
			switch op {
			case bytecode.OpOr:
				err = s.merge(t, o)
			case bytecode.OpSub:
				err = s.differenceUpdate(t, b)
			case bytecode.OpXor:
				err = s.symmetricDifferenceUpdate(t, b)
			case bytecode.OpAnd:
				err = s.intersectionUpdate(t, b)
			}
			return a, err
		}
	}

	SetType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		s := NewSet()
		if cls, ok := args[0].obj.(*Type); ok && cls != SetType {
			s.typ = cls
			s.sub.enable()
		}
		return FromObject(s), nil
	})
	SetType.AddMethod("__init__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "set() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "set expected at most 1 argument, got %d", len(args)-1)
		}
		s := args[0].obj.(*Set)
		if s.fill > 0 {
			t.wSet(s) // SPAN
			s.clearTable(t)
		}
		if len(args) == 2 {
			return None, s.Update(t, args[1])
		}
		return None, nil
	})
	FrozenSetType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "frozenset() takes no keyword arguments")
		}
		if len(args) > 2 {
			return Value{}, Errorf(TypeErrorType, "frozenset expected at most 1 argument, got %d", len(args)-1)
		}
		cls, _ := args[0].obj.(*Type)
		exact := cls == nil || cls == FrozenSetType
		if len(args) == 2 && exact {
			if o, ok := args[1].obj.(*Set); ok && o.frozen && o.typ == nil {
				return args[1], nil
			}
		}
		s := NewFrozenSet()
		if !exact {
			s.typ = cls
			s.sub.enable()
		}
		if len(args) == 2 {
			if err := s.Update(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		return FromObject(s), nil
	})
	m := SetType.addSetMethod
	// add, discard and remove on a shared set in an abortable span are
	// buffered to its commit when they may be (span_setwrites.go).
	SetType.addMethodLockFree("add", setAddLockFree, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.add", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return None, args[0].obj.(*Set).Add(t, args[1])
	})
	SetType.addMethodLockFree("discard", setDiscardLockFree, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.discard", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		_, err := setDiscardKey(t, args[0].obj.(*Set), args[1])
		return None, err
	})
	SetType.addMethodLockFree("remove", setRemoveLockFree, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.remove", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		found, err := setDiscardKey(t, args[0].obj.(*Set), args[1])
		if err == nil && !found {
			err = keyError(args[1])
		}
		return None, err
	})
	m("pop", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.pop", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return args[0].obj.(*Set).Pop(t)
	})
	m("clear", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.clear", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		s := args[0].obj.(*Set)
		if t.spanSetClear(s) {
			return None, nil // buffered to the commit (span_setops.go)
		}
		t.wSet(s) // SPAN
		s.clearTable(t)
		return None, nil
	})
	m("update", setUpdater("update", func(t *Thread, s *Set, o Value) error { return s.Update(t, o) }))
	m("difference_update", setUpdater("difference_update", func(t *Thread, s *Set, o Value) error { return s.differenceUpdate(t, o) }))
	m("intersection_update", setUpdater("intersection_update", func(t *Thread, s *Set, o Value) error { return s.intersectionUpdate(t, o) }))
	m("symmetric_difference_update", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("set.symmetric_difference_update", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		return None, args[0].obj.(*Set).symmetricDifferenceUpdate(t, args[1])
	})
}

// setMulti wraps a method taking any number of iterables.
func setMulti(name string, fn func(t *Thread, s *Set, others []Value) (*Set, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		out, err := fn(t, args[0].obj.(*Set), args[1:])
		if err != nil {
			return Value{}, err
		}
		return FromObject(out), nil
	}
}

// setUpdater wraps an in-place method taking any number of iterables.
func setUpdater(name string, fn func(t *Thread, s *Set, o Value) error) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
		}
		for _, o := range args[1:] {
			if err := fn(t, args[0].obj.(*Set), o); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
}

// setKeyRetry hashes k for a lookup; an unhashable set is looked up as
// the equal frozenset, as CPython does.
func setKeyRetry(t *Thread, k Value) (Value, int64, error) {
	h, err := hashValue(t, k)
	if err == nil {
		return k, h, nil
	}
	if s, ok := k.obj.(*Set); ok && !s.frozen && isExc(err, TypeErrorType) {
		f := NewFrozenSet()
		f.merge(t, s)
		h, err := f.frozenHash(t)
		return FromObject(f), h, err
	}
	return Value{}, 0, err
}

func setDiscardKey(t *Thread, s *Set, k Value) (bool, error) {
	k, h, err := setKeyRetry(t, k)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, k, h)
}

func setContains(t *Thread, v, x Value) (bool, error) {
	k, h, err := setKeyRetry(t, x)
	if err != nil {
		return false, err
	}
	return v.obj.(*Set).containsEntry(t, k, h)
}

// setBinary computes a & b, a | b, a - b or a ^ b.
func setBinary(t *Thread, op bytecode.BinOp, a, b *Set) (Value, error) {
	var out *Set
	var err error
	switch op {
	case bytecode.OpOr:
		out, err = a.union(t, FromObject(b))
	case bytecode.OpAnd:
		out, err = a.intersection(t, FromObject(b))
	case bytecode.OpSub:
		out, err = a.difference(t, FromObject(b))
	default:
		out, err = a.symmetricDifference(t, FromObject(b))
	}
	if err != nil {
		return Value{}, err
	}
	return FromObject(out), nil
}

func setCompare(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
	x := t.roSet(a.obj.(*Set)) // READS: span_setops.go
	y, ok := b.obj.(*Set)
	switch {
	case ok:
		y = t.roSet(y)
	case isSetLike(b):
		var err error
		if y, err = viewAsSet(t, b); err != nil {
			return Value{}, err
		}
	default:
		return notImpl()
	}
	var r bool
	var err error
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		if x.used == y.used {
			r, err = x.isSubset(t, y)
		}
		if op == bytecode.CmpNE {
			r = !r
		}
	case bytecode.CmpLE:
		r, err = x.isSubset(t, y)
	case bytecode.CmpGE:
		r, err = y.isSubset(t, x)
	case bytecode.CmpLT:
		if x.used < y.used {
			r, err = x.isSubset(t, y)
		}
	case bytecode.CmpGT:
		if x.used > y.used {
			r, err = y.isSubset(t, x)
		}
	}
	return Bool(r), err
}

func setRepr(t *Thread, v Value) (string, error) {
	s := v.obj.(*Set)
	name := TypeOf(v).Name
	if s.used == 0 {
		return name + "()", nil
	}
	if !reprEnter(t, s) {
		return name + "(...)", nil
	}
	defer reprLeave(t, s)
	if err := enterRepr(t); err != nil {
		return "", err
	}
	defer t.LeaveRecursive()
	r, err := reprItems(t, s.Items(t), "{", "}")
	if err != nil {
		return "", err
	}
	if s.frozen || s.typ != nil {
		return name + "(" + r + ")", nil
	}
	return r, nil
}
