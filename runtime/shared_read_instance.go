package runtime

import (
	"math"
	"sync/atomic"
)

// This file defines the read side of a shared instance: an immutable
// snapshot of its class, shape and attribute slots behind an atomic
// pointer, replaced by every write (copy-on-write of the slot arrays,
// which are small: at most maxShapeAttrs attributes), and one version
// word for the whole instance, bumped after each new snapshot. Threads
// without the token read attributes from the snapshot (stage 2 of issue
// #7; see shared_read.go).
//
// One word per instance rather than per slot: the instances that many
// threads read (a scene's spheres, a configuration object) are read-mostly
// as a whole, and a word per slot would cost every shared instance a word
// per attribute. A write to any attribute therefore invalidates the
// concurrent lock-free reads of the others (an abort, never a wrong
// result).
//
// Thread-local instances never get a read side (the rd pointer stays nil:
// one nil test on their write paths). A shared instance gets one when a
// thread first wanted to read it without the token, built under the token.

// instReadSide is a shared instance's lock-free-readable state.
type instReadSide struct {
	w    versionWord
	snap atomic.Pointer[instSnap]
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

// buildReadSide gives the shared instance o its read side (token held).
func (o *Instance) buildReadSide(t *Thread) {
	if o.rd.Load() != nil {
		return
	}
	rs := &instReadSide{}
	// Locked until the builder's span commits: it may have written the
	// instance before.
	rs.w.bump(t)
	rs.snap.Store(o.snapshot())
	o.rd.Store(rs)
}

// republish is the writer-side hook: after a change of a shared
// instance's class, shape, slots or dict mode (token held), readers get
// a new snapshot, then the version moves on.
func (o *Instance) republish(t *Thread) {
	rs := o.rd.Load()
	if rs == nil {
		return
	}
	rs.snap.Store(o.snapshot())
	rs.w.bump(t)
}

// readSnap returns the snapshot of the shared instance o for a reader
// without the token, with the version it recorded; nil means take the
// token path (no read side yet: built now, under the token; a locked
// version; dict mode).
func (t *Thread) readSnap(o *Instance, name string) *instSnap {
	rs := o.rd.Load()
	if rs == nil {
		t.acquireToken()
		o.buildReadSide(t)
		return nil
	}
	v := rs.w.load()
	if lockedVersion(v) {
		return nil
	}
	s := rs.snap.Load()
	if s.shape == nil {
		return nil
	}
	t.recordRead(&rs.w, v, readSite{typ: s.typ, name: name})
	return s
}

// sharedLoadAttr is Instance.LoadAttr for a shared instance read without
// the token; ok false means take the token path.
func (t *Thread) sharedLoadAttr(o *Instance, name string) (v Value, found, ok bool) {
	s := t.readSnap(o, name)
	if s == nil {
		return Value{}, false, false
	}
	si, has := s.shape.lookup(name)
	if !has {
		return Value{}, false, true
	}
	return s.load(si), true, true
}

// sharedCacheLoad is AttrCache.Load's slot read for a shared instance
// without the token: the entry applies when the snapshot has its class
// and shape. decided false means take the token path.
func (t *Thread) sharedCacheLoad(c *AttrCache, o *Instance) (v Value, applies, decided bool) {
	s := t.readSnap(o, "")
	if s == nil {
		return Value{}, false, false
	}
	if s.shape != c.shape || s.typ != c.typ || c.typ.version.Load() != c.version {
		return Value{}, false, true
	}
	return s.load(c.slot), true, true
}
