package runtime

import "unsafe"

// This file holds the undo records of thread-local dicts written by an
// abortable span (the rest of the undo log is in span_undo.go).
//
// A dict is its entries array (insertion order, deleted entries left as
// holes until a rebuild), its index (open addressing into entries) and
// its count. Three ways to put it back, chosen at the span's first
// structural write (a key added or removed) to it:
//
//   - A dict made in the span, or already copied in it, needs nothing
//     (its LocalMark is the span's id).
//   - A small dict (up to maxCopyLen entries) is copied whole once, and
//     written freely after (mark: the span's id).
//   - A bigger one is recorded per position ("keyed"): one record of its
//     arrays and count as the span found them (a dictTab), then a record
//     of each entry and index slot of THOSE arrays the span overwrites,
//     with the old contents. Its mark is the span's id with dictKeyedBit.
//
// Why positions rather than keys: the dict's layout is observable. An
// iterator made before the span holds a position into entries (restored
// by its own record), and CPython's order is the order of entries.
// Writing back the old contents of the original arrays, then their old
// slice headers and count, restores exactly the layout the span found,
// whatever happened in between:
//   - an insert appends at the end: beyond the original length nothing
//     needs restoring (the header record cuts it off), unless the dict was
//     emptied in the span (entries[:0] keeps the array), so an append lands
//     on an original position: that entry is recorded;
//   - the index slot an insert or delete writes is recorded when it is a
//     slot of the original index (its old value says empty or dummy,
//     which probing tells apart);
//   - a delete zeroes an entry: recorded when it is an original position;
//   - a rebuild (growth, compaction) makes new arrays and never writes the
//     old ones: later writes go to arrays made in the span, which the
//     header record drops;
//   - a key deleted and re-inserted: the delete's record brings back the
//     entry at its old position, the insert's appended copy is cut off.
//
// Only the original arrays are written by a rollback, so records of writes
// to arrays made in the span are not taken at all: a span that grows a
// big dict logs one record per insert until the first rebuild and none
// after. The dict's keys version is bumped, never restored: caches keyed
// by a version must not meet an old version twice.
//
// Ordering: every dict record of a span but the index-slot ones is in
// u.dicts, undone newest first, so the kinds mix safely: a value record
// restores entry ix of the entries in place at that point of the
// rollback, and a table record (copy, Clear's header, the keyed dict's
// header) puts back the arrays the older records then write into. The
// index-slot records (slotUndo, a compact arena) are undone before all
// of them: they alone write index arrays, so only their own order counts.

// dictKeyedBit, or'ed with the span's id in a dict's LocalMark, says the
// running span records the dict per position. Span ids never have it set
// (thread numbers are far below 2^23), and a shared dict's mark is not
// looked at (the engine's own word).
const dictKeyedBit = 1 << 63

// Kinds of dict records (dictUndo.ix when it is not an entry number).
const (
	dictRecTable = -1 // put back u.dictTabs[tab]
	dictRecPos   = -2 // put back an entry in place
)

// dictUndo is one undo record of a dict. ix >= 0: the value of entry ix
// of the entries d has at that point of the rollback (old.value).
// dictRecTable: d's arrays and count from u.dictTabs[tab]. dictRecPos:
// *ent = old (an entry of the array the span found d with; index slots
// have records of their own, slotUndo).
type dictUndo struct {
	d   *Dict
	ix  int
	old dictEntry
	ent *dictEntry
	tab int
}

// dictTab is the table a dictRecTable record puts back. For a keyed dict
// it is also the arrays its position records refer to, and tailEnd is how
// far the span appended into entries' spare capacity (cleared by the
// rollback, so the array keeps no dropped keys or values alive).
type dictTab struct {
	d       *Dict
	entries []dictEntry
	index   []int32
	used    int
	tailEnd int
	keyed   bool
}

// logDictValue records the value of entry ix before it is overwritten.
func (t *Thread) logDictValue(d *Dict, ix int) {
	if d.IsShared() {
		t.irrevocableNow() // lock-free readers (stage 1 caches, readlog.go) must see committed writes only
		return
	}
	switch d.LocalMark() {
	case t.sp.id:
		return
	case t.sp.id | dictKeyedBit:
		t.logDictPos(d, ix, -1)
		return
	}
	if t.sp.undo.dictLogged(d, ix) {
		return
	}
	t.sp.undo.dicts = append(t.sp.undo.dicts, dictUndo{d: d, ix: ix, old: dictEntry{value: d.entries[ix].value}})
	t.counted()
}

// dictLogged reports that an older record of d restores the value of
// entry ix after a new one would: both write the entry ix of the entries
// d has at that point of the rollback, and when a whole-table record of
// d lies between them, the table the new one wrote is dropped anyway.
func (u *undoLog) dictLogged(d *Dict, ix int) bool {
	rs := u.dicts
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-dedupWindow; i-- {
		if rs[i].d == d && rs[i].ix == ix {
			return true
		}
	}
	return false
}

// logDictStruct records d before a structural write (a key added or
// removed) made by a store that passes the thread down to insertAt or
// deleteEntry0, whose hooks (logDictPos) take the per-position records
// of a keyed dict: a small dict is copied, a big one keyed.
func (t *Thread) logDictStruct(d *Dict) {
	if d.IsShared() {
		t.irrevocableNow() // lock-free readers (stage 1 caches, readlog.go) must see committed writes only
		return
	}
	switch d.LocalMark() {
	case t.sp.id, t.sp.id | dictKeyedBit:
		return // made, copied or keyed in this span
	}
	if len(d.entries) <= maxCopyLen {
		t.logDictCopy(d)
		return
	}
	u := &t.sp.undo
	u.keyedLast = len(u.dictTabs)
	u.dictTabs = append(u.dictTabs, dictTab{d: d, entries: d.entries, index: d.index, used: d.used,
		tailEnd: len(d.entries), keyed: true})
	u.dicts = append(u.dicts, dictUndo{d: d, ix: dictRecTable, tab: u.keyedLast})
	d.SetLocalMark(t.sp.id | dictKeyedBit)
	t.counted()
}

// logDictCopy records a copy of d (once per span) before a structural
// write whose store passes no thread down (so no per-position records);
// a big dict makes the span irrevocable. A keyed dict may be copied too:
// the copy is newer than its position records, so a rollback puts the
// copy in place first, then the original arrays.
func (t *Thread) logDictCopy(d *Dict) {
	if !t.dictRecordWanted(d) {
		return
	}
	if len(d.entries) > maxCopyLen {
		t.irrevocableNow()
		return
	}
	tab := dictTab{d: d, used: d.used}
	tab.entries = append([]dictEntry(nil), d.entries...)
	if d.index != nil {
		tab.index = append([]int32(nil), d.index...)
	}
	t.logDictTab(tab)
	d.SetLocalMark(t.sp.id)
}

// logDictHeader records d's arrays and count before a write that replaces
// them without changing the old ones (Clear).
func (t *Thread) logDictHeader(d *Dict) {
	if t.dictRecordWanted(d) {
		t.logDictTab(dictTab{d: d, entries: d.entries, index: d.index, used: d.used})
	}
}

// dictRecordWanted reports whether a whole-dict record of d is to be
// taken before a write: not for a shared dict, whose write makes the span
// irrevocable instead (lock-free readers, stage 1 caches, readlog.go, must
// see committed writes only), nor for one made or copied in this span.
func (t *Thread) dictRecordWanted(d *Dict) bool {
	if d.IsShared() {
		t.irrevocableNow()
		return false
	}
	return d.LocalMark() != t.sp.id
}

func (t *Thread) logDictTab(tab dictTab) {
	u := &t.sp.undo
	u.dictTabs = append(u.dictTabs, tab)
	u.dicts = append(u.dicts, dictUndo{d: tab.d, ix: dictRecTable, tab: len(u.dictTabs) - 1})
	t.counted()
}

// keyedTab returns the table record of the keyed dict d (nil if d is not
// keyed in this span). A loop writing one dict finds it at once.
func (u *undoLog) keyedTab(d *Dict) *dictTab {
	if i := u.keyedLast; i < len(u.dictTabs) && u.dictTabs[i].d == d && u.dictTabs[i].keyed {
		return &u.dictTabs[i]
	}
	for i := len(u.dictTabs) - 1; i >= 0; i-- {
		if u.dictTabs[i].d == d && u.dictTabs[i].keyed {
			u.keyedLast = i
			return &u.dictTabs[i]
		}
	}
	return nil
}

// logDictPos records entry ix and index slot slot (-1: none) of the keyed
// dict d before they are written, where they belong to the arrays the
// span found d with (see the file comment); a dict that is not keyed in
// the running span is left alone. insertAt calls it with the position
// and slot of the entry it appends; deleteEntry0 with slot -2: the slot
// holding ix is looked up here.
func (t *Thread) logDictPos(d *Dict, ix, slot int) {
	if d.LocalMark() != t.sp.id|dictKeyedBit || d.IsShared() {
		return
	}
	u := &t.sp.undo
	tab := u.keyedTab(d)
	if tab == nil {
		return
	}
	if slot != -1 && cap(tab.index) > 0 && unsafe.SliceData(d.index) == unsafe.SliceData(tab.index) {
		if slot == -2 {
			slot = d.slotOf(ix)
		}
		p := &tab.index[slot]
		u.dictSlots = append(u.dictSlots, slotUndo{d: d, p: p, old: *p})
		t.counted()
	}
	// A zero-length slice of an array (entries[:0] once the dict was
	// emptied) still points at it.
	if cap(tab.entries) > 0 && unsafe.SliceData(d.entries) == unsafe.SliceData(tab.entries) {
		if ix < len(tab.entries) {
			ent := &tab.entries[ix]
			if slot != -1 || !u.posLogged(ent) {
				u.dicts = append(u.dicts, dictUndo{d: d, ix: dictRecPos, ent: ent, old: *ent})
				t.counted()
			}
		} else if ix >= tab.tailEnd && ix < cap(tab.entries) { // else append moves to a new array
			tab.tailEnd = ix + 1
		}
	}
}

// slotUndo puts back index slot *p of the keyed dict d. These records
// are undone before the dict records: they write only the index arrays
// a span found its keyed dicts with, which no dict record writes (table
// records assign arrays, entry and value records write entries), so only
// their order among themselves matters.
type slotUndo struct {
	d   *Dict
	p   *int32
	old int32
}

func (r *slotUndo) undo() {
	w := r.d.beginWrite() // a dict published after it was logged
	*r.p = r.old
	r.d.endWrite(w)
}

// posLogged reports that an older position record writes back entry
// ent after a new one would: a loop replacing one key's value logs once
// per span. Only value stores ask (an insert or delete writes a slot
// that the last few records rarely hold: the search cost a quarter of
// the logging).
func (u *undoLog) posLogged(ent *dictEntry) bool {
	rs := u.dicts
	for i := len(rs) - 1; i >= 0 && i >= len(rs)-dedupWindow; i-- {
		if rs[i].ent == ent && rs[i].ix == dictRecPos {
			return true
		}
	}
	return false
}

// slotOf returns the index slot holding entry number ix (d has an index
// and ix is a live entry).
func (d *Dict) slotOf(ix int) int {
	h := d.entries[ix].hash
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for int(d.index[i]) != ix {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

func (r *dictUndo) undo(t *Thread) {
	d := r.d
	// A dict published after it was logged is restored as its writers
	// write it (under its lock, bumping its versions).
	w := d.beginWrite()
	switch r.ix {
	case dictRecTable:
		tab := &t.sp.undo.dictTabs[r.tab]
		if tab.keyed && tab.tailEnd > len(tab.entries) {
			clear(tab.entries[len(tab.entries):tab.tailEnd])
		}
		d.entries, d.index, d.used = tab.entries, tab.index, tab.used
		d.publishView()
		d.bumpKeys()
	case dictRecPos:
		*r.ent = r.old
	default:
		d.entries[r.ix].value = r.old.value
	}
	if !w {
		d.bumpValues()
	}
	d.endWrite(w)
	if w {
		d.readSideRestored(t) // lock-free readers' copy (shared_read_dict.go)
	}
}

// logDictSet records d before k is stored in it by a store that passes
// the thread down (setHashed, setStr): the old value when k is present
// (ix >= 0), else the dict before a key is added.
func (t *Thread) logDictSet(d *Dict, ix int) {
	if ix >= 0 {
		t.logDictValue(d, ix)
	} else {
		t.logDictStruct(d)
	}
}

// logDictSetWhole is logDictSet for a store that passes no thread down
// (SetStr): a key added needs a copy of the dict.
func (t *Thread) logDictSetWhole(d *Dict, ix int) {
	if ix >= 0 {
		t.logDictValue(d, ix)
	} else {
		t.logDictCopy(d)
	}
}

// wDict is the write barrier of a structural dict write (a key removed)
// whose delete passes the thread down to deleteEntry0.
func (t *Thread) wDict(d *Dict) {
	t.touchWL(&d.Header)
	if t.logging() {
		t.logDictStruct(d)
	}
}
