package runtime

import "testing"

// TestPairIteratorsMatchNext checks NextPair against the tuples Next
// makes, for enumerate, zip of two and dict items, through exhaustion.
func TestPairIteratorsMatchNext(t *testing.T) {
	th := testThread()
	l := FromObject(NewList([]Value{NewStr("a"), Int(5), Float(2.5)}))
	d := NewDict()
	for i := int64(0); i < 12; i++ {
		if err := d.SetItem(th, Int(i*i), Int(-i)); err != nil {
			t.Fatal(err)
		}
	}
	makers := map[string]func() Value{
		"enumerate": func() Value {
			v, err := th.Call(builtinValue(t, th, "enumerate"), []Value{l, Int(1<<63 - 2)}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return v
		},
		"zip": func() Value {
			v, err := th.Call(builtinValue(t, th, "zip"), []Value{l, NewStr("xyzw")}, nil)
			if err != nil {
				t.Fatal(err)
			}
			return v
		},
		"items": func() Value {
			v, err := callMethodNamed(th, FromObject(d), "items")
			if err != nil {
				t.Fatal(err)
			}
			it, err := Iter(th, v)
			if err != nil {
				t.Fatal(err)
			}
			return it
		},
	}
	for name, mk := range makers {
		a, b := mk(), mk()
		pi, ok := b.obj.(PairIterator)
		if !ok || !pi.Pairs() {
			t.Fatalf("%s: not a pair iterator", name)
		}
		n := 0
		for {
			want, err := Next(th, a)
			if err != nil {
				t.Fatal(err)
			}
			x, y, ok, err := pi.NextPair(th)
			if err != nil {
				t.Fatal(err)
			}
			if ok != want.IsValid() {
				t.Fatalf("%s item %d: NextPair ok=%v, Next gave %v", name, n, ok, want.IsValid())
			}
			if !ok {
				break
			}
			items := want.obj.(*Tuple).items
			if eq, _ := Equal(th, items[0], x); !eq {
				t.Fatalf("%s item %d: first %v", name, n, x)
			}
			if eq, _ := Equal(th, items[1], y); !eq {
				t.Fatalf("%s item %d: second %v", name, n, y)
			}
			n++
		}
		if n < 3 {
			t.Fatalf("%s: only %d items", name, n)
		}
	}
}

func builtinValue(t *testing.T, th *Thread, name string) Value {
	v, ok := th.interp.builtins.Dict.GetStr(name)
	if !ok {
		t.Fatalf("no builtin %s", name)
	}
	return v
}
