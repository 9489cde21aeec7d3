// This file runs the programs: one process per run, interpreters alternating
// run by run, checksums compared with the reference interpreter's.

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Cell is the outcome of one program at one thread count under one interpreter.
type Cell struct {
	Program   string    `json:"program"`
	Threads   int       `json:"threads"`
	Interp    string    `json:"interp"`
	OK        bool      `json:"ok"`
	Error     string    `json:"error,omitempty"`
	Times     []float64 `json:"times,omitempty"` // seconds, counted runs in order
	Median    float64   `json:"median,omitempty"`
	Spread    float64   `json:"spread,omitempty"` // (max-min)/median of Times
	CPU       []float64 `json:"cpu,omitempty"`    // user+system CPU seconds per counted run
	MedianCPU float64   `json:"medianCPU,omitempty"`
	RSS       []int64   `json:"rss,omitempty"` // peak resident memory per counted run, bytes
	MedianRSS int64     `json:"medianRSS,omitempty"`
	SpreadRSS float64   `json:"spreadRSS,omitempty"` // (max-min)/median of RSS
	Checksum  string    `json:"checksum,omitempty"`
	// Verified says the checksum equals the reference interpreter's.
	Verified bool `json:"verified"`
}

// runResult is what one process run produced.
type runResult struct {
	seconds  float64
	cpu      float64 // user + system time of the process
	rss      int64
	checksum string
	err      error
}

// config is everything that decides what the runner does.
type config struct {
	benchDir  string
	sizeClass string
	threads   []int
	warmup    int
	runs      int
	timeout   time.Duration
	reference string // name of the reference interpreter, "" for none
}

// runOnce runs prog under in once and measures it.
func runOnce(ctx context.Context, cfg config, in Interp, p Program, threads int) runResult {
	args, _ := p.args(cfg.sizeClass, threads)
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	argv := append(append([]string(nil), in.Command[1:]...), filepath.Join(cfg.benchDir, p.File))
	argv = append(argv, args...)
	cmd := exec.CommandContext(ctx, in.Command[0], argv...)
	cmd.Dir = cfg.benchDir
	// Keep interpreters from writing __pycache__ into the source tree.
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = 2 * time.Second
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start).Seconds()
	var r runResult
	r.seconds = elapsed
	if cmd.ProcessState != nil {
		r.rss = peakRSS(cmd.ProcessState)
		r.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	}
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		r.err = fmt.Errorf("timed out after %v", cfg.timeout)
	case err != nil:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			msg := lastLine(stderr.String())
			if msg == "" {
				msg = "nothing on stderr"
			}
			r.err = fmt.Errorf("%v: %s", err, msg)
		} else {
			r.err = err
		}
	default:
		r.checksum = checksumLine(stdout.String())
		if r.checksum == "" {
			r.err = fmt.Errorf("no checksum line in output: %q", lastLine(stdout.String()))
		}
	}
	return r
}

// checksumLine returns the last line of out that starts with "checksum:".
func checksumLine(out string) string {
	var found string
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "checksum:") {
			found = line
		}
	}
	return found
}

// lastLine returns the last non-empty line of s, shortened.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	if len(l) > 200 {
		l = l[:200] + "..."
	}
	return l
}

// group measures one program at one thread count under every interpreter.
// Warm-up runs come first; then each round runs every interpreter once, the
// order rotating from round to round, so that drift of the machine (other
// load, heat, frequency) falls on all interpreters alike. An interpreter that
// fails a run is not run again in this group. It returns ctx.Err() when
// interrupted, and then the group's cells are incomplete and must be dropped.
func group(ctx context.Context, cfg config, interps []Interp, p Program, threads int, tick func(string)) ([]Cell, error) {
	cells := make([]Cell, len(interps))
	for i, in := range interps {
		cells[i] = Cell{Program: p.Name, Threads: threads, Interp: in.Name, OK: true}
		if in.Broken != "" {
			cells[i].OK = false
			cells[i].Error = in.Broken
		}
	}
	sums := make([][]string, len(interps))
	n := len(interps)
	for round := 0; round < cfg.warmup+cfg.runs; round++ {
		counted := round >= cfg.warmup
		for k := 0; k < n; k++ {
			i := (k + round) % n
			c := &cells[i]
			label := fmt.Sprintf("%s t=%d %s", p.Name, threads, interps[i].Name)
			if counted {
				label += fmt.Sprintf(" run %d/%d", round-cfg.warmup+1, cfg.runs)
			} else {
				label += " warm-up"
			}
			tick(label)
			if !c.OK {
				continue
			}
			r := runOnce(ctx, cfg, interps[i], p, threads)
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			if r.err != nil {
				c.OK = false
				c.Error = r.err.Error()
				continue
			}
			sums[i] = append(sums[i], r.checksum)
			if counted {
				c.Times = append(c.Times, r.seconds)
				c.CPU = append(c.CPU, r.cpu)
				c.RSS = append(c.RSS, r.rss)
			}
		}
	}
	verify(cfg.reference, interps, cells, sums)
	for i := range cells {
		c := &cells[i]
		if c.OK {
			c.Median = median(c.Times)
			c.Spread = spread(c.Times)
			c.MedianCPU = median(c.CPU)
			c.MedianRSS = medianInt(c.RSS)
			c.SpreadRSS = spreadInt(c.RSS)
		} else {
			c.Times, c.CPU, c.RSS = nil, nil, nil
		}
	}
	return cells, nil
}

// verify compares every run's checksum with the reference interpreter's: a
// run whose checksum differs turns its cell into a failure. An interpreter
// that gives different checksums in different runs fails too, reference or
// not. Without a usable reference, cells stay OK but unverified.
func verify(reference string, interps []Interp, cells []Cell, sums [][]string) {
	for i := range cells {
		c := &cells[i]
		if !c.OK || len(sums[i]) == 0 {
			continue
		}
		c.Checksum = sums[i][0]
		for _, s := range sums[i][1:] {
			if s != c.Checksum {
				c.OK = false
				c.Error = fmt.Sprintf("checksum varies between runs: %q then %q", c.Checksum, s)
			}
		}
	}
	ref := -1
	for i, in := range interps {
		if in.Name == reference && cells[i].OK {
			ref = i
		}
	}
	if ref < 0 {
		return
	}
	want := cells[ref].Checksum
	for i := range cells {
		c := &cells[i]
		if !c.OK {
			continue
		}
		if c.Checksum != want {
			c.OK = false
			c.Error = fmt.Sprintf("checksum mismatch: got %q, %s gives %q", c.Checksum, reference, want)
			continue
		}
		c.Verified = true
	}
}
