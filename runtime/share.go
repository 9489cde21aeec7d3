package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the two hooks every mutable object type calls so that
// threads can run in parallel (DESIGN.md, "Objects are immutable,
// thread-local or shared"): touch, the barrier in front of each access to a
// mutable object's state, and publish, which makes an object and what it
// reaches shared when a reference to it escapes to another thread.
//
// Stage 1 of the GIL-free runtime (docs/design.md, "Parallel threads"):
// thread-local and immutable objects are used with no synchronisation, in
// parallel; the first access to a shared object in a transaction takes the
// interpreter's token, the degenerate irrevocable transaction, which is
// held until the thread's next bytecode boundary. Under -gil the running
// thread always holds the token and nothing is ever published, so touch
// costs one atomic load.
//
// Invariant kept by publish: no shared object references a thread-local
// one. So a thread that reaches an object only through shared objects
// always finds it shared, and a thread-local object is reachable by its
// creating thread alone.

// The barriers come in a read form and write forms (stage 2, span.go).
// A shared object is touched holding the token whatever the form (taking
// it makes an abortable span irrevocable). For a thread-local object the
// read form does nothing; the write forms tell an abortable span that
// the object is about to change: touchW and touchStore make the span
// irrevocable (the write has no undo record), touchWL and touchStoreL
// leave the undo record to their caller (span_undo.go), which writes it
// when t.logging().

// touch must be called before reading the state of the mutable object
// whose header is h (the read form).
func (t *Thread) touch(h *stm.Header) {
	if h.IsShared() && t != nil {
		t.acquireToken()
	}
}

// touchW must be called before writing the state of the mutable object
// whose header is h, when the write has no undo record.
func (t *Thread) touchW(h *stm.Header) {
	if t == nil {
		return
	}
	if t.spActive {
		t.irrevocableNow()
	}
	if h.IsShared() {
		t.acquireToken()
	}
}

// touchWL is touchW for a write whose caller writes the undo record.
func (t *Thread) touchWL(h *stm.Header) {
	if h.IsShared() && t != nil {
		t.acquireToken()
	}
}

// touchStore is the write form for a store of v into the object whose
// header is h, with no undo record: when the object is shared it takes
// the token and publishes v, keeping the invariant that shared objects
// reference only shared ones.
func (t *Thread) touchStore(h *stm.Header, v Value) {
	if t != nil && t.spActive {
		t.irrevocableNow()
	}
	if h.IsShared() {
		if t != nil {
			t.acquireToken()
		}
		t.publish(v)
	}
}

// touchStoreL is touchStore for a store whose caller writes the undo
// record.
func (t *Thread) touchStoreL(h *stm.Header, v Value) {
	if h.IsShared() {
		if t != nil {
			t.acquireToken()
		}
		t.publish(v)
	}
}

// shareFlag is the sharing mark of mutable objects that need no more of
// the STM header than that in this stage (iterators, functions,
// generators): two words instead of the header's five, because they are
// allocated in hot loops. It satisfies headerHolder.
//
// spanMark names the abortable span (spanState.id) that made the object
// or logged it last (span_undo.go): such an object needs no undo record
// in that span. Written by the thread that logs the object, holding the
// token if the object is shared.
type shareFlag struct {
	shared   atomic.Bool
	spanMark uint64
}

// IsShared reports whether the object was published.
func (f *shareFlag) IsShared() bool { return f.shared.Load() }

// spanFlag returns the flag itself, for code that has the object only as
// an interface (stampNewIter).
func (f *shareFlag) spanFlag() *shareFlag { return f }

// mark marks the object shared; false if it already was. Called with the
// token held.
func (f *shareFlag) mark() bool {
	if f.shared.Load() {
		return false
	}
	f.shared.Store(true)
	return true
}

// touchf is touch for an object with a shareFlag.
func (t *Thread) touchf(f *shareFlag) {
	if f.shared.Load() && t != nil {
		t.acquireToken()
	}
}

// touchWf is touchW for an object with a shareFlag.
func (t *Thread) touchWf(f *shareFlag) {
	if t == nil {
		return
	}
	if t.spActive {
		t.irrevocableNow()
	}
	if f.shared.Load() {
		t.acquireToken()
	}
}

// touchIter is the write form for an iterator that Next advances: its
// position is logged (span_undo.go).
func (t *Thread) touchIter(f *shareFlag, it any) {
	if f.shared.Load() && t != nil {
		t.acquireToken()
	}
	if t.logging() && f.spanMark != t.sp.id {
		f.spanMark = t.sp.id // once per span; never one made in it
		t.logIter(it)
	}
}

// touchStoref is touchStore for an object with a shareFlag.
func (t *Thread) touchStoref(f *shareFlag, v Value) {
	if t != nil && t.spActive {
		t.irrevocableNow()
	}
	if f.shared.Load() {
		if t != nil {
			t.acquireToken()
		}
		t.publish(v)
	}
}

// markShared marks the object with header h shared; it reports false when
// it already was (the walk then stops there: what it reaches was published
// with it). Called with the token held.
func markShared(h *stm.Header) bool {
	if h.IsShared() {
		return false
	}
	stm.Publish[struct{}](nil, h, nil)
	return true
}

// publisher is implemented by object types that hold references and know
// how to publish themselves (types outside this file's switch: deques,
// itertools objects, ...). publishRefs marks the object (if it has a
// header) and pushes the values it references onto w; it returns false
// when the object was already shared.
type publisher interface {
	publishRefs(w *publishWalk) bool
}

// publishWalk is one publication: an explicit worklist (no Go recursion,
// so a million-element linked structure cannot overflow the stack) and a
// visited set for the header-less objects it traverses (tuples, modules,
// classes, bound methods), which have no mark of their own.
type publishWalk struct {
	work []Value
	seen map[Object]struct{}
}

// push queues v for the walk; immutable leaves are dropped at once.
func (w *publishWalk) push(v Value) {
	if v.obj == nil {
		return
	}
	if immutableLeaf(v.obj) {
		return
	}
	w.work = append(w.work, v)
}

func (w *publishWalk) pushAll(vs []Value) {
	for _, v := range vs {
		w.push(v)
	}
}

// pushObj queues a Go object reference (nil ignored).
func (w *publishWalk) pushObj(o Object) {
	if o != nil {
		w.push(FromObject(o))
	}
}

// first reports whether o (a header-less object) is seen for the first time.
func (w *publishWalk) first(o Object) bool {
	if w.seen == nil {
		w.seen = make(map[Object]struct{})
	}
	if _, ok := w.seen[o]; ok {
		return false
	}
	w.seen[o] = struct{}{}
	return true
}

// publish makes v, and every mutable object reachable from it, shared. It
// is called, with the token held, when v is stored into a shared object or
// handed to another thread. Each object is marked before what it
// references is traversed, so cycles end the walk.
func (t *Thread) publish(v Value) {
	if publishedAlready(v) {
		return
	}
	w := publishWalk{}
	w.push(v)
	if len(w.work) == 0 {
		return
	}
	if t != nil {
		t.acquireToken()
	}
	for len(w.work) > 0 {
		x := w.work[len(w.work)-1]
		w.work[len(w.work)-1] = Value{}
		w.work = w.work[:len(w.work)-1]
		w.visit(x.obj)
	}
}

// publishedAlready is publish's fast path, which allocates nothing: v is
// an immutable leaf, an object already shared, or a tuple of those (the
// common store of a fresh key such as d[(k, i)] += 1).
func publishedAlready(v Value) bool {
	if leafOrShared(v.obj) {
		return true
	}
	if tup, ok := v.obj.(*Tuple); ok && TypeOf(v) == TupleType {
		for _, x := range tup.items {
			if !leafOrShared(x.obj) {
				return false
			}
		}
		return true
	}
	return false
}

// immutableLeaf reports an object that references nothing mutable: an
// unboxed number, None or a bool (their tags), or an immutable leaf type.
func immutableLeaf(o Object) bool {
	switch o.(type) {
	case intTag, floatTag, boolTag, noneTag, *Str, *BigInt, *FloatObj, *Complex, *Bytes, *Range, *Code, *Traceback:
		return true
	}
	return false
}

// leafOrShared reports an object that publication need not visit: an
// unboxed number, None or a bool (their tags), an immutable leaf, or a mutable
// object that is shared already (what it reaches was published with it).
func leafOrShared(o Object) bool {
	if o == nil || immutableLeaf(o) {
		return true
	}
	switch x := o.(type) {
	case *List:
		return x.IsShared()
	case *Dict:
		return x.IsShared()
	case *Instance:
		return x.IsShared()
	case *Set:
		return x.IsShared()
	}
	return false
}

// visit marks one object and queues what it references.
func (w *publishWalk) visit(o Object) {
	switch x := o.(type) {
	case *List:
		if x.markShared() { // with its read side's holder (shared_read_list.go)
			if x.kind == listValues {
				w.pushAll(x.vals)
			}
			w.pushSub(&x.sub)
			w.pushType(x.typ)
		}
	case *Dict:
		if x.markShared() {
			for i := range x.entries {
				e := &x.entries[i]
				if e.key.IsValid() {
					w.push(e.key)
					w.push(e.value)
				}
			}
			w.pushSub(&x.sub)
			w.pushType(x.typ)
		}
	case *Set:
		if x.frozen {
			// A frozenset is immutable: left unmarked so that reading it
			// never takes the token, but its elements are published.
			if !w.first(x) {
				return
			}
		} else if !x.markShared() { // with its read side's holder (shared_read_set.go)
			return
		}
		for i := range x.table {
			if k := x.table[i].key; k.IsValid() {
				w.push(k)
			}
		}
		w.pushSub(&x.sub)
		w.pushType(x.typ)
	case *Tuple:
		if w.first(x) {
			w.pushAll(x.items)
			w.pushSub(&x.sub)
		}
	case *Instance:
		if x.markShared() { // with its read side's holder (shared_read_instance.go)
			w.pushAll(x.vals)
			if x.dict != nil {
				w.pushObj(x.dict)
			}
			w.pushType(x.typ)
		}
	case *Type:
		w.pushType(x)
	case *Function:
		if x.mark() {
			x.pushRefs(w)
		}
	case *Cell:
		if x.markShared() { // with its read side (shared_read_cell.go)
			w.push(x.v)
		}
	case *Method:
		if w.first(x) {
			w.push(x.Func)
			w.push(x.Self)
		}
	case *BuiltinFunction:
		if x.Self.obj != nil && w.first(x) {
			w.push(x.Self)
		}
	case *Module:
		if w.first(x) {
			if x.Dict != nil {
				w.pushObj(x.Dict)
			}
			w.pushType(x.typ)
		}
	case *ByteArray:
		markShared(&x.Header)
	case *Lock:
		markShared(&x.Header)
	case *Local:
		// The per-thread attribute dicts stay with their threads; the
		// class and the __init__ arguments are used by every thread.
		if markShared(&x.Header) {
			w.pushAll(x.args)
			w.pushType(x.typ)
		}
	case *Generator:
		if x.mark() {
			x.pushRefs(w)
		}
	case *Property:
		if w.first(x) {
			w.push(x.Fget)
			w.push(x.Fset)
			w.push(x.Fdel)
			w.push(x.Doc)
		}
	case *StaticMethod:
		if w.first(x) {
			w.push(x.Func)
		}
	case *ClassMethod:
		if w.first(x) {
			w.push(x.Func)
		}
	case *Super:
		if w.first(x) {
			w.push(x.obj)
		}
	case *MappingProxy:
		if w.first(x) {
			w.push(x.m)
		}
	case *DictView:
		if w.first(x) {
			w.pushObj(x.d)
		}
	case *ListIterator:
		if x.mark() && x.list != nil {
			w.pushObj(x.list)
		}
	case *ListReverseIterator:
		if x.mark() && x.list != nil {
			w.pushObj(x.list)
		}
	case *TupleIterator:
		if x.mark() {
			w.pushAll(x.items)
		}
	case *RangeIterator:
		x.mark()
	case *StrIterator:
		x.mark()
	case *BytesIterator:
		x.mark()
	case *DictIterator:
		if x.mark() && x.d != nil {
			w.pushObj(x.d)
		}
	case *SetIterator:
		if x.mark() && x.s != nil {
			w.pushObj(x.s)
		}
	case *SeqIter:
		if x.mark() {
			w.push(x.seq)
		}
	case *CallableIter:
		if x.mark() {
			w.push(x.fn)
			w.push(x.sentinel)
		}
	case *Enumerate:
		if x.mark() {
			w.push(x.it)
			w.push(x.count)
			w.pushType(x.typ)
		}
	case *Zip:
		if x.mark() {
			w.pushAll(x.its)
			w.pushType(x.typ)
		}
	case *Map:
		if x.mark() {
			w.push(x.fn)
			w.pushAll(x.its)
			w.pushType(x.typ)
		}
	case *Filter:
		if x.mark() {
			w.push(x.fn)
			w.push(x.it)
			w.pushType(x.typ)
		}
	case *Reversed:
		if x.mark() {
			w.push(x.seq)
			w.pushType(x.typ)
		}
	case *Slice:
		if w.first(x) {
			w.push(x.Start)
			w.push(x.Stop)
			w.push(x.Step)
		}
	case *Exception:
		if w.first(x) {
			w.pushAll(x.Args)
			if x.Cause != nil {
				w.pushObj(x.Cause)
			}
			if x.Context != nil {
				w.pushObj(x.Context)
			}
			if x.attrs.dict != nil {
				w.pushObj(x.attrs.dict)
			}
			w.pushType(x.typ)
		}
	case publisher:
		x.publishRefs(w)
	}
}

// pushSub queues the attribute dict of an instance of a subclass of a
// built-in type.
func (w *publishWalk) pushSub(s *subAttrs) {
	if s.attrs != nil && s.attrs.dict != nil {
		w.pushObj(s.attrs.dict)
	}
}

// pushType queues what a class references: its namespace, bases and
// metaclass. Built-in types are immutable (their dicts are filled at
// package init and never written afterwards) and are skipped.
func (w *publishWalk) pushType(typ *Type) {
	if typ == nil || !typ.IsHeap() || !w.first(typ) {
		return
	}
	if typ.Dict != nil {
		w.pushObj(typ.Dict)
	}
	for _, b := range typ.Bases {
		w.pushType(b)
	}
	for _, b := range typ.MRO {
		w.pushType(b)
	}
	w.pushType(typ.meta)
}
