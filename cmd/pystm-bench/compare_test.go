package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCompareThreshold(t *testing.T) {
	old := fixture()
	cur := fixture()
	cur.cell("mandel", 1, "python3").Median = 2.0 * 1.05 // within 10%: not flagged
	cur.cell("mandel", 2, "python3").Median = 2.0 * 1.25 // slower
	cur.cell("mandel", 1, "pypy3").Median = 0.5 * 0.8    // faster
	cur.cell("mandel", 2, "fast").MedianRSS = 40 << 20   // memory grew
	c := cur.cell("nbody", 1, "pypy3")                   // newly failing
	c.OK, c.Error = false, "checksum mismatch"
	f := cur.cell("nbody", 1, "fast") // fixed
	f.OK, f.Error, f.Median = true, "", 0.3
	changes := compare(old, cur, 0.10)
	got := map[string]Change{}
	for _, ch := range changes {
		got[ch.Program+"/"+ch.Interp+"/"+ch.What+"/"+string(rune('0'+ch.Threads))] = ch
	}
	if len(changes) != 5 {
		t.Errorf("got %d changes, want 5: %v", len(changes), changes)
	}
	if ch, ok := got["mandel/python3/time/2"]; !ok || !ch.Worse || ch.Rel < 0.24 || ch.Rel > 0.26 {
		t.Errorf("25%% slower cell: %+v (found %v)", ch, ok)
	}
	if ch, ok := got["mandel/pypy3/time/1"]; !ok || ch.Worse {
		t.Errorf("20%% faster cell: %+v (found %v)", ch, ok)
	}
	if _, ok := got["mandel/python3/time/1"]; ok {
		t.Errorf("a 5%% change was flagged at a 10%% threshold")
	}
	if ch, ok := got["mandel/fast/memory/2"]; !ok || !ch.Worse {
		t.Errorf("memory growth: %+v (found %v)", ch, ok)
	}
	if ch, ok := got["nbody/pypy3/failure/1"]; !ok || !ch.Worse {
		t.Errorf("new failure: %+v (found %v)", ch, ok)
	}
	if ch, ok := got["nbody/fast/fixed/1"]; !ok || ch.Worse {
		t.Errorf("fixed cell: %+v (found %v)", ch, ok)
	}
	// A looser threshold lets the 20% and 25% time changes through unflagged.
	for _, ch := range compare(old, cur, 0.30) {
		if ch.What == "time" {
			t.Errorf("flagged at 30%%: %v", ch)
		}
	}
}

func TestWriteChanges(t *testing.T) {
	var b bytes.Buffer
	if writeChanges(&b, nil, 0.1, "old.json") {
		t.Error("no changes reported as a regression")
	}
	if !strings.Contains(b.String(), "no changes beyond the threshold") {
		t.Errorf("output: %q", b.String())
	}
	b.Reset()
	faster := Change{Program: "p", Threads: 1, Interp: "i", What: "time", Old: 2, New: 1, Rel: -0.5}
	if writeChanges(&b, []Change{faster}, 0.1, "old.json") {
		t.Error("a speed-up reported as a regression")
	}
	slower := Change{Program: "p", Threads: 2, Interp: "i", What: "time", Old: 1, New: 2, Rel: 1, Worse: true}
	b.Reset()
	if !writeChanges(&b, []Change{faster, slower}, 0.1, "old.json") {
		t.Error("a slow-down not reported as a regression")
	}
	if !strings.Contains(b.String(), "! p t=2 i") || !strings.Contains(b.String(), "slower +100%") {
		t.Errorf("output: %q", b.String())
	}
}

func TestCompareIgnoresUnmatchedCells(t *testing.T) {
	old := fixture()
	old.Cells = old.Cells[:1]
	if ch := compare(old, fixture(), 0.1); len(ch) != 0 {
		t.Errorf("cells missing from the old run were compared: %v", ch)
	}
}
