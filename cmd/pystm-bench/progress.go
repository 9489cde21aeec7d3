// This file draws the progress line on stderr while the suite runs.

package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress reports how far the suite is: on a terminal one line rewritten in
// place, elsewhere (logs, CI) one line per finished cell.
type progress struct {
	w     io.Writer
	quiet bool
	tty   bool
	total int
	done  int
	start time.Time
}

func newProgress(w io.Writer, quiet bool, total int) *progress {
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil {
			tty = st.Mode()&os.ModeCharDevice != 0
		}
	}
	return &progress{w: w, quiet: quiet, tty: tty, total: total, start: time.Now()}
}

// tick is called before each run slot of the schedule.
func (p *progress) tick(label string) {
	p.done++
	if p.quiet || !p.tty {
		return
	}
	elapsed := time.Since(p.start)
	eta := "?"
	if p.done > 1 {
		left := time.Duration(float64(elapsed) / float64(p.done-1) * float64(p.total-p.done+1))
		eta = left.Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r\033[K[%d/%d] %s  (elapsed %s, left ~%s)", p.done, p.total, label, elapsed.Round(time.Second), eta)
}

// cellsDone reports a finished program and thread count when not on a terminal.
func (p *progress) cellsDone(cells []Cell) {
	if p.quiet || p.tty || len(cells) == 0 {
		return
	}
	line := fmt.Sprintf("[%d/%d] %s t=%d:", p.done, p.total, cells[0].Program, cells[0].Threads)
	for _, c := range cells {
		if c.OK {
			line += fmt.Sprintf(" %s %.3fs", c.Interp, c.Median)
		} else {
			line += fmt.Sprintf(" %s FAIL", c.Interp)
		}
	}
	fmt.Fprintln(p.w, line)
}

// finish clears the progress line.
func (p *progress) finish() {
	if !p.quiet && p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
