package runtime

import (
	"math/rand"
	"strconv"
	"sync"
	"testing"
)

// sharedListWithReadSide returns a published list of items whose read
// side's copy is built and committed.
func sharedListWithReadSide(items ...Value) *List {
	l := NewList(items)
	publishOf(FromObject(l))
	l.buildReadSide(nil, l.readSide())
	commitWords([]*versionWord{&l.readSide().w})
	return l
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
	// A write drops the copy and moves the word on: the reads are stale.
	l.Set(nil, 0, Int(5))
	if th.readsValid() {
		t.Error("reads stayed valid after a write to the list")
	}
	if l.readSide().snap.Load() != nil {
		t.Error("a write kept the copy")
	}
	// Locked word (the writer's transaction has not ended): token path.
	th.clearReads()
	if _, ok, _ := th.readGetItem(lv, Int(0)); ok {
		t.Error("a locked word was read lock-free")
	}
	commitWords([]*versionWord{&l.readSide().w})
	// The next lock-free read builds the copy (under the token) and takes
	// the token path; the one after reads the new state.
	if _, ok, _ := th.readGetItem(lv, Int(0)); ok {
		t.Error("a read with no copy did not take the token path")
	}
	commitWords([]*versionWord{&l.readSide().w})
	if r, ok, _ := th.readGetItem(lv, Int(0)); !ok || !r.Is(Int(5)) {
		t.Errorf("l[0] after the rebuild = %s %v, want 5", reprOf(r), ok)
	}
	// Subclasses and thread-local lists never take the lock-free path.
	if _, ok, _ := th.readGetItem(FromObject(NewList([]Value{Int(1)})), Int(0)); ok {
		t.Error("a thread-local list was read through a read side")
	}
}

func TestSharedListRollbackDropsCopy(t *testing.T) {
	l := sharedListWithReadSide(Int(1), Int(2))
	w := testThread()
	// A span wrote the list, then built the copy (holding its own write):
	// its rollback must drop the copy again.
	l.dropReadSide(w)
	rec := listUndo{l: l, kind: l.kind, ints: l.ints, vals: l.vals, idx: 0, old: l.get(0)}
	l.ints[0] = 9
	l.buildReadSide(w, l.readSide())
	if l.readSide().snap.Load() == nil {
		t.Fatal("no copy built")
	}
	rec.undo(w)
	w.unlockWords()
	if l.readSide().snap.Load() != nil {
		t.Fatal("the rollback kept a copy holding the undone write")
	}
	th := lockFreeThread()
	th.readGetItem(FromObject(l), Int(0)) // builds
	commitWords([]*versionWord{&l.readSide().w})
	if r, ok, _ := th.readGetItem(FromObject(l), Int(0)); !ok || !r.Is(Int(1)) {
		t.Errorf("l[0] after the rollback = %s %v, want 1", reprOf(r), ok)
	}
}

// TestSharedListLockFreeReadersRace: a writer thread (the token is a
// mutex here) moves amounts between the elements of a shared list, two
// writes per transaction, and inserts/removes zeros (length changes),
// while two readers read every element lock-free, one read each, and
// validate: a valid log must always sum to the total.
func TestSharedListLockFreeReadersRace(t *testing.T) {
	const n, total, rounds = 16, 1600, 3000
	items := make([]Value, n)
	for i := range items {
		items[i] = Int(total / n)
	}
	l := sharedListWithReadSide(items...)
	var token sync.Mutex
	var wg sync.WaitGroup
	w := testThread()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rng := rand.New(rand.NewSource(3))
		for i := 0; i < rounds; i++ {
			token.Lock()
			a, b := rng.Intn(n), rng.Intn(n)
			x := int64(rng.Intn(10))
			l.Set(w, a, Int(l.get(a).AsInt()-x))
			l.Set(w, b, Int(l.get(b).AsInt()+x))
			switch i % 7 {
			case 3:
				l.Insert(w, rng.Intn(l.Len()+1), Int(0))
			case 5:
				for j := 0; j < l.Len(); j++ {
					if l.get(j).AsInt() == 0 {
						l.Delete(w, j, j+1)
						break
					}
				}
			}
			w.unlockWords() // the writer's commit
			token.Unlock()
		}
	}()
	bad := make(chan string, 4)
	validated := make([]int, 2)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		th := lockFreeThread()
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				th.clearReads()
				sum, ok := int64(0), true
				for j := 0; ok; j++ {
					s, build := th.tryListSnap(l)
					if build != nil { // the token holder builds the copy
						token.Lock()
						l.buildReadSide(th, build)
						th.unlockWords()
						token.Unlock()
						ok = false
						break
					}
					if s == nil {
						ok = false // locked: the token path's business
						break
					}
					if j >= len(s.items) {
						break
					}
					sum += s.items[j].AsInt()
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
	t.Logf("validated reads: %v of %d each", validated, rounds)
}
