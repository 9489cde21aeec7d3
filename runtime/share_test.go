package runtime

import (
	"reflect"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// These tests check publication (share.go) and the lock-free readers of
// shared objects. The concurrent ones are meant for `go test -race`: a
// writer holds a mutex standing for the token, as the scheduler's token
// serialises writers of shared objects, and readers use the paths that
// run without it.

// publishOf publishes v with no thread (no token to take in a test).
func publishOf(v Value) { (*Thread)(nil).publish(v) }

func TestPublishMarksReachableObjects(t *testing.T) {
	th := newTestThread()
	inner := NewList([]Value{Int(1), Int(2)})
	d := NewDict()
	if err := d.SetItem(th, NewStr("k"), FromObject(inner)); err != nil {
		t.Fatal(err)
	}
	s := NewSet()
	if err := s.Add(th, Int(3)); err != nil {
		t.Fatal(err)
	}
	frozenInner := NewList(nil)
	fz := NewSet()
	fz.frozen = true
	fz.table = []setEntry{{key: NewTuple([]Value{FromObject(frozenInner)}), hash: 1}}
	fz.used, fz.fill = 1, 1
	tup := NewTuple([]Value{FromObject(d), FromObject(s), FromObject(fz)})
	outer := NewList([]Value{tup, NewStr("x")})
	// A cycle: outer contains itself.
	outer.Append(th, FromObject(outer))
	local := NewList(nil)

	publishOf(FromObject(outer))

	for name, shared := range map[string]bool{
		"outer": outer.IsShared(), "dict": d.IsShared(), "inner": inner.IsShared(),
		"set": s.IsShared(), "list in a tuple in a frozenset": frozenInner.IsShared(),
	} {
		if !shared {
			t.Errorf("%s not shared after publishing what reaches it", name)
		}
	}
	if fz.IsShared() {
		t.Errorf("a frozenset was marked shared: reading it would take the token")
	}
	if local.IsShared() {
		t.Errorf("an unreachable list was published")
	}
	if d.lk == nil {
		t.Errorf("a published dict has no lock for readers without the token")
	}
}

func TestPublishInstanceClassAndFunction(t *testing.T) {
	th := newTestThread()
	ns := NewDict()
	cls, err := NewClass(th, nil, "C", nil, ns)
	if err != nil {
		t.Fatal(err)
	}
	classAttr := NewList(nil)
	cls.Dict.SetStr("shared_default", FromObject(classAttr))
	inst := NewInstance(cls)
	attr := NewDict()
	if err := inst.StoreAttr(th, "a", FromObject(attr)); err != nil {
		t.Fatal(err)
	}
	cell := &Cell{v: FromObject(NewList(nil))}
	globals := NewDict()
	fn := &Function{globals: globals, closure: []*Cell{cell}, defaults: []Value{FromObject(NewDict())}}
	m := &Method{Func: FromObject(fn), Self: FromObject(inst)}

	publishOf(FromObject(m))

	checks := []struct {
		name   string
		shared bool
	}{
		{"instance", inst.IsShared()},
		{"instance attribute", attr.IsShared()},
		{"class dict", cls.Dict.IsShared()},
		{"class attribute", classAttr.IsShared()},
		{"function", fn.IsShared()},
		{"globals", globals.IsShared()},
		{"closure cell", cell.IsShared()},
		{"cell contents", cell.v.obj.(*List).IsShared()},
		{"default", fn.defaults[0].obj.(*Dict).IsShared()},
	}
	for _, c := range checks {
		if !c.shared {
			t.Errorf("%s not shared", c.name)
		}
	}
	if ListType.Dict.IsShared() {
		t.Errorf("a built-in type's dict was published")
	}
}

func TestPublishDeepChainNoRecursion(t *testing.T) {
	// A million-deep nesting would overflow a recursive walk.
	th := newTestThread()
	head := NewList(nil)
	cur := head
	for i := 0; i < 1000000; i++ {
		next := NewList(nil)
		cur.Append(th, FromObject(next))
		cur = next
	}
	publishOf(FromObject(head))
	if !cur.IsShared() {
		t.Fatal("the end of the chain was not published")
	}
}

func TestStoreIntoSharedPublishes(t *testing.T) {
	// Stores into a shared object publish what they store, keeping the
	// invariant that shared objects reference only shared ones. (No token
	// in this test: with a bare thread acquireToken is not called because
	// the thread is nil for publish; here the stores run with a thread
	// whose interpreter has no scheduler, so the test only uses stores
	// that go through touchStore on objects published with no thread.)
	l := NewList(nil)
	d := NewDict()
	publishOf(FromObject(l))
	publishOf(FromObject(d))
	v1, v2 := NewList(nil), NewList(nil)
	var nilThread *Thread
	nilThread.touchStore(&l.Header, FromObject(v1))
	if !v1.IsShared() {
		t.Errorf("a value stored into a shared list stayed local")
	}
	d.SetStrT(nilThread, "x", FromObject(v2))
	if !v2.IsShared() {
		t.Errorf("a value stored into a shared dict stayed local")
	}
}

func TestSharedDictReadersWithoutToken(t *testing.T) {
	d := NewDict()
	for i := 0; i < 20; i++ {
		d.SetStr("k"+strconv.Itoa(i), Int(int64(i)))
	}
	publishOf(FromObject(d))
	var token sync.Mutex
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { // writer: holds the token, inserts, replaces and deletes keys
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			token.Lock()
			d.SetStr("k"+strconv.Itoa(i%50), Int(int64(i)))
			if i%7 == 0 {
				d.DelStr("k" + strconv.Itoa((i/7)%50))
			}
			token.Unlock()
		}
	}()
	bad := make(chan string, 2)
	for r := 0; r < 2; r++ {
		go func() { // readers: no token (class and module lookups)
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				if v, ok := d.GetStr("k" + strconv.Itoa(i%50)); ok && !v.IsInt() {
					bad <- "a non-int value read"
					return
				}
				_ = d.Len()
				_ = d.KeysVersion()
			}
		}()
	}
	wg.Wait()
	close(bad)
	for msg := range bad {
		t.Error(msg)
	}
}

func TestSharedInstanceMethodCacheWithoutToken(t *testing.T) {
	th := newTestThread()
	cls, err := NewClass(th, nil, "C", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	meth := &BuiltinFunction{Name: "m", Method: true, Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) { return None, nil }}
	cls.Dict.SetStr("m", FromObject(meth))
	cls.Modified()
	inst := NewInstance(cls)
	c := NewMethodCache(FromObject(inst), "m")
	if c == nil {
		t.Fatal("no method cache entry for a plain class method")
	}
	publishOf(FromObject(inst))
	var token sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // writer: adds attributes under the token, changing the shape
		defer wg.Done()
		for i := 0; i < 200; i++ {
			token.Lock()
			inst.setShape(inst.shape.add("a"+strconv.Itoa(i), kindValue))
			inst.vals = append(inst.vals, Int(int64(i)))
			token.Unlock()
		}
	}()
	hits := 0
	go func() { // reader: the method cache check, without the token
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			if c.Applies(FromObject(inst)) {
				hits++
			}
		}
	}()
	wg.Wait()
	if c.Applies(FromObject(inst)) {
		t.Errorf("the cache entry still applies after the shape changed")
	}
	_ = hits // timing-dependent; only race freedom and the final answer are checked
}

// funcName names the Go function f points to.
func funcName(f any) string {
	return goruntime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func TestSharedLayoutsHaveBarriers(t *testing.T) {
	// Every slot and every built-in method of the mutable built-in types
	// must go through the barrier (type_share.go); a slot filled after the
	// type was made ready, or a method put in its dict another way, would
	// read a shared object without the token.
	for _, typ := range []*Type{ListType, DictType, SetType, ByteArrayType,
		DictKeysType, DictValuesType, DictItemsType, ListIteratorType, DictKeyIteratorType,
		SetIteratorType, EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		s := typ.slots()
		v := reflect.ValueOf(s).Elem()
		obj := reflect.ValueOf(ObjectType.slots()).Elem()
		for i := 0; i < v.NumField(); i++ {
			fv, ofv := v.Field(i), obj.Field(i)
			inherited := func(f reflect.Value) bool {
				// object's slots (identity hash, default repr and
				// comparison) read no state of the object.
				if ofv.Kind() == reflect.Array || ofv.IsNil() {
					return false
				}
				return funcName(f.Interface()) == funcName(ofv.Interface())
			}
			field := v.Type().Field(i).Name
			check := func(f reflect.Value) {
				if f.IsNil() || inherited(f) {
					return
				}
				if selfTouchingIterator(typ) && (field == "Next" || field == "Iter") {
					return // the iterator's own Next implementation calls touchf
				}
				if typ == ListType && field == "Iter" {
					return // LISTREAD: iter(list) reads nothing; ListIterator.Next touches
				}
				if typ == SetType && field == "Iter" {
					return // iter(set) touches the set or reads its copy itself (shared_read_set.go)
				}
				if typ == SetType && (field == "Compare" || field == "Binary" || field == "Inplace") {
					return // set's operators read through roSet and write through the span paths (span_setops.go)
				}
				if name := funcName(f.Interface()); !strings.Contains(name, "wrapSharedSlots") {
					t.Errorf("%s.Slots.%s is %s, without the barrier", typ.Name, v.Type().Field(i).Name, name)
				}
			}
			if fv.Kind() == reflect.Array {
				for j := 0; j < fv.Len(); j++ {
					check(fv.Index(j))
				}
			} else {
				check(fv)
			}
		}
		keys, vals := typ.Dict.Entries(nil)
		for i, k := range keys {
			bf, ok := vals[i].obj.(*BuiltinFunction)
			if !ok || !bf.Method || bf.wrapper || bf.isNew || bf.classMethod {
				continue
			}
			if name := funcName(bf.Fn); !strings.Contains(name, "touchingMethod") && !strings.Contains(name, "spanSetMethod") {
				t.Errorf("%s.%s is %s, without the barrier", typ.Name, k.obj.(*Str).s, name)
			}
		}
	}
}
