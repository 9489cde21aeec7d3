package runtime

// This file defines inline-cache entries for attribute loads and method
// loads, for the interpreter's LOAD_ATTR and LOAD_METHOD. An entry is
// immutable once made; the interpreter keeps a pointer to it per
// instruction (read and written atomically) and asks the entry whether
// it still applies: same type, same type version (no class attribute
// changed since), and for instances the same shape. When it does not,
// the interpreter calls GetAttr/LoadMethod and may make a new entry.

// AttrCache is a cached attribute load: an instance attribute in a
// shape slot, a plain class attribute read through an instance (no
// descriptor, not shadowed by the instance), or a plain attribute read
// from a class object itself.
type AttrCache struct {
	// The fields a hit compares come first (one cache line with the
	// set's other entries' fronts).
	shape   *Shape
	typ     *Type // the receiver's type (kind cacheSlot, cacheClassValue, cacheAdd) or the class read (cacheTypeAttr)
	version uint64
	slot    slotInfo
	kind    uint8
	value   Value  // cacheClassValue, cacheTypeAttr
	next    *Shape // cacheAdd: the shape after the store; slot is its new attribute
}

const (
	cacheSlot = iota
	cacheClassValue
	cacheTypeAttr
	// cacheAdd is a store that adds an attribute (self.x = x in
	// __init__): a transition from shape to next, appending one slot.
	cacheAdd
	// cacheBind reads a Python function of the class through an
	// instance that does not shadow it (m = obj.method): a new bound
	// method of value and the instance.
	cacheBind
	// cacheProperty reads a property of the class (value: the
	// *Property) through an instance of typ: its getter is called.
	cacheProperty
)

// plainClassAttr reports whether a class attribute is returned as is by
// attribute lookup (no __get__ to call).
func plainClassAttr(v Value) bool {
	if _, isDescr := v.obj.(Descriptor); isDescr {
		return false
	}
	if dt := TypeOf(v); dt.IsHeap() {
		if _, ok := dt.Lookup("__get__"); ok {
			return false
		}
	}
	return true
}

// newTypeAttrCache caches C.name for a class C whose metaclass is type.
func newTypeAttrCache(cls *Type, name string) *AttrCache {
	if cls.Type() != TypeType {
		return nil
	}
	if ma, ok := TypeType.Lookup(name); ok {
		// type's own data descriptors (__name__, __doc__, ...) come
		// before the class's attributes; its other attributes (such as
		// __init__) only after them (typeGetAttr).
		if _, isData := ma.obj.(DataDescriptor); isData {
			return nil
		}
	}
	ver := cls.Version()
	attr, ok := cls.Lookup(name)
	if !ok {
		return nil
	}
	if _, isFunc := attr.obj.(*Function); !isFunc && !plainClassAttr(attr) {
		// A Python function read from its class is the function itself
		// (Function.DescrGet with no instance); other descriptors may
		// compute a new value each time.
		return nil
	}
	return &AttrCache{typ: cls, version: ver, kind: cacheTypeAttr, value: attr}
}

// NewAttrCache returns an entry for reading v.name, or nil when the load
// cannot be cached (not an instance with a shape, a data descriptor or
// __getattribute__ on the class, or the attribute not on the instance).
func NewAttrCache(v Value, name string) *AttrCache {
	if cls, ok := v.obj.(*Type); ok {
		return newTypeAttrCache(cls, name)
	}
	inst, ok := v.obj.(*Instance)
	if !ok {
		return nil
	}
	// Class and shape read atomically: a thread that read a shared
	// instance without the token (shared_read_instance.go) fills caches
	// while the token holder may change them.
	shape := inst.loadShape()
	if shape == nil {
		return nil
	}
	typ := inst.Type()
	ver := typ.version.Load()
	if c := shape.cachedEntry(name, ver); c != nil && c.typ == typ {
		return c
	}
	c := newInstanceAttrCache(typ, shape, name, ver)
	if c != nil {
		shape.rememberEntry(name, c)
	}
	return c
}

// newInstanceAttrCache builds the entry for name on an instance of typ
// with the given shape, at type version ver.
func newInstanceAttrCache(typ *Type, shape *Shape, name string, ver uint64) *AttrCache {
	if typ.hooks()&hookGetattribute != 0 {
		return nil
	}
	descr, hasDescr := typ.Lookup(name)
	if g, isGetSet := descr.obj.(*GetSet); hasDescr && isGetSet && g.member {
		// A __slots__ member reads the same storage a plain attribute
		// does; unset, it raises AttributeError, which is not cached.
		si, ok := shape.lookup(name)
		if !ok {
			return nil
		}
		return &AttrCache{typ: typ, version: ver, shape: shape, slot: si}
	}
	if hasDescr {
		if p, isProp := descr.obj.(*Property); isProp && p.Type() == PropertyType {
			// The getter runs whatever the instance holds (a data
			// descriptor wins over instance attributes): no shape.
			return &AttrCache{typ: typ, version: ver, kind: cacheProperty, value: descr}
		}
		if _, isData := descr.obj.(DataDescriptor); isData {
			return nil
		}
		if dt := TypeOf(descr); dt.IsHeap() && hasSetOrDelete(dt) {
			return nil
		}
	}
	si, ok := shape.lookup(name)
	if !ok {
		if hasDescr && plainClassAttr(descr) {
			return &AttrCache{typ: typ, version: ver, shape: shape, kind: cacheClassValue, value: descr}
		}
		if _, isFunc := descr.obj.(*Function); hasDescr && isFunc {
			return &AttrCache{typ: typ, version: ver, shape: shape, kind: cacheBind, value: descr}
		}
		return nil
	}
	return &AttrCache{typ: typ, version: ver, shape: shape, slot: si}
}

// Load returns the cached attribute of v, or ok false when the entry does
// not apply to v.
func (c *AttrCache) Load(t *Thread, v Value) (Value, bool) {
	if c.kind == cacheProperty || c.kind == cacheAdd {
		// Not loads of a slot or class value (loadProperty; Store).
		return Value{}, false
	}
	if c.kind == cacheTypeAttr {
		if cls, ok := v.obj.(*Type); !ok || cls != c.typ || c.typ.version.Load() != c.version {
			return Value{}, false
		}
		return c.value, true
	}
	inst, ok := v.obj.(*Instance)
	if !ok {
		return Value{}, false
	}
	if inst.IsShared() {
		// A class attribute read through a shared instance needs only
		// the instance's class and shape, read atomically: no token.
		if c.kind == cacheClassValue || c.kind == cacheBind {
			if inst.loadShape() != c.shape || inst.Type() != c.typ || c.typ.version.Load() != c.version {
				return Value{}, false
			}
			return c.classValue(v), true
		}
		if t.lockFreeReads() { // READS: the slot from the read side (shared_read_instance.go)
			if v, applies, decided := t.sharedCacheLoad(c, inst); decided {
				return v, applies
			}
		}
		t.acquireToken()
	}
	if inst.shape != c.shape || inst.typ != c.typ || c.typ.version.Load() != c.version {
		return Value{}, false
	}
	if c.kind == cacheClassValue || c.kind == cacheBind {
		return c.classValue(v), true
	}
	return inst.loadSlot(c.slot), true
}

// classValue is the value of a cacheClassValue or cacheBind entry read
// through v.
func (c *AttrCache) classValue(v Value) Value {
	if c.kind == cacheBind {
		return FromObject(&Method{Func: c.value, Self: v})
	}
	return c.value
}

// loadProperty calls the getter of a cacheProperty entry's property when
// the entry applies to v (an instance of exactly its class, at its
// version); ok false means it does not apply. The class word is read
// atomically: the getter, Python code, takes the token itself where it
// touches shared state.
func (c *AttrCache) loadProperty(t *Thread, v Value) (r Value, ok bool, err error) {
	inst, isInst := v.obj.(*Instance)
	if !isInst || inst.Type() != c.typ || c.typ.version.Load() != c.version {
		return Value{}, false, nil
	}
	r, err = c.value.obj.(*Property).DescrGet(t, v, c.typ)
	return r, true, err
}

// Store sets the cached attribute of v when the entry applies and the
// value keeps the slot's kind; ok false means use SetAttr.
func (c *AttrCache) Store(t *Thread, v, x Value) bool {
	inst, ok := v.obj.(*Instance)
	if !ok {
		return false
	}
	if c.kind != cacheSlot {
		if c.kind == cacheAdd && !t.logging() { // SPAN: StoreAttr logs
			return c.storeAdd(inst, x)
		}
		return false
	}
	if inst.IsShared() {
		t.acquireToken()
		t.publish(x)
	}
	if inst.shape != c.shape || inst.typ != c.typ || c.typ.version.Load() != c.version {
		return false
	}
	switch c.slot.kind {
	case kindValue:
		if t.logging() { // SPAN: undo record (span_undo.go)
			t.logInstance(inst)
		}
		inst.vals[c.slot.index] = x
	default:
		if kindOf(x) != c.slot.kind {
			return false
		}
		if t.logging() { // SPAN: undo record (span_undo.go)
			t.logInstance(inst)
		}
		inst.nums[c.slot.index] = x.num
	}
	if inst.IsShared() {
		// READS: a new snapshot for lock-free readers, the slot's word
		// locked (a plain store: the shape is the entry's).
		inst.republishSlot(t, c.slot)
	}
	return true
}

// NewStoreCache returns an entry for v.name = x when the attribute already
// exists on the instance and no data descriptor or __setattr__ is in the
// way, or nil.
func NewStoreCache(v Value, name string) *AttrCache {
	inst, ok := v.obj.(*Instance)
	if !ok || inst.shape == nil {
		return nil
	}
	if inst.typ.hooks()&hookSetattr != 0 {
		return nil
	}
	if c := NewAttrCache(v, name); c != nil && c.kind == cacheSlot {
		return c
	}
	return nil
}

// storeAdd is Store for a transition entry. Shared instances take the
// generic path (StoreAttr: token, publication, atomic shape word): adding
// attributes to an instance other threads can see is rare, and leaving it
// there keeps a single copy of that protocol.
func (c *AttrCache) storeAdd(inst *Instance, x Value) bool {
	if inst.IsShared() || inst.shape != c.shape || inst.typ != c.typ ||
		c.typ.version.Load() != c.version || kindOf(x) != c.slot.kind {
		return false
	}
	if c.slot.kind == kindValue {
		inst.vals = append(inst.vals, x)
	} else {
		inst.nums = append(inst.nums, x.num)
	}
	// Thread-local: a plain store (setShape's rule).
	inst.shape = c.next
	return true
}

// newAddCache returns a transition entry for the store of name that just
// moved the thread-local instance inst from shape before to its current
// shape, when the generic store would take that same transition again:
// no __setattr__ hook, and no descriptor on the class that intercepts
// the store (a __slots__ member stores into the same slot, so it is
// allowed). Called after the store, with the class version read before it.
func newAddCache(inst *Instance, before *Shape, name string, ver uint64) *AttrCache {
	next := inst.shape
	if before == nil || next == nil || next.parent != before || next.name != name {
		return nil
	}
	typ := inst.typ
	if typ.version.Load() != ver || typ.hooks()&hookSetattr != 0 || layoutSlots(typ).SetAttr != nil {
		return nil
	}
	if descr, ok := typ.Lookup(name); ok {
		if g, isGetSet := descr.obj.(*GetSet); isGetSet {
			if !g.member {
				return nil
			}
		} else if _, isData := descr.obj.(DataDescriptor); isData {
			return nil
		} else if dt := TypeOf(descr); dt.IsHeap() && hasSetOrDelete(dt) {
			return nil
		}
	} else if typ.noDict {
		return nil
	}
	if c := before.addEntry(name, ver); c != nil && c.typ == typ && c.next == next {
		return c
	}
	c := &AttrCache{typ: typ, version: ver, shape: before, slot: next.info, kind: cacheAdd, next: next}
	before.rememberAddEntry(name, c)
	return c
}

// MethodCache is a cached method load: the function found on the type,
// to be called with the receiver prepended.
type MethodCache struct {
	shape   *Shape // for instances: the shape checked not to shadow the name
	typ     *Type
	version uint64
	Func    Value
}

// NewMethodCache returns an entry for v.name when LoadMethod would return
// an unbound method found on the type, or nil.
func NewMethodCache(v Value, name string) *MethodCache {
	typ := TypeOf(v)
	ver := typ.version.Load()
	memo := &typ.methodMemo
	if inst, ok := v.obj.(*Instance); ok {
		if shape := inst.loadShape(); shape != nil {
			memo = &shape.methods
		}
	}
	if c := memoLoad(memo, name); c != nil && c.typ == typ && c.version == ver && c.Applies(v) {
		return c
	}
	c := newMethodCache(v, name)
	if c != nil {
		memoStore(memo, name, c)
	}
	return c
}

func newMethodCache(v Value, name string) *MethodCache {
	typ := TypeOf(v)
	if typ.slots().GetAttr != nil {
		return nil
	}
	if typ.IsHeap() && typ.hooks()&hookGetattribute != 0 {
		return nil
	}
	ver := typ.version.Load()
	descr, ok := typ.Lookup(name)
	if !ok || !isPlainMethod(descr) {
		return nil
	}
	c := &MethodCache{typ: typ, version: ver, Func: descr}
	switch o := v.obj.(type) {
	case *Instance:
		shape := o.loadShape() // atomically: see NewAttrCache
		if shape == nil {
			return nil
		}
		if _, shadowed := shape.lookup(name); shadowed {
			return nil
		}
		c.shape = shape
	case AttrStore:
		// Other objects with instance dicts could shadow the method,
		// except the exact built-in containers, which have none (an
		// entry applies only to receivers of exactly its type).
		if typ.IsHeap() || !attrlessContainer(v) {
			return nil
		}
	}
	return c
}

// attrlessContainer reports whether v is a container whose exact built-in
// type gives its instances no attributes (dict_attrs.go: subclass
// instances alone have storage).
func attrlessContainer(v Value) bool {
	switch v.obj.(type) {
	case *List, *Dict, *Set, *Tuple, *Str, *Bytes, *ByteArray:
		return true
	}
	return false
}

// Applies reports whether the entry is valid for v.
func (c *MethodCache) Applies(v Value) bool {
	if TypeOf(v) != c.typ || c.typ.version.Load() != c.version {
		return false
	}
	if c.shape != nil {
		// Read atomically: a shared instance's method is found without
		// the token (the shape shows the instance does not shadow it).
		inst, ok := v.obj.(*Instance)
		return ok && inst.loadShape() == c.shape
	}
	return true
}
