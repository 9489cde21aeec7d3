package runtime

// This file defines how LOAD_ATTR, STORE_ATTR and LOAD_METHOD use their
// inline caches. Each instruction has an atomic slot beside the shared,
// immutable code, pointing to an immutable set of up to polySize entries
// (protocol_cache.go's entries, each checked against the object's class,
// class version and shape), so a site that sees a few classes
// (polymorphic code such as richards' task classes) still hits. A miss
// does the generic lookup and publishes a new set with the new entry in
// front; sites that cannot be cached back off.

const polySize = 4

type attrSet struct{ e [polySize]*AttrCache }

type methodSet struct{ e [polySize]*MethodCache }

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

func (s *attrSet) with(c *AttrCache) *attrSet {
	n := &attrSet{}
	n.e[0] = c
	if s != nil {
		copy(n.e[1:], s.e[:polySize-1])
	}
	return n
}

func (s *methodSet) with(c *MethodCache) *methodSet {
	n := &methodSet{}
	n.e[0] = c
	if s != nil {
		copy(n.e[1:], s.e[:polySize-1])
	}
	return n
}

// loadAttrCached is LOAD_ATTR.
func (t *Thread) loadAttrCached(f *Frame, obj Value, name string) (Value, error) {
	pc := f.pc - 1
	slot := &f.code.attrCache[pc]
	set := slot.Load()
	if set != nil {
		for _, c := range set.e {
			if c == nil {
				break
			}
			if v, ok := c.Load(t, obj); ok {
				return v, nil
			}
		}
	}
	v, err := GetAttr(t, obj, name)
	if err == nil && f.code.shouldTryCache(pc) {
		if c := NewAttrCache(obj, name); c != nil {
			slot.Store(set.with(c))
			f.code.cacheFilled(pc)
		}
	}
	return v, err
}

// storeAttrCached is STORE_ATTR: obj.name = x.
func (t *Thread) storeAttrCached(f *Frame, obj Value, name string, x Value) error {
	pc := f.pc - 1
	slot := &f.code.attrCache[pc]
	set := slot.Load()
	if set != nil {
		for _, c := range set.e {
			if c == nil {
				break
			}
			if c.Store(t, obj, x) {
				return nil
			}
		}
	}
	if err := SetAttr(t, obj, name, x); err != nil {
		return err
	}
	if f.code.shouldTryCache(pc) {
		if c := NewStoreCache(obj, name); c != nil {
			slot.Store(set.with(c))
			f.code.cacheFilled(pc)
		}
	}
	return nil
}

// loadMethodCached is LOAD_METHOD: (fn, true) to call fn(obj, ...), or
// (bound, false).
func (t *Thread) loadMethodCached(f *Frame, obj Value, name string) (Value, bool, error) {
	pc := f.pc - 1
	slot := &f.code.methodCache[pc]
	set := slot.Load()
	if set != nil {
		for _, c := range set.e {
			if c == nil {
				break
			}
			if c.Applies(obj) {
				return c.Func, true, nil
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
