package main

// The thread programs (testdata/threads, testdata/transaction) run again in
// parallel mode, each in a child process (this test binary re-run as the
// pystm command): a data race reported by the race detector, a crash or a
// hang then fails that program alone, and a program listed in
// testdata/known_failures_parallel.txt (barriers still missing) is
// expected to fail; the test fails when a listed program passes.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// asCommandEnv makes the test binary behave as the pystm command (TestMain).
const asCommandEnv = "PYSTM_TEST_AS_COMMAND"

func TestMain(m *testing.M) {
	if os.Getenv(asCommandEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

const (
	knownFailuresParallel = "testdata/known_failures_parallel.txt"
	perChild              = 90 * time.Second // generous: -race on a shared 2-core machine
)

// runChild runs the pystm command (this binary) with args in dir and
// returns its result; raced says the race detector reported a race.
func runChild(t *testing.T, dir string, args ...string) (r result, raced bool) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), perChild)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), asCommandEnv+"=1")
	cmd.Stdin = strings.NewReader("")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		return result{stderr: fmt.Sprintf("timed out after %v\n%s", perChild, stderr.String()), code: -1}, false
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	prefix := dir + string(filepath.Separator)
	r = result{
		stdout: strings.ReplaceAll(stdout.String(), prefix, ""),
		stderr: strings.ReplaceAll(stderr.String(), prefix, ""),
		code:   code,
	}
	return r, strings.Contains(r.stderr, "WARNING: DATA RACE")
}

func readList(t *testing.T, path string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[line] = true
		}
	}
	return m
}

// TestThreadProgramsParallel runs every thread and transaction program in
// parallel mode and compares it with CPython's expected output.
func TestThreadProgramsParallel(t *testing.T) {
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
	seen := map[string]bool{}
	for _, path := range progs {
		rel, _ := filepath.Rel(programsRoot, path)
		rel = filepath.ToSlash(rel)
		seen[rel] = true
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			want, err := expected(path)
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(path)
			got, raced := runChild(t, filepath.Dir(abs), "-parallel", "-threads", "2", abs)
			diff := compare(got, want)
			if raced {
				diff = "data race:\n" + got.stderr + diff
			}
			switch {
			case diff != "" && known[rel]:
				t.Logf("known failure in parallel mode:\n%.2000s", diff)
			case diff != "":
				t.Errorf("parallel mode:\n%s", diff)
			case known[rel]:
				t.Errorf("now passing in parallel mode: remove it from %s", knownFailuresParallel)
			}
		})
	}
	for k := range known {
		if !seen[k] {
			t.Errorf("%s lists %s, which is not a thread program", knownFailuresParallel, k)
		}
	}
}

var peakLine = regexp.MustCompile(`peak threads running at once: (\d+)`)

// peakOf runs src with flags and -stm-report and returns the reported peak.
func peakOf(t *testing.T, src string, flags ...string) int {
	t.Helper()
	dir := t.TempDir()
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	got, raced := runChild(t, dir, append(append(flags, "-stm-report"), prog)...)
	if raced || got.code != 0 || got.stdout != "done 2\n" {
		t.Fatalf("%v: exit %d, race %v, stdout %q, stderr:\n%s", flags, got.code, raced, got.stdout, got.stderr)
	}
	if !strings.Contains(got.stderr, "stm-report: aborts: ") || !strings.Contains(got.stderr, "injected 0,") {
		t.Fatalf("report does not count aborts (none injected):\n%s", got.stderr)
	}
	m := peakLine.FindStringSubmatch(got.stderr)
	if m == nil {
		t.Fatalf("no peak in the report:\n%s", got.stderr)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// cpuBound: the main thread and one other run a CPU-bound loop. The
// other thread first spins (holding its run slot) until the main thread
// has set the flag, which the main thread can only do holding a slot: so
// two threads run at once at that moment whenever there are two slots,
// whatever the OS does.
const cpuBound = `import threading
flag = []
def work(n):
    while not flag:
        pass
    s = 0
    for i in range(n):
        s += i % 7
    return s
out = []
t = threading.Thread(target=lambda: out.append(work(50000)))
t.start()
flag.append(1)
out.append(sum(i % 7 for i in range(50000)))
t.join()
print("done", len(out))
`

// TestParallelPeak: two CPU-bound threads run at once in parallel mode
// with two slots (the report's peak), one at a time with one slot or
// under the GIL.
func TestParallelPeak(t *testing.T) {
	if p := peakOf(t, cpuBound, "-parallel", "-threads", "2"); p < 2 {
		t.Errorf("parallel mode, 2 slots: peak %d threads at once, want >= 2", p)
	}
	if p := peakOf(t, cpuBound, "-parallel", "-threads", "1"); p != 1 {
		t.Errorf("parallel mode, 1 slot: peak %d threads at once, want 1", p)
	}
	if p := peakOf(t, cpuBound, "-gil"); p != 1 {
		t.Errorf("GIL mode: peak %d threads at once, want 1", p)
	}
}

// TestModeFlags: contradictory or bad mode flags are usage errors.
func TestModeFlags(t *testing.T) {
	for _, args := range [][]string{{"-gil", "-parallel", "-c", "pass"}, {"-threads", "-1", "-c", "pass"}} {
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errb.String())
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-gil=false", "-stm-report", "-c", "import transaction\nwith transaction.atomic: pass\nprint(transaction.getsegmentlimit() >= 1)"},
		strings.NewReader(""), &out, &errb); code != 0 || out.String() != "True\n" ||
		!strings.Contains(errb.String(), "mode parallel") || !strings.Contains(errb.String(), "atomic blocks run: 1") {
		t.Errorf("-gil=false: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}

// TestBuiltinTransactionWins: a transaction.py first on sys.path (as the
// CPython fallback beside the test programs) does not shadow the built-in
// module, as CPython's built-in modules are not shadowed.
func TestBuiltinTransactionWins(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "transaction.py"), []byte("print('fallback imported')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "prog.py")
	src := "import sys\nsys.path.insert(0, " + strconv.Quote(dir) + ")\nimport transaction\nprint(transaction.__file__)\n"
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{prog}, strings.NewReader(""), &out, &errb); code != 0 || out.String() != "/pystm/lib/python3.11/transaction.py\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q: want the built-in module", code, out.String(), errb.String())
	}
}
