package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// parallelNames returns the comma-separated names of the suite's parallel
// programs: the single-threaded ones belong to another suite of tests.
func parallelNames(t *testing.T) string {
	t.Helper()
	progs, err := loadSuite(filepath.Join(repoBench(t), "suite.json"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range progs {
		if p.Parallel {
			names = append(names, p.Name)
		}
	}
	return strings.Join(names, ",")
}

// python3OrSkip returns the path of python3, skipping the test without one.
func python3OrSkip(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed")
	}
	return path
}

// TestHarnessTiny runs the whole parallel suite on tiny sizes under python3
// and under an interpreter that prints a wrong checksum, which must fail.
func TestHarnessTiny(t *testing.T) {
	py := python3OrSkip(t)
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	args := []string{"-bench", repoBench(t), "-size", "tiny", "-threads", "1,2", "-warmup", "0", "-runs", "2",
		"-programs", parallelNames(t), "-no-pystm", "-interps", "python3,liar", "-interp", "liar=" + py + " -c print('checksum:0')", "-out", out}
	status := run(context.Background(), args, &stdout, &stderr)
	if status != 0 {
		t.Fatalf("exit status %d\nstdout:\n%s\nstderr:\n%s", status, stdout.String(), stderr.String())
	}
	res, err := readResults(filepath.Join(out, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	progs := map[string]bool{}
	for _, c := range res.Cells {
		progs[c.Program] = true
		switch c.Interp {
		case "python3":
			if !c.OK || !c.Verified || len(c.Times) != 2 || len(c.CPU) != 2 || c.Median <= 0 || c.MedianCPU <= 0 || c.MedianRSS <= 0 {
				t.Errorf("python3 cell %s t=%d: %+v", c.Program, c.Threads, c)
			}
			// Every parallel program promises a checksum independent of the thread count.
			if c.Threads == 2 {
				if one := res.cell(c.Program, 1, "python3"); one != nil && one.Checksum != c.Checksum {
					t.Errorf("%s: checksum %q at 1 thread, %q at 2", c.Program, one.Checksum, c.Checksum)
				}
			}
		case "liar":
			if c.OK || !strings.Contains(c.Error, "checksum mismatch") {
				t.Errorf("liar cell %s t=%d passed: %+v", c.Program, c.Threads, c)
			}
		default:
			t.Errorf("unexpected interpreter %q", c.Interp)
		}
	}
	if len(progs) < 11 || len(res.Cells) != len(progs)*2*2 {
		t.Errorf("%d cells over %d programs, want 4 per program and at least 11 programs", len(res.Cells), len(progs))
	}
	for _, name := range []string{"results.md", "scaling.svg", "ratios.svg"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(data) == 0 {
			t.Errorf("%s: %v (%d bytes)", name, err, len(data))
		}
	}
	if !strings.Contains(stdout.String(), "mandelbrot") || !strings.Contains(stdout.String(), "FAIL: checksum mismatch") {
		t.Errorf("table lacks rows or failures:\n%s", stdout.String())
	}
	// Comparing the run with itself flags nothing.
	stdout.Reset()
	status = run(context.Background(), []string{"-report", filepath.Join(out, "results.json"), "-out", "-",
		"-compare", filepath.Join(out, "results.json")}, &stdout, &stderr)
	if status != 0 || !strings.Contains(stdout.String(), "no changes beyond the threshold") {
		t.Errorf("self-comparison: status %d\n%s", status, stdout.String())
	}
}

// TestHarnessInterrupt stops a run part-way, as Ctrl-C does: the harness
// exits with status 130 and keeps only the cells it finished.
func TestHarnessInterrupt(t *testing.T) {
	python3OrSkip(t)
	out := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	var stdout, stderr bytes.Buffer
	args := []string{"-bench", repoBench(t), "-size", "tiny", "-threads", "1,2", "-warmup", "1", "-runs", "3",
		"-programs", parallelNames(t), "-no-pystm", "-interps", "python3", "-out", out, "-q"}
	if status := run(ctx, args, &stdout, &stderr); status != exitInterrupted {
		t.Fatalf("exit status %d, want %d\n%s", status, exitInterrupted, stderr.String())
	}
	res, err := readResults(filepath.Join(out, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Interrupted {
		t.Error("results not marked as interrupted")
	}
	if len(res.Cells) >= 24 {
		t.Errorf("%d cells kept; the run cannot have finished all 24 in 0.4 s", len(res.Cells))
	}
	for _, c := range res.Cells {
		if !c.OK || len(c.Times) != 3 {
			t.Errorf("kept an unfinished cell: %+v", c)
		}
	}
}

func TestHarnessBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-threads", "0"},
		{"-runs", "0"},
		{"-interp", "nonsense"},
		{"extra-arg"},
	} {
		var stdout, stderr bytes.Buffer
		if status := run(context.Background(), args, &stdout, &stderr); status != exitUsage {
			t.Errorf("%v: status %d, want %d (stderr %q)", args, status, exitUsage, stderr.String())
		}
	}
	var stdout, stderr bytes.Buffer
	status := run(context.Background(), []string{"-bench", repoBench(t), "-programs", "nosuch", "-no-pystm"}, &stdout, &stderr)
	if status != exitError || !strings.Contains(stderr.String(), "nosuch") {
		t.Errorf("unknown program: status %d, stderr %q", status, stderr.String())
	}
}
