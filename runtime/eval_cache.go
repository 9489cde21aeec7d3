package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file defines how LOAD_ATTR, STORE_ATTR and LOAD_METHOD use their
// inline caches. Each instruction has an atomic slot beside the shared,
// immutable code, pointing to an immutable set of up to polySize entries
// (protocol_cache.go's entries, each checked against the object's class,
// class version and shape), so a site that sees a few classes
// (polymorphic code such as richards' task classes) still hits. A miss
// does the generic lookup and publishes a new set with the new entry in
// front; sites that cannot be cached back off.

const polySize = 4

type attrSet struct {
	// The entries are held by value, in front, so that a hit reads the
	// slot, then this set: no third dependent load per entry.
	e [polySize]AttrCache
	n uint8 // entries in use
	// rmw marks a site whose code also stores the attribute (C.n += 1):
	// on a shared receiver it reads under the token even when the entry
	// could be read without it, so that the read and the store are one
	// atomic step, as CPython 3.11 runs them (no switch between).
	rmw bool
}

type methodSet struct {
	e [polySize]MethodCache
	n uint8
}

// shouldTryCache says whether a cache miss at instruction pc should try
// to make a new entry: always at first, then, after missBackoff misses
// without success, only once in missBackoff times (like CPython's adaptive
// counters), so uncacheable sites (slots, properties, megamorphic code)
// do not pay for the attempt on every run.
func (c *Code) shouldTryCache(pc int) bool {
	n := c.cacheMisses[pc].Add(1)
	return n <= missBackoff || n%missBackoff == 0
}

// cacheFilled resets the miss count of pc after a successful fill.
func (c *Code) cacheFilled(pc int) { c.cacheMisses[pc].Store(0) }

const missBackoff = 16

// with returns a new set with c in front and the most recent entries of
// s after it.
func (s *attrSet) with(c *AttrCache, rmw bool) *attrSet {
	n := &attrSet{rmw: rmw, n: 1}
	n.e[0] = *c
	if s != nil {
		n.n += uint8(copy(n.e[1:], s.e[:min(int(s.n), polySize-1)]))
	}
	return n
}

func (s *methodSet) with(c *MethodCache) *methodSet {
	n := &methodSet{n: 1}
	n.e[0] = *c
	if s != nil {
		n.n += uint8(copy(n.e[1:], s.e[:min(int(s.n), polySize-1)]))
	}
	return n
}

// The hit paths (loadAttrCached, storeAttrCached, loadMethodCached) are
// kept small and call nothing, so that they need no stack spills; the
// rest (shared receivers, misses, fills) is in the *Slow functions.

// tokenHeld reports whether t holds the token (parallel mode), as it
// does after touching a shared object until its next outermost boundary,
// and for good inside a nested loop (a program run by exec in a worker
// thread). Every write of a shared object's state holds the token, so the
// holder reads shared instances, dicts and caches plainly, exactly as its
// thread-local ones. It counts as a touch (acquireToken's rule), so the
// boundary policy that keeps the token across a loop that goes on
// touching shared objects sees these reads too.
func (t *Thread) tokenHeld() bool {
	if st := t.th.st; st != nil && st.HoldsToken() {
		t.th.touched = true
		return true
	}
	return false
}

// loadAttrCached is LOAD_ATTR.
func (t *Thread) loadAttrCached(f *Frame, obj Value, name string) (Value, error) {
	if set := f.code.attrCache[f.pc-1].Load(); set != nil {
		if inst, ok := obj.obj.(*Instance); ok {
			// The entries compared inline. The class and shape words are
			// loaded atomically (plain loads on amd64): a shared
			// instance's are written only atomically, so they may be
			// read without the token (AttrCache.Load's rule).
			shape, typ := inst.loadShape(), inst.Type()
			for i := range set.e[:set.n] {
				c := &set.e[i]
				if c.shape == shape && c.typ == typ && c.version == typ.version.Load() {
					switch c.kind {
					case cacheSlot:
						// The slots of a thread-local instance, or of a
						// shared one while t holds the token (every write
						// of a shared instance holds it); other readers
						// of a shared one use its read side or the token.
						if !inst.IsShared() || t.tokenHeld() {
							return inst.loadSlot(c.slot), nil
						}
						return t.loadSharedSlot(f, set, c, obj, name)
					case cacheClassValue:
						// A class attribute needs no slot; a
						// read-modify-write site (C.n += 1 through a
						// shared instance) reads under the token.
						if !set.rmw || !inst.IsShared() || t.tokenHeld() {
							return c.value, nil
						}
					}
				}
			}
		}
	}
	return t.loadAttrSlow(f, obj, name)
}

// loadSharedSlot is LOAD_ATTR's hit on the slot entry c (of set) for a
// shared instance read without the token: from its read side in an
// abortable span, else under the token (AttrCache.Load), which a
// read-modify-write site takes first outside spans (loadAttrSlow's rule:
// in a span the read is validated at commit, where the store is applied).
func (t *Thread) loadSharedSlot(f *Frame, set *attrSet, c *AttrCache, obj Value, name string) (Value, error) {
	if set.rmw && !t.optimisticReads() {
		// (In an abortable span the lock-free read is validated with
		// the store at commit: one atomic step anyway.)
		t.acquireToken()
	}
	if v, ok := c.Load(t, obj); ok {
		return v, nil
	}
	return t.loadAttrSlow(f, obj, name)
}

// loadAttrSlow is LOAD_ATTR for other receivers and misses.
func (t *Thread) loadAttrSlow(f *Frame, obj Value, name string) (Value, error) {
	if t.spActive { // SPAN: a module's attribute read per name (span_globals.go)
		if v, ok := t.spanModuleAttr(f, obj, name); ok {
			return v, nil
		}
	}
	pc := f.pc - 1
	slot := &f.code.attrCache[pc]
	set := slot.Load()
	if set != nil {
		if set.rmw && sharedReceiver(obj) && !t.optimisticReads() {
			// (An abortable span's lock-free read is validated at its
			// commit, where its store is applied or made: the two are
			// one atomic step anyway.)
			t.acquireToken()
		}
		// All entries again: the hit path handles only slot and class
		// value entries of instances (and passes shared slots on to
		// loadSharedSlot).
		for i := range set.e[:set.n] {
			c := &set.e[i]
			if c.kind == cacheProperty {
				if v, ok, err := c.loadProperty(t, obj); ok {
					return v, err
				}
				continue
			}
			if v, ok := c.Load(t, obj); ok {
				return v, nil
			}
		}
	}
	v, err := GetAttr(t, obj, name)
	if err == nil && f.code.shouldTryCache(pc) {
		if c := NewAttrCache(obj, name); c != nil {
			slot.Store(set.with(c, codeStores(f.bc, bytecode.STORE_ATTR, name)))
			f.code.cacheFilled(pc)
		}
	}
	return v, err
}

// storeAttrCached is STORE_ATTR: obj.name = x.
func (t *Thread) storeAttrCached(f *Frame, obj Value, name string, x Value) error {
	if set := f.code.attrCache[f.pc-1].Load(); set != nil {
		if inst, ok := obj.obj.(*Instance); ok && !inst.IsShared() {
			if t.spActive { // SPAN: undo record (span_undo.go)
				t.logInstStore(inst, name, x)
			}
			if inst.storeCached(set, x) {
				return nil
			}
		}
	}
	return t.storeAttrSlow(f, obj, name, x)
}

// storeAttrSlow is STORE_ATTR for other receivers and misses.
func (t *Thread) storeAttrSlow(f *Frame, obj Value, name string, x Value) error {
	pc := f.pc - 1
	slot := &f.code.attrCache[pc]
	set := slot.Load()
	inst, isInst := obj.obj.(*Instance)
	if isInst && set != nil && t.spActive && inst.IsShared() && t.bufferInstStore(inst, name, x, set) {
		return nil // applied at commit (span_inststores.go)
	}
	if isInst && set != nil && !t.spActive && inst.IsShared() && t.tokenHeld() && inst.storeHeld(t, set, x) {
		return nil
	}
	if set != nil && (!isInst || inst.IsShared()) {
		for i := range set.e[:set.n] {
			if set.e[i].Store(t, obj, x) {
				return nil
			}
		}
	}
	// A thread-local instance's shape before the store, for a transition
	// entry if the store adds the attribute.
	var before *Shape
	var ver uint64
	if isInst && !inst.IsShared() {
		before, ver = inst.shape, inst.typ.version.Load()
	}
	if err := SetAttr(t, obj, name, x); err != nil {
		return err
	}
	if f.code.shouldTryCache(pc) {
		var c *AttrCache
		if before != nil && !inst.IsShared() && inst.shape != before {
			c = newAddCache(inst, before, name, ver)
		} else {
			c = NewStoreCache(obj, name)
		}
		if c != nil {
			slot.Store(set.with(c, false))
			f.code.cacheFilled(pc)
		}
	}
	return nil
}

// storeHeld is STORE_ATTR's slot-entry hit for a shared instance whose
// thread holds the token, outside abortable spans (no undo record): the
// store AttrCache.Store makes, for a value that needs no publication walk
// (a leaf or an object already shared; others take Store), then a new
// snapshot for lock-free readers when the instance has a read side.
// False means no entry applies.
func (o *Instance) storeHeld(t *Thread, set *attrSet, x Value) bool {
	if !publishedAlready(x) {
		return false
	}
	shape, typ := o.shape, o.typ
	for i := range set.e[:set.n] {
		c := &set.e[i]
		if c.kind != cacheSlot || c.shape != shape || c.typ != typ || c.version != typ.version.Load() {
			continue
		}
		switch {
		case c.slot.kind == kindValue:
			o.vals[c.slot.index] = x
		case kindOf(x) == c.slot.kind:
			o.nums[c.slot.index] = x.num
		default:
			return false
		}
		o.republishSlot(t, c.slot) // a plain store: its slot's word only
		return true
	}
	return false
}

// storeCached is STORE_ATTR's hit path for a thread-local instance: a
// store into an existing slot of the cached kind, or a cached transition
// that adds the attribute. False means no entry of set applies.
func (o *Instance) storeCached(set *attrSet, x Value) bool {
	shape, typ := o.shape, o.typ
	k := kindOf(x)
	for i := range set.e[:set.n] {
		c := &set.e[i]
		if c.shape != shape || c.typ != typ || c.version != typ.version.Load() {
			continue
		}
		switch c.kind {
		case cacheSlot:
			if c.slot.kind == kindValue {
				o.vals[c.slot.index] = x
				return true
			}
			if c.slot.kind == k {
				o.nums[c.slot.index] = x.num
				return true
			}
		case cacheAdd:
			if c.slot.kind == k {
				if k == kindValue {
					o.vals = append(o.vals, x)
				} else {
					o.nums = append(o.nums, x.num)
				}
				o.shape = c.next // thread-local: a plain store (setShape)
				return true
			}
		}
	}
	return false
}

// loadMethodCached is LOAD_METHOD: (fn, true) to call fn(obj, ...), or
// (bound, false).
func (t *Thread) loadMethodCached(f *Frame, obj Value, name string) (Value, bool, error) {
	if set := f.code.methodCache[f.pc-1].Load(); set != nil {
		if inst, ok := obj.obj.(*Instance); ok {
			// The entry applies when the class, its version and the shape
			// (which shows the instance does not shadow the name) are the
			// cached ones. Class and shape are loaded atomically (plain
			// loads on amd64), so a shared instance's method is found
			// without the token too (MethodCache.Applies's rule).
			if shape, typ := inst.loadShape(), inst.Type(); shape != nil {
				for i := range set.e[:set.n] {
					c := &set.e[i]
					if c.shape == shape && c.typ == typ && c.version == typ.version.Load() {
						return c.Func, true, nil
					}
				}
			}
		} else if plainMethodReceiver(obj) {
			// A built-in object's method (l.append, d.get, s.add): the
			// entry applies when the type and its version are the cached
			// ones, as in loadMethodSlow, without its checks for classes
			// and modules first (5% of a thread's instructions adding to
			// a shared set, bench/scaling/addset.py).
			typ := TypeOf(obj)
			for i := range set.e[:set.n] {
				c := &set.e[i]
				if c.shape == nil && c.typ == typ && c.version == typ.version.Load() {
					return c.Func, true, nil
				}
			}
		}
	}
	return t.loadMethodSlow(f, obj, name)
}

// plainMethodReceiver reports a receiver that is no instance, class or
// module: loadMethodSlow treats those three first.
func plainMethodReceiver(obj Value) bool {
	switch obj.obj.(type) {
	case *Instance, *Type, *Module:
		return false
	}
	return true
}

// loadMethodSlow is LOAD_METHOD for other receivers and misses.
func (t *Thread) loadMethodSlow(f *Frame, obj Value, name string) (Value, bool, error) {
	pc := f.pc - 1
	if _, ok := obj.obj.(*Type); ok {
		// C.method(self, ...): the class attribute itself, cached as
		// LOAD_ATTR caches it (in this instruction's attribute slot).
		v, err := t.loadAttrCached(f, obj, name)
		return v, false, err
	}
	if t.spActive { // SPAN: a module's attribute read per name (span_globals.go)
		if v, ok := t.spanModuleAttr(f, obj, name); ok {
			return v, false, nil
		}
	}
	slot := &f.code.methodCache[pc]
	set := slot.Load()
	if set != nil {
		if inst, ok := obj.obj.(*Instance); !ok || inst.IsShared() {
			for i := range set.e[:set.n] {
				c := &set.e[i]
				if c.Applies(obj) {
					return c.Func, true, nil
				}
			}
		}
	}
	fn, unbound, err := LoadMethod(t, obj, name)
	if err == nil && unbound && f.code.shouldTryCache(pc) {
		if c := NewMethodCache(obj, name); c != nil {
			slot.Store(set.with(c))
			f.code.cacheFilled(pc)
		}
	}
	return fn, unbound, err
}

// Kinds of LOAD_GLOBAL cache entries made for shared namespaces (the
// gix field of globalCacheEntry; entries for thread-local globals keep an
// entry number there, and -1 for a builtin).
const (
	gixSharedGlobal  = -2 // value cached; gver: the globals' values version
	gixSharedBuiltin = -3 // value cached; gver: the globals' keys version, bver: builtins' values version
	gixSharedStored  = -4 // read under the token; gver: the globals' keys version, bver: the entry number
)

// codeStores reports whether code has an instruction op (STORE_ATTR or
// STORE_GLOBAL) for name. A read of a name the same code also writes
// (global n; n += 1, or C.count += 1) is a read-modify-write that CPython
// 3.11 runs with no thread switch in between; reading it without the
// token could lose another thread's update, so such sites read under the
// token. Scanned only when a cache entry is made.
func codeStores(bc *bytecode.Code, op bytecode.Opcode, name string) bool {
	for _, in := range bc.Instrs {
		if (in.Op() == op || (op == bytecode.STORE_GLOBAL && in.Op() == bytecode.DELETE_GLOBAL)) &&
			in.Arg() < len(bc.Names) && bc.Names[in.Arg()] == name {
			return true
		}
	}
	return false
}

// sharedReceiver reports whether an attribute read of v may race with
// other threads: a shared object, or a class whose namespace is shared.
func sharedReceiver(v Value) bool {
	if cls, ok := v.obj.(*Type); ok {
		return cls.Dict != nil && cls.Dict.IsShared()
	}
	return v.obj != nil && sharedObject(v.obj)
}

// loadGlobal is LOAD_GLOBAL past the loop's inline hit (a module global
// of thread-local globals). Entries (immutable, one per instruction,
// behind an atomic pointer) are of four kinds:
//
//   - gix >= 0: the entry number of the name in the globals, valid while
//     their keys version is gver (rebinding the global needs no
//     invalidation). The dict's words are read plainly, so only by the
//     owner of thread-local globals or by the token holder (every write
//     of a shared dict holds the token);
//   - -1: a builtin's value, both namespaces thread-local, valid while
//     the globals' and builtins' keys versions are gver and bver;
//   - gixSharedGlobal, gixSharedBuiltin: a value read from shared
//     namespaces, validated against their version words read atomically
//     (no token: threads calling global functions in their loops run in
//     parallel). Every store into a shared dict bumps its values version
//     after writing, under the token, so an entry whose version still
//     matches holds the current value;
//   - gixSharedStored: a read-modify-write site (read under the token).
//
// A hit of a shared entry reads one or two atomic words, which are plain
// loads on amd64: a shared global costs what a thread-local one costs.
func (t *Thread) loadGlobal(f *Frame, i int) (Value, error) {
	g := f.globals
	if t.spActive && g.IsShared() {
		// SPAN: read per name and logged (span_globals.go).
		return t.spanLoadGlobal(f, i)
	}
	if e := f.code.globalCache[f.pc-1].Load(); e != nil && e.globals == g {
		switch e.gix {
		case gixSpanGlobal, gixSpanBuiltin:
			// A span's entry: its node's committed value.
			if v, ok := e.committedGlobal(f); ok {
				return v, nil
			}
		case gixSharedGlobal:
			// Made only for shared globals (sharing is for good).
			if atomic.LoadUint64(&g.valsVersion) == e.gver {
				return e.value, nil
			}
		case gixSharedBuiltin:
			b := f.builtins
			if e.builtins == b && atomic.LoadUint64(&g.version) == e.gver && atomic.LoadUint64(&b.valsVersion) == e.bver {
				return e.value, nil
			}
		case -1:
			b := f.builtins
			if !g.IsShared() && !b.IsShared() && e.gver == g.version && e.builtins == b && e.bver == b.version {
				return e.value, nil
			}
		case gixSharedStored:
			// loadGlobalMiss reads it under the token.
		default:
			if (!g.IsShared() || t.tokenHeld()) && e.gver == g.version && e.gix < len(g.entries) {
				return g.entries[e.gix].value, nil
			}
		}
	}
	return t.loadGlobalMiss(f, i)
}

// loadGlobalMiss is LOAD_GLOBAL when no entry applies (and for
// read-modify-write sites of shared globals): it looks the name up (under
// the token when a namespace is shared) and caches the answer.
func (t *Thread) loadGlobalMiss(f *Frame, i int) (Value, error) {
	g, b := f.globals, f.builtins
	slot := &f.code.globalCache[f.pc-1]
	gShared := g.IsShared()
	// A thread that holds the token already (a worker running a program
	// in a nested loop keeps it for good) caches the entry number even
	// for shared globals: it reads it under the token (loadGlobal), and
	// unlike a cached value it survives stores into the globals, so a
	// loop that rebinds one global does not void every other global's
	// entry (and read-modify-write sites need no token call).
	held := gShared && t.tokenHeld()
	if e := slot.Load(); e != nil && e.globals == g && e.gix == gixSharedStored && gShared {
		t.acquireToken()
		if g.version == e.gver && int(e.bver) < len(g.entries) {
			return g.entries[e.bver].value, nil
		}
	}
	name := f.bc.Names[i]
	h := strHashString(name)
	if gShared {
		t.acquireToken()
	}
	gkeys, gvals := atomic.LoadUint64(&g.version), atomic.LoadUint64(&g.valsVersion)
	if ix := g.lookupStr(name, h); ix >= 0 {
		v := g.entries[ix].value
		switch {
		case !gShared || held:
			slot.Store(&globalCacheEntry{globals: g, gver: gkeys, gix: ix})
		case codeStores(f.bc, bytecode.STORE_GLOBAL, name):
			slot.Store(&globalCacheEntry{globals: g, gver: gkeys, gix: gixSharedStored, bver: uint64(ix)})
		default:
			slot.Store(&globalCacheEntry{globals: g, gver: gvals, gix: gixSharedGlobal, value: v})
		}
		return v, nil
	}
	bShared := b.IsShared()
	if bShared {
		t.acquireToken()
	}
	bkeys, bvals := atomic.LoadUint64(&b.version), atomic.LoadUint64(&b.valsVersion)
	ix := b.lookupStr(name, h)
	if ix < 0 {
		return Value{}, nameError(name)
	}
	v := b.entries[ix].value
	switch {
	case bShared:
		slot.Store(&globalCacheEntry{globals: g, builtins: b, gver: gkeys, bver: bvals, gix: gixSharedBuiltin, value: v})
	case !gShared:
		slot.Store(&globalCacheEntry{globals: g, builtins: b, gver: gkeys, bver: bkeys, gix: -1, value: v})
	}
	// Shared globals with thread-local builtins (rare: publishing a
	// function publishes its builtins): a store into the builtins would
	// bump no values version, so nothing is cached.
	return v, nil
}
