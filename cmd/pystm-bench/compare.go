// This file compares results with an earlier run and flags what changed.

package main

import (
	"fmt"
	"io"
)

// Change is one cell whose figures moved beyond the threshold between runs.
type Change struct {
	Program string
	Threads int
	Interp  string
	What    string  // "time", "memory", "failure" or "fixed"
	Old     float64 // seconds or bytes; 0 for failures
	New     float64
	Rel     float64 // New/Old - 1
	Worse   bool
}

// String describes the change in one line.
func (c Change) String() string {
	cell := fmt.Sprintf("%s t=%d %s", c.Program, c.Threads, c.Interp)
	switch c.What {
	case "failure":
		return fmt.Sprintf("%-40s now fails (it passed before)", cell)
	case "fixed":
		return fmt.Sprintf("%-40s now passes (it failed before)", cell)
	case "memory":
		return fmt.Sprintf("%-40s memory %+.0f%%: %.1f -> %.1f MiB", cell, 100*c.Rel, c.Old/(1<<20), c.New/(1<<20))
	}
	word := "faster"
	if c.Worse {
		word = "slower"
	}
	return fmt.Sprintf("%-40s %s %+.0f%%: %.3f s -> %.3f s", cell, word, 100*c.Rel, c.Old, c.New)
}

// compare returns the changes from old to cur beyond threshold (0.10 = 10%),
// in cur's order. Cells present in only one of the two are ignored: a
// different suite or machine is not a regression.
func compare(old, cur *Results, threshold float64) []Change {
	var out []Change
	for i := range cur.Cells {
		c := &cur.Cells[i]
		o := old.cell(c.Program, c.Threads, c.Interp)
		if o == nil {
			continue
		}
		base := Change{Program: c.Program, Threads: c.Threads, Interp: c.Interp}
		switch {
		case o.OK && !c.OK:
			base.What, base.Worse = "failure", true
			out = append(out, base)
			continue
		case !o.OK && c.OK:
			base.What = "fixed"
			out = append(out, base)
			continue
		case !o.OK || !c.OK:
			continue
		}
		if o.Median > 0 {
			ch := base
			ch.What, ch.Old, ch.New = "time", o.Median, c.Median
			ch.Rel = c.Median/o.Median - 1
			ch.Worse = ch.Rel > 0
			if ch.Rel > threshold || ch.Rel < -threshold {
				out = append(out, ch)
			}
		}
		if o.MedianRSS > 0 && c.MedianRSS > 0 {
			ch := base
			ch.What, ch.Old, ch.New = "memory", float64(o.MedianRSS), float64(c.MedianRSS)
			ch.Rel = ch.New/ch.Old - 1
			ch.Worse = ch.Rel > 0
			if ch.Rel > threshold || ch.Rel < -threshold {
				out = append(out, ch)
			}
		}
	}
	return out
}

// writeChanges prints the changes and reports whether any is a regression.
func writeChanges(w io.Writer, changes []Change, threshold float64, oldPath string) (regressed bool) {
	fmt.Fprintf(w, "\nCompared with %s (threshold %.0f%%):\n", oldPath, 100*threshold)
	if len(changes) == 0 {
		fmt.Fprintln(w, "  no changes beyond the threshold")
		return false
	}
	for _, c := range changes {
		mark := "  "
		if c.Worse {
			mark = "! "
			regressed = true
		}
		fmt.Fprintln(w, mark+c.String())
	}
	return regressed
}
