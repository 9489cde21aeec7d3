// This file keeps a suite within its time budget by running fewer warm-up
// and counted runs per cell once the runs so far show it would overrun.

package main

import (
	"fmt"
	"time"
)

// budget plans the warm-up and counted runs of each cell group so that the
// whole suite fits a wall-clock budget. It predicts the time left from the
// mean duration of the run slots done so far (sizes are chosen so that
// programs take similar times), and when the prediction overruns it drops
// warm-up runs first (every run is a fresh process, so a warm-up only warms
// the OS caches), then counted runs, down to one. It never skips a cell.
type budget struct {
	limit      time.Duration // 0: no budget
	start      time.Time
	slots      int           // run slots done (interpreters x runs)
	spent      time.Duration // time they took
	curW, curR int           // the plan in force
}

// newBudget starts a budget that counts from start, the harness's own start,
// so that building pystm and probing interpreters count against it too.
func newBudget(limit time.Duration, start time.Time, warmup, runs int) *budget {
	return &budget{limit: limit, start: start, curW: warmup, curR: runs}
}

// plan returns the warm-up and counted runs for the next group, given how
// many groups (this one included) remain and how many interpreters run each.
// changed is set when the plan differs from the previous group's.
func (b *budget) plan(groupsLeft, interps int) (warmup, runs int, changed bool) {
	// Plans only ever shrink, so that the notes can say "from this cell on".
	w, r := b.curW, b.curR
	if b.limit > 0 && b.slots > 0 {
		perSlot := b.spent / time.Duration(b.slots)
		left := b.limit - time.Since(b.start)
		fits := func(w, r int) bool {
			return perSlot*time.Duration(groupsLeft*interps*(w+r)) <= left
		}
		if !fits(w, r) {
			w = 0
			for r > 1 && !fits(w, r) {
				r--
			}
		}
	}
	changed = w != b.curW || r != b.curR
	b.curW, b.curR = w, r
	return w, r, changed
}

// record adds a finished group of slots run slots that took d.
func (b *budget) record(slots int, d time.Duration) {
	b.slots += slots
	b.spent += d
}

// note describes a change of plan for the results' notes.
func (b *budget) note(p Program, threads int) string {
	return fmt.Sprintf("To fit the %v budget, cells from %s t=%d on had %d warm-up and %d counted runs.", b.limit, p.Name, threads, b.curW, b.curR)
}
