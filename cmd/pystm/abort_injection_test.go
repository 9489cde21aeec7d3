package main

// The thread programs run once more in parallel mode with -stm-abort-rate
// 0.2: a fifth of the abortable transactions are rolled back at commit and
// run again, which must not change any program's output (stdout, stderr,
// exit status). The report must show the injections: every program whose
// transactions drew the injection coin 80 times or more had one aborted
// (the chance that 80 draws at 0.2 all miss is 2e-8), and the suite as a
// whole had many.

import (
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var (
	spansLine  = regexp.MustCompile(`abortable transactions: (\d+) begun, (\d+) committed, (\d+) became irrevocable`)
	abortsLine = regexp.MustCompile(`aborts: (\d+) \(injected (\d+), read-validation conflicts (\d+)\)`)
)

// spanFigures reads the committed and injected counts off a report.
func spanFigures(stderr string) (committed, injected int, ok bool) {
	s := spansLine.FindStringSubmatch(stderr)
	a := abortsLine.FindStringSubmatch(stderr)
	if s == nil || a == nil {
		return 0, 0, false
	}
	committed, _ = strconv.Atoi(s[2])
	injected, _ = strconv.Atoi(a[2])
	return committed, injected, true
}

// withoutReport drops the -stm-report lines from stderr.
func withoutReport(stderr string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.HasPrefix(line, "stm-report: ") {
			b.WriteString(line)
		}
	}
	return b.String()
}

func TestThreadProgramsAbortInjection(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every thread program again")
	}
	known := readList(t, knownFailuresParallel)
	var progs []string
	for _, dir := range []string{"threads", "transaction"} {
		m, err := filepath.Glob(filepath.Join(programsRoot, dir, "*.py"))
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, m...)
	}
	sort.Strings(progs)
	if len(progs) < 20 {
		t.Fatalf("found only %d thread programs", len(progs))
	}
	var total, withInjections int
	var mu sync.Mutex
	t.Run("group", func(t *testing.T) {
		for _, path := range progs {
			rel, _ := filepath.Rel(programsRoot, path)
			rel = filepath.ToSlash(rel)
			if known[rel] {
				continue // fails in parallel mode anyway (TestThreadProgramsParallel)
			}
			t.Run(rel, func(t *testing.T) {
				t.Parallel()
				want, err := expected(path)
				if err != nil {
					t.Fatal(err)
				}
				abs, _ := filepath.Abs(path)
				got, raced := runChild(t, filepath.Dir(abs), "-parallel", "-threads", "2", "-stm-abort-rate", "0.2", "-stm-report", abs)
				committed, injected, ok := spanFigures(got.stderr)
				if !ok {
					t.Fatalf("no transaction figures in the report:\n%s", got.stderr)
				}
				got.stderr = withoutReport(got.stderr)
				diff := compare(got, want)
				if raced {
					diff = "data race:\n" + got.stderr + diff
				}
				if diff != "" {
					t.Fatalf("with aborts injected (%d):\n%s", injected, diff)
				}
				if committed+injected >= 80 && injected == 0 {
					t.Errorf("%d transactions drew the injection coin and none was aborted", committed)
				}
				mu.Lock()
				total += injected
				if injected > 0 {
					withInjections++
				}
				mu.Unlock()
			})
		}
	})
	if t.Failed() {
		return
	}
	t.Logf("%d aborts injected, in %d of %d programs", total, withInjections, len(progs))
	if total == 0 {
		t.Error("no abort was injected in any program")
	}
}
