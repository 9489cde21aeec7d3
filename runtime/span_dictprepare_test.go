package runtime

import (
	"sync"
	"sync/atomic"
	"testing"
)

// TestProbeAheadStaleness: a probe made before the token holds only while
// nothing could have made it wrong (span_dictprepare.go): an absent key's
// recorded slot filled since, a deletion since (a hole: a slot before the
// recorded one may have gone free), or a new index array (a rebuild) each
// make it stale, so the apply probes again.
func TestProbeAheadStaleness(t *testing.T) {
	th := testThread()
	d := NewDict().markData()
	for i := 0; i < 5000; i++ { // an index of 8192 slots: probed ahead
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	d.markShared()
	probe := func(k Value) *dictWrite {
		h, err := hashValue(nil, k)
		if err != nil {
			t.Fatal(err)
		}
		ws := []dictWrite{{d: d, k: k, h: h, v: Int(-1)}}
		d.probeAhead(ws)
		if ws[0].probe.view == nil {
			t.Fatalf("%v was not probed ahead", k)
		}
		return &ws[0]
	}
	insert := func(w *dictWrite) { // another committer's insert of the same key
		lk := d.beginWrite()
		d.insertNew(th, w.k, w.h, Int(7))
		d.endWrite(lk)
	}

	present := probe(Int(42))
	if ix, _, ok := d.probed(present); !ok || ix != d.lookupPure(Int(42), present.h) {
		t.Errorf("probe of a present key: entry %d ok %v, want its entry", ix, ok)
	}
	absent := probe(Int(100000))
	if ix, free, ok := d.probed(absent); !ok || ix != -1 || d.index[free] >= 0 {
		t.Errorf("probe of an absent key: entry %d, slot %d, ok %v; want -1 and a free slot", ix, free, ok)
	}
	insert(absent)
	if _, _, ok := d.probed(absent); ok {
		t.Error("the key was inserted since its probe, yet the probe still holds")
	}

	later := probe(Int(200000))
	d.deleteEntry(th, d.lookupPure(Int(43), mustHash(t, Int(43))))
	if _, _, ok := d.probed(later); ok {
		t.Error("a key was deleted since the probe (a new hole), yet the probe still holds")
	}

	// A rebuild with no holes to drop: only the new index array tells.
	lk := d.beginWrite()
	d.rebuild(d.used + 1)
	d.endWrite(lk)
	grown := probe(Int(300000))
	lk = d.beginWrite()
	d.rebuild(4 * d.used)
	d.endWrite(lk)
	if len(d.entries) != d.used {
		t.Fatalf("%d entries for %d keys after the rebuild", len(d.entries), d.used)
	}
	if _, _, ok := d.probed(grown); ok {
		t.Error("the index was rebuilt since the probe, yet the probe still holds")
	}
}

func mustHash(t *testing.T, k Value) int64 {
	t.Helper()
	h, err := hashValue(nil, k)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestProbeAheadSameHash: a lock-free probe compares hashes only, so an
// entry of the same hash is a candidate that the apply must check: -1
// and -2 hash alike in Python, and a probe for -1 that found -2's entry
// must not be trusted (trusting it would overwrite -2's value).
func TestProbeAheadSameHash(t *testing.T) {
	th := testThread()
	d := NewDict().markData()
	for i := 0; i < 5000; i++ {
		if err := d.SetItem(th, Int(int64(-2-i)), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	d.markShared()
	h := mustHash(t, Int(-1))
	if h != mustHash(t, Int(-2)) {
		t.Fatalf("hash(-1) %d != hash(-2) %d", h, mustHash(t, Int(-2)))
	}
	ws := []dictWrite{{d: d, k: Int(-1), h: h, v: Int(7)}}
	d.probeAhead(ws)
	if ws[0].probe.view == nil || ws[0].probe.ix != d.lookupPure(Int(-2), h) {
		t.Fatalf("probe of -1: %+v, want -2's entry as the candidate", ws[0].probe)
	}
	if _, _, ok := d.probed(&ws[0]); ok {
		t.Error("a probe that found another key of the same hash was trusted")
	}
}

// TestProbeAheadWhileInserting: probes run without a lock while another
// goroutine inserts and rebuilds (run it under -race: every read of the
// index and the entries must be ordered after the write it sees). Each
// probe that still holds at the end must be right: an absent key's free
// slot free, a present key's entry its own.
func TestProbeAheadWhileInserting(t *testing.T) {
	th := testThread()
	d := NewDict().markData()
	for i := 0; i < 5000; i++ {
		if err := d.SetItem(th, Int(int64(i)), Int(int64(i))); err != nil {
			t.Fatal(err)
		}
	}
	d.markShared()
	const inserts = 30000 // ends at 35,000 entries, far from the next growth: late probes hold
	var wg sync.WaitGroup
	var done atomic.Bool
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer done.Store(true)
		for i := 5000; i < 5000+inserts; i++ {
			k := Int(int64(i))
			h, _ := hashValue(nil, k)
			lk := d.beginWrite()
			if d.lookupPure(k, h) < 0 {
				d.insertNew(nil, k, h, k)
			}
			if i%1000 == 0 { // deletions too: holes
				d.deleteEntry0(nil, d.lookupPure(Int(int64(i-4000)), mustHashNoT(Int(int64(i-4000)))))
			}
			d.endWrite(lk)
		}
	}()
	trusted, probed := 0, 0
	check := func(ws []dictWrite) { // as the apply does: token and write lock held
		lk := d.beginWrite()
		defer d.endWrite(lk)
		for i := range ws {
			w := &ws[i]
			ix, free, ok := d.probed(w)
			if !ok {
				continue
			}
			trusted++
			if want := d.lookupPure(w.k, w.h); ix != want {
				t.Fatalf("probe of %v says entry %d, the dict has it at %d", w.k, ix, want)
			}
			if ix < 0 && d.index[free] >= 0 {
				t.Fatalf("probe of %v says slot %d is free; it holds %d", w.k, free, d.index[free])
			}
		}
	}
	for round := 0; probed < 20000 || !done.Load(); round++ {
		ws := make([]dictWrite, 16)
		for j := range ws {
			k := Int(int64(round*7 + j)) // present, inserted meanwhile, or absent
			ws[j] = dictWrite{d: d, k: k, h: mustHashNoT(k), v: k}
		}
		d.probeAhead(ws)
		probed += len(ws)
		check(ws)
	}
	wg.Wait()
	if trusted == 0 {
		t.Fatal("no probe held: the test checked nothing")
	}
	t.Logf("%d of %d probes held", trusted, probed)
}

func mustHashNoT(k Value) int64 {
	h, err := hashValue(nil, k)
	if err != nil {
		panic(err)
	}
	return h
}
