package runtime

// This file defines the buffered attribute stores of a span (issue #7,
// stage 2): obj.name = x on a shared instance, where the store is a plain
// write of an existing slot (no __setattr__, no data descriptor, the
// value's kind fits the slot: what STORE_ATTR's slot cache entry says),
// made by an abortable span without the token, waits in the span until
// it commits, as dict stores do (span_dictwrites.go explains the
// commit). Before, such a store made the span irrevocable: a transfer
// between two shared accounts in an atomic block serialised every thread.
//
// Read-your-writes: the span's lock-free reads of a shared instance
// (readSnap's callers: LOAD_ATTR's slot entries, Instance.LoadAttr) look
// in the buffer first, by slot or by name; every token path applies the
// buffer first (spanTakeToken).
//
// At commit, after validation, the store is applied only if the instance
// still has the class, class version and shape it had when the span read
// it (validation covers the instance; a class changed since, making the
// store something else, aborts the span instead: it runs again and takes
// the general path).

// instStore is one buffered attribute store.
type instStore struct {
	o     *Instance
	name  string
	v     Value
	slot  slotInfo
	typ   *Type
	shape *Shape
	ver   uint64 // typ.version when the store was buffered
}

// bufferInstStore buffers o.name = x when the running span may: set is
// the STORE_ATTR site's cache, whose slot entry says the store is plain.
func (t *Thread) bufferInstStore(o *Instance, name string, x Value, set *attrSet) bool {
	if !t.sp.optimistic || t.bufferedWrites() >= 2*maxSpanWrites || t.spanHoldsToken() || !publishedAlready(x) {
		return false
	}
	s := t.readSnap(o, name)
	if s == nil {
		return false
	}
	for i := range set.e[:set.n] {
		c := &set.e[i]
		if c.kind != cacheSlot || c.shape != s.shape || c.typ != s.typ || c.typ.version.Load() != c.version {
			continue
		}
		if c.slot.kind != kindValue && kindOf(x) != c.slot.kind {
			return false
		}
		for j := range t.sp.is {
			if w := &t.sp.is[j]; w.o == o && w.slot == c.slot {
				w.v = x
				t.sp.stats.BufferedStores++
				return true
			}
		}
		t.sp.is = append(t.sp.is, instStore{o: o, name: name, v: x, slot: c.slot, typ: c.typ, shape: c.shape, ver: c.version})
		t.sp.stats.BufferedStores++
		return true
	}
	return false
}

// bufferedInstSlot returns the span's buffered store to slot si of o.
func (t *Thread) bufferedInstSlot(o *Instance, si slotInfo) (Value, bool) {
	for i := range t.sp.is {
		if w := &t.sp.is[i]; w.o == o && w.slot == si {
			return w.v, true
		}
	}
	return Value{}, false
}

// bufferedInstAttr returns the span's buffered store to o.name.
func (t *Thread) bufferedInstAttr(o *Instance, name string) (Value, bool) {
	for i := range t.sp.is {
		if w := &t.sp.is[i]; w.o == o && w.name == name {
			return w.v, true
		}
	}
	return Value{}, false
}

// instStoresApply reports whether every buffered store still is the
// plain slot store it was (token held, reads validated).
func (t *Thread) instStoresApply() bool {
	for i := range t.sp.is {
		w := &t.sp.is[i]
		if w.o.typ != w.typ || w.o.shape != w.shape || w.typ.version.Load() != w.ver {
			return false
		}
	}
	return true
}

// applyInstStores writes the buffered stores, holding the token, with no
// undo record, and gives each instance one new snapshot.
func (t *Thread) applyInstStores() {
	if len(t.sp.is) == 0 {
		return
	}
	is := t.sp.is
	t.sp.is = t.sp.is[:0] // a nested irrevocability finds nothing left
	for i := range is {
		w := &is[i]
		if w.slot.kind == kindValue {
			w.o.vals[w.slot.index] = w.v
		} else {
			w.o.nums[w.slot.index] = w.v.num
		}
	}
	// One snapshot per instance, its stored slots' words locked
	// (shared_read_instance.go). The buffer is in first-store order: an
	// instance's stores need not be adjacent.
	if len(is) <= instStoresScan {
		for i := range is {
			o := is[i].o
			if o.storedIn(is[:i]) {
				continue // republished with its first store
			}
			sis := t.sp.isSlots[:0]
			for j := i; j < len(is); j++ {
				if is[j].o == o {
					sis = append(sis, is[j].slot)
				}
			}
			t.sp.isSlots = sis
			o.republishSlots(t, sis)
		}
	} else {
		byInst := make(map[*Instance][]slotInfo)
		for i := range is {
			byInst[is[i].o] = append(byInst[is[i].o], is[i].slot)
		}
		for i := range is {
			if sis, ok := byInst[is[i].o]; ok {
				is[i].o.republishSlots(t, sis)
				delete(byInst, is[i].o)
			}
		}
	}
	clear(is)
}

// instStoresScan is the count of buffered attribute stores up to which
// applyInstStores groups them by instance with scans, past which with a
// map.
const instStoresScan = 16

// storedIn reports whether o is the instance of one of done.
func (o *Instance) storedIn(done []instStore) bool {
	for i := range done {
		if done[i].o == o {
			return true
		}
	}
	return false
}

// dropInstStores forgets the buffered stores (a rollback).
func (t *Thread) dropInstStores() {
	clear(t.sp.is)
	t.sp.is = t.sp.is[:0]
}
