package runtime

import (
	goruntime "runtime"
	"strconv"
	"sync"
	"testing"
)

// sharedCell returns a cell holding v, published (with its read side).
func sharedCell(v Value) *Cell {
	c := &Cell{v: v}
	c.markShared()
	return c
}

// TestSharedCellLockFree: a lock-free read sees the published value and
// is invalidated by a write; a locked (uncommitted) write sends readers
// to the token path; the writer's own reads see its write.
func TestSharedCellLockFree(t *testing.T) {
	c := sharedCell(Int(1))
	th := lockFreeThread()
	if v, ok := c.readLockFree(th); !ok || !v.Is(Int(1)) || !th.readsValid() {
		t.Fatalf("read %v %v", v, ok)
	}
	w := testThread()
	c.Set(w, Int(2))
	if _, ok := c.readLockFree(lockFreeThread()); ok {
		t.Error("a cell locked by an uncommitted write was read lock-free")
	}
	if th.readsValid() {
		t.Error("a read stayed valid across a write")
	}
	if v := c.Get(w); !v.Is(Int(2)) {
		t.Errorf("the writer reads %v", v)
	}
	w.unlockWords()
	if v, ok := c.readLockFree(lockFreeThread()); !ok || !v.Is(Int(2)) {
		t.Errorf("after the commit: %v %v", v, ok)
	}
}

// TestSharedCellLockFreeReadersRace: a writer moves amounts between two
// shared cells (a + b == 100, one transaction per move, the token a
// mutex) while two readers read both lock-free and validate: a valid log
// never sums to anything else. Removing the locked-word test of
// readLockFree fails it.
func TestSharedCellLockFreeReadersRace(t *testing.T) {
	a, b := sharedCell(Int(50)), sharedCell(Int(50))
	var token sync.Mutex
	var wg sync.WaitGroup
	const rounds = 3000
	wg.Add(1)
	w := testThread()
	go func() {
		defer wg.Done()
		for i := 0; i < rounds; i++ {
			token.Lock()
			x := int64(i % 100)
			a.Set(w, Int(x))
			goruntime.Gosched()
			b.Set(w, Int(100-x))
			w.unlockWords()
			token.Unlock()
		}
	}()
	bad := make(chan string, 4)
	for r := 0; r < 2; r++ {
		wg.Add(1)
		th := lockFreeThread()
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				th.clearReads()
				va, oka := a.readLockFree(th)
				goruntime.Gosched()
				vb, okb := b.readLockFree(th)
				if !oka || !okb {
					continue // locked: the token path's business
				}
				if th.readsValid() && va.AsInt()+vb.AsInt() != 100 {
					bad <- "a validated read log saw a + b = " + strconv.FormatInt(va.AsInt()+vb.AsInt(), 10)
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
}
