package runtime

import (
	"strings"
	"testing"

	"github.com/pystm/pystm/compiler/bytecode"
)

func setOfAdds(t *Thread, tb testing.TB, items []Value) *Set {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(t, x); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}

func setOrder(tb testing.TB, t *Thread, s *Set) string {
	var parts []string
	for _, x := range s.Items(t) {
		parts = append(parts, mustRepr(tb, t, x))
	}
	return strings.Join(parts, " ")
}

// TestSetOrderMatchesCPython replays set operations generated with
// python3 (testdata/containers/gen.py) and checks the iteration order.
func TestSetOrderMatchesCPython(t *testing.T) {
	th := newTestThread()
	for i, line := range readLines(t, "set_order.txt") {
		f := strings.Split(line, "|")
		kind, a, b, want := f[0], parseInts(t, f[1]), parseInts(t, f[2]), f[3]
		sa, sb := setOfAdds(th, t, a), setOfAdds(th, t, b)
		var r *Set
		var err error
		switch kind {
		case "lit":
			r = sa
		case "list":
			r = NewSet()
			err = r.Update(th, FromObject(NewList(a)))
		case "or", "and", "sub", "xor":
			op := map[string]bytecode.BinOp{"or": bytecode.OpOr, "and": bytecode.OpAnd, "sub": bytecode.OpSub, "xor": bytecode.OpXor}[kind]
			var v Value
			v, err = setBinary(th, op, sa, sb)
			if err == nil {
				r = v.obj.(*Set)
			}
		case "ior", "iand", "isub", "ixor":
			op := map[string]bytecode.BinOp{"ior": bytecode.OpOr, "iand": bytecode.OpAnd, "isub": bytecode.OpSub, "ixor": bytecode.OpXor}[kind]
			_, err = SetType.slots().Inplace[op](th, FromObject(sa), FromObject(sb))
			r = sa
		case "discard":
			r = sa
			for _, x := range b {
				if _, err = r.Discard(th, x); err != nil {
					break
				}
			}
		case "pop":
			r = sa
			n := min(len(b), sa.Len())
			for k := 0; k < n; k++ {
				if _, err = r.Pop(th); err != nil {
					break
				}
			}
		case "update":
			r = sa
			err = r.Update(th, FromObject(NewList(b)))
		case "copy":
			r = sa.copySet(th)
			err = r.Add(th, Int(7))
		}
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got := setOrder(t, th, r); got != want {
			t.Errorf("line %d (%s):\n got %s\nwant %s", i+1, kind, got, want)
		}
	}
}

func TestSetReprAndErrors(t *testing.T) {
	th := newTestThread()
	s := setOfAdds(th, t, parseInts(t, "5 1 100 33 -1"))
	if got := mustRepr(t, th, FromObject(s)); got != "{1, 33, 100, 5, -1}" {
		t.Errorf("repr = %s", got)
	}
	if got := mustRepr(t, th, FromObject(NewSet())); got != "set()" {
		t.Errorf("empty repr = %s", got)
	}
	fs := NewFrozenSet()
	fs.Add(th, Int(1))
	fs.Add(th, Int(2))
	if got := mustRepr(t, th, FromObject(fs)); got != "frozenset({1, 2})" {
		t.Errorf("frozenset repr = %s", got)
	}
	_, err := ctCallMethod(th, FromObject(s), "remove", Int(42))
	if err == nil || errText(err) != "KeyError: 42" {
		t.Errorf("remove missing: %v", err)
	}
	_, err = NewSet().Pop(th)
	if err == nil || errText(err) != "KeyError: 'pop from an empty set'" {
		t.Errorf("pop empty: %v", err)
	}
	err = s.Add(th, FromObject(NewList(nil)))
	if err == nil || errText(err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("add list: %v", err)
	}
}

func TestSetChangedDuringIteration(t *testing.T) {
	th := newTestThread()
	s := setOfAdds(th, t, parseInts(t, "1 2 3"))
	it := &SetIterator{s: s, size: s.used, left: s.used}
	if _, ok, err := it.NextErr(th); !ok || err != nil {
		t.Fatal("first next failed")
	}
	s.Add(th, Int(10))
	_, _, err := it.NextErr(th)
	if err == nil || errText(err) != "RuntimeError: Set changed size during iteration" {
		t.Errorf("got %v", err)
	}
}

// TestSetConstDisplay checks the order of constant set displays, which
// CPython builds through a frozenset constant (outputs from python3).
func TestSetConstDisplay(t *testing.T) {
	th := newTestThread()
	cases := []struct{ items, want string }{
		{"8 1 16 2 32 4", "{32, 1, 2, 16, 4, 8}"},
		{"100 3 64 1000 7", "{64, 3, 100, 7, 1000}"},
		{"-1 -2 0 5", "{0, 5, -1, -2}"},
		{"1 9 17 25", "{1, 17, 25, 9}"},
		{"1099511627776 1 2", "{1099511627776, 1, 2}"},
	}
	for _, c := range cases {
		s := NewSet()
		if err := s.UpdateFromConstDisplay(th, parseInts(t, c.items)); err != nil {
			t.Fatal(err)
		}
		if got := mustRepr(t, th, FromObject(s)); got != c.want {
			t.Errorf("{%s}: got %s want %s", c.items, got, c.want)
		}
	}
}
