package main

import (
	"testing"
	"time"
)

func TestBudgetPlan(t *testing.T) {
	b := newBudget(100*time.Second, time.Now(), 1, 3)
	if w, r, changed := b.plan(10, 2); w != 1 || r != 3 || changed {
		t.Errorf("before any run: plan %d+%d (changed %v), want the requested 1+3", w, r, changed)
	}
	b.record(8, 8*time.Second) // one second per run slot
	if w, r, changed := b.plan(10, 2); w != 1 || r != 3 || changed {
		t.Errorf("80 s predicted within 100 s: plan %d+%d (changed %v), want 1+3", w, r, changed)
	}
	// 20 groups x 2 interpreters: 4 runs need 160 s, 3 need 120 s, 2 need 80 s.
	if w, r, changed := b.plan(20, 2); w != 0 || r != 2 || !changed {
		t.Errorf("overrun: plan %d+%d (changed %v), want 0+2, changed", w, r, changed)
	}
	if w, r, changed := b.plan(1, 2); w != 0 || r != 2 || changed {
		t.Errorf("plans must not grow back: %d+%d (changed %v)", w, r, changed)
	}
	if w, r, _ := b.plan(1000, 2); w != 0 || r != 1 {
		t.Errorf("hopeless overrun: plan %d+%d, want at least one counted run", w, r)
	}
	if note := b.note(Program{Name: "bank"}, 2); note != "To fit the 1m40s budget, cells from bank t=2 on had 0 warm-up and 1 counted runs." {
		t.Errorf("note = %q", note)
	}
	// Time spent before the first cell (building pystm) counts too.
	late := newBudget(100*time.Second, time.Now().Add(-90*time.Second), 1, 3)
	late.record(4, 4*time.Second)
	if w, r, _ := late.plan(2, 2); w != 0 || r != 2 {
		t.Errorf("10 s left for 2 groups of 2 interpreters at 1 s a run: plan %d+%d, want 0+2", w, r)
	}
	unlimited := newBudget(0, time.Now(), 1, 3)
	unlimited.record(4, time.Hour)
	if w, r, _ := unlimited.plan(1000, 4); w != 1 || r != 3 {
		t.Errorf("no budget: plan %d+%d, want 1+3", w, r)
	}
}
