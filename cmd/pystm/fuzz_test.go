package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pystm/pystm/runtime"
)

// FuzzRun feeds arbitrary source through the whole pipeline (scanner,
// parser, compiler, interpreter) in-process and checks that the outcome
// is a Python outcome: output and an exit status, a Python traceback or
// SyntaxError, never a Go panic, an internal error or a hang. Programs
// that run on are stopped with KeyboardInterrupt (the SIGINT path),
// posted again and again after a grace period. The seeds are every
// program under testdata/; testdata/fuzz/FuzzRun holds the corpus that
// fuzzing built and the crashers it found, which plain `go test` replays.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"", "x = 1\n", "while True: pass\n", "def f(): f()\nf()\n",
		"try:\n  while 1: pass\nexcept BaseException: pass\n",
		"import threading\nthreading.Thread(target=lambda: None).start()\n",
		"[0] * 10**12\n", "'x' * 10**12\n", "x = (\n", "\tif 1:\n",
	} {
		f.Add([]byte(s))
	}
	err := filepath.Walk(programsRoot, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() && strings.HasSuffix(path, ".py") {
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			f.Add(src)
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	// A fuzzed program may ask for gigabytes ([0] * 10**9): above 256 MiB
	// a single allocation raises MemoryError (in a fuzzing worker, where
	// this runs before any program; plain go test keeps the default).
	f.Setenv("PYSTM_MAX_ALLOC", "268435456")
	f.Fuzz(func(t *testing.T, src []byte) {
		// Programs that open files do it in a directory of their own
		// (not before f.Fuzz: the fuzzing engine reads testdata/fuzz
		// relative to the package).
		t.Chdir(dir)
		out := runFuzzProgram(t, dir, src)
		checkPythonOutcome(t, out)
	})
}

// fuzzOutcome is what a program run by runFuzzProgram left.
type fuzzOutcome struct {
	status int
	stderr string
}

// Grace period and the bound after which a program that is being
// interrupted counts as hung. They are generous: the fuzzing machine is
// shared and the coverage instrumentation slows the interpreter down.
const (
	fuzzGrace    = 2 * time.Second
	fuzzHangTime = 20 * time.Second
)

// runFuzzProgram runs src as a main program and returns its status and
// standard error. It interrupts a program that runs longer than
// fuzzGrace, repeatedly, so that one that catches KeyboardInterrupt
// still ends; one that has not ended fuzzHangTime later fails the test.
func runFuzzProgram(t *testing.T, dir string, src []byte) fuzzOutcome {
	var stdout, stderr limitedBuffer
	in := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
		Argv: []string{"fuzz.py"}, Path: []string{dir}, IgnoreEnvironment: true})
	done := make(chan int, 1)
	go func() { done <- in.RunMain(src, filepath.Join(dir, "fuzz.py")) }()
	grace := time.NewTimer(fuzzGrace)
	defer grace.Stop()
	select {
	case status := <-done:
		return fuzzOutcome{status, stderr.String()}
	case <-grace.C:
	}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	hang := time.NewTimer(fuzzHangTime)
	defer hang.Stop()
	for {
		select {
		case status := <-done:
			return fuzzOutcome{status, stderr.String()}
		case <-tick.C:
			in.Interrupt()
		case <-hang.C:
			t.Fatalf("the program did not stop %v after KeyboardInterrupts began:\n%s", fuzzHangTime, src)
		}
	}
}

// checkPythonOutcome fails the test when the outcome shows a Go failure
// instead of a Python one.
func checkPythonOutcome(t *testing.T, out fuzzOutcome) {
	t.Helper()
	for _, bad := range []string{"pystm: internal error", "panic: ", "\ngoroutine ", "fatal error: "} {
		if strings.Contains(out.stderr, bad) {
			t.Fatalf("stderr shows a Go failure (%q):\n%s", bad, out.stderr)
		}
	}
	if out.status == 70 {
		t.Fatalf("status 70 (internal error), stderr:\n%s", out.stderr)
	}
	if out.status < 0 || out.status > 255 {
		t.Fatalf("exit status %d out of range", out.status)
	}
}

// limitedBuffer keeps the first 1 MiB written to it and drops the rest,
// so that a program printing without end cannot exhaust memory. Threads
// of the program may write concurrently.
type limitedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

const fuzzOutputLimit = 1 << 20

func (b *limitedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := fuzzOutputLimit - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

func (b *limitedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
