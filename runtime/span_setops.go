package runtime

// This file lets an abortable span run the whole-set operations of a
// shared set without the token (issue #7, "sets per key"): the operators
// and comparisons (|, &, -, ^, <=, <, ==, isdisjoint, issubset, the
// union/intersection/difference methods, copy) with a shared set as an
// operand read it lock-free, and update, |=, difference_update, -=,
// symmetric_difference_update, ^=, intersection_update, &=, clear and pop
// on a shared set are buffered to the commit as add/discard writes do
// (span_setwrites.go).
//
// Reading: an operation that reads every element reads the table copy
// that lock-free iteration reads (shared_read_set.go's tableSnap: made
// under the token, tagged with the side's size word, which the span
// records: any change of membership invalidates the read, as it must
// for a read of the whole set). When the span has buffered writes to the
// set, it reads a "view": a private copy of that table with its own
// writes applied in program order, through the very code the commit
// applies them with, so the view is the set the span would see holding
// the token (read-your-writes), dummies, finger and slot order included.
// A span keeps one view per set (setWrites.views), brought up to date
// with the writes buffered since; it is dropped with the buffer.
//
// Writing: each operation is buffered as CPython's own steps, so that the
// commit, replaying them in order through the same code, leaves the
// table exactly as the in-place operation would have (iteration order
// included):
//   - update(x), |= with a set: set_merge, buffered as one merge of a
//     private copy of x (its slot order decides the insertion order, and
//     merge pre-sizes the table: a sequence of adds could resize
//     elsewhere); any other iterable but a dict: its adds one by one, as
//     set_update_internal does;
//   - difference_update, -=: the discards, then the closing resize check;
//   - symmetric_difference_update, ^=: per element a discard or an add,
//     decided by the element's membership read lock-free per element;
//   - intersection_update, &=: the result (computed from the view) as a
//     table replacement;
//   - clear: a clear (a blind write: it reads nothing);
//   - pop: the element pop would return from the view (so from the
//     committed table the read records, with the span's own writes
//     applied), buffered as a pop: the commit runs pop's own scan from
//     the finger, which validation guarantees finds that element: every
//     write that could move the finger or the table changes the size
//     word the view's read recorded. The popped element is one the GIL
//     could have returned: the one CPython returns for the serial order
//     the commit takes.
// Each marker (merge, replace, clear, resize check) is followed by the
// element writes it amounts to (grouped: read by the span's own lookups
// and len, not applied one by one), so `x in s` and len(s) after a
// buffered update see it.
//
// What is buffered: the elements written must be pure keys (shared_read.go)
// that need no publication, as for add/discard; the buffer stays within
// its size bound. Anything else takes the token path (which applies the
// buffer first and goes on irrevocably, span.go), as before this file.

// setView is a shared set as the running span sees it (see the file
// comment).
type setView struct {
	s *Set
	v *Set
	// it is what an iterator of s reads in the span: v's table and size
	// (viewIterSnap), allocated once per view.
	it *setIterSnap
	// own says v.table is v's own copy (else it is the snapshot's,
	// never written).
	own bool
	// n is how many of the buffer's writes were looked at for v.
	n int
}

// spanSets reports whether t may read the shared exact set s lock-free
// and buffer writes to it now.
func (t *Thread) spanSets(s *Set) bool {
	return t != nil && t.sp.optimistic && s.typ == nil && !s.frozen && s.IsShared() && !t.spanHoldsToken()
}

// roSet is the read barrier of the whole-set operations: it returns what
// t reads for s, a view of a shared set when the span may read one
// (never to be written), else s itself, touched.
func (t *Thread) roSet(s *Set) *Set {
	if t == nil || !s.IsShared() {
		return s
	}
	if t.spanSets(s) {
		if v := t.setView(s); v != nil {
			return v
		}
	}
	t.touch(&s.Header)
	return s
}

// setView returns the span's view of the shared exact set s, or nil
// when the table copy was not there: t then holds the token (and the
// copy is made for the next reader).
func (t *Thread) setView(s *Set) *Set {
	b := &t.sp.sw
	var e *setView
	for i := range b.views {
		if b.views[i].s == s {
			e = &b.views[i]
			break
		}
	}
	if e == nil {
		snap := t.tableSnap(s, true)
		if snap == nil {
			return nil
		}
		b.views = append(b.views, setView{s: s, v: &Set{table: snap.table, fill: snap.fill, used: snap.used, finger: snap.finger}})
		e = &b.views[len(b.views)-1]
	}
	for ; e.n < len(b.ws); e.n++ {
		w := &b.ws[e.n]
		if w.s != s {
			continue
		}
		if !e.own {
			e.v.table = append([]setEntry(nil), e.v.table...)
			e.own = true
		}
		w.apply(t, e.v)
	}
	return e.v
}

// viewIterSnap is iterSnap for a set the span wrote: its view's table
// and size; nil: the token path (t holds the token now).
func (t *Thread) viewIterSnap(s *Set) *setIterSnap {
	if !t.spanSets(s) {
		t.acquireToken()
		return nil
	}
	v := t.setView(s)
	if v == nil {
		return nil
	}
	for i := range t.sp.sw.views {
		if e := &t.sp.sw.views[i]; e.s == s {
			if e.it == nil {
				e.it = &setIterSnap{}
			}
			e.it.table, e.it.used = v.table, v.used
			return e.it
		}
	}
	return nil // (cannot happen: setView made the entry)
}

// apply makes the write w on s: the set it was buffered for (commit:
// token held, reads validated) or a span's view of it.
func (w *setWrite) apply(t *Thread, s *Set) {
	switch w.op {
	case setOpAdd:
		if !w.grouped {
			s.insertEntry(t, w.k, w.h)
		}
	case setOpDiscard:
		if !w.grouped {
			s.removeEntry(t, w.k, w.h)
		}
	case setOpPop:
		if s.used > 0 {
			s.popEntry(t)
		}
	case setOpMerge:
		s.mergeEntries(t, w.src)
	case setOpReplace:
		s.replaceTable(t, append([]setEntry(nil), w.src.table...), w.src.fill, w.src.used)
	case setOpClear:
		s.replaceTable(t, nil, 0, 0)
	case setOpShrink:
		s.shrinkDummies()
	}
}

// setFrozenCopy returns a set with o's table as it is now, that nobody
// writes: a new struct over a snapshot's table (never written), else
// over a copy.
func setFrozenCopy(o *Set, shareTable bool) *Set {
	table := o.table
	if !shareTable {
		table = append([]setEntry(nil), table...)
	}
	return &Set{table: table, fill: o.fill, used: o.used, finger: o.finger}
}

// spanSetSource returns the elements an operation of a span reads from
// the set o: a view of a shared o, o itself when thread-local (or a
// frozenset). nil: the token path (t may hold the token now).
func (t *Thread) spanSetSource(o *Set) (src *Set, snapTable bool) {
	if !o.IsShared() {
		return o, false
	}
	if !t.spanSets(o) {
		return nil, false
	}
	v := t.setView(o)
	if v == nil {
		return nil, false
	}
	for i := range t.sp.sw.views {
		if e := &t.sp.sw.views[i]; e.s == o {
			return v, !e.own
		}
	}
	return v, false
}

// setStorable reports whether every element of o may be written into a
// shared set by a buffered write: pure and published already; and
// whether n more writes fit the span's buffer.
func (t *Thread) setStorable(o *Set, n int) bool {
	if t.bufferedWrites()+n >= 2*maxSpanWrites {
		return false
	}
	for i := range o.table {
		if k := o.table[i].key; k.IsValid() && (!pureKey(k) || !publishedAlready(k)) {
			return false
		}
	}
	return true
}

// spanSetMerge buffers set_merge(s, o) (s shared, o != s) when it may:
// false leaves it to the token path.
func (t *Thread) spanSetMerge(s, o *Set) bool {
	if !t.spanSets(s) {
		return false
	}
	v, snapTable := t.spanSetSource(o)
	if v == nil || !t.spanSets(s) || !t.setStorable(v, v.used+1) {
		return false
	}
	src := setFrozenCopy(v, snapTable || (o.frozen && !o.IsShared()))
	b := &t.sp.sw
	b.putOp(setWrite{s: s, op: setOpMerge, src: src})
	for i := range src.table {
		if e := &src.table[i]; e.key.IsValid() {
			b.ws = append(b.ws, setWrite{s: s, k: e.key, h: e.hash, op: setOpAdd, add: true, grouped: true})
		}
	}
	t.sp.stats.BufferedSetWrites += uint64(src.used + 1)
	return true
}

// spanSetUpdate is set_update_internal(s, v) buffered: done false leaves
// it to the token path.
func (t *Thread) spanSetUpdate(s *Set, v Value) (done bool, err error) {
	if !t.spanSets(s) {
		return false, nil
	}
	switch o := v.obj.(type) {
	case *Set:
		if o == s {
			return true, nil // set_merge of a set with itself changes nothing
		}
		return t.spanSetMerge(s, o), nil
	case *Dict:
		return false, nil // (pre-sized adds: the token path)
	}
	// Any other iterable: its elements added one by one (each buffered
	// when it may be, else on the token path, after the buffer).
	return true, forEach(t, v, func(x Value) (bool, error) {
		return true, s.Add(t, x)
	})
}

// spanSetClear buffers s.clear(); false: the token path.
func (t *Thread) spanSetClear(s *Set) bool {
	if !t.spanSets(s) || t.bufferedWrites() >= 2*maxSpanWrites {
		return false
	}
	t.sp.sw.putOp(setWrite{s: s, op: setOpClear})
	t.sp.stats.BufferedSetWrites++
	return true
}

// spanSetDifferenceUpdate is set_difference_update_internal(s, other)
// buffered: done false leaves it to the token path.
func (t *Thread) spanSetDifferenceUpdate(s *Set, other Value) (done bool, err error) {
	if !t.spanSets(s) {
		return false, nil
	}
	b := &t.sp.sw
	if o, ok := other.obj.(*Set); ok {
		if o == s {
			return t.spanSetClear(s), nil
		}
		v, _ := t.spanSetSource(o)
		if v == nil || !t.spanSets(s) || t.bufferedWrites()+v.used+1 >= 2*maxSpanWrites {
			return false, nil
		}
		for i := range v.table {
			if k := v.table[i].key; k.IsValid() && !pureKey(k) {
				return false, nil
			}
		}
		for i := range v.table {
			if e := &v.table[i]; e.key.IsValid() {
				b.put(s, e.key, e.hash, false)
			}
		}
		b.putOp(setWrite{s: s, op: setOpShrink})
		t.sp.stats.BufferedSetWrites += uint64(v.used + 1)
		return true, nil
	}
	err = forEach(t, other, func(x Value) (bool, error) {
		if t.bufferSetWrite(s, x, false) {
			return true, nil
		}
		_, err := s.Discard(t, x) // the token path, after the buffer
		return true, err
	})
	if err != nil {
		return true, err
	}
	if t.spanSets(s) {
		b.putOp(setWrite{s: s, op: setOpShrink})
		return true, nil
	}
	t.wSet(s) // SPAN
	s.shrinkDummies()
	return true, nil
}

// spanSetSymmetricDifferenceUpdate is set_symmetric_difference_update(s,
// other) buffered: each element of other is discarded from s when the
// span sees it there (read per element, lock-free), else added. done
// false leaves it to the token path.
func (t *Thread) spanSetSymmetricDifferenceUpdate(s *Set, other Value) (done bool, err error) {
	if !t.spanSets(s) {
		return false, nil
	}
	o, ok := other.obj.(*Set)
	switch {
	case !ok:
		// CPython makes a set of other first.
		o = NewSet()
		if err := o.Update(t, other); err != nil {
			return true, err
		}
	case o == s:
		return t.spanSetClear(s), nil
	default:
		if o, _ = t.spanSetSource(o); o == nil {
			return false, nil
		}
	}
	if !t.spanSets(s) || !t.setStorable(o, o.used) {
		if !ok {
			// other was consumed: go on with the set made of it.
			t.wSet(s) // SPAN
			return true, s.symmetricDifferenceFrom(t, o, 0)
		}
		return false, nil
	}
	sv := FromObject(s)
	for i := range o.table {
		e := &o.table[i]
		if !e.key.IsValid() {
			continue
		}
		found, known := t.sharedSetContains(sv, e.key)
		if !known || !t.spanSets(s) {
			// The element's membership needs the token: the rest on
			// the token path, after the buffer.
			t.wSet(s) // SPAN
			return true, s.symmetricDifferenceFrom(t, o, i)
		}
		t.sp.sw.put(s, e.key, e.hash, !found)
		t.sp.stats.BufferedSetWrites++
	}
	return true, nil
}

// spanSetIntersectionUpdate is s &= other (intersection_update with one
// argument) in a span: the result is computed from the span's view of s
// and buffered as a replacement of the table, when it may be; otherwise,
// holding the token, it replaces the table in place. done false: the
// caller takes the token path from the start.
func (t *Thread) spanSetIntersectionUpdate(s *Set, other Value) (done bool, err error) {
	if !t.spanSets(s) {
		return false, nil
	}
	v := t.setView(s)
	if v == nil {
		return false, nil
	}
	r, err := v.intersection(t, other)
	if err != nil {
		return true, err
	}
	if !t.spanSets(s) || !t.setStorable(r, v.used+1) || !t.setStorable(v, 0) {
		// In place, holding the token: taking it validated the span's
		// reads, so the set is the view r was computed from.
		t.wSet(s) // SPAN
		t.publish(FromObject(r))
		s.replaceTable(t, r.table, r.fill, r.used)
		return true, nil
	}
	b := &t.sp.sw
	b.putOp(setWrite{s: s, op: setOpReplace, src: r})
	n := uint64(1)
	for i := range v.table {
		e := &v.table[i]
		if !e.key.IsValid() {
			continue
		}
		if j, _ := r.find(t, e.key, e.hash); j < 0 {
			b.ws = append(b.ws, setWrite{s: s, k: e.key, h: e.hash, op: setOpDiscard, grouped: true})
			n++
		}
	}
	t.sp.stats.BufferedSetWrites += n
	return true, nil
}

// spanSetPop buffers s.pop(): the element is chosen in the span's view
// of s (see the file comment). done false: the token path.
func (t *Thread) spanSetPop(s *Set) (k Value, done bool, err error) {
	if !t.spanSets(s) {
		return Value{}, false, nil
	}
	v := t.setView(s)
	if v == nil || t.bufferedWrites() >= 2*maxSpanWrites {
		return Value{}, false, nil
	}
	if v.used == 0 {
		return Value{}, true, Errorf(KeyErrorType, "pop from an empty set")
	}
	e := v.table[v.popSlot()]
	if !pureKey(e.key) {
		return Value{}, false, nil
	}
	t.sp.sw.putOp(setWrite{s: s, k: e.key, h: e.hash, op: setOpPop})
	t.sp.stats.BufferedSetWrites++
	return e.key, true, nil
}

// intersectionUpdate is s &= other and s.intersection_update(other).
func (s *Set) intersectionUpdate(t *Thread, other Value) error {
	if done, err := t.spanSetIntersectionUpdate(s, other); done {
		return err
	}
	r, err := s.intersection(t, other)
	if err != nil {
		return err
	}
	t.wSet(s) // SPAN
	if s.IsShared() {
		t.publish(FromObject(r)) // elements of other are stored into s
	}
	s.replaceTable(t, r.table, r.fill, r.used)
	return nil
}

// spanSetMethod wraps a method of set whose Go code passes the barriers
// itself, through roSet and the span paths above: in an abortable span
// a shared exact receiver is not touched first (the method would hold
// the token for nothing); otherwise it is, as touchingMethod does.
func spanSetMethod(fn func(t *Thread, args []Value, kwnames []string) (Value, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	touching := touchingMethod(fn)
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 && t != nil && t.sp.optimistic {
			if s, ok := args[0].obj.(*Set); ok && t.spanSets(s) {
				return fn(t, args, kwnames)
			}
		}
		return touching(t, args, kwnames)
	}
}

// addSetMethod adds a method to set (wrapped by spanSetMethod) or
// frozenset.
func (typ *Type) addSetMethod(name string, fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	if typ != SetType {
		typ.AddMethod(name, fn)
		return
	}
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	typ.Dict.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: spanSetMethod(fn), Method: true, Owner: typ}))
}
