package runtime

import "testing"

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
		if ws[0].probe.index == nil {
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
