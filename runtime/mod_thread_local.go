package runtime

// This file defines _thread._local (threading.local): an object whose
// attributes are different in every thread. A subclass's __init__ runs
// again, with the constructor's arguments, the first time another thread
// touches the object, as in CPython.

import "github.com/pystm/pystm/stm"

// Local is a _thread._local instance (or a subclass's).
type Local struct {
	stm.Header
	typ     *Type
	dicts   map[uint64]*Dict // per thread id; touched only under the GIL
	args    []Value
	kwnames []string
}

// LocalType is _thread._local.
var LocalType = &Type{Name: "_local", Module: "_thread"}

// Type returns the object's class.
func (l *Local) Type() *Type { return l.typ }

// dict returns the calling thread's attribute dict, running __init__ in a
// thread that has not seen the object yet.
func (l *Local) dict(t *Thread) *Dict {
	t.touchW(&l.Header) // the map of per-thread dicts is shared state
	id := t.schedThread().ID()
	if d, ok := l.dicts[id]; ok {
		return d
	}
	d := NewDict()
	l.dicts[id] = d
	if init, ok := l.typ.Lookup("__init__"); ok && !isObjectInit(init) {
		all := append([]Value{FromObject(l)}, l.args...)
		if _, err := t.Call(init, all, l.kwnames); err != nil {
			if exc, ok := err.(*Exception); ok {
				t.PrintException(exc)
			}
		}
	}
	return d
}

func isObjectInit(v Value) bool {
	o, _ := ObjectType.Lookup("__init__")
	return v.Is(o)
}

// LoadAttr returns the calling thread's attribute name.
func (l *Local) LoadAttr(t *Thread, name string) (Value, bool) { return l.dict(t).GetStr(name) }

// StoreAttr sets the calling thread's attribute name.
func (l *Local) StoreAttr(t *Thread, name string, v Value) error {
	l.dict(t).SetStr(name, v)
	return nil
}

// DeleteAttr deletes the calling thread's attribute name.
func (l *Local) DeleteAttr(t *Thread, name string) bool { return l.dict(t).DelStr(name) }

// AttrDict returns the calling thread's __dict__.
func (l *Local) AttrDict(t *Thread) *Dict { return l.dict(t) }

var _ AttrStore = (*Local)(nil)

func init() {
	LocalType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		cls := args[0].obj.(*Type)
		rest := args[1:]
		if len(rest) > 0 {
			if init, ok := cls.Lookup("__init__"); !ok || isObjectInit(init) {
				return Value{}, Errorf(TypeErrorType, "Initialization arguments are not supported")
			}
		}
		l := &Local{typ: cls, dicts: map[uint64]*Dict{}, args: append([]Value(nil), rest...),
			kwnames: append([]string(nil), kwnames...)}
		// The creating thread's dict exists at once: the class call runs
		// __init__ there itself.
		l.dicts[t.schedThread().ID()] = NewDict()
		return FromObject(l), nil
	})
}
