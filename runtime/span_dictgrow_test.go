package runtime

import (
	"testing"
	"unsafe"
)

// sharedDictOf returns a shared data dict holding i -> i for i < n.
func sharedDictOf(t *testing.T, th *Thread, n int) *Dict {
	t.Helper()
	d := NewDict().markData()
	for i := 0; i < n; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	d.markShared()
	return d
}

// checkDictHolds fails unless d maps exactly i -> i for i < n, in order.
func checkDictHolds(t *testing.T, d *Dict, n int) {
	t.Helper()
	if d.used != n {
		t.Fatalf("%d items, want %d", d.used, n)
	}
	for i := 0; i < n; i++ {
		k := Int(int64(i))
		ix := d.lookupPure(k, mustHash(t, k))
		if ix != i || d.entries[ix].value.AsInt() != int64(i) {
			t.Fatalf("key %d at entry %d, want %d holding itself", i, ix, i)
		}
	}
}

// TestDictSpareArrays: a committer probing ahead into a dict near its
// growth makes the next rebuild's arrays (an index of twice the slots,
// all empty, and entries with room for two thirds of them), and the
// rebuild then uses exactly those arrays and still finds every key.
func TestDictSpareArrays(t *testing.T) {
	th := testThread()
	d := sharedDictOf(t, th, 5000) // index 8192: grows at 5461 entries
	k := Int(1 << 40)
	d.probeAhead([]dictWrite{{d: d, k: k, h: mustHash(t, k), v: Int(1)}})
	sp := d.lk.growth.spare.Load()
	if sp == nil {
		t.Fatal("no spare made for a dict at 5000 of 5461 entries")
	}
	if len(sp.index) != 16384 || cap(sp.entries) != 2*16384/3 || len(sp.entries) != 0 {
		t.Fatalf("spare index %d slots, entries %d/%d; want 16384 and 0/%d",
			len(sp.index), len(sp.entries), cap(sp.entries), 2*16384/3)
	}
	for i, x := range sp.index {
		if x != dictEmpty {
			t.Fatalf("spare slot %d holds %d", i, x)
		}
	}
	n := 5000
	for ; len(d.index) == 8192; n++ {
		if err := d.SetItem(th, Int(int64(n)), Int(int64(n))); err != nil {
			t.Fatal(err)
		}
	}
	if unsafe.SliceData(d.index) != unsafe.SliceData(sp.index) ||
		unsafe.SliceData(d.entries) != unsafe.SliceData(sp.entries[:1]) {
		t.Fatal("the rebuild made new arrays instead of using the spare")
	}
	if d.lk.growth.spare.Load() != nil {
		t.Fatal("the spare was used and is still offered")
	}
	checkDictHolds(t, d, n)
}

// TestDictSpareMisfit: a spare whose size is not the rebuild's (made for
// a growth, while the rebuild only drops the holes of deleted items) is
// dropped, and the rebuild makes its own.
func TestDictSpareMisfit(t *testing.T) {
	th := testThread()
	d := sharedDictOf(t, th, 5000)
	index := make([]int32, 32768)
	for i := range index {
		index[i] = dictEmpty
	}
	small := &dictSpare{entries: make([]dictEntry, 0, 2*32768/3), index: index}
	d.lk.growth.spare.Store(small)
	lk := d.beginWrite()
	d.rebuild(d.used + 1)
	d.endWrite(lk)
	if unsafe.SliceData(d.index) == unsafe.SliceData(small.index) || len(d.index) != 8192 {
		t.Fatalf("rebuilt into the misfit spare (index of %d)", len(d.index))
	}
	if d.lk.growth.spare.Load() != nil {
		t.Fatal("the misfit spare is still offered")
	}
	checkDictHolds(t, d, 5000)
}

// TestDictSpareOnePreparer: while one committer makes the spare, another
// makes none (two would each page in the same hundred megabytes).
func TestDictSpareOnePreparer(t *testing.T) {
	var g dictGrowth
	g.preparing.Store(true)
	g.prepareSpare(1 << 12)
	if g.spare.Load() != nil {
		t.Fatal("a second committer made a spare while the first was making it")
	}
	g.preparing.Store(false)
	g.prepareSpare(1 << 12)
	first := g.spare.Load()
	if first == nil || len(first.index) != 1<<12 {
		t.Fatal("no spare made")
	}
	g.prepareSpare(1 << 12)
	if g.spare.Load() != first {
		t.Fatal("a spare of the same size was made again")
	}
}
