package runtime

import (
	"math"
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the read side of a shared instance: an immutable
// snapshot of its class, shape and attribute slots behind an atomic
// pointer, replaced by every write (copy-on-write of the slot arrays,
// which are small: at most maxShapeAttrs attributes), and version words
// bumped (locked) before each new snapshot. Threads without the token
// read attributes from the snapshot (stage 2 of issue #7; see
// shared_read.go).
//
// The words: one for the instance (w), and instSlotWords words for its
// attribute values, each standing for the slots that hash to it
// (slotWord). An instance starts in whole mode: every write bumps w and
// every read records w, so reading a.x, a.y, a.z logs one entry (the
// log drops a read of the word and version it logged last), which
// matters for the read-mostly instances many threads read (a scene's
// spheres: a word per slot grew raytrace's read logs fourteenfold).
// Its first plain store of a slot (a buffered attribute store,
// span_inststores.go, or a cached store holding the token) puts it in
// slot mode for good: from then on a read that finds an attribute
// records its slot's word, a plain store bumps only that word, and a
// change of structure (class, shape, dict mode) or a miss still goes
// through w, which every structural write bumps with all slot words. So
// threads that write one attribute of a shared object (a counter of a
// queue) no longer invalidate the reads of its others (the queue's
// condition, its deque). Not a word per slot: shared instances would
// each carry a word per attribute; slots that share a word conflict, an
// abort, never a wrong result.
//
// The switch is safe for readers in either mode: the writer locks w (and
// every slot word) before it sets slotMode, and a reader loads w before
// slotMode. A reader that sees whole mode loaded w before the switch's
// lock (its log then fails validation) or after its unlock, when it
// would have seen slot mode; one that sees w locked takes the token
// path.
//
// A read loads a word before the snapshot it takes the value from, as
// every lock-free read does (shared_read.go). A read by name does not
// know its slot before it has looked the name up in a snapshot, so it
// loads the slot's word after that one and takes the value from a
// snapshot loaded after the word (with the same shape, so the same
// slot).
//
// Where it lives: in the instance's stm.Header, whose state pointer the
// runtime does not otherwise use: publication (markShared) puts there a
// small holder (version word + snapshot pointer), so thread-local
// instances carry no extra field (an Instance field would take instances
// with inline storage to the next allocation size class, 144 -> 160
// bytes for three floats). The snapshot itself is made when a thread
// first wanted to read the instance without the token, under the token.

// instReadSide is a shared instance's lock-free-readable state; snap is
// nil until the first lock-free reader asks for it.
type instReadSide struct {
	w        versionWord // the instance (whole mode), its structure (slot mode)
	slots    [instSlotWords]versionWord
	slotMode atomic.Bool
	snap     atomic.Pointer[instSnap]
}

// instSlotWords is how many words stand for an instance's attribute
// values (see the file comment).
const instSlotWords = 8

// slotWord returns the word that stands for slot si's value: value slots
// on even words, number slots on odd ones, so the first four of each
// kind have words of their own.
func (rs *instReadSide) slotWord(si slotInfo) *versionWord {
	i := int(si.index) * 2
	if si.kind != kindValue {
		i++
	}
	return &rs.slots[i%instSlotWords]
}

// bumpAll locks every word: the structure may have changed (token held).
func (rs *instReadSide) bumpAll(t *Thread) {
	rs.w.bump(t)
	for i := range rs.slots {
		rs.slots[i].bump(t)
	}
}

// instSnap is one state of an instance's attributes.
// It is never written after it is published.
type instSnap struct {
	typ   *Type
	shape *Shape // nil in dict mode: readers take the token path
	vals  []Value
	nums  []uint64
}

// load returns the attribute stored in slot si.
func (s *instSnap) load(si slotInfo) Value {
	switch si.kind {
	case kindInt:
		return Int(int64(s.nums[si.index]))
	case kindFloat:
		return Float(math.Float64frombits(s.nums[si.index]))
	}
	return s.vals[si.index]
}

// snapshot copies the instance's current attribute state (token held).
func (o *Instance) snapshot() *instSnap {
	s := &instSnap{typ: o.typ, shape: o.shape}
	if o.shape != nil {
		s.vals = append([]Value(nil), o.vals...)
		s.nums = append([]uint64(nil), o.nums...)
	}
	return s
}

// markShared publishes the instance (share.go) with the holder of its
// read side; false if it already was shared.
func (o *Instance) markShared() bool {
	if o.IsShared() {
		return false
	}
	stm.Publish(nil, &o.Header, &instReadSide{})
	return true
}

// readSide returns the holder of a shared instance's read side, nil for a
// thread-local one.
func (o *Instance) readSide() *instReadSide {
	if !o.IsShared() {
		return nil
	}
	return stm.PeekFixed[instReadSide](&o.Header)
}

// buildReadSide makes the snapshot of the shared instance o (token held).
func (o *Instance) buildReadSide(t *Thread) {
	rs := o.readSide()
	if rs == nil || rs.snap.Load() != nil {
		return
	}
	// Locked until the builder's span commits: it may have written the
	// instance before.
	rs.bumpAll(t)
	rs.snap.Store(o.snapshot())
}

// republish is the writer-side hook: after a change of a shared
// instance's class, shape, slots or dict mode (token held), the version
// word is locked (bumped to odd, readlog.go), then readers get the new
// snapshot. Lock first: a reader that loaded the old version and then
// the new snapshot has a stale version in its log; the other order let a
// reader see one attribute of a half-done transaction at the old version
// and validate before the lock (shared_read_test.go's race test).
func (o *Instance) republish(t *Thread) {
	rs := o.readSide()
	if rs == nil || rs.snap.Load() == nil {
		return
	}
	rs.bumpAll(t)
	rs.snap.Store(o.snapshot())
}

// republishSlots is republish after plain stores of the slots sis only
// (class and shape unchanged): only their words are locked.
func (o *Instance) republishSlots(t *Thread, sis []slotInfo) {
	rs := o.readSide()
	if rs == nil || rs.snap.Load() == nil {
		return
	}
	if !rs.slotMode.Load() {
		rs.bumpAll(t) // locked before the switch (see the file comment)
		rs.slotMode.Store(true)
	} else {
		for _, si := range sis {
			rs.slotWord(si).bump(t)
		}
	}
	rs.snap.Store(o.snapshot())
}

// republishSlot is republishSlots for one slot (the slice does not
// escape: no allocation).
func (o *Instance) republishSlot(t *Thread, si slotInfo) { o.republishSlots(t, []slotInfo{si}) }

// readSnap returns the snapshot of the shared instance o for a reader
// without the token, with the version it recorded; nil means take the
// token path (no read side yet: built now, under the token; a locked
// version; dict mode).
func (t *Thread) readSnap(o *Instance, name string) *instSnap {
	rs, s, v := t.loadSnap(o)
	if s == nil {
		return nil
	}
	t.recordRead(&rs.w, v, readSite{typ: s.typ, name: name})
	return s
}

// loadSnap returns the read side of the shared instance o, its snapshot
// and the structure word's version, loaded before the snapshot; a nil
// snapshot means take the token path (as readSnap). Nothing is recorded.
func (t *Thread) loadSnap(o *Instance) (*instReadSide, *instSnap, uint64) {
	rs := o.readSide()
	if rs == nil {
		return nil, nil, 0
	}
	if rs.snap.Load() == nil {
		t.acquireToken()
		o.buildReadSide(t)
		return nil, nil, 0
	}
	v := rs.w.load()
	if lockedVersion(v) {
		return nil, nil, 0
	}
	s := rs.snap.Load()
	if s.shape == nil {
		return nil, nil, 0
	}
	return rs, s, v
}

// sharedLoadAttr is Instance.LoadAttr for a shared instance read without
// the token; ok false means take the token path. In slot mode a hit
// records the slot's word: the slot is looked up in one snapshot, its
// word loaded, and the value read from the snapshot loaded after that
// word, which must have the same shape (so the slot is the same).
func (t *Thread) sharedLoadAttr(o *Instance, name string) (v Value, found, ok bool) {
	if len(t.sp.is) > 0 {
		if v, ok := t.bufferedInstAttr(o, name); ok {
			return v, true, true // the span's own store (span_inststores.go)
		}
	}
	rs, s0, sv := t.loadSnap(o)
	if s0 == nil {
		return Value{}, false, false
	}
	si, has := s0.shape.lookup(name)
	if !has || !rs.slotMode.Load() {
		t.recordRead(&rs.w, sv, readSite{typ: s0.typ, name: name})
		if !has {
			return Value{}, false, true
		}
		return s0.load(si), true, true
	}
	w := rs.slotWord(si)
	v1 := w.load()
	if lockedVersion(v1) {
		return Value{}, false, false
	}
	s := rs.snap.Load()
	if s.shape != s0.shape {
		return Value{}, false, false // restructured meanwhile: the token path
	}
	t.recordRead(w, v1, readSite{typ: s.typ, name: name})
	return s.load(si), true, true
}

// sharedCacheLoad is AttrCache.Load's slot read for a shared instance
// without the token: the entry applies when the snapshot has its class
// and shape. decided false means take the token path. The slot is known
// before the snapshot is loaded, so its word is loaded first; an entry
// that does not apply records the structure word.
func (t *Thread) sharedCacheLoad(c *AttrCache, o *Instance) (v Value, applies, decided bool) {
	rs := o.readSide()
	if rs == nil {
		return Value{}, false, false
	}
	w := rs.slotWord(c.slot)
	v1 := w.load()
	if lockedVersion(v1) {
		return Value{}, false, false
	}
	rs, s, sv := t.loadSnap(o)
	if s == nil {
		return Value{}, false, false
	}
	if s.shape != c.shape || s.typ != c.typ || c.typ.version.Load() != c.version {
		t.recordRead(&rs.w, sv, readSite{typ: s.typ})
		return Value{}, false, true
	}
	if len(t.sp.is) > 0 {
		if v, ok := t.bufferedInstSlot(o, c.slot); ok {
			return v, true, true // the span's own store (span_inststores.go)
		}
	}
	if rs.slotMode.Load() {
		t.recordRead(w, v1, readSite{typ: s.typ})
	} else {
		t.recordRead(&rs.w, sv, readSite{typ: s.typ})
	}
	return s.load(c.slot), true, true
}
