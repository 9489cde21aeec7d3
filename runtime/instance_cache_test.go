package runtime

import (
	"io"
	"strconv"
	"sync"
	"testing"
)

// perInstanceAllocs returns the allocations of one more iteration of
// run(n), from the difference between a long and a short call.
func perIterationAllocs(t *testing.T, src string) float64 {
	t.Helper()
	th, fn := loopFunc(t, src, "run")
	small := loopAllocs(t, th, fn, Value{}, 10)
	large := loopAllocs(t, th, fn, Value{}, 1010)
	return (large - small) / 1000
}

// TestNewInstanceAllocs: an instance whose __init__ adds its attributes
// is allocated together with storage of the right size (the shape tree's
// hints) and its stores hit transition entries, so making one is one
// allocation; past the sizes allocated with the instance, one block per
// storage area in use.
func TestNewInstanceAllocs(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		max       float64
	}{
		{"values and numbers", `
class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
def run(n):
    for i in range(n):
        v = V(i, 1.0, None)
    return v
`, 1},
		{"slots, numbers only", `
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
def run(n):
    for i in range(n):
        v = V(1.0, 2.0, 3.0)
    return v
`, 1},
		{"ten values", `
class V:
    def __init__(self, x):
        self.a = self.b = self.c = self.d = self.e = x
        self.f = self.g = self.h = self.i = self.j = x
def run(n):
    for i in range(n):
        v = V(None)
    return v
`, 2},
	} {
		if got := perIterationAllocs(t, tc.src); got > tc.max {
			t.Errorf("%s: %.2f allocations per instance, want <= %v", tc.name, got, tc.max)
		}
	}
}

// TestAddEntryTransitions checks the transition entry made for a store
// that adds an attribute: it applies to an instance in the shape before
// the store, with a value of the slot's kind, and not after the class
// gains a data descriptor for the name.
func TestAddEntryTransitions(t *testing.T) {
	th := New(Options{Stdout: io.Discard, Stderr: io.Discard}).NewThread()
	g := NewDict()
	g.SetStr("__name__", NewStr("__main__"))
	if err := th.execSource([]byte("class P: pass\n"), "<test>", g, g); err != nil {
		t.Fatal(err)
	}
	pv, _ := g.GetStr("P")
	typ := pv.obj.(*Type)
	a := NewInstance(typ)
	before := a.shape
	if err := a.StoreAttr(th, "x", Int(1)); err != nil {
		t.Fatal(err)
	}
	c := newAddCache(a, before, "x", typ.Version())
	if c == nil || c.kind != cacheAdd || c.next != a.shape {
		t.Fatalf("no transition entry: %+v", c)
	}
	b := NewInstance(typ)
	if c.Store(th, FromObject(b), NewStr("s")) {
		t.Fatal("an int transition applied to a str value")
	}
	if !c.Store(th, FromObject(b), Int(7)) || b.shape != a.shape {
		t.Fatal("transition entry did not apply to a fresh instance")
	}
	if v, ok := b.LoadAttr(th, "x"); !ok || !v.IsInt() || v.AsInt() != 7 {
		t.Fatalf("b.x = %v, %v", v, ok)
	}
	if c.Store(th, FromObject(b), Int(8)) {
		t.Fatal("transition entry applied to an instance already past it")
	}
	if err := typeSetAttr(th, pv, "x", FromObject(&Property{})); err != nil {
		t.Fatal(err)
	}
	if c.Store(th, FromObject(NewInstance(typ)), Int(1)) {
		t.Fatal("transition entry applied after the class changed")
	}
	d := NewInstance(typ)
	before = d.shape
	d.StoreAttr(th, "x", Int(1))
	if c := newAddCache(d, before, "x", typ.Version()); c != nil {
		t.Fatal("transition entry made for a name with a data descriptor")
	}
}

// TestAddEntryRefusesSharedInstances: a transition entry never applies to
// a shared instance (those add attributes through StoreAttr, under the
// token), and it tests that before reading any of the instance's fields,
// so a thread holding no token may try it while the token holder changes
// the instance (checked by the race detector under go test -race).
func TestAddEntryRefusesSharedInstances(t *testing.T) {
	th := newTestThread()
	typ, err := NewClass(th, nil, "P", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	local := NewInstance(typ)
	before := local.shape
	if err := local.StoreAttr(th, "x", Int(1)); err != nil {
		t.Fatal(err)
	}
	c := newAddCache(local, before, "x", typ.Version())
	if c == nil {
		t.Fatal("no transition entry")
	}
	shared := NewInstance(typ)
	publishOf(FromObject(shared))
	var token sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the token holder adds attributes, changing the shape
		defer wg.Done()
		for i := 0; i < 200; i++ {
			token.Lock()
			shared.setShape(shared.shape.add("a"+strconv.Itoa(i), kindValue))
			shared.vals = append(shared.vals, Int(int64(i)))
			token.Unlock()
		}
	}()
	applied := make(chan bool, 1)
	go func() { // another thread, no token: the entry must refuse
		defer wg.Done()
		for i := 0; i < 2000; i++ {
			if c.storeAdd(shared, Int(2)) {
				applied <- true
				return
			}
		}
	}()
	wg.Wait()
	close(applied)
	if <-applied {
		t.Fatal("a transition entry applied to a shared instance")
	}
	if _, ok := shared.LoadAttr(nil, "x"); ok {
		t.Fatal("the shared instance gained x through the entry")
	}
}
