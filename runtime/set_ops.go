package runtime

// This file holds the set algorithms, each following CPython 3.11's
// setobject.c step by step (which table is iterated, when the table is
// resized), because those choices decide the iteration order users see.

// newSetLike returns an empty set of the same base kind as s (set for
// set and its subclasses, frozenset otherwise).
func newSetLike(s *Set) *Set { return &Set{frozen: s.frozen} }

// clearTable is CPython's set_clear_internal. The caller has passed
// the write barrier (wSet).
func (s *Set) clearTable(t *Thread) {
	s.replaceTable(t, nil, 0, 0)
}

// replaceTable gives s a new table holding used elements in fill slots
// (clear, the intersection updates): a shared set's read side no longer
// matches it and is dropped (shared_read_set.go). The pop finger stays,
// as CPython's set_clear_internal and set_swap_bodies leave it. The
// caller has passed the write barrier (wSet).
func (s *Set) replaceTable(t *Thread, table []setEntry, fill, used int) {
	s.table, s.fill, s.used = table, fill, used
	if s.IsShared() {
		s.sideDropped(t)
		s.noteImpureTable() // (span_setpure.go)
	}
}

// merge is CPython's set_merge: add every element of o.
func (s *Set) merge(t *Thread, o *Set) error {
	if o != s && t.spanSetMerge(s, o) {
		return nil // buffered to the commit (span_setops.go)
	}
	t.wSet(s) // SPAN
	if o != s {
		o = t.roSet(o) // READS: a view of a shared o (span_setops.go)
	}
	if s.IsShared() {
		t.publish(FromObject(o))
	}
	return s.mergeEntries(t, o)
}

// mergeEntries is merge past its barriers (s written, o read; also a
// span's buffered merge applied at commit, span_setops.go).
func (s *Set) mergeEntries(t *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && s.IsShared() {
		s.sideDropped(t) // filled below past insertEntry (shared_read_set.go)
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		s.noteImpureTable() // a shared s (span_setpure.go)
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key.IsValid() {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.noteImpureTable() // a shared s (span_setpure.go)
		return nil
	}
	for _, e := range o.table {
		if e.key.IsValid() {
			if err := s.insertEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update is CPython's set_update_internal: add the elements of an iterable.
func (s *Set) Update(t *Thread, v Value) error {
	if done, err := t.spanSetUpdate(s, v); done {
		return err // buffered to the commit (span_setops.go)
	}
	t.touchStoreL(&s.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logSetCopy(s)
	}
	switch o := v.obj.(type) {
	case *Set:
		return s.merge(t, o)
	case *Dict:
		if o.typ == nil {
			t.touch(&o.Header) // (its entries are read below)
			if s.table == nil {
				s.table = make([]setEntry, setMinSize)
			}
			if (s.fill+o.used)*5 >= s.mask()*3 {
				s.resize((s.used + o.used) * 2)
			}
			for _, e := range o.entries {
				if e.key.IsValid() {
					if err := s.addEntry(t, e.key, e.hash); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	return forEach(t, v, func(x Value) (bool, error) {
		return true, s.Add(t, x)
	})
}

// copySet is CPython's make_new_set_basetype(type(s), s).
func (s *Set) copySet(t *Thread) *Set {
	s = t.roSet(s) // READS: span_setops.go
	out := newSetLike(s)
	out.merge(t, s) // cannot fail: no comparisons into an empty table
	return out
}

// containsEntry looks k (hash h) up in s.
func (s *Set) containsEntry(t *Thread, k Value, h int64) (bool, error) {
	t.touch(&s.Header)
	j, err := s.find(t, k, h)
	return j >= 0, err
}

// discardEntry is CPython's set_discard_entry.
func (s *Set) discardEntry(t *Thread, k Value, h int64) (bool, error) {
	t.wSet(s) // SPAN
	return s.removeEntry(t, k, h)
}

// removeEntry is discardEntry past its barrier (see insertEntry).
func (s *Set) removeEntry(t *Thread, k Value, h int64) (bool, error) {
	j, err := s.find(t, k, h)
	if err != nil || j < 0 {
		return false, err
	}
	if s.IsShared() {
		s.sideRemoved(t, s.table[j].key, h) // READS: shared_read_set.go
	}
	t.logSetSlot(s, j) // SPAN: a big local set (span_undo_set.go)
	s.table[j] = setEntry{hash: -1}
	s.used--
	return true, nil
}

// union is a | b (CPython's set_or/set_union): copy a, then update.
func (s *Set) union(t *Thread, others ...Value) (*Set, error) {
	out := s.copySet(t)
	for _, o := range others {
		if err := out.Update(t, o); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// intersection is CPython's set_intersection.
func (s *Set) intersection(t *Thread, other Value) (*Set, error) {
	s = t.roSet(s) // READS: span_setops.go
	out := newSetLike(s)
	if o, ok := other.obj.(*Set); ok {
		o = t.roSet(o)
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		for _, e := range small.table {
			if !e.key.IsValid() {
				continue
			}
			in, err := big.containsEntry(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := out.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	}
	err := forEach(t, other, func(x Value) (bool, error) {
		h, err := hashValue(t, x)
		if err != nil {
			return false, err
		}
		in, err := s.containsEntry(t, x, h)
		if err != nil || !in {
			return err == nil, err
		}
		return true, out.addEntry(t, x, h)
	})
	return out, err
}

// difference is CPython's set_difference.
func (s *Set) difference(t *Thread, other Value) (*Set, error) {
	s = t.roSet(s) // READS: span_setops.go
	if o, ok := other.obj.(*Set); ok {
		other = FromObject(t.roSet(o))
	}
	var otherSize int
	switch o := other.obj.(type) {
	case *Set:
		otherSize = o.used
	case *Dict:
		if o.typ != nil {
			return s.copyAndDifference(t, other)
		}
		t.touch(&o.Header) // (its size and keys are read below)
		otherSize = o.used
	default:
		return s.copyAndDifference(t, other)
	}
	if s.used>>2 > otherSize {
		return s.copyAndDifference(t, other)
	}
	out := newSetLike(s)
	for _, e := range s.table {
		if !e.key.IsValid() {
			continue
		}
		var in bool
		var err error
		switch o := other.obj.(type) {
		case *Set:
			in, err = o.containsEntry(t, e.key, e.hash)
		case *Dict:
			var ix int
			ix, err = o.lookup(t, e.key, e.hash)
			in = ix >= 0
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := out.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// copyAndDifference is CPython's set_copy_and_difference.
func (s *Set) copyAndDifference(t *Thread, other Value) (*Set, error) {
	out := s.copySet(t)
	return out, out.differenceUpdate(t, other)
}

// differenceUpdate is CPython's set_difference_update_internal.
func (s *Set) differenceUpdate(t *Thread, other Value) error {
	if done, err := t.spanSetDifferenceUpdate(s, other); done {
		return err // buffered to the commit (span_setops.go)
	}
	t.wSet(s) // SPAN
	if o, ok := other.obj.(*Set); ok {
		if o == s {
			s.clearTable(t)
			return nil
		}
		o = t.roSet(o) // READS: span_setops.go
		for _, e := range o.table {
			if e.key.IsValid() {
				if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
	} else if err := forEach(t, other, func(x Value) (bool, error) {
		_, err := s.Discard(t, x)
		return true, err
	}); err != nil {
		return err
	}
	s.shrinkDummies()
	return nil
}

// shrinkDummies is difference_update's closing step: a table left with
// many dummies is rebuilt.
func (s *Set) shrinkDummies() {
	if s.fill-s.used <= s.mask()/4 {
		return
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// symmetricDifferenceUpdate is CPython's set_symmetric_difference_update.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other Value) error {
	if done, err := t.spanSetSymmetricDifferenceUpdate(s, other); done {
		return err // buffered to the commit (span_setops.go)
	}
	t.wSet(s) // SPAN
	o, ok := other.obj.(*Set)
	if !ok {
		o = NewSet()
		if err := o.Update(t, other); err != nil {
			return err
		}
	} else if o == s {
		s.clearTable(t)
		return nil
	} else {
		o = t.roSet(o) // READS: span_setops.go
	}
	return s.symmetricDifferenceFrom(t, o, 0)
}

// symmetricDifferenceFrom is symmetricDifferenceUpdate's loop over o's
// slots from the slot from on.
func (s *Set) symmetricDifferenceFrom(t *Thread, o *Set, from int) error {
	for _, e := range o.table[from:] {
		if !e.key.IsValid() {
			continue
		}
		found, err := s.discardEntry(t, e.key, e.hash)
		if err != nil {
			return err
		}
		if !found {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// symmetricDifference is CPython's set_symmetric_difference: a copy of
// other (as a set of s's kind), updated with s.
func (s *Set) symmetricDifference(t *Thread, other Value) (*Set, error) {
	s = t.roSet(s) // READS: span_setops.go
	out := newSetLike(s)
	if err := out.Update(t, other); err != nil {
		return nil, err
	}
	return out, out.symmetricDifferenceUpdate(t, FromObject(s))
}

// isSubset reports whether every element of s is in o.
func (s *Set) isSubset(t *Thread, o *Set) (bool, error) {
	s, o = t.roSet(s), t.roSet(o) // READS: span_setops.go
	if s.used > o.used {
		return false, nil
	}
	for _, e := range s.table {
		if !e.key.IsValid() {
			continue
		}
		in, err := o.containsEntry(t, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// Pop removes and returns an arbitrary element (CPython's choice).
func (s *Set) Pop(t *Thread) (Value, error) {
	if k, done, err := t.spanSetPop(s); done {
		return k, err // buffered to the commit (span_setops.go)
	}
	t.wSet(s) // SPAN
	if s.used == 0 {
		return Value{}, Errorf(KeyErrorType, "pop from an empty set")
	}
	return s.popEntry(t), nil
}

// popSlot is the slot pop takes: the first active one from the finger,
// as CPython's set_pop scans. s is not empty.
func (s *Set) popSlot() int {
	mask := s.mask()
	i := s.finger & mask
	for !s.table[i].key.IsValid() {
		i++
		if i > mask {
			i = 0
		}
	}
	return i
}

// popEntry is Pop past its barrier, s not empty (also a span's buffered
// pop applied at commit).
func (s *Set) popEntry(t *Thread) Value {
	i := s.popSlot()
	k := s.table[i].key
	if s.IsShared() {
		s.sideRemoved(t, k, s.table[i].hash) // READS: shared_read_set.go
	}
	t.logSetSlot(s, i) // SPAN: a big local set (span_undo_set.go)
	s.table[i] = setEntry{hash: -1}
	s.used--
	s.finger = i + 1
	return k
}

// UpdateFromConstDisplay adds the elements of a constant set display
// ({1, 2, 3} with more than two constant elements). CPython compiles such
// a display to a frozenset constant merged into an empty set; the
// constant is built from the items in order and then rebuilt once more
// from its own iteration order when the compiler merges constants. The
// tables of those frozensets decide the iteration order, so this builds
// the same two intermediates and merges the second.
func (s *Set) UpdateFromConstDisplay(t *Thread, items []Value) error {
	if s.IsShared() {
		for _, x := range items {
			t.touchStore(&s.Header, x)
		}
	}
	t.touch(&s.Header)
	f := NewFrozenSet()
	for _, x := range items {
		if err := f.Add(t, x); err != nil {
			return err
		}
	}
	g := NewFrozenSet()
	for _, x := range f.Items(t) {
		if err := g.Add(t, x); err != nil {
			return err
		}
	}
	return s.merge(t, g)
}
