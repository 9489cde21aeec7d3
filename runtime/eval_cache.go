package runtime

// This file defines the LOAD_ATTR and LOAD_METHOD inline caches. Each
// instruction has one atomic slot beside the (shared, immutable) code; it
// points to an immutable entry saying, for one class at one version and
// one instance shape, where the attribute is. A hit costs a few compares
// and no dictionary probe; any change to the class (or its bases) bumps
// its version and any new instance attribute changes the shape, so a
// stale entry is never used.

// attrCacheEntry is one cached lookup.
type attrCacheEntry struct {
	typ     *Type
	version uint64
	shape   *Shape
	slot    slotInfo // LOAD_ATTR: the instance slot
	method  Value    // LOAD_METHOD: the function found on the class
}

// plainGetAttribute reports whether typ uses the generic attribute lookup
// (no __getattribute__ of its own).
func plainGetAttribute(typ *Type) bool {
	_, where := typ.lookupWhere("__getattribute__")
	return where == nil || !where.IsHeap()
}

// loadAttrCached is LOAD_ATTR with the instance-attribute cache.
func (t *Thread) loadAttrCached(f *Frame, obj Value, name string) (Value, error) {
	slot := &f.code.attrCache[f.pc-1]
	o, isInst := obj.obj.(*Instance)
	if isInst {
		if e := slot.Load(); e != nil && e.method.obj == nil && o.typ == e.typ && o.shape == e.shape && o.shape != nil && e.typ.version.Load() == e.version {
			return o.loadSlot(e.slot), nil
		}
	}
	v, err := GetAttr(t, obj, name)
	if err != nil || !isInst || o.shape == nil {
		return v, err
	}
	typ := o.typ
	si, ok := o.shape.lookup(name)
	if !ok || !plainGetAttribute(typ) {
		return v, nil
	}
	if descr, found := typ.Lookup(name); found {
		if _, isData := descr.obj.(DataDescriptor); isData {
			return v, nil
		}
		if dt := TypeOf(descr); dt.IsHeap() && hasSetOrDelete(dt) {
			return v, nil
		}
	}
	slot.Store(&attrCacheEntry{typ: typ, version: typ.version.Load(), shape: o.shape, slot: si})
	return v, nil
}

// loadMethodCached is LOAD_METHOD with the method cache: a Python
// function found on the class of an instance whose shape lacks the name.
func (t *Thread) loadMethodCached(f *Frame, obj Value, name string) (Value, bool, error) {
	slot := &f.code.attrCache[f.pc-1]
	o, isInst := obj.obj.(*Instance)
	if isInst {
		if e := slot.Load(); e != nil && e.method.obj != nil && o.typ == e.typ && o.shape == e.shape && o.shape != nil && e.typ.version.Load() == e.version {
			return e.method, true, nil
		}
	}
	fn, unbound, err := LoadMethod(t, obj, name)
	if err != nil || !unbound || !isInst || o.shape == nil {
		return fn, unbound, err
	}
	if _, isFunc := fn.obj.(*Function); !isFunc {
		return fn, unbound, nil
	}
	typ := o.typ
	if _, inInstance := o.shape.lookup(name); inInstance || !plainGetAttribute(typ) {
		return fn, unbound, nil
	}
	slot.Store(&attrCacheEntry{typ: typ, version: typ.version.Load(), shape: o.shape, method: fn})
	return fn, unbound, nil
}
