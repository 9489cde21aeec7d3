package runtime

import (
	"bytes"
	"strings"
	"testing"
)

// newParallelThread returns a thread of a parallel-mode interpreter,
// running (holding a run slot), and a cleanup.
func newParallelThread(t *testing.T) (*Thread, func()) {
	t.Helper()
	in := New(Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Stdin: strings.NewReader(""), Parallel: true, Threads: 2})
	th := in.NewThread()
	st := th.schedThread()
	return th, func() { st.Release() }
}

// TestTokenReleasedOnlyAtOutermostBoundary: the token taken on demand is
// released at a backward jump of the outermost loop, kept at one inside a
// nested loop (a callback from Go) and at a call.
func TestTokenReleasedOnlyAtOutermostBoundary(t *testing.T) {
	th, done := newParallelThread(t)
	defer done()
	st := th.th.st
	th.acquireToken()
	if !st.HoldsToken() || !th.yieldRequested() {
		t.Fatal("acquireToken did not take the token, or the boundary would not see it")
	}
	outer := &Frame{entry: true}
	th.frame = &Frame{entry: true, back: &Frame{back: outer}} // a loop run by a callback from Go
	if err := th.loopBoundary(); err != nil || !st.HoldsToken() {
		t.Fatalf("nested loop boundary: err %v, token held %v; want kept", err, st.HoldsToken())
	}
	th.frame = &Frame{back: outer} // a frame called in the outermost loop
	if err := th.yieldGIL(); err != nil || !st.HoldsToken() {
		t.Fatalf("call boundary: err %v, token held %v; want kept", err, st.HoldsToken())
	}
	if err := th.loopBoundary(); err != nil || st.HoldsToken() {
		t.Fatalf("outermost loop boundary: err %v, token held %v; want released", err, st.HoldsToken())
	}
	if th.yieldRequested() {
		t.Fatal("boundary work requested without token or waiters")
	}
}

// TestAtomicHoldsToken: an atomic block takes the token at entry and
// keeps it across outermost boundaries until the outermost exit.
func TestAtomicHoldsToken(t *testing.T) {
	th, done := newParallelThread(t)
	defer done()
	st := th.th.st
	th.frame = &Frame{entry: true}
	th.enterAtomic()
	th.enterAtomic()
	if !st.HoldsToken() {
		t.Fatal("entering an atomic block did not take the token")
	}
	_ = th.loopBoundary()
	if !th.exitAtomic() {
		t.Fatal("exit of a nested block failed")
	}
	_ = th.loopBoundary()
	if !st.HoldsToken() {
		t.Fatal("the token was released inside an atomic block")
	}
	th.exitAtomic()
	if th.exitAtomic() {
		t.Fatal("exit without a block must report false")
	}
	_ = th.loopBoundary()
	if st.HoldsToken() {
		t.Fatal("the token was kept after the block's end")
	}
	st.FlushStats() // ThreadStats flushes the main thread's counters only
	if got := th.interp.ThreadStats(); got.AtomicBlocks != 1 || !got.Parallel || got.TokenAcquisitions == 0 {
		t.Fatalf("stats %+v: want 1 outermost atomic block, token acquisitions counted", got)
	}
}

// TestGILModeHasNoToken: under the GIL acquireToken takes nothing and
// atomic blocks only count.
func TestGILModeHasNoToken(t *testing.T) {
	in := New(Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Stdin: strings.NewReader("")})
	th := in.NewThread()
	st := th.schedThread()
	defer st.Release()
	th.enterAtomic()
	if st.HoldsToken() || th.parallel() {
		t.Fatal("GIL mode took a token")
	}
	th.exitAtomic()
	if got := in.ThreadStats(); got.Parallel || got.Slots != 1 || got.AtomicBlocks != 1 {
		t.Fatalf("GIL stats %+v", got)
	}
}

// TestOutermostLoop: the loops on the Go stack (t.goLoops) are the entry
// frames in the frame chain; the outermost loop has one, however deep
// the chain; the race builds' check finds a count that disagrees.
func TestOutermostLoop(t *testing.T) {
	th := &Thread{}
	chain := func(entries []bool) (*Frame, int) {
		var f *Frame
		n := 0
		for _, e := range entries {
			f = &Frame{entry: e, back: f}
			if e {
				n++
			}
		}
		return f, n
	}
	for _, c := range []struct {
		entries []bool // outermost first
		want    bool
	}{
		{[]bool{true}, true},
		{[]bool{true, false, false}, true},
		{[]bool{true, false, true, false}, false},
		{[]bool{true, true}, false},
		{append([]bool{true}, make([]bool, 100)...), true},
		{append(append([]bool{true}, make([]bool, 100)...), true), false},
	} {
		th.frame, th.goLoops = chain(c.entries)
		if got := th.outermostLoop(); got != c.want {
			t.Errorf("chain of %d frames %v: outermost %v, want %v", len(c.entries), c.entries[:min(len(c.entries), 4)], got, c.want)
		}
		th.checkLoopCount() // agrees: no panic
	}
	th.frame, _ = chain([]bool{true, false, true})
	th.goLoops = 1
	func() {
		defer func() {
			if recover() == nil {
				t.Error("checkLoopCount accepted 2 entry frames counted as 1 loop")
			}
		}()
		th.checkLoopCount()
	}()
}

// TestTokenKeptWhileTouching: at an outermost boundary the token is kept
// when the thread touched a shared object since its last boundary and no
// thread has waited a switch interval for it, and released after a
// stretch with no touch.
func TestTokenKeptWhileTouching(t *testing.T) {
	th, done := newParallelThread(t)
	defer done()
	st := th.th.st
	th.frame = &Frame{entry: true}
	th.acquireToken()
	if err := th.loopBoundary(); err != nil || !st.HoldsToken() {
		t.Fatalf("boundary after a touch: err %v, token held %v; want kept", err, st.HoldsToken())
	}
	th.acquireToken() // another touch in the next stretch
	if err := th.loopBoundary(); err != nil || !st.HoldsToken() {
		t.Fatalf("second boundary after a touch: err %v, token held %v; want kept", err, st.HoldsToken())
	}
	if err := th.loopBoundary(); err != nil || st.HoldsToken() {
		t.Fatalf("boundary after a stretch without a touch: err %v, token held %v; want released", err, st.HoldsToken())
	}
}
