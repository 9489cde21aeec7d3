package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// interruptProgram prints a line whenever it is ready for the next SIGINT
// and reports what each one did: it interrupts a sleep, a blocked lock
// acquire, a join of a thread that waits, and finally a busy loop, where
// it is not caught.
const interruptProgram = `import threading, time
try:
    print("ready sleep", flush=True)
    time.sleep(120)
    print("sleep not interrupted")
except KeyboardInterrupt as e:
    print("caught in sleep", repr(e))
lock = threading.Lock()
lock.acquire()
try:
    print("ready lock", flush=True)
    lock.acquire()
    print("acquired?")
except KeyboardInterrupt:
    print("caught in lock acquire")
lock.release()
print("lock free again:", lock.acquire(timeout=5))
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
try:
    print("ready join", flush=True)
    t.join()
    print("joined?")
except KeyboardInterrupt:
    print("caught in join, thread alive:", t.is_alive())
go.set()
t.join()
print("joined after set:", not t.is_alive())
def spin():
    n = 0
    print("ready loop", flush=True)
    while True:
        n += 1
spin()
`

// TestKeyboardInterrupt runs the pystm binary on interruptProgram and
// sends SIGINT each time the program says it is ready (never on a timer),
// so the outcome does not depend on timing: KeyboardInterrupt is caught in
// each blocking wait and the program goes on, and the last one, uncaught
// in a busy loop, prints CPython's traceback and ends the process by
// SIGINT, as CPython does (a shell shows status 130).
func TestKeyboardInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds pystm")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pystm")
	if out, err := exec.Command(goTool(), "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	prog := filepath.Join(dir, "prog.py")
	if err := os.WriteFile(prog, []byte(interruptProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	// A process started with SIGINT ignored (a background job) passes
	// that on; catching it here makes it default again in the child.
	if signal.Ignored(os.Interrupt) {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt)
		defer signal.Stop(ch)
	}
	cmd := exec.Command(bin, prog)
	var stderr lockedTail
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var got []string
	next := func() (string, bool) {
		select {
		case l, ok := <-lines:
			return l, ok
		case <-time.After(2 * time.Minute):
			t.Fatalf("no output for 2 minutes; so far %q, stderr %q", got, stderr.String())
			return "", false
		}
	}
	for {
		l, ok := next()
		if !ok {
			break
		}
		got = append(got, l)
		if strings.HasPrefix(l, "ready ") {
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
		}
	}
	err = cmd.Wait()
	want := []string{
		"ready sleep", "caught in sleep KeyboardInterrupt()",
		"ready lock", "caught in lock acquire", "lock free again: True",
		"ready join", "caught in join, thread alive: True", "joined after set: True",
		"ready loop",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stdout:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("wait: %v, want death by SIGINT", err)
	}
	if ws := exit.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("process ended with %v, want death by SIGINT", ws)
	}
	errText := stderr.String()
	wantErr := "Traceback (most recent call last):\n" +
		"  File \"" + prog + "\", line 35, in <module>\n    spin()\n" +
		"  File \"" + prog + "\", line "
	if !strings.HasPrefix(errText, wantErr) || !strings.Contains(errText, ", in spin\n") || !strings.HasSuffix(errText, "\nKeyboardInterrupt\n") {
		t.Errorf("stderr:\n%s\nwant it to start with:\n%s..., in spin ... and end with KeyboardInterrupt", errText, wantErr)
	}
	_, _ = io.Copy(io.Discard, stdout)
}
