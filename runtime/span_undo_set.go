package runtime

// This file holds the per-slot undo records of big thread-local sets
// written by an abortable span (the copy records and the rest of the undo
// log are in span_undo.go), as span_undo_dict.go does for dicts.
//
// A set is its table (open addressing: the slot order is the iteration
// order, so the layout is observable), its fill and used counts and pop's
// finger. A set of up to maxCopyLen slots is copied whole at the span's
// first write to it. A bigger one used to make the span irrevocable (a
// worker's set(gen) of 20,000 elements: 19,665 of 19,671 spans); it is
// now recorded per slot ("keyed"): one record of its header as the span
// found it (the table slice itself, not a copy, and the counts), then,
// before each write of a slot in place (an add, a discard, a pop), a
// record of that slot's old contents. A rollback undoes them newest
// first: the slots get their old contents back, then the header puts the
// original array back. Writes into arrays made in the span (after a
// resize) are recorded too: putting them back is harmless, the array is
// dropped with the header, and telling them apart would cost a lookup per
// write. Bulk writes that fill a table in place (merge into an empty
// table: copy, insertClean) write only where every slot was empty, so a
// header whose fill was 0 clears its array instead.
//
// The set's LocalMark is the span's id with setKeyedBit while it is
// recorded per slot.

// setKeyedBit, or'ed with the span's id in a thread-local set's
// LocalMark, says the running span records the set per slot (the same
// bit as dictKeyedBit: span ids never have it set).
const setKeyedBit = dictKeyedBit

// logSetKeyed records the header of the big thread-local set s as the
// span found it and marks s keyed (see the file comment).
func (t *Thread) logSetKeyed(s *Set) {
	u := &t.sp.undo
	u.sets = append(u.sets, setUndo{s: s, table: s.table, nilTable: s.table == nil, keyed: true,
		fill: s.fill, used: s.used, finger: s.finger})
	s.SetLocalMark(t.sp.id | setKeyedBit)
	t.counted()
}

// logSetSlot records slot j of s before a write of it in place, when the
// running span records s per slot.
func (t *Thread) logSetSlot(s *Set, j int) {
	if !t.logging() || s.IsShared() || s.LocalMark() != t.sp.id|setKeyedBit {
		return
	}
	u := &t.sp.undo
	u.sets = append(u.sets, setUndo{s: s, slot: &s.table[j], old: s.table[j]})
	t.counted()
}

// undoKeyed puts back a keyed set's original array (its slots have been
// put back by the newer records) and, for an array that was empty, clears
// what bulk writes filled in.
func (r *setUndo) undoKeyed() {
	if r.fill == 0 {
		clear(r.table)
	}
	r.s.table = r.table
}
