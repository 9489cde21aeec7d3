// This file turns results into tables: aligned text for the terminal,
// Markdown for the README, JSON for later comparison.

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Results is everything one invocation of the harness measured.
type Results struct {
	Machine     Machine   `json:"machine"`
	Started     time.Time `json:"started"`
	Seconds     float64   `json:"seconds"`
	SizeClass   string    `json:"size"`
	Threads     []int     `json:"threads"`
	Warmup      int       `json:"warmup"`
	Runs        int       `json:"runs"`
	Reference   string    `json:"reference,omitempty"`
	Interps     []Interp  `json:"interpreters"`
	Interrupted bool      `json:"interrupted,omitempty"`
	Notes       []string  `json:"notes,omitempty"`
	Cells       []Cell    `json:"cells"`
}

// cell returns the cell of a program, thread count and interpreter, or nil.
func (r *Results) cell(program string, threads int, interp string) *Cell {
	for i := range r.Cells {
		c := &r.Cells[i]
		if c.Program == program && c.Threads == threads && c.Interp == interp {
			return c
		}
	}
	return nil
}

// hasInterp reports whether an interpreter of that name took part.
func (r *Results) hasInterp(name string) bool {
	for _, in := range r.Interps {
		if in.Name == name && in.Broken == "" {
			return true
		}
	}
	return false
}

// speedup returns c's speedup over the same interpreter at 1 thread.
func (r *Results) speedup(c *Cell) (float64, bool) {
	one := r.cell(c.Program, 1, c.Interp)
	if one == nil || !one.OK || !c.OK || c.Median == 0 {
		return 0, false
	}
	return one.Median / c.Median, true
}

// ratio returns how many times faster c runs than interpreter other at the
// same thread count (above 1: c is faster).
func (r *Results) ratio(c *Cell, other string) (float64, bool) {
	o := r.cell(c.Program, c.Threads, other)
	if o == nil || !o.OK || !c.OK || c.Median == 0 {
		return 0, false
	}
	return o.Median / c.Median, true
}

// comparedTo lists the interpreters that get a ratio column.
func (r *Results) comparedTo() []string {
	var names []string
	for _, n := range []string{"python3", "pypy3"} {
		if r.hasInterp(n) {
			names = append(names, n)
		}
	}
	return names
}

// tableRows returns the header and rows of the results table. Interpreters
// that could not run at all get no rows (a note says why), since a row per
// program would only repeat the same error.
func (r *Results) tableRows() ([]string, [][]string) {
	header := []string{"program", "threads", "interpreter", "time (s)", "range", "cpu (s)", "speedup", "efficiency"}
	for _, n := range r.comparedTo() {
		header = append(header, "vs "+n)
	}
	header = append(header, "max RSS (MiB)", "RSS range", "status")
	var rows [][]string
	for i := range r.Cells {
		c := &r.Cells[i]
		if r.broken(c.Interp) {
			continue
		}
		row := []string{c.Program, fmt.Sprint(c.Threads), c.Interp}
		if c.OK {
			row = append(row, fmt.Sprintf("%.3f", c.Median), fmt.Sprintf("%.0f%%", c.Spread*100), fmt.Sprintf("%.3f", c.MedianCPU))
		} else {
			row = append(row, "-", "-", "-")
		}
		if s, ok := r.speedup(c); ok {
			row = append(row, fmt.Sprintf("%.2f", s), fmt.Sprintf("%.0f%%", 100*s/float64(c.Threads)))
		} else {
			row = append(row, "-", "-")
		}
		for _, n := range r.comparedTo() {
			if x, ok := r.ratio(c, n); ok {
				row = append(row, fmt.Sprintf("%.2fx", x))
			} else {
				row = append(row, "-")
			}
		}
		if c.OK {
			row = append(row, fmt.Sprintf("%.1f", float64(c.MedianRSS)/(1<<20)), fmt.Sprintf("%.0f%%", c.SpreadRSS*100))
		} else {
			row = append(row, "-", "-")
		}
		switch {
		case !c.OK:
			row = append(row, "FAIL: "+shorten(c.Error, 80))
		case c.Verified:
			row = append(row, "ok")
		default:
			row = append(row, "ok (unverified)")
		}
		rows = append(rows, row)
	}
	return header, rows
}

// broken reports whether the named interpreter could not run at all.
func (r *Results) broken(name string) bool {
	for _, in := range r.Interps {
		if in.Name == name {
			return in.Broken != ""
		}
	}
	return false
}

// footnotes are the lines printed under a table: what the columns mean,
// interpreters that did not run, notes gathered while running.
func (r *Results) footnotes() []string {
	lines := []string{
		fmt.Sprintf("Machine: %s. Started %s, took %.0f s; %d warm-up and %d counted runs per cell, size %q.",
			r.Machine, r.Started.UTC().Format("2006-01-02 15:04 UTC"), r.Seconds, r.Warmup, r.Runs, r.SizeClass),
		"time: median wall-clock time of the counted runs; range: (slowest-fastest)/median; cpu: median user+system CPU time (above time: more than one core busy); speedup: time at 1 thread / time; efficiency: speedup / threads; vs X: X's time / this time (above 1 = faster than X); max RSS: median peak resident memory of the process, with its range.",
	}
	if r.Reference != "" {
		lines = append(lines, fmt.Sprintf("Every run's checksum line is compared with %s's; a mismatch is a failure.", r.Reference))
	}
	var versions []string
	for _, in := range r.Interps {
		if in.Broken != "" {
			lines = append(lines, fmt.Sprintf("%s did not run: %s", in.Name, in.Broken))
		} else if in.Version != "" {
			versions = append(versions, fmt.Sprintf("%s = %s", in.Name, in.Version))
		}
	}
	if len(versions) > 0 {
		lines = append(lines, "Interpreters: "+strings.Join(versions, "; ")+".")
	}
	if r.Interrupted {
		lines = append(lines, "Interrupted: only the cells finished before the interrupt are shown.")
	}
	return append(lines, r.Notes...)
}

// writeText writes the table with aligned columns for a terminal.
func (r *Results) writeText(w io.Writer) {
	header, rows := r.tableRows()
	widths := make([]int, len(header))
	for _, row := range append([][]string{header}, rows...) {
		for i, s := range row {
			widths[i] = max(widths[i], len(s))
		}
	}
	line := func(row []string) {
		var b strings.Builder
		for i, s := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			if i == len(row)-1 {
				b.WriteString(s) // no padding after the last column
			} else {
				fmt.Fprintf(&b, "%-*s", widths[i], s)
			}
		}
		fmt.Fprintln(w, b.String())
	}
	line(header)
	for _, row := range rows {
		line(row)
	}
	fmt.Fprintln(w)
	for _, f := range r.footnotes() {
		fmt.Fprintln(w, f)
	}
}

// writeMarkdown writes the table as GitHub-flavoured Markdown.
func (r *Results) writeMarkdown(w io.Writer) {
	header, rows := r.tableRows()
	esc := func(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
	row := func(cells []string) {
		for i := range cells {
			cells[i] = esc(cells[i])
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	row(append([]string(nil), header...))
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
		if i == 1 || (i >= 3 && i < len(header)-1) {
			sep[i] = "---:" // numbers align right
		}
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(sep, " | "))
	for _, cells := range rows {
		row(cells)
	}
	fmt.Fprintln(w)
	for _, f := range r.footnotes() {
		fmt.Fprintf(w, "%s\n\n", f)
	}
}

// writeJSON writes the results for later -compare runs.
func (r *Results) writeJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// readResults reads results written by writeJSON.
func readResults(path string) (*Results, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Results
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: not a pystm-bench results file: %v", path, err)
	}
	return &r, nil
}

// shorten cuts s to at most n bytes, marking the cut.
func shorten(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= n {
		return s
	}
	return s[:n-3] + "..."
}
