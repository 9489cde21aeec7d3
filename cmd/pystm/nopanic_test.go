package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	goruntime "runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestNoGoFailure runs every program under testdata/ (the error cases
// among them), every entry of FuzzRun's corpus and every entry of the
// parser's FuzzParse corpus through the pystm binary, each as a process of
// its own, and checks that none ends in a Go failure: a panic, a fatal
// error (Go's stack limit, a failed allocation, a concurrent map write),
// a Go stack trace or pystm's internal-error status. A separate process is
// needed because a fatal error or a panic in another goroutine cannot be
// recovered in-process. A program still running after a grace period is
// sent SIGINT again and again (KeyboardInterrupt, as for a user's Ctrl-C);
// only one that outlives that by far counts as hung.
func TestNoGoFailure(t *testing.T) {
	if testing.Short() {
		t.Skip("builds pystm and runs every program as a process")
	}
	bin := filepath.Join(t.TempDir(), "pystm")
	build := exec.Command(goTool(), "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	// Started with SIGINT ignored (a background job), the children would
	// inherit that and ignore the interrupts: catching it here makes it
	// default again in them, as exec resets caught signals.
	if signal.Ignored(os.Interrupt) {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt)
		defer signal.Stop(ch)
	}
	type input struct{ name, dir, file string }
	var inputs []input
	for _, p := range findPrograms(t) {
		rel, _ := filepath.Rel(programsRoot, p)
		abs, _ := filepath.Abs(p)
		inputs = append(inputs, input{"testdata/" + filepath.ToSlash(rel), filepath.Dir(abs), abs})
	}
	tmp := t.TempDir()
	for _, corpus := range []string{"testdata/fuzz/FuzzRun", "../../compiler/syntax/testdata/fuzz/FuzzParse"} {
		files, err := filepath.Glob(filepath.Join(corpus, "*"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			src, err := readCorpusEntry(f)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			name := filepath.Base(corpus) + "/" + filepath.Base(f)
			file := filepath.Join(tmp, filepath.Base(corpus)+"-"+filepath.Base(f)+".py")
			if err := os.WriteFile(file, src, 0o644); err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, input{name, tmp, file})
		}
	}
	if len(inputs) < 100 {
		t.Fatalf("only %d inputs found", len(inputs))
	}
	sem := make(chan struct{}, goruntime.GOMAXPROCS(0))
	t.Run("group", func(t *testing.T) {
		for _, in := range inputs {
			t.Run(in.name, func(t *testing.T) {
				t.Parallel()
				sem <- struct{}{}
				defer func() { <-sem }()
				checkNoGoFailure(t, bin, in.dir, in.file)
			})
		}
	})
}

// Bounds of one run: the grace period before the interrupts begin and the
// time after which a program that is being interrupted counts as hung.
const (
	noPanicGrace = 5 * time.Second
	noPanicHang  = 90 * time.Second
)

// goFailureMarks are what Go writes on a panic or a fatal error, and
// pystm on an internal error; no Python program can make pystm write them.
var goFailureMarks = []string{"panic: ", "fatal error: ", "goroutine ", "runtime stack:", "pystm: internal error"}

func checkNoGoFailure(t *testing.T, bin, dir, file string) {
	var stderr lockedTail
	cmd := exec.Command(bin, file)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader("")
	cmd.Stdout = &discardCount{}
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "PYSTMPATH=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	grace := time.NewTimer(noPanicGrace)
	defer grace.Stop()
	var err error
	select {
	case err = <-done:
	case <-grace.C:
		err = interruptUntilDone(t, cmd, done)
	}
	status := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		ws := exit.Sys().(syscall.WaitStatus)
		switch {
		case ws.Signaled() && ws.Signal() == syscall.SIGINT:
			status = -int(syscall.SIGINT) // an uncaught KeyboardInterrupt, as CPython ends
		case ws.Signaled():
			t.Errorf("killed by %v", ws.Signal())
		default:
			status = ws.ExitStatus()
		}
	} else if err != nil {
		t.Fatal(err)
	}
	out := stderr.String()
	for _, m := range goFailureMarks {
		if strings.Contains(out, m) {
			t.Fatalf("stderr shows a Go failure (%q), status %d:\n%s", m, status, out)
		}
	}
	if status == 70 {
		t.Fatalf("status 70 (internal error):\n%s", out)
	}
}

// interruptUntilDone sends SIGINT every 100 ms until the process ends, and
// kills it (failing the test) if it has not ended after noPanicHang.
func interruptUntilDone(t *testing.T, cmd *exec.Cmd, done chan error) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	hang := time.NewTimer(noPanicHang)
	defer hang.Stop()
	for {
		select {
		case err := <-done:
			return err
		case <-tick.C:
			_ = cmd.Process.Signal(os.Interrupt)
		case <-hang.C:
			_ = cmd.Process.Kill()
			<-done
			t.Fatalf("still running %v after the interrupts began", noPanicHang)
		}
	}
}

// readCorpusEntry decodes a file of a Go fuzzing corpus ("go test fuzz
// v1" and one []byte("...") line).
func readCorpusEntry(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	header, rest, _ := strings.Cut(string(b), "\n")
	if header != "go test fuzz v1" {
		return nil, errors.New("not a fuzz corpus file")
	}
	lit := strings.TrimSpace(rest)
	if !strings.HasPrefix(lit, "[]byte(") || !strings.HasSuffix(lit, ")") {
		return nil, errors.New("entry is not one []byte value")
	}
	s, err := strconv.Unquote(lit[len("[]byte(") : len(lit)-1])
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// goTool returns the go command of the toolchain running the test.
func goTool() string {
	p := filepath.Join(goruntime.GOROOT(), "bin", "go")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return "go"
}

// lockedTail keeps the last 64 KiB written (Go's failure reports come
// at the end), safe for the exec package's copying goroutine.
type lockedTail struct {
	mu  sync.Mutex
	buf []byte
}

func (w *lockedTail) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	if len(w.buf) > 64<<10 {
		w.buf = append(w.buf[:0], w.buf[len(w.buf)-64<<10:]...)
	}
	return len(p), nil
}

func (w *lockedTail) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(bytes.Clone(w.buf))
}

// discardCount drops a program's output.
type discardCount struct{}

func (discardCount) Write(p []byte) (int, error) { return len(p), nil }
