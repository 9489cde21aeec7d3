package runtime

// This file gives instances of subclasses of the built-in containers
// (class D(dict): ...) their attribute storage. The exact built-in types
// have none: storing an attribute on a list raises AttributeError.

// subAttrs is the attribute storage of a container subclass instance; it
// is nil for instances of the exact built-in types.
type subAttrs struct{ attrs *DictAttrs }

func (s *subAttrs) load(t *Thread, name string) (Value, bool) {
	if s.attrs == nil {
		return Value{}, false
	}
	return s.attrs.LoadAttr(t, name)
}

func (s *subAttrs) store(t *Thread, self Value, name string, v Value) error {
	if s.attrs == nil {
		return attrError(self, name)
	}
	return s.attrs.StoreAttr(t, name, v)
}

func (s *subAttrs) del(t *Thread, name string) bool {
	return s.attrs != nil && s.attrs.DeleteAttr(t, name)
}

func (s *subAttrs) dict(t *Thread) *Dict {
	if s.attrs == nil {
		return NewDict() // exact built-in types have no __dict__; give an empty one
	}
	return s.attrs.AttrDict(t)
}

// enable gives a subclass instance its storage. The dict is made at once
// (not on the first store) so that publishing the instance publishes it
// and two threads never race to create it.
func (s *subAttrs) enable() { s.attrs = &DictAttrs{dict: NewDict()} }

// LoadAttr, StoreAttr, DeleteAttr and AttrDict make the containers
// AttrStores (see instance.go).

func (l *List) LoadAttr(t *Thread, name string) (Value, bool) { return l.sub.load(t, name) }
func (l *List) StoreAttr(t *Thread, name string, v Value) error {
	return l.sub.store(t, FromObject(l), name, v)
}
func (l *List) DeleteAttr(t *Thread, name string) bool { return l.sub.del(t, name) }
func (l *List) AttrDict(t *Thread) *Dict               { return l.sub.dict(t) }

func (d *Dict) LoadAttr(t *Thread, name string) (Value, bool) { return d.sub.load(t, name) }
func (d *Dict) StoreAttr(t *Thread, name string, v Value) error {
	return d.sub.store(t, FromObject(d), name, v)
}
func (d *Dict) DeleteAttr(t *Thread, name string) bool { return d.sub.del(t, name) }
func (d *Dict) AttrDict(t *Thread) *Dict               { return d.sub.dict(t) }

func (s *Set) LoadAttr(t *Thread, name string) (Value, bool) { return s.sub.load(t, name) }
func (s *Set) StoreAttr(t *Thread, name string, v Value) error {
	return s.sub.store(t, FromObject(s), name, v)
}
func (s *Set) DeleteAttr(t *Thread, name string) bool { return s.sub.del(t, name) }
func (s *Set) AttrDict(t *Thread) *Dict               { return s.sub.dict(t) }

func (tu *Tuple) LoadAttr(t *Thread, name string) (Value, bool) { return tu.sub.load(t, name) }
func (tu *Tuple) StoreAttr(t *Thread, name string, v Value) error {
	return tu.sub.store(t, FromObject(tu), name, v)
}
func (tu *Tuple) DeleteAttr(t *Thread, name string) bool { return tu.sub.del(t, name) }
func (tu *Tuple) AttrDict(t *Thread) *Dict               { return tu.sub.dict(t) }

func (s *Str) LoadAttr(t *Thread, name string) (Value, bool) { return s.sub.load(t, name) }
func (s *Str) StoreAttr(t *Thread, name string, v Value) error {
	return s.sub.store(t, FromObject(s), name, v)
}
func (s *Str) DeleteAttr(t *Thread, name string) bool { return s.sub.del(t, name) }
func (s *Str) AttrDict(t *Thread) *Dict               { return s.sub.dict(t) }

func (b *Bytes) LoadAttr(t *Thread, name string) (Value, bool) { return b.sub.load(t, name) }
func (b *Bytes) StoreAttr(t *Thread, name string, v Value) error {
	return b.sub.store(t, FromObject(b), name, v)
}
func (b *Bytes) DeleteAttr(t *Thread, name string) bool { return b.sub.del(t, name) }
func (b *Bytes) AttrDict(t *Thread) *Dict               { return b.sub.dict(t) }

func (b *ByteArray) LoadAttr(t *Thread, name string) (Value, bool) { return b.sub.load(t, name) }
func (b *ByteArray) StoreAttr(t *Thread, name string, v Value) error {
	return b.sub.store(t, FromObject(b), name, v)
}
func (b *ByteArray) DeleteAttr(t *Thread, name string) bool { return b.sub.del(t, name) }
func (b *ByteArray) AttrDict(t *Thread) *Dict               { return b.sub.dict(t) }
