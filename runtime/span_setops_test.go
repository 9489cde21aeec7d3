package runtime

import (
	"math/rand"
	"testing"

	"github.com/pystm/pystm/compiler/bytecode"
)

// setSnapReady makes the table copy of the shared set s that lock-free
// readers use (as a first reader would, under the token), with another
// thread, building the read side first when the set has none.
func setSnapReady(t *testing.T, s *Set) {
	t.Helper()
	w := lockFreeThread()
	for i := 0; i < 1000; i++ {
		if w.tableSnap(s, true) != nil {
			return
		}
		w.clearReads()
	}
	t.Fatal("no table copy was made for the shared set")
}

// sameTable reports whether a and b have the same slots (keys by
// identity or pure equality, hashes, dummies), fill, used and finger.
func sameTable(a, b *Set) bool {
	if a.used != b.used || a.fill != b.fill || a.finger&a.mask() != b.finger&b.mask() || a.mask() != b.mask() {
		return false
	}
	if len(a.table) != len(b.table) {
		return a.used == 0 && b.used == 0 && a.fill == 0 && b.fill == 0
	}
	for i := range a.table {
		x, y := a.table[i], b.table[i]
		if x.hash != y.hash || x.key.IsValid() != y.key.IsValid() || (x.key.IsValid() && !pureEqual(x.key, y.key)) {
			return false
		}
	}
	return true
}

// TestSpanSetOpsMirrorInPlace: random sequences of whole-set writes
// (update with a set or a list, |=, difference_update, symmetric
// difference, intersection_update, clear, pop, add, discard) made on a
// shared set by an abortable span without the token are buffered, and
// after each one the span's view of the set, its lock-free `in`, len and
// iteration (order included), and pop's choice equal a thread-local mirror written in place; the
// commit leaves the shared table slot for slot as the mirror's (dummies,
// resizes and the pop finger included: CPython's iteration and pop
// order). Mutations caught: replaceTable resetting the pop finger (the
// pop order after a clear); an update buffered as single adds without
// its merge (merge pre-sizes the table: the layouts differ); no closing
// resize check after difference_update (layouts); lookups that ignore a
// buffered clear (membership after clear).
func TestSpanSetOpsMirrorInPlace(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	elem := func() Value {
		switch rng.Intn(6) {
		case 0:
			return Int(int64(rng.Intn(8)) * 64) // one probe chain
		case 1:
			return NewTuple([]Value{Int(int64(rng.Intn(20))), NewStr("t")})
		default:
			return Int(int64(rng.Intn(300) - 20))
		}
	}
	local := func(n int) *Set {
		o := NewSet()
		for i := 0; i < n; i++ {
			if err := o.Add(nil, elem()); err != nil {
				t.Fatal(err)
			}
		}
		return o
	}
	for round := 0; round < 12; round++ {
		var init []Value
		for i := rng.Intn(60); i > 0; i-- {
			init = append(init, elem())
		}
		s := sharedSetWithReadSide(t, init...)
		mirror := NewSet()
		if err := mirror.Update(nil, FromObject(s)); err != nil {
			t.Fatal(err)
		}
		// The mirror must start with s's very layout.
		mirror = setFrozenCopy(s, false)
		setSnapReady(t, s)
		th := lockFreeThread()
		sv := FromObject(s)
		for step := 0; step < 30; step++ {
			var name string
			var err error
			done := true
			switch op := rng.Intn(10); op {
			case 0:
				name = "update(set)"
				o := local(rng.Intn(40))
				done, err = th.spanSetUpdate(s, FromObject(o))
				if err == nil {
					err = mirror.Update(nil, FromObject(o))
				}
			case 1:
				name = "|= one element"
				o := local(1)
				done = th.spanSetMerge(s, o)
				err = mirror.merge(nil, o)
			case 2:
				name = "difference_update(set)"
				o := local(rng.Intn(50))
				done, err = th.spanSetDifferenceUpdate(s, FromObject(o))
				if err == nil {
					err = mirror.differenceUpdate(nil, FromObject(o))
				}
			case 3:
				name = "symmetric_difference_update"
				o := local(rng.Intn(10))
				done, err = th.spanSetSymmetricDifferenceUpdate(s, FromObject(o))
				if err == nil {
					err = mirror.symmetricDifferenceUpdate(nil, FromObject(o))
				}
			case 4:
				name = "intersection_update"
				o := local(100 + rng.Intn(200))
				done, err = th.spanSetIntersectionUpdate(s, FromObject(o))
				if err == nil {
					err = mirror.intersectionUpdate(nil, FromObject(o))
				}
			case 5:
				if rng.Intn(4) != 0 {
					continue
				}
				name = "clear"
				done = th.spanSetClear(s)
				mirror.clearTable(nil)
			case 6, 7:
				name = "pop"
				k, ok, perr := th.spanSetPop(s)
				want, werr := mirror.Pop(nil)
				done = ok
				if (perr == nil) != (werr == nil) || (perr == nil && !pureEqual(k, want)) {
					t.Fatalf("round %d step %d: pop gave %v %v, in place %v %v", round, step, k, perr, want, werr)
				}
			default:
				name = "add/discard"
				x := elem()
				add := rng.Intn(2) == 0
				done = th.bufferSetWrite(s, x, add)
				if add {
					err = mirror.Add(nil, x)
				} else {
					_, err = mirror.Discard(nil, x)
				}
			}
			if err != nil {
				t.Fatalf("round %d step %d %s: %v", round, step, name, err)
			}
			if !done {
				t.Fatalf("round %d step %d: %s was not buffered", round, step, name)
			}
			if th.spanHoldsToken() {
				t.Fatalf("round %d step %d: %s took the token", round, step, name)
			}
			if v := th.setView(s); v == nil || !sameTable(v, mirror) {
				t.Fatalf("round %d step %d: after %s the span's view differs from the set written in place", round, step, name)
			}
			for i := 0; i < 5; i++ {
				x := elem()
				in, ok := th.sharedSetContains(sv, x)
				want, _ := mirror.Contains(nil, x)
				if !ok || in != want {
					t.Fatalf("round %d step %d after %s: %v in s = %v %v, in place %v", round, step, name, x, in, ok, want)
				}
			}
			if n, ok := th.sharedSetLen(sv); !ok || n != mirror.used {
				t.Fatalf("round %d step %d after %s: len %d %v, in place %d", round, step, name, n, ok, mirror.used)
			}
			got, want := iterateSet(t, th, sv), mirror.Items(nil)
			if len(got) != len(want) || th.spanHoldsToken() {
				t.Fatalf("round %d step %d after %s: iteration gave %d elements (token %v), in place %d", round, step, name, len(got), th.spanHoldsToken(), len(want))
			}
			for i := range got {
				if !pureEqual(got[i], want[i]) {
					t.Fatalf("round %d step %d after %s: iteration order differs at %d", round, step, name, i)
				}
			}
		}
		if !th.readsValid() {
			t.Fatalf("round %d: reads invalid with no other writer", round)
		}
		th.applySetWrites()
		if !sameTable(s, mirror) {
			t.Fatalf("round %d: the committed table differs from the set written in place", round)
		}
		if s.readSide() != nil {
			commitWords(setSideWords(s))
		}
	}
}

// TestSpanSetOpsReadWholeSet: the operators and comparisons of a shared
// set in an abortable span read it without the token and record its
// size word: results equal the in-place ones, and another thread's add
// of any element (one the operation never looked up) invalidates them;
// a buffered pop is invalidated the same way. Mutations caught: a view
// made without recording the read (the add leaves the span valid);
// roSet returning the set itself (the token is taken).
func TestSpanSetOpsReadWholeSet(t *testing.T) {
	var elems []Value
	for i := 0; i < 50; i++ {
		elems = append(elems, Int(int64(i*3)))
	}
	s := sharedSetWithReadSide(t, elems...)
	setSnapReady(t, s)
	other := NewSet()
	for i := 0; i < 40; i++ {
		other.Add(nil, Int(int64(i*2)))
	}
	mirror := setFrozenCopy(s, false)
	th := lockFreeThread()
	sv, ov := FromObject(s), FromObject(other)
	type opcase struct {
		name string
		f    func(t *Thread, a, b Value) (Value, error)
	}
	bin := func(op int) func(t *Thread, a, b Value) (Value, error) {
		return func(t *Thread, a, b Value) (Value, error) {
			return SetType.Slots.Binary[op](t, a, b)
		}
	}
	cases := []opcase{
		{"|", bin(int(bytecode.OpOr))}, {"&", bin(int(bytecode.OpAnd))}, {"-", bin(int(bytecode.OpSub))}, {"^", bin(int(bytecode.OpXor))},
		{"<=", func(t *Thread, a, b Value) (Value, error) { return SetType.Slots.Compare(t, bytecode.CmpLE, a, b) }},
		{"==", func(t *Thread, a, b Value) (Value, error) { return SetType.Slots.Compare(t, bytecode.CmpEQ, b, a) }},
	}
	for _, c := range cases {
		got, err := c.f(th, sv, ov)
		if err != nil {
			t.Fatal(err)
		}
		want, err := c.f(nil, FromObject(mirror), ov)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := resultString(testThread(), got, nil), resultString(testThread(), want, nil); g != w {
			t.Fatalf("%s: %s, in place %s", c.name, g, w)
		}
		if th.spanHoldsToken() || len(th.sp.reads) == 0 || !th.readsValid() {
			t.Fatalf("%s: token %v, %d reads logged, valid %v", c.name, th.spanHoldsToken(), len(th.sp.reads), th.readsValid())
		}
	}
	if _, done, err := th.spanSetPop(s); !done || err != nil {
		t.Fatalf("pop not buffered: %v", err)
	}
	w := testThread()
	if err := s.Add(w, Int(1000001)); err != nil {
		t.Fatal(err)
	}
	commitWords(setSideWords(s))
	if th.readsValid() {
		t.Error("another thread's add left a whole-set read (and a pop) valid")
	}
}
