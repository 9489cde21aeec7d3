package runtime

import (
	"strings"
	"testing"
)

// TestThreadingLines: tracebacks through threading.py print the same line
// numbers and source lines as CPython 3.11's threading.py, so Thread.run's
// target call must stay on line 982, _bootstrap_inner's self.run() on line
// 1045 and invoke_excepthook's hook(args) on line 1349 (re-pad with the
// blank lines before those functions after edits).
func TestThreadingLines(t *testing.T) {
	src, err := libFS.ReadFile("lib/threading.py")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	for n, want := range map[int]string{982: "self._target(*self._args, **self._kwargs)", 1045: "self.run()", 1349: "hook(args)"} {
		if got := strings.TrimSpace(lines[n-1]); got != want {
			t.Errorf("threading.py line %d = %q, want %q", n, got, want)
		}
	}
}

// TestLockParkStatus: a contended blocking acquire does not wait in Go: it
// returns the park status, keeps its deadline across the re-run, and
// reports the timeout once the deadline has passed.
func TestLockParkStatus(t *testing.T) {
	in := New(Options{})
	th := in.NewThread()
	l := NewLock()
	if ok, err := l.Acquire(th, true, -1); !ok || err != nil {
		t.Fatalf("free lock: %v %v", ok, err)
	}
	_, err := l.Acquire(th, true, 0.001)
	if !isParkStatus(err) {
		t.Fatalf("contended acquire returned %v, want a park status", err)
	}
	if l.waiters.Len() != 1 {
		t.Fatal("waiter not queued")
	}
	if err := th.park(err); err != nil {
		t.Fatal(err)
	}
	ok, err := l.Acquire(th, true, 0.001) // the re-run: deadline passed
	if ok || err != nil {
		t.Fatalf("re-run after the deadline = %v, %v; want false, nil", ok, err)
	}
	if l.waiters.Len() != 0 || th.th.wait.key != nil {
		t.Fatal("timed-out wait left a waiter or a pending wait")
	}
	if err := l.Release(th); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(th); err == nil || !strings.Contains(err.Error(), "release unlocked lock") {
		t.Fatalf("double release: %v", err)
	}
}
