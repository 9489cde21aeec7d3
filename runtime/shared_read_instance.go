package runtime

import (
	"math"
	"sync/atomic"

	"github.com/pystm/pystm/stm"
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
	rs.w.bump(t)
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
	rs.w.bump(t)
	rs.snap.Store(o.snapshot())
}

// readSnap returns the snapshot of the shared instance o for a reader
// without the token, with the version it recorded; nil means take the
// token path (no read side yet: built now, under the token; a locked
// version; dict mode).
func (t *Thread) readSnap(o *Instance, name string) *instSnap {
	rs := o.readSide()
	if rs == nil {
		return nil
	}
	if rs.snap.Load() == nil {
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
	if len(t.sp.is) > 0 {
		if v, ok := t.bufferedInstAttr(o, name); ok {
			return v, true, true // the span's own store (span_inststores.go)
		}
	}
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
	if len(t.sp.is) > 0 {
		if v, ok := t.bufferedInstSlot(o, c.slot); ok {
			return v, true, true // the span's own store (span_inststores.go)
		}
	}
	return s.load(c.slot), true, true
}
