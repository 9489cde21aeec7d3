package runtime

// This file keeps, for a shared set, whether it may hold an element that
// is not a pure key (pureKey: an instance whose __eq__ or __hash__ is
// Python code, say). A commit applying buffered set writes must not run
// Python code, so it first walks every buffered element's probe path
// looking for such an element with the same hash (setWritesApply,
// pureProbe): for threads adding to one big set (bench/scaling/addset.py)
// that walk was 7% of a 2-thread run, all of it under the token. A set
// that never held an impure element needs no walk.
//
// The mark is sticky: set when an impure element enters the shared set,
// or when a wholesale write (a merge into an empty table, a replaced
// table, a rollback's restore) brings in elements that include one; and
// at publication, for the elements a set already held. Resizes and
// removals bring in no element. Wrongly set, it only costs the walk;
// every path that puts an element into a shared set's table is one of
// these (insertEntry, which calls sideAdded; mergeEntries' bulk fills;
// replaceTable; setUndo.undo), and TestSetImpureMark checks each.

// noteImpureKey marks the shared set s when k is not a pure key (an
// element just put into its table). Token held.
func (s *Set) noteImpureKey(k Value) {
	if !k.IsInt() { // (inlined: ints, the common case, cost one test)
		s.noteImpureOther(k)
	}
}

// noteImpureOther is noteImpureKey for a k that is not an int.
func (s *Set) noteImpureOther(k Value) {
	if pureKey(k) {
		return
	}
	if ss := s.shared(); ss != nil && !ss.impure.Load() {
		ss.impure.Store(true)
	}
}

// noteImpureTable marks the shared set s when its table holds an element
// that is not a pure key (after a wholesale write). Token held, or s
// being published.
func (s *Set) noteImpureTable() {
	ss := s.shared()
	if ss == nil || ss.impure.Load() {
		return
	}
	for i := range s.table {
		if k := s.table[i].key; k.IsValid() && !pureKey(k) {
			ss.impure.Store(true)
			return
		}
	}
}

// mayHoldImpure reports whether the set may hold an element that is not
// a pure key: true for a set that is not shared (whose elements nobody
// tracks).
func (s *Set) mayHoldImpure() bool {
	ss := s.shared()
	return ss == nil || ss.impure.Load()
}
