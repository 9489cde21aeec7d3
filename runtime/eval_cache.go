package runtime

// This file defines how LOAD_ATTR, STORE_ATTR and LOAD_METHOD use their
// inline caches. Each instruction has an atomic slot beside the shared,
// immutable code, pointing to an immutable entry (protocol_cache.go) that
// is checked against the object's class, class version and shape; a stale
// entry is replaced after the generic lookup.

// shouldTryCache says whether a cache miss at instruction pc should try
// to make a new entry: always at first, then, after missBackoff misses
// without success, only once in missBackoff times (like CPython's adaptive
// counters), so uncacheable sites (slots, properties, polymorphic code)
// do not pay for the attempt on every run.
func (c *Code) shouldTryCache(pc int) bool {
	n := c.cacheMisses[pc].Add(1)
	return n <= missBackoff || n%missBackoff == 0
}

// cacheFilled resets the miss count of pc after a successful fill.
func (c *Code) cacheFilled(pc int) { c.cacheMisses[pc].Store(0) }

const missBackoff = 16

// loadAttrCached is LOAD_ATTR.
func (t *Thread) loadAttrCached(f *Frame, obj Value, name string) (Value, error) {
	pc := f.pc - 1
	slot := &f.code.attrCache[pc]
	if c := slot.Load(); c != nil {
		if v, ok := c.Load(t, obj); ok {
			return v, nil
		}
	}
	v, err := GetAttr(t, obj, name)
	if err == nil && f.code.shouldTryCache(pc) {
		if c := NewAttrCache(obj, name); c != nil {
			slot.Store(c)
			f.code.cacheFilled(pc)
		}
	}
	return v, err
}

// storeAttrCached is STORE_ATTR: obj.name = x.
func (t *Thread) storeAttrCached(f *Frame, obj Value, name string, x Value) error {
	slot := &f.code.attrCache[f.pc-1]
	if c := slot.Load(); c != nil && c.Store(t, obj, x) {
		return nil
	}
	if err := SetAttr(t, obj, name, x); err != nil {
		return err
	}
	if pc := f.pc - 1; f.code.shouldTryCache(pc) {
		if c := NewStoreCache(obj, name); c != nil {
			slot.Store(c)
			f.code.cacheFilled(pc)
		}
	}
	return nil
}

// loadMethodCached is LOAD_METHOD: (fn, true) to call fn(obj, ...), or
// (bound, false).
func (t *Thread) loadMethodCached(f *Frame, obj Value, name string) (Value, bool, error) {
	slot := &f.code.methodCache[f.pc-1]
	if c := slot.Load(); c != nil && c.Applies(obj) {
		return c.Func, true, nil
	}
	fn, unbound, err := LoadMethod(t, obj, name)
	if pc := f.pc - 1; err == nil && unbound && f.code.shouldTryCache(pc) {
		if c := NewMethodCache(obj, name); c != nil {
			slot.Store(c)
			f.code.cacheFilled(pc)
		}
	}
	return fn, unbound, err
}
