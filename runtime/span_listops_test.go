package runtime

import (
	"slices"
	"testing"
)

// TestListMovesOverlay: a span's pops (end, front, middle), inserts,
// deletes of items and slices, extends, appends and clears of a shared
// list are buffered without the token, the span reads them back (len,
// every l[i], negative indexes) as a list that had them applied would,
// the list is untouched until the commit, and the commit leaves it (and
// its read side) equal to that list. 3000 pseudo-random operations
// against a mirror slice, committed every 60. A rollback drops them.
// (Mutations checked: overlayItem not shifting past an insert; the
// merge of adjacent deletes keeping the old start for a pop from the
// end; applyListAppends skipping deletes.)
func TestListMovesOverlay(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	l := sharedListWithReadSide(intItems(3 * listChunkLen)...)
	ownedBy(l, th)
	mirror := make([]int64, l.Len())
	for i := range mirror {
		mirror[i] = int64(i)
	}
	committed := slices.Clone(mirror)
	rng := uint64(12345)
	next := func(n int) int {
		rng = rng*6364136223846793005 + 1442695040888963407
		return int((rng >> 33) % uint64(n))
	}
	check := func(step int) {
		t.Helper()
		checkListView(t, th, l, mirror, step)
		if _, in, ok := th.sharedListIndex(l, int64(len(mirror))); !ok || in {
			t.Fatalf("step %d: l[len] read as in range (%v)", step, ok)
		}
	}
	spanForTest(th)
	for step := 0; step < 3000; step++ {
		val := int64(1000 + step)
		switch op := next(20); {
		case op < 5 || op == 19 && len(mirror) > 0: // pop(), pop(0), pop(i), pop(-k)
			args := []Value{FromObject(l)}
			j := len(mirror) - 1
			switch op {
			case 1, 2:
				args, j = append(args, Int(0)), 0
			case 3:
				if len(mirror) > 0 {
					j = next(len(mirror))
				}
				args = append(args, Int(int64(j)))
			case 4:
				if len(mirror) > 0 {
					k := 1 + next(len(mirror))
					args, j = append(args, Int(int64(-k))), len(mirror)-k
				}
			}
			v, err, done := th.spanListPop(l, args)
			if !done {
				t.Fatalf("step %d: pop not buffered", step)
			}
			if len(mirror) == 0 {
				if err == nil || err.Error() != "IndexError: pop from empty list" {
					t.Fatalf("step %d: pop of an empty list: %v", step, err)
				}
				break
			}
			if err != nil || v.AsInt() != mirror[j] {
				t.Fatalf("step %d: pop -> %s %v, want %d", step, reprOf(v), err, mirror[j])
			}
			mirror = slices.Delete(mirror, j, j+1)
		case op < 9: // insert(i, x), i anywhere, negative, past the end
			i := int64(next(len(mirror)+3)) - 1
			if op == 5 {
				i = 0
			}
			if !th.spanListInsert(l, []Value{FromObject(l), Int(i), Int(val)}) {
				t.Fatalf("step %d: insert not buffered", step)
			}
			j := int(i)
			if j < 0 {
				j = max(0, j+len(mirror))
			}
			mirror = slices.Insert(mirror, min(j, len(mirror)), val)
		case op < 11: // del l[i]
			if len(mirror) == 0 {
				break
			}
			j := next(len(mirror))
			if err, done := th.spanListDelItem(l, Int(int64(j))); !done || err != nil {
				t.Fatalf("step %d: del l[%d]: %v %v", step, j, done, err)
			}
			mirror = slices.Delete(mirror, j, j+1)
		case op < 12: // del l[a:b]
			a, b := next(len(mirror)+1), next(len(mirror)+1)
			s := &Slice{Start: Int(int64(a)), Stop: Int(int64(b)), Step: None}
			if err, done := th.spanListDelItem(l, FromObject(s)); !done || err != nil {
				t.Fatalf("step %d: del l[%d:%d]: %v %v", step, a, b, done, err)
			}
			if b > a {
				mirror = slices.Delete(mirror, a, b)
			}
		case op < 15: // extend by a tuple or a thread-local list
			items := []int64{val, val + 1, val + 2}[:next(4)]
			x := NewTuple(intValues(items))
			if op == 14 {
				x = FromObject(NewList(intValues(items)))
			}
			if !th.spanListExtend(l, x) {
				t.Fatalf("step %d: extend not buffered", step)
			}
			mirror = append(mirror, items...)
		case op < 18:
			if !th.bufferListAppend(l, Int(val)) {
				t.Fatalf("step %d: append not buffered", step)
			}
			mirror = append(mirror, val)
		default:
			if next(10) == 0 {
				if !th.spanListClear(l) {
					t.Fatalf("step %d: clear not buffered", step)
				}
				mirror = mirror[:0]
			}
		}
		if l.Len() != len(committed) || !slices.Equal(intsOf(l), committed) {
			t.Fatalf("step %d: the list changed before the commit", step)
		}
		check(step)
		if step%60 == 59 {
			if err := th.commitSpan(); err != nil {
				t.Fatal(err)
			}
			th.schedThread().ReleaseToken()
			if !slices.Equal(intsOf(l), mirror) {
				t.Fatalf("step %d: after the commit the list is %v, want %v", step, intsOf(l), mirror)
			}
			checkReadSide(t, "after a commit", l)
			committed = slices.Clone(mirror)
			spanForTest(th)
		}
	}
	// A rollback drops what the span buffered.
	th.spanListPop(l, []Value{FromObject(l)})
	th.spanListInsert(l, []Value{FromObject(l), Int(0), Int(-5)})
	th.rollback()
	th.schedThread().ReleaseToken()
	if !slices.Equal(intsOf(l), committed) || len(th.sp.la) != 0 || th.sp.ls.nov != 0 {
		t.Errorf("after the rollback: %v, %d writes, %d views", intsOf(l), len(th.sp.la), th.sp.ls.nov)
	}
	checkReadSide(t, "after the rollback", l)
}

// ownedBy makes th the list's last mover with a run long enough for its
// pops and deletes to be buffered (lengthOpsMay).
func ownedBy(l *List, th *Thread) {
	rs := l.readSide()
	rs.lastMover.Store(th)
	rs.moverRun.Store(listOwnRun)
	rs.contended.Store(false)
}

// intsOf returns the ints of a list of ints.
func intsOf(l *List) []int64 {
	out := make([]int64, l.Len())
	for i := range out {
		out[i] = l.get(i).AsInt()
	}
	return out
}

// TestListMovesConflicts: what a buffered move logs, against another
// thread's committed writes: two pops of one list conflict; a pop from
// the end does not conflict with a reader of another chunk, a pop(0)
// does (every position moved); an insert at 0 and an extend log nothing,
// so an append committed meanwhile leaves them valid. (Mutations
// checked: overlayBase not logging the length makes "pop, then an
// append" valid; deleteNow locking from 0 makes "reader of chunk 0, then
// a pop" fail.)
func TestListMovesConflicts(t *testing.T) {
	const n = 4 * listChunkLen
	w := New(Options{Parallel: true}).NewThread()
	pop := func(th *Thread, l *List, args ...Value) {
		ownedBy(l, th)
		if _, err, done := th.spanListPop(l, append([]Value{FromObject(l)}, args...)); !done || err != nil {
			t.Fatalf("pop not buffered: %v", err)
		}
	}
	commit := func(th *Thread) {
		t.Helper()
		if err := th.commitSpan(); err != nil {
			t.Fatalf("commit: %v", err)
		}
		th.schedThread().ReleaseToken()
	}
	cases := []struct {
		name   string
		span   func(th *Thread, l *List) // run by the span checked
		other  func(th *Thread, l *List) // run and committed by w meanwhile
		valid  bool
		result []int64 // the list's first and last items after both
	}{
		{"pop, then a pop", func(th *Thread, l *List) { pop(th, l) },
			func(th *Thread, l *List) { pop(th, l) }, false, nil},
		{"pop, then an append", func(th *Thread, l *List) { pop(th, l) },
			func(th *Thread, l *List) { th.bufferListAppend(l, Int(-1)) }, false, nil},
		{"reader of chunk 0, then a pop", func(th *Thread, l *List) { th.sharedListIndex(l, 3) },
			func(th *Thread, l *List) { pop(th, l) }, true, []int64{0, n - 2}},
		{"reader of chunk 0, then a pop(0)", func(th *Thread, l *List) { th.sharedListIndex(l, 3) },
			func(th *Thread, l *List) { pop(th, l, Int(0)) }, false, nil},
		{"insert(0), then an append", func(th *Thread, l *List) {
			ownedBy(l, th)
			th.spanListInsert(l, []Value{FromObject(l), Int(0), Int(-7)})
		}, func(th *Thread, l *List) { th.bufferListAppend(l, Int(-1)) }, true, []int64{-7, -1}},
		{"extend, then a pop", func(th *Thread, l *List) {
			ownedBy(l, th)
			th.spanListExtend(l, NewTupleOf(Int(-3), Int(-4)))
		}, func(th *Thread, l *List) { pop(th, l) }, true, []int64{0, -4}},
	}
	for _, c := range cases {
		l := sharedListWithReadSide(intItems(n)...)
		th := New(Options{Parallel: true}).NewThread()
		spanForTest(th)
		c.span(th, l)
		spanForTest(w)
		c.other(w, l)
		commit(w)
		if got := th.readsValid(); got != c.valid {
			t.Errorf("%s: reads valid %v, want %v", c.name, got, c.valid)
		}
		if c.valid {
			commit(th)
			if got := []int64{l.get(0).AsInt(), l.get(l.Len() - 1).AsInt()}; !slices.Equal(got, c.result) {
				t.Errorf("%s: the list begins and ends %v, want %v", c.name, got, c.result)
			}
		} else {
			th.rollback()
			th.schedThread().ReleaseToken()
		}
		checkReadSide(t, c.name, l)
	}
}

// TestListMovesBackOff: pops and deletes of a list are buffered only by a
// thread that made its last listOwnRun moves (on the token path) and
// while no second thread has moved it; a second thread's move marks the
// list contended for good. (Mutations checked: noteMove not marking the
// list contended makes the pop after the other thread's buffered; the
// run not required makes the first pop buffered.)
func TestListMovesBackOff(t *testing.T) {
	in := New(Options{Parallel: true})
	a, b := in.NewThread(), in.NewThread()
	l := sharedListWithReadSide(intItems(4 * listOwnRun)...)
	popped := func(th *Thread) bool {
		t.Helper()
		spanForTest(th)
		_, err, done := th.spanListPop(l, []Value{FromObject(l)})
		if err != nil {
			t.Fatal(err)
		}
		if !done { // the token path, as the method would
			th.sp.optimistic = false
			l.Delete(th, l.Len()-1, l.Len())
			th.sp.optimistic = true
		}
		if err := th.commitSpan(); err != nil {
			t.Fatal(err)
		}
		th.schedThread().ReleaseToken()
		return done
	}
	for k := 0; k < listOwnRun; k++ {
		if popped(a) {
			t.Fatalf("pop %d of a fresh list buffered", k)
		}
	}
	if !popped(a) {
		t.Fatalf("pop after %d moves in a row not buffered", listOwnRun)
	}
	if popped(b) {
		t.Fatal("another thread's pop buffered")
	}
	for k := 0; k < 2*listOwnRun; k++ {
		if popped(a) {
			t.Fatalf("pop %d after the other thread's buffered: the list is contended", k)
		}
	}
	if want := 4*listOwnRun - 3*listOwnRun - 2; l.Len() != want {
		t.Errorf("length %d, want %d", l.Len(), want)
	}
	checkReadSide(t, "after the pops", l)
}

// TestBufferedListMoves: threads each popping their own shared list and
// appending to a shared results list buffer their pops (the figures say
// so) and lose nothing, with injected aborts too. (Mutation checked:
// lengthOpsMay always false gives 0 buffered moves.)
func TestBufferedListMoves(t *testing.T) {
	const src = `import threading
works = [list(range(20000)) for k in range(2)]
results = []
def work(k):
    w = works[k]
    while w:
        x = w.pop()
        if x % 2:
            results.append(x)
        else:
            results.extend((x, -x))
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results), sum(results), works)
`
	const want = "60000 200000000 [[], []]\n"
	for try := 0; try < 3; try++ {
		enough := true
		for i, st := range runSpannedRates(t, "listmoves.py", src, want) {
			if st.BufferedListMoves < 2000 {
				t.Logf("abort rate %v: %d list moves buffered; want the pops past listOwnRun", spannedRates[i], st.BufferedListMoves)
				enough = false
			}
		}
		if enough {
			return
		}
	}
	t.Error("three runs without most pops buffered")
}

// TestOwnLockValid: a span that read a shared list's length lock-free
// and then popped it on the token path (locking the structure word it
// had logged) commits: its own lock is not another thread's write.
// Another thread's write before the token was taken still aborts it.
// (Mutation checked: readsValid without the own-lock case fails the
// first; every iteration of `while w: w.pop()` aborted once.)
func TestOwnLockValid(t *testing.T) {
	in := New(Options{Parallel: true})
	th, other := in.NewThread(), in.NewThread()
	for _, otherWrites := range []bool{false, true} {
		l := sharedListWithReadSide(intItems(10)...)
		spanForTest(th)
		if _, ok := th.sharedListLen(l); !ok {
			t.Fatal("len not read lock-free")
		}
		if otherWrites {
			l.Append(other, Int(1))
			other.unlockWords()
			other.schedThread().ReleaseToken()
		}
		aborted := func() (p bool) {
			defer func() {
				if r := recover(); r != nil {
					if _, ok := r.(abortPanic); !ok {
						panic(r)
					}
					p = true
				}
			}()
			th.acquireToken() // (spanTakeToken validates: a stale log aborts)
			return false
		}()
		if aborted != otherWrites {
			t.Fatalf("another thread wrote first %v: aborted %v", otherWrites, aborted)
		}
		if !aborted {
			l.Delete(th, l.Len()-1, l.Len())
			if err := th.commitSpan(); err != nil {
				t.Errorf("the span that popped on the token path: %v", err)
			}
		} else {
			th.rollback()
		}
		th.schedThread().ReleaseToken()
	}
}

// checkListView fails t unless the running span reads l as mirror (its
// length, each item and l[-1]) without having taken the token.
func checkListView(t *testing.T, th *Thread, l *List, mirror []int64, step int) {
	t.Helper()
	if th.spanHoldsToken() {
		t.Fatalf("step %d: the span took the token", step)
	}
	if n, ok := th.sharedListLen(l); !ok || n != len(mirror) {
		t.Fatalf("step %d: len %d %v, want %d", step, n, ok, len(mirror))
	}
	for i := range mirror {
		if v, in, ok := th.sharedListIndex(l, int64(i)); !ok || !in || v.AsInt() != mirror[i] {
			t.Fatalf("step %d: l[%d] = %s %v %v, want %d", step, i, reprOf(v), in, ok, mirror[i])
		}
	}
	if len(mirror) > 0 {
		if v, _, ok := th.sharedListIndex(l, -1); !ok || v.AsInt() != mirror[len(mirror)-1] {
			t.Fatalf("step %d: l[-1] = %s %v", step, reprOf(v), ok)
		}
	}
}

// intValues returns vs as Python ints.
func intValues(vs []int64) []Value {
	out := make([]Value, len(vs))
	for i, x := range vs {
		out[i] = Int(x)
	}
	return out
}
