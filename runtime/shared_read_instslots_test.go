package runtime

import "testing"

// TestInstanceSlotWords: an instance in whole mode logs one word for
// reads of several attributes; its first plain store switches it to
// slot mode, where a lock-free read of one attribute stays valid across
// plain stores of its other attributes (their slots have other words),
// through StoreAttr and the inline store cache alike, and is invalidated
// by a store of that attribute, by a new attribute (a new shape) and,
// for a miss, by the attribute's arrival.
func TestInstanceSlotWords(t *testing.T) {
	inst := sharedInstance(t, "a", NewStr("x"), "b", NewStr("y"), "n", Int(1))
	inst.buildReadSide(nil)
	commitWords(instWords(inst))
	th := lockFreeThread()
	// Whole mode first: reads of several attributes log one word.
	for _, name := range []string{"a", "b", "n", "a"} {
		if _, found, ok := th.sharedLoadAttr(inst, name); !ok || !found {
			t.Fatalf("%s not read lock-free", name)
		}
	}
	if len(th.sp.reads) != 1 {
		t.Fatalf("reads of a, b, n, a of an instance in whole mode logged %d entries, want 1", len(th.sp.reads))
	}
	read := func(name string) {
		th.clearReads()
		if _, found, ok := th.sharedLoadAttr(inst, name); !ok || !found {
			t.Fatalf("%s not read lock-free: found %v ok %v", name, found, ok)
		}
	}
	store := func(name string, v Value) {
		if err := inst.StoreAttr(nil, name, v); err != nil {
			t.Fatal(err)
		}
		commitWords(instWords(inst))
	}

	// The first plain store switches to slot mode, invalidating all.
	store("n", Int(0))
	if th.readsValid() {
		t.Fatal("the store that switched to slot mode left a whole-mode read valid")
	}
	// Two slots read in turn log two entries, not one per read.
	th.clearReads()
	for _, name := range []string{"a", "b", "a", "b", "a"} {
		if _, found, ok := th.sharedLoadAttr(inst, name); !ok || !found {
			t.Fatalf("%s not read lock-free in slot mode", name)
		}
	}
	if len(th.sp.reads) != 2 {
		t.Errorf("a, b, a, b, a in slot mode logged %d entries, want 2", len(th.sp.reads))
	}
	read("a")
	store("b", NewStr("y2"))
	store("n", Int(2))
	if !th.readsValid() {
		t.Error("plain stores of b and n invalidated a read of a")
	}
	sc := NewStoreCache(FromObject(inst), "b")
	if sc == nil || !sc.Store(testThread(), FromObject(inst), NewStr("y3")) {
		t.Fatal("no store cache for b")
	}
	commitWords(instWords(inst))
	if !th.readsValid() {
		t.Error("a cached store of b invalidated a read of a")
	}
	c := NewAttrCache(FromObject(inst), "a")
	th.clearReads()
	if v, ok := c.Load(th, FromObject(inst)); !ok || v.obj.(*Str).s != "x" {
		t.Fatalf("cached read of a: %v %v", v, ok)
	}
	store("n", Int(3))
	if !th.readsValid() {
		t.Error("a plain store of n invalidated a cached read of a")
	}
	store("a", NewStr("x2"))
	if th.readsValid() {
		t.Error("a store of a left a cached read of a valid")
	}

	read("a")
	store("a", NewStr("x3"))
	if th.readsValid() {
		t.Error("a store of a left a read of a valid")
	}
	read("b")
	store("c", Int(9)) // a new attribute: a new shape
	if th.readsValid() {
		t.Error("a new shape left a read of b valid")
	}
	th.clearReads()
	if _, found, ok := th.sharedLoadAttr(inst, "zz"); !ok || found {
		t.Fatalf("miss of zz: found %v ok %v", found, ok)
	}
	store("a", NewStr("x4"))
	if !th.readsValid() {
		t.Error("a plain store of a invalidated a miss of zz")
	}
	store("zz", Int(1))
	if th.readsValid() {
		t.Error("adding zz left a miss of zz valid")
	}
}
