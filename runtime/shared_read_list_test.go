package runtime

import (
	"math/rand"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
)

// listWords returns every version word of l's read side.
func listWords(l *List) []*versionWord {
	rs := l.readSide()
	ws := []*versionWord{&rs.sw}
	if tab := rs.tab.Load(); tab != nil {
		for c := range tab.chunks {
			if ch := tab.chunks[c].Load(); ch != nil {
				ws = append(ws, &ch.w)
			}
		}
	}
	return ws
}

// sharedListWithReadSide returns a published list of items whose read
// side is built and committed.
func sharedListWithReadSide(items ...Value) *List {
	l := NewList(items)
	publishOf(FromObject(l))
	l.buildReadSide(nil, l.readSide())
	commitWords(listWords(l))
	return l
}

func intItems(n int) []Value {
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(int64(i))
	}
	return items
}

func TestSharedListLockFreeReads(t *testing.T) {
	name := NewStr("b")
	l := sharedListWithReadSide(Int(1), Float(2.5), name, None)
	th := lockFreeThread()
	lv := FromObject(l)
	if r, ok, err := th.readGetItem(lv, Int(-2)); !ok || err != nil || !r.Is(name) {
		t.Errorf("l[-2] = %s %v %v, want 'b'", reprOf(r), ok, err)
	}
	if _, ok, err := th.readGetItem(lv, Int(4)); !ok || err == nil {
		t.Errorf("l[4] lock-free: ok %v, err %v; want IndexError", ok, err)
	}
	if n, ok := th.readLen(lv); !ok || n != 4 {
		t.Errorf("len(l) = %d %v, want 4", n, ok)
	}
	for _, c := range []struct {
		x     Value
		found bool
	}{{Int(1), true}, {True, true}, {NewStr("b"), true}, {NewStr("c"), false}, {None, true}, {Int(7), false}} {
		if found, ok := th.readContains(lv, c.x); !ok || found != c.found {
			t.Errorf("%s in l = %v %v, want %v", reprOf(c.x), found, ok, c.found)
		}
	}
	if _, ok := th.readContains(lv, Float(2.5)); ok {
		t.Error("a float was looked up lock-free (NaN rules differ)")
	}
	it := &ListIterator{list: l}
	var got []string
	for {
		v, more := it.Next(th)
		if !more {
			break
		}
		got = append(got, reprOf(v))
	}
	if len(got) != 4 || got[1] != "2.5" {
		t.Errorf("iteration gave %v", got)
	}
	if len(th.sp.reads) == 0 || !th.readsValid() {
		t.Fatal("the lock-free reads were not recorded, or are invalid with no writer")
	}
	// A write locks the words of what it changes: the reads are stale,
	// and until the writer's transaction ends its words are locked.
	w := testThread()
	l.Set(w, 0, Int(5))
	if th.readsValid() {
		t.Error("reads stayed valid after a write to the list")
	}
	th.clearReads()
	if _, ok, _ := th.readGetItem(lv, Int(0)); ok {
		t.Error("a locked word was read lock-free")
	}
	w.unlockWords() // the writer's commit: the read side catches up
	if r, ok, _ := th.readGetItem(lv, Int(0)); !ok || !r.Is(Int(5)) {
		t.Errorf("l[0] after the write = %s %v, want 5", reprOf(r), ok)
	}
	// Subclasses and thread-local lists never take the lock-free path.
	if _, ok, _ := th.readGetItem(FromObject(NewList([]Value{Int(1)})), Int(0)); ok {
		t.Error("a thread-local list was read through a read side")
	}
}

// TestSharedListChunkWords: reads are validated per chunk. A store into
// another chunk and an append leave a read of l[i] valid; a store into
// i's chunk, an insert before i and a pop of i do not; len(l) and an
// out-of-range read are invalidated by length changes only. (Mutation
// checked: noteItems locking every chunk's word makes the "store into
// another chunk" case fail; noteMove not locking the chunks from lo on
// makes the insert case fail.)
func TestSharedListChunkWords(t *testing.T) {
	const n = 5 * listChunkLen
	w := testThread()
	read := func(l *List, f func(th *Thread)) *Thread {
		th := lockFreeThread()
		f(th)
		if len(th.sp.reads) == 0 {
			t.Fatal("nothing logged")
		}
		return th
	}
	item := func(l *List, i int64) func(*Thread) {
		return func(th *Thread) {
			if _, in, ok := th.sharedListIndex(l, i); !ok || !in {
				t.Fatalf("l[%d] not read lock-free", i)
			}
		}
	}
	length := func(l *List) func(*Thread) {
		return func(th *Thread) {
			if _, ok := th.sharedListLen(l); !ok {
				t.Fatal("len not read lock-free")
			}
		}
	}
	cases := []struct {
		name  string
		read  func(l *List) func(*Thread)
		write func(l *List)
		valid bool
	}{
		{"store into another chunk", func(l *List) func(*Thread) { return item(l, 3) },
			func(l *List) { l.Set(w, listChunkLen+3, Int(-1)) }, true},
		{"store into the chunk", func(l *List) func(*Thread) { return item(l, 3) },
			func(l *List) { l.Set(w, 5, Int(-1)) }, false},
		{"append", func(l *List) func(*Thread) { return item(l, n-1) },
			func(l *List) { l.Append(w, Int(-1)) }, true},
		{"append, then len", length,
			func(l *List) { l.Append(w, Int(-1)) }, false},
		{"store, then len", length,
			func(l *List) { l.Set(w, 0, Int(-1)) }, true},
		{"insert before", func(l *List) func(*Thread) { return item(l, 3*listChunkLen) },
			func(l *List) { l.Insert(w, 2, Int(-1)) }, false},
		{"insert after", func(l *List) func(*Thread) { return item(l, 3) },
			func(l *List) { l.Insert(w, 2*listChunkLen, Int(-1)) }, true},
		{"pop the last", func(l *List) func(*Thread) { return item(l, n-1) },
			func(l *List) { l.Delete(w, n-1, n) }, false},
		{"out of range, then append", func(l *List) func(*Thread) {
			return func(th *Thread) {
				if _, in, ok := th.sharedListIndex(l, n); !ok || in {
					t.Fatal("l[n] not an IndexError lock-free")
				}
			}
		}, func(l *List) { l.Append(w, Int(-1)) }, false},
		{"negative index, then append", func(l *List) func(*Thread) { return item(l, -1) },
			func(l *List) { l.Append(w, Int(-1)) }, false},
		{"sort", func(l *List) func(*Thread) { return item(l, 4*listChunkLen) },
			func(l *List) { l.Reverse(w) }, false},
	}
	for _, c := range cases {
		l := sharedListWithReadSide(intItems(n)...)
		th := read(l, c.read(l))
		c.write(l)
		w.unlockWords()
		if got := th.readsValid(); got != c.valid {
			t.Errorf("%s: reads valid %v, want %v", c.name, got, c.valid)
		}
		// The read side agrees with the list after the commit.
		checkReadSide(t, c.name, l)
	}
}

// checkReadSide compares every position of l's read side with l.
func checkReadSide(t *testing.T, name string, l *List) {
	t.Helper()
	th := lockFreeThread()
	if n, ok := th.sharedListLen(l); !ok || n != l.Len() {
		t.Fatalf("%s: read side length %d %v, list %d", name, n, ok, l.Len())
	}
	for i := 0; i < l.Len(); i++ {
		v, in, ok := th.sharedListIndex(l, int64(i))
		if !ok || !in || !v.Is(l.get(i)) {
			t.Fatalf("%s: read side [%d] = %s %v %v, list %s", name, i, reprOf(v), in, ok, reprOf(l.get(i)))
		}
	}
	if _, in, ok := th.sharedListIndex(l, int64(l.Len())); !ok || in {
		t.Fatalf("%s: read side has a position past the length", name)
	}
}

// TestSharedListBigReadLockFree: a list far over one chunk (and over
// the old whole-list copy's bound) is read lock-free, and a store into
// it re-boxes one position, not the list.
func TestSharedListBigReadLockFree(t *testing.T) {
	const n = 100000
	l := sharedListWithReadSide(intItems(n)...)
	th := lockFreeThread()
	if v, in, ok := th.sharedListIndex(l, n-7); !ok || !in || v.AsInt() != n-7 {
		t.Fatalf("l[n-7] = %s %v %v", reprOf(v), in, ok)
	}
	w := testThread()
	tab := l.readSide().tab.Load()
	before := tab.chunks[0].Load().items[1].Load()
	l.Set(w, 50000, Int(-5))
	w.unlockWords()
	if tab.chunks[0].Load().items[1].Load() != before {
		t.Error("a store re-boxed a position it did not write")
	}
	if v, _, ok := th.sharedListIndex(l, 50000); !ok || v.AsInt() != -5 {
		t.Errorf("l[50000] = %s %v after the store", reprOf(v), ok)
	}
	checkReadSide(t, "big", l)
}

// TestSharedListRollbackResyncs: a span wrote the list (undo record),
// then rolled back: the read side shows the storage as restored, not the
// undone write. (Mutation checked: span_undo's list undo not marking the
// list dirty makes it fail.)
func TestSharedListRollbackResyncs(t *testing.T) {
	l := sharedListWithReadSide(Int(1), Int(2))
	w := testThread()
	rec := listUndo{l: l, kind: l.kind, ints: l.ints, vals: l.vals, idx: 0, old: l.get(0)}
	l.Set(w, 0, Int(9))
	w.syncListReads() // as if the read side had caught up within the span
	l.readSide().dirtyBy = nil
	rec.undo(w)
	w.unlockWords()
	th := lockFreeThread()
	if r, ok, _ := th.readGetItem(FromObject(l), Int(0)); !ok || !r.Is(Int(1)) {
		t.Errorf("l[0] after the rollback = %s %v, want 1", reprOf(r), ok)
	}
}

// TestSharedListLockFreeReadersRace: a writer thread (the token is a
// mutex here) moves amounts between the elements of a shared list of
// several chunks, two stores per transaction, and inserts/removes zeros
// and appends/pops (length changes), while two readers read every
// element lock-free and validate: a valid log must always sum to the
// total. Run under -race. (Mutation checked: noteItems not locking the
// written chunk's word makes validated sums go wrong.)
func TestSharedListLockFreeReadersRace(t *testing.T) {
	const n, total, rounds = 3 * listChunkLen, 300 * listChunkLen, 3000
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(total / n)
	}
	l := sharedListWithReadSide(items...)
	var token sync.Mutex
	var wg sync.WaitGroup
	var done atomic.Bool
	w := testThread()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rng := rand.New(rand.NewSource(3))
		for i := 0; i < rounds; i++ {
			token.Lock()
			a, b := rng.Intn(l.Len()), rng.Intn(l.Len())
			x := int64(rng.Intn(10))
			l.Set(w, a, Int(l.get(a).AsInt()-x))
			l.Set(w, b, Int(l.get(b).AsInt()+x))
			switch i % 7 {
			case 3:
				l.Insert(w, rng.Intn(l.Len()+1), Int(0))
			case 4:
				l.Append(w, Int(0))
			case 5, 6:
				for j := l.Len() - 1; j >= 0; j-- {
					if l.get(j).AsInt() == 0 {
						l.Delete(w, j, j+1)
						break
					}
				}
			}
			w.unlockWords() // the writer's commit
			token.Unlock()
			runtime.Gosched() // let readers run between transactions
		}
		done.Store(true)
	}()
	bad := make(chan string, 4)
	validated := make([]int, 2)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		th := lockFreeThread()
		go func() {
			defer wg.Done()
			for !done.Load() {
				th.clearReads()
				sum, ok := int64(0), true
				for j := 0; ; j++ {
					v, in, rok := th.sharedListIndex(l, int64(j))
					if !rok {
						ok = false // locked: the token path's business
						break
					}
					if !in {
						break
					}
					sum += v.AsInt()
				}
				if !ok || !th.readsValid() {
					continue
				}
				validated[r]++
				if sum != total {
					bad <- "a validated read log summed to " + strconv.FormatInt(sum, 10)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(bad)
	for msg := range bad {
		t.Error(msg)
	}
	checkReadSide(t, "after the race", l)
	t.Logf("validated reads during %d writer transactions: %v", rounds, validated)
}
