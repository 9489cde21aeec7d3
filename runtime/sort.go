package runtime

import (
	"slices"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file implements list.sort: stable, with key= and reverse=. It
// follows CPython's listsort closely enough that the comparisons a
// program can observe (a printing __lt__) come in CPython's order for
// lists shorter than 64 elements: natural runs found by count_run
// (strictly descending runs reversed), extended by binary insertion sort.
// Longer lists merge their runs with a plain stable merge (CPython
// gallops), which gives the same result with possibly other comparisons.
// reverse is done as CPython does: reverse, sort, reverse, which keeps
// equal elements in their original order.

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

// sorter sorts keys (and vals along with them).
type sorter struct {
	t    *Thread
	keys []Value
	vals []Value // nil when sorting the keys themselves
}

func (s *sorter) lt(i, j int) (bool, error) { return lessThan(s.t, s.keys[i], s.keys[j]) }

func (s *sorter) swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	if s.vals != nil {
		s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
	}
}

func (s *sorter) reverse(lo, hi int) {
	for hi--; lo < hi; lo, hi = lo+1, hi-1 {
		s.swap(lo, hi)
	}
}

// countRun is CPython's count_run: the length of the run at lo, made
// ascending (a strictly descending run is reversed in place).
func (s *sorter) countRun(lo, hi int) (int, error) {
	if lo+1 == hi {
		return 1, nil
	}
	desc, err := s.lt(lo+1, lo)
	if err != nil {
		return 0, err
	}
	n := 2
	for i := lo + 2; i < hi; i++ {
		less, err := s.lt(i, i-1)
		if err != nil {
			return 0, err
		}
		if less != desc {
			break
		}
		n++
	}
	if desc {
		s.reverse(lo, lo+n)
	}
	return n, nil
}

// binarySort is CPython's binarysort: [lo, start) is sorted; insert the
// elements of [start, hi) one by one.
func (s *sorter) binarySort(lo, hi, start int) error {
	if lo == start {
		start++
	}
	for ; start < hi; start++ {
		l, r := lo, start
		for l < r {
			p := l + (r-l)>>1
			less, err := lessThan(s.t, s.keys[start], s.keys[p])
			if err != nil {
				return err
			}
			if less {
				r = p
			} else {
				l = p + 1
			}
		}
		for k := start; k > l; k-- {
			s.swap(k, k-1)
		}
	}
	return nil
}

// minRun is CPython's merge_compute_minrun.
func minRun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// merge merges the sorted ranges [lo, mid) and [mid, hi) stably.
func (s *sorter) merge(lo, mid, hi int) error {
	left := slices.Clone(s.keys[lo:mid])
	var leftVals []Value
	if s.vals != nil {
		leftVals = slices.Clone(s.vals[lo:mid])
	}
	i, j, k := 0, mid, lo
	for i < len(left) && j < hi {
		less, err := lessThan(s.t, s.keys[j], left[i])
		if err != nil {
			// Put the rest back so that no element is lost.
			copy(s.keys[k:], left[i:])
			if s.vals != nil {
				copy(s.vals[k:], leftVals[i:])
			}
			return err
		}
		if less {
			s.keys[k] = s.keys[j]
			if s.vals != nil {
				s.vals[k] = s.vals[j]
			}
			j++
		} else {
			s.keys[k] = left[i]
			if s.vals != nil {
				s.vals[k] = leftVals[i]
			}
			i++
		}
		k++
	}
	copy(s.keys[k:], left[i:])
	if s.vals != nil {
		copy(s.vals[k:], leftVals[i:])
	}
	return nil
}

// sort sorts the whole range.
func (s *sorter) sort() error {
	n := len(s.keys)
	if n < 2 {
		return nil
	}
	mr := minRun(n)
	type run struct{ lo, n int }
	var runs []run
	for lo := 0; lo < n; {
		rn, err := s.countRun(lo, n)
		if err != nil {
			return err
		}
		if rn < mr {
			force := min(mr, n-lo)
			if err := s.binarySort(lo, lo+force, lo+rn); err != nil {
				return err
			}
			rn = force
		}
		runs = append(runs, run{lo, rn})
		lo += rn
	}
	for len(runs) > 1 {
		var next []run
		for i := 0; i+1 < len(runs); i += 2 {
			a, b := runs[i], runs[i+1]
			if err := s.merge(a.lo, b.lo, b.lo+b.n); err != nil {
				return err
			}
			next = append(next, run{a.lo, a.n + b.n})
		}
		if len(runs)%2 == 1 {
			next = append(next, runs[len(runs)-1])
		}
		runs = next
	}
	return nil
}

// Sort sorts the list in place; key may be zero (no key function).
func (l *List) Sort(t *Thread, key Value, reverse bool) error {
	t.wListCopy(l)
	if !key.IsValid() && l.kind == listInts {
		if reverse {
			slices.SortStableFunc(l.ints, func(a, b int64) int { return compareOrdered(b, a) })
		} else {
			slices.Sort(l.ints)
		}
		return nil
	}
	items := l.Items(t)
	s := &sorter{t: t, keys: items}
	if key.IsValid() {
		s.keys = make([]Value, len(items))
		s.vals = items
		for i, x := range items {
			k, err := t.Call(key, []Value{x}, nil)
			if err != nil {
				return err
			}
			s.keys[i] = k
		}
	}
	// While sorting, the list looks empty (as in CPython), so that a
	// comparison that mutates it is detected afterwards.
	kind, ints, vals := l.kind, l.ints, l.vals
	l.Clear(t)
	if reverse {
		s.reverse(0, len(items))
	}
	err := s.sort()
	if reverse {
		s.reverse(0, len(items))
	}
	modified := l.Len() != 0
	t.touchListW(l) // LISTREAD: a copy built while comparisons ran is stale
	l.kind, l.ints, l.vals = kind, ints, vals
	if err != nil {
		return err
	}
	l.setAll(items)
	if modified {
		return Errorf(ValueErrorType, "list modified during sort")
	}
	return nil
}
