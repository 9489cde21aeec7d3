package runtime

import (
	"slices"
	"sort"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file implements list.sort: stable, with key= and reverse=, as
// CPython's (reverse is done by reversing before and after a stable
// sort, which keeps equal elements in their original order).

// lessThan is a < b with fast paths for ints, floats and strs.
func lessThan(t *Thread, a, b Value) (bool, error) {
	switch a.obj.(type) {
	case intTag:
		if b.IsInt() {
			return a.AsInt() < b.AsInt(), nil
		}
	case floatTag:
		if b.IsFloat() {
			return a.AsFloat() < b.AsFloat(), nil
		}
	case *Str:
		if y, ok := b.obj.(*Str); ok && a.obj.(*Str).typ == nil && y.typ == nil {
			return a.obj.(*Str).s < y.s, nil
		}
	}
	r, err := Compare(t, bytecode.CmpLT, a, b)
	if err != nil {
		return false, err
	}
	if r.IsBool() {
		return r.AsBool(), nil
	}
	return Truth(t, r)
}

// Sort sorts the list in place; key may be zero (no key function).
func (l *List) Sort(t *Thread, key Value, reverse bool) error {
	if !key.IsValid() {
		switch l.kind {
		case listInts:
			if reverse {
				slices.SortFunc(l.ints, func(a, b int64) int { return compareOrdered(b, a) })
			} else {
				slices.Sort(l.ints)
			}
			return nil
		}
	}
	items := l.Items(t)
	keys := items
	if key.IsValid() {
		keys = make([]Value, len(items))
		for i, x := range items {
			k, err := t.Call(key, []Value{x}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	// While sorting, the list looks empty (as in CPython), so that a
	// comparison that mutates it is detected afterwards.
	kind, ints, floats, vals := l.kind, l.ints, l.floats, l.vals
	l.Clear(t)
	perm := make([]int, len(items))
	for i := range perm {
		perm[i] = i
	}
	if reverse {
		slices.Reverse(perm)
	}
	var firstErr error
	sort.SliceStable(perm, func(i, j int) bool {
		if firstErr != nil {
			return false
		}
		lt, err := lessThan(t, keys[perm[i]], keys[perm[j]])
		if err != nil {
			firstErr = err
			return false
		}
		return lt
	})
	modified := l.Len() != 0
	l.kind, l.ints, l.floats, l.vals = kind, ints, floats, vals
	if firstErr != nil {
		return firstErr
	}
	if reverse {
		slices.Reverse(perm)
	}
	out := make([]Value, len(items))
	for i, p := range perm {
		out[i] = items[p]
	}
	l.setAll(out)
	if modified {
		return Errorf(ValueErrorType, "list modified during sort")
	}
	return nil
}
