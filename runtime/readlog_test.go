package runtime

import (
	"strings"
	"sync"
	"testing"
)

func TestVersionWordBump(t *testing.T) {
	th := testThread()
	var w versionWord
	if w.load() != 0 {
		t.Fatalf("new word at %d", w.load())
	}
	w.bump(th)
	w.bump(th)
	if w.load() != 1 || !lockedVersion(w.load()) {
		t.Fatalf("after two bumps in one transaction: %d, want 1 (locked)", w.load())
	}
	th.unlockWords()
	if w.load() != 2 || lockedVersion(w.load()) || len(th.sp.locked) != 0 {
		t.Fatalf("after the transaction: %d, want 2 (unlocked)", w.load())
	}
	w.bump(nil)
	if w.load() != 3 {
		t.Fatalf("a bump with no thread: %d, want 3 (locked)", w.load())
	}
	w.bump(th) // adopts the lock
	th.unlockWords()
	if w.load() != 4 {
		t.Fatalf("after the adopting transaction: %d, want 4", w.load())
	}
	if w.last.Load() != nil {
		t.Fatal("writer site recorded although sites are off")
	}
	th.interp.spans.sites = true
	w.bump(th)
	th.unlockWords()
	if w.last.Load() == nil {
		t.Fatal("writer site not recorded with sites on")
	}
}

func TestReadLogValidation(t *testing.T) {
	th := testThread()
	if th.optimisticReads() {
		t.Fatal("optimistic reads outside an abortable span")
	}
	var a, b versionWord
	a.bump(th)
	th.unlockWords()
	th.interp.spans.sites = true
	th.recordRead(&a, a.load(), readSite{typ: DictType, key: Int(7)})
	th.recordRead(&a, a.load(), readSite{typ: DictType, key: Int(7)})
	th.recordRead(&b, b.load(), readSite{typ: ObjectType, name: "x"})
	if n := len(th.sp.reads); n != 2 {
		t.Fatalf("read log has %d entries, want 2 (a repeated read is kept once)", n)
	}
	if !th.readsValid() {
		t.Fatal("unchanged words reported stale")
	}
	if len(th.sp.notes) != 2 {
		t.Fatalf("%d read notes with sites on, want one per entry (2)", len(th.sp.notes))
	}
	b.bump(th)
	th.unlockWords()
	if th.readsValid() {
		t.Fatal("a bumped word validated")
	}
	c := th.sp.conflict
	if !c.valid || c.what.name != "x" || c.writer.bc != nil {
		t.Fatalf("conflict %+v: want the read of attribute x, writer with no Python frame", c)
	}
	if d := c.what.describe(); !strings.Contains(d, "attribute x") {
		t.Fatalf("describe = %q", d)
	}
	if d := (readSite{typ: DictType, key: Int(7)}).describe(); d != "dict key 7" {
		t.Fatalf("describe = %q", d)
	}
	if d := (readSite{typ: DictType, key: NewStr("k")}).describe(); d != "dict key 'k'" {
		t.Fatalf("describe = %q", d)
	}
	th.clearReads()
	if len(th.sp.reads) != 0 || len(th.sp.notes) != 0 || !th.readsValid() {
		t.Fatal("cleared log not empty")
	}

	// Sites off (no -stm-report): no notes, a stale read is still found.
	th.interp.spans.sites = false
	th.sp.conflict = readConflict{}
	th.recordRead(&a, a.load(), readSite{typ: DictType, key: Int(7)})
	th.recordRead(&b, b.load(), readSite{typ: ObjectType, name: "x"})
	if len(th.sp.reads) != 2 || len(th.sp.notes) != 0 {
		t.Fatalf("sites off: %d entries, %d notes; want 2 and 0", len(th.sp.reads), len(th.sp.notes))
	}
	a.bump(th)
	th.unlockWords()
	if th.readsValid() {
		t.Fatal("sites off: a bumped word validated")
	}
	if th.sp.conflict.valid {
		t.Fatal("sites off: a conflict site was recorded")
	}
	th.clearReads()
}

// TestVersionWordConcurrent runs writers bumping and readers validating
// at once (for -race): a reader never sees the version go back.
func TestVersionWordConcurrent(t *testing.T) {
	in := New(Options{})
	var w versionWord
	var wg sync.WaitGroup
	var mu sync.Mutex // the token's part: writers bump one at a time
	for i := 0; i < 2; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			th := in.NewThread()
			for j := 0; j < 1000; j++ {
				mu.Lock()
				w.bump(th)
				th.unlockWords()
				mu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			last := uint64(0)
			for j := 0; j < 1000; j++ {
				v := w.load()
				if lockedVersion(v) {
					continue
				}
				if v < last {
					t.Errorf("version went back from %d to %d", last, v)
					return
				}
				last = v
			}
		}()
	}
	wg.Wait()
	if w.load() != 4000 {
		t.Fatalf("version %d after 2000 transactions, want 4000", w.load())
	}
}
