package runtime

import (
	"sync"
	"sync/atomic"
)

// This file defines Shape, the hidden class of instances of user classes.
//
// A shape maps attribute names to storage: a slot in the instance's []Value
// area, or (for attributes that have so far only held small ints or floats)
// a word in its pointer-free []uint64 area, where machine code may write.
// Shapes form a transition tree rooted at each class: instances whose
// attributes were added in the same order with the same kinds share one
// shape, so an attribute cache is one pointer compare. The tree is runtime
// bookkeeping, not transactional state: transitions are added under a
// mutex and a shape never changes once published.

// slotKind says how an attribute is stored.
type slotKind uint8

const (
	kindValue slotKind = iota // in vals, any Value
	kindInt                   // in nums, an int64 (the attribute is a small int)
	kindFloat                 // in nums, float64 bits
)

// slotInfo locates one attribute.
type slotInfo struct {
	kind  slotKind
	index int32 // into vals (kindValue) or nums (kindInt, kindFloat)
}

// Shape is an immutable layout description (see the file comment).
type Shape struct {
	parent *Shape
	name   string // the attribute this shape added to its parent
	info   slotInfo
	nvals  int
	nnums  int
	table  map[string]slotInfo // every attribute of the shape; immutable

	mu    sync.Mutex
	trans map[shapeKey]*Shape

	// caches memoises the AttrCache entries made for instances of this
	// shape (copy-on-write map, bookkeeping only), so a polymorphic site
	// that rebuilds its entry finds it again without allocating.
	caches  atomic.Pointer[map[string]*AttrCache]
	methods atomic.Pointer[map[string]*MethodCache]
	adds    atomic.Pointer[map[string]*AttrCache] // transition (cacheAdd) entries leaving this shape

	// On a root shape: the most Value and number slots any shape of the
	// tree has, so new instances get storage of that capacity at once
	// instead of regrowing it while __init__ adds attributes.
	hintVals, hintNums atomic.Int32
}

// maxSlotHint bounds the storage preallocated from the hints.
const maxSlotHint = 16

type shapeKey struct {
	name string
	kind slotKind
}

func newRootShape() *Shape { return &Shape{table: map[string]slotInfo{}} }

// lookup returns where name is stored.
func (s *Shape) lookup(name string) (slotInfo, bool) {
	si, ok := s.table[name]
	return si, ok
}

// Len returns the number of attributes of the shape.
func (s *Shape) Len() int { return len(s.table) }

// add returns the shape that has s's attributes plus name stored as kind.
func (s *Shape) add(name string, kind slotKind) *Shape {
	k := shapeKey{name, kind}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.trans[k]; ok {
		return c
	}
	c := &Shape{parent: s, name: name, nvals: s.nvals, nnums: s.nnums}
	if kind == kindValue {
		c.info = slotInfo{kindValue, int32(s.nvals)}
		c.nvals++
	} else {
		c.info = slotInfo{kind, int32(s.nnums)}
		c.nnums++
	}
	c.table = make(map[string]slotInfo, len(s.table)+1)
	for n, si := range s.table {
		c.table[n] = si
	}
	c.table[name] = c.info
	if s.trans == nil {
		s.trans = map[shapeKey]*Shape{}
	}
	s.trans[k] = c
	r := s.root()
	raiseHint(&r.hintVals, c.nvals)
	raiseHint(&r.hintNums, c.nnums)
	return c
}

// raiseHint raises a slot-count hint to n (bounded by maxSlotHint).
func raiseHint(h *atomic.Int32, n int) {
	if n > maxSlotHint {
		n = maxSlotHint
	}
	for {
		old := h.Load()
		if int(old) >= n || h.CompareAndSwap(old, int32(n)) {
			return
		}
	}
}

// names returns the attributes in the order they were added.
func (s *Shape) names() []string {
	var out []string
	for c := s; c.parent != nil; c = c.parent {
		out = append(out, c.name)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// root returns the shape at the top of s's tree.
func (s *Shape) root() *Shape {
	for s.parent != nil {
		s = s.parent
	}
	return s
}

// generalize returns the shape in which name is stored as a Value, with
// the other attributes in the same order and kinds: the transition taken
// when an int attribute is given a str, say.
func (s *Shape) generalize(name string) *Shape {
	c := s.root()
	for _, n := range s.names() {
		k := s.table[n].kind
		if n == name {
			k = kindValue
		}
		c = c.add(n, k)
	}
	return c
}

// kindOf says how a value would be stored unboxed.
func kindOf(v Value) slotKind {
	switch v.obj.(type) {
	case intTag:
		return kindInt
	case floatTag:
		return kindFloat
	}
	return kindValue
}

// cachedEntry returns the memoised entry for name if it is still valid
// for version.
func (s *Shape) cachedEntry(name string, version uint64) *AttrCache {
	if m := s.caches.Load(); m != nil {
		if c := (*m)[name]; c != nil && c.version == version {
			return c
		}
	}
	return nil
}

// rememberEntry memoises c (bounded, like the type lookup cache).
func (s *Shape) rememberEntry(name string, c *AttrCache) {
	old := s.caches.Load()
	n := 0
	if old != nil {
		n = len(*old)
	}
	if n >= maxCachedNames {
		return
	}
	m := make(map[string]*AttrCache, n+1)
	if old != nil {
		for k, v := range *old {
			m[k] = v
		}
	}
	m[name] = c
	s.caches.Store(&m)
}

// addEntry returns the memoised transition entry for a store of name
// leaving s, if it is still valid for version.
func (s *Shape) addEntry(name string, version uint64) *AttrCache {
	if c := memoLoad(&s.adds, name); c != nil && c.version == version {
		return c
	}
	return nil
}

// rememberAddEntry memoises a transition entry leaving s.
func (s *Shape) rememberAddEntry(name string, c *AttrCache) { memoStore(&s.adds, name, c) }

// memo is a bounded copy-on-write map used for cache-entry memos.
func memoLoad[T any](p *atomic.Pointer[map[string]*T], name string) *T {
	if m := p.Load(); m != nil {
		return (*m)[name]
	}
	return nil
}

func memoStore[T any](p *atomic.Pointer[map[string]*T], name string, v *T) {
	old := p.Load()
	n := 0
	if old != nil {
		n = len(*old)
	}
	if n >= maxCachedNames {
		return
	}
	m := make(map[string]*T, n+1)
	if old != nil {
		for k, x := range *old {
			m[k] = x
		}
	}
	m[name] = v
	p.Store(&m)
}
