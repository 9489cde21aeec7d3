package runtime

import (
	"math"
	"sync/atomic"
	"unsafe"

	"github.com/pystm/pystm/stm"
)

// This file defines Instance, an instance of a user class whose layout is
// plain object, and the AttrStore interface for objects with a __dict__.
//
// __dict__ choice: attributes live in the shape-described slots until
// someone asks for __dict__ (or deletes an attribute); then the instance
// switches for good to "dict mode", where a real *Dict holds the
// attributes and is returned as __dict__ itself. So `obj.__dict__['x'] = 1`
// and `obj.x` always agree, at the price of losing the fast layout for
// the (rare) instances whose __dict__ is used.

// AttrStore is implemented by objects that carry per-instance attributes.
type AttrStore interface {
	LoadAttr(t *Thread, name string) (Value, bool)
	StoreAttr(t *Thread, name string, v Value) error
	DeleteAttr(t *Thread, name string) bool
	AttrDict(t *Thread) *Dict // materialises __dict__
}

// maxShapeAttrs is the number of attributes past which an instance
// leaves the shape layout for dict mode.
const maxShapeAttrs = 64

// Instance is an instance of a user class (layout object).
type Instance struct {
	stm.Header
	typ   *Type
	shape *Shape  // nil in dict mode
	vals  []Value // kindValue slots
	nums  []uint64
	dict  *Dict // dict mode only
}

// NewInstance returns a new instance of the heap type typ with no attributes.
func NewInstance(typ *Type) *Instance {
	typ.ready()
	r := typ.rootShape
	if r == nil {
		return &Instance{typ: typ}
	}
	// Storage for the attributes instances of typ end up with (the shape
	// tree's hints), allocated with the instance when it is small, so
	// that __init__'s stores do not regrow it.
	nv, nn := r.hintVals.Load(), r.hintNums.Load()
	if nv == 0 && nn == 0 {
		return &Instance{typ: typ, shape: r}
	}
	if nv <= 8 && nn <= 8 {
		return instBlocks[blockClass(nv)][blockClass(nn)](typ, r)
	}
	o := &Instance{typ: typ, shape: r}
	if nv > 0 {
		o.vals = make([]Value, 0, nv)
	}
	if nn > 0 {
		o.nums = make([]uint64, 0, nn)
	}
	return o
}

// blockClass maps a slot count up to 8 to the index of the smallest of
// the block sizes 0, 2, 4, 8 that holds it.
func blockClass(n int32) int {
	switch {
	case n == 0:
		return 0
	case n <= 2:
		return 1
	case n <= 4:
		return 2
	}
	return 3
}

// instBlock is an instance allocated together with its storage: V and N
// are arrays (or struct{} for none) that vals and nums start in. One
// allocation instead of three for raytrace's vectors; an instance that
// outgrows them moves to separately allocated storage (append).
type instBlock[V, N any] struct {
	Instance
	v V
	n N
}

func newInstBlock[V, N any](typ *Type, shape *Shape) *Instance {
	b := &instBlock[V, N]{}
	b.typ, b.shape = typ, shape
	if nv := unsafe.Sizeof(b.v) / unsafe.Sizeof(Value{}); nv > 0 {
		b.vals = unsafe.Slice((*Value)(unsafe.Pointer(&b.v)), nv)[:0]
	}
	if nn := unsafe.Sizeof(b.n) / unsafe.Sizeof(uint64(0)); nn > 0 {
		b.nums = unsafe.Slice((*uint64)(unsafe.Pointer(&b.n)), nn)[:0]
	}
	return &b.Instance
}

type (
	vals2 [2]Value
	vals4 [4]Value
	vals8 [8]Value
	nums2 [2]uint64
	nums4 [4]uint64
	nums8 [8]uint64
	none  struct{}
)

// instBlocks[v][n] makes an instance with storage for block classes v
// (Value slots) and n (number slots).
var instBlocks = [4][4]func(*Type, *Shape) *Instance{
	{nil, newInstBlock[none, nums2], newInstBlock[none, nums4], newInstBlock[none, nums8]},
	{newInstBlock[vals2, none], newInstBlock[vals2, nums2], newInstBlock[vals2, nums4], newInstBlock[vals2, nums8]},
	{newInstBlock[vals4, none], newInstBlock[vals4, nums2], newInstBlock[vals4, nums4], newInstBlock[vals4, nums8]},
	{newInstBlock[vals8, none], newInstBlock[vals8, nums2], newInstBlock[vals8, nums4], newInstBlock[vals8, nums8]},
}

// Type returns the instance's class. It is read atomically: threads
// without the token read the class of shared instances (method lookup).
func (o *Instance) Type() *Type {
	return (*Type)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&o.typ))))
}

// setType implements assignment to __class__.
func (o *Instance) setType(t *Thread, typ *Type) {
	if !o.IsShared() {
		o.typ = typ
		return
	}
	t.touchW(&o.Header) // SPAN: no undo record
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&o.typ)), unsafe.Pointer(typ))
	o.republish(t)
}

// The shape and class words are written only atomically (by the owner of
// a thread-local instance, or under the token for a shared one), so that
// a method-cache check on a shared instance can read them without the
// token (loadShape); the owner and token holders read them plainly.
func (o *Instance) setShape(s *Shape) {
	if !o.IsShared() {
		// Thread-local: no other thread can read it (an atomic store is
		// an XCHG on amd64, paid on every attribute added in __init__).
		o.shape = s
		return
	}
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&o.shape)), unsafe.Pointer(s))
}

// loadShape reads the shape atomically, for readers without the token.
func (o *Instance) loadShape() *Shape {
	return (*Shape)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&o.shape))))
}

// Shape returns the instance's shape, nil in dict mode.
func (o *Instance) Shape(t *Thread) *Shape {
	t.touch(&o.Header)
	return o.shape
}

// LoadAttr returns the instance attribute name.
func (o *Instance) LoadAttr(t *Thread, name string) (Value, bool) {
	if o.IsShared() && t.lockFreeReads() {
		if v, found, ok := t.sharedLoadAttr(o, name); ok {
			return v, found
		}
	}
	t.touch(&o.Header)
	if o.shape == nil {
		if o.dict == nil {
			return Value{}, false
		}
		return o.dict.GetStr(name)
	}
	si, ok := o.shape.lookup(name)
	if !ok {
		return Value{}, false
	}
	return o.loadSlot(si), true
}

func (o *Instance) loadSlot(si slotInfo) Value {
	switch si.kind {
	case kindInt:
		return Int(int64(o.nums[si.index]))
	case kindFloat:
		return Float(math.Float64frombits(o.nums[si.index]))
	}
	return o.vals[si.index]
}

// StoreAttr sets the instance attribute name.
func (o *Instance) StoreAttr(t *Thread, name string, v Value) error {
	t.touchStoreL(&o.Header, v)
	if t.logging() { // SPAN: undo record (span_undo.go)
		t.logInstStore(o, name, v)
	}
	shape := o.shape
	o.storeAttr(name, v)
	if o.IsShared() {
		if shape != nil && o.shape == shape {
			si, _ := shape.lookup(name) // there: the shape did not grow
			o.republishSlot(t, si)      // a plain store: its slot's word only
		} else {
			o.republish(t)
		}
	}
	return nil
}

func (o *Instance) storeAttr(name string, v Value) {
	if o.shape == nil {
		if o.dict == nil {
			o.dict = NewDict()
			if o.IsShared() {
				o.dict.markShared()
			}
		}
		o.dict.SetStr(name, v)
		return
	}
	k := kindOf(v)
	si, ok := o.shape.lookup(name)
	if ok {
		switch {
		case si.kind == kindValue:
			o.vals[si.index] = v
			return
		case si.kind == k:
			o.nums[si.index] = v.num
			return
		}
		// The kind changed: move to the shape where name holds a Value.
		o.relayout(o.shape.generalize(name))
		si, _ = o.shape.lookup(name)
		o.vals[si.index] = v
		return
	}
	if o.shape.Len() >= maxShapeAttrs {
		// Instances used as open-ended records go to dict mode rather
		// than growing ever longer transition chains.
		o.toDictMode()
		o.dict.SetStr(name, v)
		return
	}
	ns := o.shape.add(name, k)
	if ns.info.kind == kindValue {
		o.vals = append(o.vals, v)
	} else {
		o.nums = append(o.nums, v.num)
	}
	o.setShape(ns)
}

// relayout copies the attributes into the storage described by ns.
func (o *Instance) relayout(ns *Shape) {
	vals := make([]Value, ns.nvals)
	nums := make([]uint64, ns.nnums)
	for name, si := range o.shape.table {
		v := o.loadSlot(si)
		nsi := ns.table[name]
		if nsi.kind == kindValue {
			vals[nsi.index] = v
		} else {
			nums[nsi.index] = v.num
		}
	}
	o.vals, o.nums = vals, nums
	o.setShape(ns)
}

// DeleteAttr removes name, reporting whether it was there. Deletion
// switches the instance to dict mode.
func (o *Instance) DeleteAttr(t *Thread, name string) bool {
	t.touchW(&o.Header) // SPAN: no undo record: irrevocable
	if o.shape != nil {
		if _, ok := o.shape.lookup(name); !ok {
			return false
		}
		o.toDictMode()
		o.republish(t)
	}
	if o.dict == nil {
		return false
	}
	return o.dict.DelStrT(t, name)
}

// AttrDict returns __dict__, switching to dict mode.
func (o *Instance) AttrDict(t *Thread) *Dict {
	t.touchWL(&o.Header)
	if t.logging() && o.shape != nil { // SPAN: toDictMode replaces the layout
		t.logInstance(o)
	}
	if o.shape != nil {
		o.toDictMode()
		o.republish(t)
	}
	return o.dict
}

// setAttrDict implements assignment to __dict__.
func (o *Instance) setAttrDict(t *Thread, d *Dict) {
	t.touchStore(&o.Header, FromObject(d))
	d.asNamespace() // read by attribute lookups (span_dictwrites.go)
	if o.IsShared() {
		d.markShared()
	}
	o.setShape(nil)
	o.vals, o.nums, o.dict = nil, nil, d
	o.republish(t)
}

func (o *Instance) toDictMode() {
	d := NewDict()
	for _, name := range o.shape.names() {
		d.SetStr(name, o.loadSlot(o.shape.table[name]))
	}
	if o.IsShared() {
		// The values are shared already (the instance was).
		d.markShared()
	}
	o.setShape(nil)
	o.vals, o.nums, o.dict = nil, nil, d
}

// DictAttrs is a lazily made __dict__, for objects of built-in layouts
// (exceptions, subclasses of list or dict) that carry instance attributes.
// Embed it and the object satisfies AttrStore.
type DictAttrs struct {
	dict *Dict
}

// LoadAttr returns the attribute name.
func (a *DictAttrs) LoadAttr(t *Thread, name string) (Value, bool) {
	if a.dict == nil {
		return Value{}, false
	}
	return a.dict.GetStrT(t, name)
}

// StoreAttr sets the attribute name.
func (a *DictAttrs) StoreAttr(t *Thread, name string, v Value) error {
	if a.dict == nil {
		a.dict = NewDict()
	}
	a.dict.SetStrT(t, name, v)
	return nil
}

// DeleteAttr removes the attribute name, reporting whether it was there.
func (a *DictAttrs) DeleteAttr(t *Thread, name string) bool {
	if a.dict == nil {
		return false
	}
	return a.dict.DelStrT(t, name)
}

// AttrDict returns the __dict__, making it if needed.
func (a *DictAttrs) AttrDict(t *Thread) *Dict {
	if a.dict == nil {
		a.dict = NewDict()
	}
	return a.dict
}

var (
	_ AttrStore = (*Instance)(nil)
	_ AttrStore = (*DictAttrs)(nil)
	_ AttrStore = (*Exception)(nil)
)

// LoadAttr etc. make *Exception an AttrStore through its DictAttrs.
func (e *Exception) LoadAttr(t *Thread, name string) (Value, bool) { return e.attrs.LoadAttr(t, name) }

// StoreAttr sets an attribute of the exception.
func (e *Exception) StoreAttr(t *Thread, name string, v Value) error {
	return e.attrs.StoreAttr(t, name, v)
}

// DeleteAttr removes an attribute of the exception.
func (e *Exception) DeleteAttr(t *Thread, name string) bool { return e.attrs.DeleteAttr(t, name) }

// AttrDict returns the exception's __dict__.
func (e *Exception) AttrDict(t *Thread) *Dict { return e.attrs.AttrDict(t) }
