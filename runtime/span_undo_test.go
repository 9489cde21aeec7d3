package runtime

import "testing"

// TestUndoRepeatsSkipped: a loop's repeated writes (the same iterator
// moved, the same slot, element, entry or cell written, headers changed
// again) are logged once per span, interleaved with writes to other
// objects, and the rollback still restores everything exactly, including
// writes that change an instance's layout or a list's strategy between
// two writes of the same slot (which must be logged again).
func TestUndoRepeatsSkipped(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	typ, err := NewClass(th, TypeType, "P", nil, NewDict())
	if err != nil {
		t.Fatal(err)
	}
	p := NewInstance(typ)
	_ = p.StoreAttr(th, "x", Int(1))
	_ = p.StoreAttr(th, "s", NewStr("a"))
	q := NewInstance(typ)
	_ = q.StoreAttr(th, "x", Int(10))
	l := NewList([]Value{Int(1), Int(2), Int(3)})
	other := NewList([]Value{NewStr("o")})
	d := NewDict()
	for i := 0; i < 12; i++ {
		_ = d.SetItem(th, Int(int64(i)), Int(int64(i)))
	}
	cell := &Cell{v: Int(7)}
	rit := &RangeIterator{next: 0, step: 1, left: 100}
	lit := &ListIterator{list: other}
	before := []string{spanRepr(t, th, FromObject(l)), spanRepr(t, th, FromObject(other)), spanRepr(t, th, FromObject(d))}

	spanForTest(th)
	for i := 0; i < 50; i++ {
		rit.Next(th)
		_ = p.StoreAttr(th, "x", Int(int64(100+i)))
		_ = q.StoreAttr(th, "x", Int(int64(200+i)))
		_ = p.StoreAttr(th, "s", NewStr("b"))
		l.Set(th, 1, Int(int64(i)))
		_ = d.SetItem(th, Int(3), Int(int64(i)))
		cell.Set(th, Int(int64(i)))
	}
	u := &th.sp.undo
	// One record per instance: the whole of it (logInstanceWhole).
	if len(u.iters) != 1 || len(u.cells) != 1 || len(u.dicts) != 1 || len(u.lists) != 1 || len(u.insts) != 2 {
		t.Fatalf("records after 50 repeats: iters %d cells %d dicts %d lists %d insts %d; want 1 1 1 1 2",
			len(u.iters), len(u.cells), len(u.dicts), len(u.lists), len(u.insts))
	}
	lit.Next(th)
	// Changes that need new records for a list (its strategy, then the
	// same element in the new array) but none for an instance, whose
	// record holds all of it: a slot's kind (int -> str: a new layout),
	// the same slot again in its new array, a new attribute.
	_ = p.StoreAttr(th, "x", NewStr("now a str"))
	_ = p.StoreAttr(th, "x", NewStr("again"))
	_ = p.StoreAttr(th, "y", Float(2.5)) // a new attribute
	_ = p.StoreAttr(th, "y", Float(3.5))
	l.Set(th, 0, NewStr("x")) // generalizes: new arrays
	l.Set(th, 1, NewStr("y"))
	for i := 0; i < 10; i++ {
		l.Append(th, Int(int64(i))) // headers only: covered by the older records
		other.Append(th, Int(int64(i)))
	}
	if n := len(u.iters); n != 2 {
		t.Errorf("%d iterator records, want 2", n)
	}
	if n := len(u.insts); n != 2 {
		t.Errorf("%d instance records after layout changes, want still 2 (whole records)", n)
	}
	th.sp.abortReq, th.sp.cause = true, causeInjected
	th.rollback()

	after := []string{spanRepr(t, th, FromObject(l)), spanRepr(t, th, FromObject(other)), spanRepr(t, th, FromObject(d))}
	for i := range before {
		if after[i] != before[i] {
			t.Errorf("object %d after rollback: %s, want %s", i, after[i], before[i])
		}
	}
	if l.kind != listInts {
		t.Errorf("list strategy %v after rollback", l.kind)
	}
	for _, c := range []struct {
		o    *Instance
		name string
		want string
	}{{p, "x", "1"}, {p, "s", "'a'"}, {q, "x", "10"}} {
		v, ok := c.o.LoadAttr(th, c.name)
		if !ok || spanRepr(t, th, v) != c.want {
			t.Errorf("%s after rollback: %v %v, want %s", c.name, v, ok, c.want)
		}
	}
	if _, ok := p.LoadAttr(th, "y"); ok {
		t.Error("attribute y added in the span survived the rollback")
	}
	if cell.v != Int(7) || rit.next != 0 || rit.left != 100 || lit.i != 0 {
		t.Errorf("cell %v, range %d/%d, list iterator %d after rollback", cell.v, rit.next, rit.left, lit.i)
	}
}
