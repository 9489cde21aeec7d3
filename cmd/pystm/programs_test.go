package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The end-to-end test: every testdata/**/*.py program runs in-process under
// run(), and its stdout, exit status and stderr (without CPython's caret
// lines) must equal the files CPython produced beside it (see
// /work/coord/TESTDATA.md). Programs listed in testdata/known_failures.txt
// are expected to fail; one that passes fails the test so the list only
// shrinks. -update-known rewrites the list from the current results.

var updateKnown = flag.Bool("update-known", false, "rewrite testdata/known_failures.txt with the programs that fail now")

const (
	programsRoot  = "../../testdata"
	knownFailures = "testdata/known_failures.txt"
	perProgram    = 90 * time.Second // a hang guard, generous for -race on a loaded 2-core machine
)

func readKnownFailures(t *testing.T) map[string]bool {
	known := map[string]bool{}
	b, err := os.ReadFile(knownFailures)
	if err != nil {
		if os.IsNotExist(err) {
			return known
		}
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}

var caretLine = regexp.MustCompile(`^[ ^~]*$`)

// dropCaretLines removes the lines made only of spaces, ^ and ~ (but not
// empty lines), which CPython 3.11 draws under source lines.
func dropCaretLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l != "" && caretLine.MatchString(l) && strings.ContainsAny(l, "^~") {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

type result struct {
	stdout, stderr string
	code           int
}

func runProgram(path string) result {
	abs, _ := filepath.Abs(path)
	var stdout, stderr bytes.Buffer
	code := run([]string{abs}, strings.NewReader(""), &stdout, &stderr)
	prefix := filepath.Dir(abs) + string(filepath.Separator)
	return result{
		stdout: strings.ReplaceAll(stdout.String(), prefix, ""),
		stderr: strings.ReplaceAll(stderr.String(), prefix, ""),
		code:   code,
	}
}

func expected(path string) (result, error) {
	base := strings.TrimSuffix(path, ".py")
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		return result{}, err
	}
	var r result
	r.stdout = string(out)
	if e, err := os.ReadFile(base + ".err"); err == nil {
		r.stderr = string(e)
	}
	if c, err := os.ReadFile(base + ".code"); err == nil {
		r.code, err = strconv.Atoi(strings.TrimSpace(string(c)))
		if err != nil {
			return result{}, fmt.Errorf("bad %s.code: %v", base, err)
		}
	}
	return r, nil
}

// compare returns a description of how got differs from want, or "".
func compare(got, want result) string {
	var b strings.Builder
	if got.code != want.code {
		fmt.Fprintf(&b, "exit status %d, want %d\n", got.code, want.code)
	}
	if got.stdout != want.stdout {
		fmt.Fprintf(&b, "stdout differs:\n%s", lineDiff(want.stdout, got.stdout))
	}
	if g, w := dropCaretLines(got.stderr), dropCaretLines(want.stderr); g != w {
		fmt.Fprintf(&b, "stderr differs:\n%s", lineDiff(w, g))
	}
	return b.String()
}

// lineDiff shows the first differing lines with some context.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	start := i - 2
	if start < 0 {
		start = 0
	}
	for j := start; j < i; j++ {
		fmt.Fprintf(&b, "   %s\n", wl[j])
	}
	for j := i; j < len(wl) && j < i+8; j++ {
		fmt.Fprintf(&b, " - %s\n", wl[j])
	}
	for j := i; j < len(gl) && j < i+8; j++ {
		fmt.Fprintf(&b, " + %s\n", gl[j])
	}
	return b.String()
}

func findPrograms(t *testing.T) []string {
	var progs []string
	err := filepath.Walk(programsRoot, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		// Names starting with "_" are helper modules and packages that
		// the programs import; they do not run on their own.
		if path != programsRoot && strings.HasPrefix(info.Name(), "_") {
			if info.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !info.IsDir() && strings.HasSuffix(path, ".py") {
			progs = append(progs, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(progs)
	return progs
}

func TestPrograms(t *testing.T) {
	known := readKnownFailures(t)
	var mu sync.Mutex
	var failing []string
	t.Run("group", func(t *testing.T) {
		for _, path := range findPrograms(t) {
			rel, _ := filepath.Rel(programsRoot, path)
			rel = filepath.ToSlash(rel)
			t.Run(rel, func(t *testing.T) {
				t.Parallel()
				src, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				first, _, _ := strings.Cut(string(src), "\n")
				if i := strings.Index(first, "# pystm: skip"); i >= 0 {
					t.Skip(strings.TrimSpace(first[i+len("# pystm: skip"):]))
				}
				want, err := expected(path)
				if err != nil {
					t.Fatalf("missing expected output: %v", err)
				}
				done := make(chan result, 1)
				go func() { done <- runProgram(path) }()
				var got result
				select {
				case got = <-done:
				case <-time.After(perProgram):
					mu.Lock()
					failing = append(failing, rel)
					mu.Unlock()
					if known[rel] {
						t.Logf("known failure (timed out after %v)", perProgram)
						return
					}
					t.Fatalf("timed out after %v", perProgram)
				}
				diff := compare(got, want)
				if diff != "" {
					mu.Lock()
					failing = append(failing, rel)
					mu.Unlock()
				}
				switch {
				case diff != "" && known[rel]:
					t.Logf("known failure:\n%s", diff)
				case diff != "":
					t.Errorf("%s", diff)
				case known[rel] && !*updateKnown:
					t.Errorf("now passing, remove from list %s", knownFailures)
				}
			})
		}
	})
	if *updateKnown {
		sort.Strings(failing)
		text := "# Programs under testdata/ that pystm does not run correctly yet; the\n" +
			"# harness (programs_test.go) fails if one of them passes. Regenerate with\n" +
			"# go test ./cmd/pystm -run TestPrograms -update-known\n" +
			strings.Join(failing, "\n") + "\n"
		if err := os.WriteFile(knownFailures, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d known failures", len(failing))
	}
}

func TestDropCaretLines(t *testing.T) {
	in := "  File \"x.py\", line 1\n    1/0\n    ~^~\n    ^^^^\nZeroDivisionError: division by zero\n\n"
	want := "  File \"x.py\", line 1\n    1/0\nZeroDivisionError: division by zero\n\n"
	if got := dropCaretLines(in); got != want {
		t.Errorf("dropCaretLines = %q, want %q", got, want)
	}
}
