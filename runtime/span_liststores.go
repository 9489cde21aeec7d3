package runtime

import "unsafe"

// This file defines the buffered item stores of a span: l[i] = v (and
// so l[i] op= v, a read then a store) on an exact shared list, with an
// int index in range and a value that needs no publication, made by an
// abortable span without the token, is kept in the span's list buffer
// (span_listappends.go) and applied at commit under the token, where it
// locks only the written position's chunk word (shared_read_list.go).
// Threads updating different items of one list then run in parallel.
//
// What the store depends on: only that position i exists, that is the
// length (negative indexes are normalised by it too), so it logs the
// structure word; a store by another thread to the same position is a
// write-write overlap that commit order settles, as the GIL would. The
// span's own reads of that position see the buffered value (looked up
// by (list, position): a scan of the buffer while it is short, a hash
// table past listIndexFrom entries; through its view when the span moved
// the list, span_listops.go); `x in l` and the token paths apply the
// buffer first (spanTakeToken). Anything unusual (an index out of range,
// a slice, a subclass, no read side yet) takes the token path, which
// keeps CPython's semantics.

// listIndexFrom is the buffer length (and the count of lists) from
// which lookups use an index instead of a scan.
const listIndexFrom = 8

// Bits of listWritesOf.
const (
	listStored   = 1
	listAppended = 2
)

// listSpan is a thread's list state for its transaction: the lists whose
// read sides it must bring up to date at its end (shared_read_list.go),
// and the indexes of its buffered list writes, brought up to date lazily
// from the buffer (t.sp.la) when a lookup needs them:
//   - lists: each list written, with its listStored/listAppended bits
//     (byList finds it past listIndexFrom lists);
//   - slots: an open-addressing table of buffer positions + 1 of the
//     stores, keyed by (list, position), the latest store of each key.
//
// (A Go map keyed by (list, position) cost uplist a third of its time in
// hashing and inserts.)
type listSpan struct {
	dirty  []*List
	lists  []listBits
	byList map[*List]int
	nlists int // buffer entries counted into lists
	slots  []int32
	nslots int // keys in slots
	nidx   int // buffer entries indexed into slots
	// ovs[:nov] are the span's views of the lists it moved
	// (span_listops.go); the rest keep their storage for reuse.
	ovs    []listOverlay
	nov    int
	ovSpan uint64 // the span (spanState.id) whose overlays they are
}

// listBits is one list of the buffer and what the span did to it.
type listBits struct {
	l    *List
	bits int
}

// resetIndex empties the indexes (the buffer was applied or dropped).
func (s *listSpan) resetIndex() {
	if s.nov > 0 {
		s.resetOverlays()
	}
	if s.nlists > 0 {
		clear(s.lists)
		s.lists = s.lists[:0]
		if s.byList != nil {
			clear(s.byList)
		}
		s.nlists = 0
	}
	if s.nidx > 0 {
		clear(s.slots)
		s.nslots, s.nidx = 0, 0
	}
}

// listWritesOf says whether the running span buffered stores into l
// (listStored) and appends to it (listAppended).
func (t *Thread) listWritesOf(l *List) int {
	s := &t.sp.ls
	for k := s.nlists; k < len(t.sp.la); k++ {
		e := &t.sp.la[k]
		bit := listAppended // (any write that changes the length or moves)
		if e.op == listOpStore {
			bit = listStored
		}
		s.addListBits(e.l, bit)
	}
	s.nlists = len(t.sp.la)
	if s.byList != nil && len(s.lists) > listIndexFrom {
		if j, ok := s.byList[l]; ok {
			return s.lists[j].bits
		}
		return 0
	}
	for j := range s.lists {
		if s.lists[j].l == l {
			return s.lists[j].bits
		}
	}
	return 0
}

// addListBits records bit for l in s.lists.
func (s *listSpan) addListBits(l *List, bit int) {
	if len(s.lists) > 0 && s.lists[len(s.lists)-1].l == l {
		s.lists[len(s.lists)-1].bits |= bit // (the usual case: one list)
		return
	}
	if len(s.lists) >= listIndexFrom {
		if s.byList == nil {
			s.byList = make(map[*List]int)
		}
		if len(s.byList) == 0 {
			for j := range s.lists {
				s.byList[s.lists[j].l] = j
			}
		}
		if j, ok := s.byList[l]; ok {
			s.lists[j].bits |= bit
			return
		}
		s.byList[l] = len(s.lists)
		s.lists = append(s.lists, listBits{l: l, bits: bit})
		return
	}
	for j := range s.lists {
		if s.lists[j].l == l {
			s.lists[j].bits |= bit
			return
		}
	}
	s.lists = append(s.lists, listBits{l: l, bits: bit})
}

// listSlotHash mixes a list's address and a position (the address is
// only hashed: Go's heap objects do not move).
func listSlotHash(l *List, i int) uint64 {
	h := uint64(uintptr(unsafe.Pointer(l)))>>4 ^ uint64(i)*0x9E3779B97F4A7C15
	h ^= h >> 29
	return h * 0xBF58476D1CE4E5B9
}

// bufferedListItem returns the span's last buffered store into position
// i of l, if any (the span did not append to l).
func (t *Thread) bufferedListItem(l *List, i int) (Value, bool) {
	la := t.sp.la
	if len(la) <= listIndexFrom {
		for k := len(la) - 1; k >= 0; k-- {
			if la[k].l == l && la[k].op == listOpStore && la[k].i == i {
				return la[k].v, true
			}
		}
		return Value{}, false
	}
	s := &t.sp.ls
	for k := s.nidx; k < len(la); k++ {
		if la[k].op == listOpStore {
			s.indexStore(la, k)
		}
	}
	s.nidx = len(la)
	if len(s.slots) == 0 {
		return Value{}, false // (no stores, only appends)
	}
	mask := uint64(len(s.slots) - 1)
	for p := listSlotHash(l, i) & mask; ; p = (p + 1) & mask {
		k := s.slots[p]
		if k == 0 {
			return Value{}, false
		}
		if e := &la[k-1]; e.l == l && e.i == i {
			return e.v, true
		}
	}
}

// indexStore enters the store la[k] in the slots table (replacing an
// earlier store to the same position), growing the table past half full.
func (s *listSpan) indexStore(la []listAppend, k int) {
	if 2*(s.nslots+1) > len(s.slots) {
		size := 64 // a power of two: probes mask the hash
		for size < 4*(s.nslots+1) {
			size *= 2
		}
		s.slots = make([]int32, size)
		s.nslots = 0
		for j := 0; j < k; j++ {
			if la[j].op == listOpStore {
				s.putSlot(la, j)
			}
		}
	}
	s.putSlot(la, k)
}

// putSlot is indexStore's insert into a table with room.
func (s *listSpan) putSlot(la []listAppend, k int) {
	e := &la[k]
	mask := uint64(len(s.slots) - 1)
	for p := listSlotHash(e.l, e.i) & mask; ; p = (p + 1) & mask {
		j := s.slots[p]
		if j == 0 {
			s.slots[p] = int32(k + 1)
			s.nslots++
			return
		}
		if o := &la[j-1]; o.l == e.l && o.i == e.i {
			s.slots[p] = int32(k + 1)
			return
		}
	}
}

// bufferListStore buffers l[i] = v when the running span may: an exact
// shared list with a read side, i in range (negative from the end; of
// the span's view of l when the span moved or appended to it), v needing
// no publication, the token not held. False: the caller stores as before
// (the token path).
func (t *Thread) bufferListStore(l *List, i int64, v Value) bool {
	if l.typ != nil || !t.sp.optimistic || t.bufferedWrites() >= 2*maxSpanWrites ||
		t.spanHoldsToken() || !publishedAlready(v) {
		return false
	}
	if ov := t.viewOf(l); ov != nil {
		// The span moved l (maybe writing nothing yet): i is a position
		// of its view (span_listops.go), the store one of its writes.
		if _, ok := t.overlayBase(ov); !ok {
			return false
		}
		n := int64(ov.overlayLen())
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return false // IndexError: the token path
		}
		t.overlayAdd(ov, listAppend{l: l, v: v, i: int(i), op: listOpStore})
		t.sp.stats.BufferedItemStores++
		return true
	}
	lv, ok := t.listViewFor(l)
	if !ok {
		return false
	}
	if i < 0 {
		i += lv.n
	}
	if i < 0 || i >= lv.n || !t.logLength(&lv) {
		return false // IndexError (or a locked length): the token path
	}
	t.sp.la = append(t.sp.la, listAppend{l: l, v: v, i: int(i), op: listOpStore})
	t.sp.stats.BufferedItemStores++
	return true
}

// storeSharedItem is the STORE_SUBSCR attempt to buffer l[i] = v for a
// shared exact list in an abortable span.
func (t *Thread) storeSharedItem(l *List, i int64, v Value) bool {
	return t.spActive && l.IsShared() && t.bufferListStore(l, i, v)
}
