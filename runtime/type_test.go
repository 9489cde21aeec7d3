package runtime

import (
	"bytes"
	"testing"
)

// TestObjectSnippets runs small Python programs about the object model
// (MRO, attribute lookup order, descriptors, super, operators, exceptions,
// numbers) and compares their output with CPython's.
func TestObjectSnippets(t *testing.T) {
	for _, c := range objectSnippets {
		c := c
		t.Run(c.name, func(t *testing.T) {
			// In parallel: interpreters share the built-in types, their
			// lookup caches and shape trees, which -race then checks.
			t.Parallel()
			var out, errb bytes.Buffer
			in := New(Options{Stdout: &out, Stderr: &errb})
			code := in.RunMain([]byte(c.src), c.name+".py")
			if code != 0 || out.String() != c.want {
				t.Errorf("exit %d\ngot:\n%s\nwant:\n%s\nstderr:\n%s", code, out.String(), c.want, errb.String())
			}
		})
	}
}

func TestC3MRO(t *testing.T) {
	mk := func(name string, bases ...*Type) *Type {
		typ := &Type{Name: name, Bases: bases, flags: flagHeap, Dict: NewDict()}
		if len(bases) == 0 {
			typ.Bases = []*Type{ObjectType}
		}
		mro, err := c3MRO(typ, typ.Bases)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		typ.MRO = mro
		return typ
	}
	o := mk("O")
	a, b, c := mk("A", o), mk("B", o), mk("C", o)
	d, e := mk("D", o), mk("E", o)
	k1, k2, k3 := mk("K1", a, b, c), mk("K2", d, b, e), mk("K3", d, a)
	z := mk("Z", k1, k2, k3)
	var names []string
	for _, c := range z.MRO {
		names = append(names, c.Name)
	}
	// The classic example from the C3 paper (and Python's MRO document).
	want := "Z K1 K2 K3 D A B C E O object"
	if got := join(names); got != want {
		t.Fatalf("MRO = %s, want %s", got, want)
	}
	_, err := c3MRO(&Type{Name: "Bad"}, []*Type{a, k1})
	if err == nil || err.Error() != "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, K1" {
		t.Fatalf("inconsistent MRO error = %v", err)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestShapeTransitionsShared(t *testing.T) {
	th := testThread()
	typ, err := NewClass(th, TypeType, "P", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	a, b := NewInstance(typ), NewInstance(typ)
	for _, o := range []*Instance{a, b} {
		_ = o.StoreAttr(th, "x", Int(1))
		_ = o.StoreAttr(th, "y", Float(2.5))
	}
	if a.shape != b.shape {
		t.Fatal("instances built the same way must share a shape")
	}
	if len(a.vals) != 0 || len(a.nums) != 2 {
		t.Fatalf("int and float attributes must be unboxed: vals=%d nums=%d", len(a.vals), len(a.nums))
	}
	_ = a.StoreAttr(th, "x", NewStr("s"))
	if a.shape == b.shape {
		t.Fatal("storing a str into an int slot must change the shape")
	}
	if v, _ := a.LoadAttr(th, "y"); v.AsFloat() != 2.5 {
		t.Fatal("relayout lost y")
	}
	if v, _ := a.LoadAttr(th, "x"); v.obj.(*Str).String() != "s" {
		t.Fatal("relayout lost x")
	}
	d := a.AttrDict(th)
	if d.Len() != 2 || a.shape != nil {
		t.Fatal("__dict__ must switch the instance to dict mode with both attributes")
	}
}

func TestAttrCacheInvalidation(t *testing.T) {
	th := testThread()
	typ, err := NewClass(th, TypeType, "P", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	inst := NewInstance(typ)
	v := FromObject(inst)
	_ = inst.StoreAttr(th, "x", Int(7))
	c := NewAttrCache(v, "x")
	if r, ok := c.Load(th, v); !ok || r.AsInt() != 7 {
		t.Fatal("fresh entry must hit")
	}
	// A data descriptor added to the class later must win over the cache.
	if err := SetAttr(th, FromObject(typ), "x", FromObject(&Property{Fget: None, Fset: None, Fdel: None})); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Load(th, v); ok {
		t.Fatal("entry must not apply after the class changed")
	}
	if c := NewAttrCache(v, "x"); c == nil || c.kind != cacheProperty {
		t.Fatal("a property on the class must give a property entry, not a slot entry")
	} else if _, ok := c.Load(th, v); ok {
		t.Fatal("a property entry must not read the instance's slot")
	}
	other := NewInstance(typ)
	_ = other.StoreAttr(th, "y", Int(1))
	m := NewMethodCache(v, "__init__")
	if m == nil || !m.Applies(v) || m.Applies(FromObject(other)) {
		t.Fatal("method cache must check the shape")
	}
}

func TestAttrCacheClassValues(t *testing.T) {
	th := testThread()
	ns := NewDict()
	ns.SetStr("k", Int(5))
	typ, err := NewClass(th, TypeType, "P", nil, ns)
	if err != nil {
		t.Fatal(err)
	}
	inst := NewInstance(typ)
	v := FromObject(inst)
	c := NewAttrCache(v, "k")
	if r, ok := c.Load(th, v); !ok || r.AsInt() != 5 {
		t.Fatal("class attribute through the instance must be cached")
	}
	if NewStoreCache(v, "k") != nil {
		t.Fatal("a store must not use a class-attribute entry")
	}
	// Shadowing by the instance changes the shape: the entry stops applying.
	_ = SetAttr(th, v, "k", Int(6))
	if _, ok := c.Load(th, v); ok {
		t.Fatal("an instance attribute must shadow the cached class attribute")
	}
	tc := NewAttrCache(FromObject(typ), "k")
	if r, ok := tc.Load(th, FromObject(typ)); !ok || r.AsInt() != 5 {
		t.Fatal("P.k must be cached")
	}
	_ = SetAttr(th, FromObject(typ), "k", Int(7))
	if _, ok := tc.Load(th, FromObject(typ)); ok {
		t.Fatal("P.k = 7 must invalidate the entry")
	}
	if NewAttrCache(FromObject(typ), "__name__") != nil {
		t.Fatal("type's own descriptors must not be cached as plain values")
	}
}
