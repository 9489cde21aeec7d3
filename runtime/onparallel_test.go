package runtime

import (
	"strings"
	"sync/atomic"
	"testing"

	"go.uber.org/goleak"
)

// TestOnParallel: Options.OnParallel is called once when threads first
// run in parallel, however many start, and never for a program that
// starts none or under the GIL.
func TestOnParallel(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	threaded := "import threading\nts = [threading.Thread(target=print, args=(i,)) for i in range(3)]\nfor x in ts: x.start()\nfor x in ts: x.join()\n"
	for _, c := range []struct {
		name     string
		src      string
		parallel bool
		want     int32
	}{
		{"threads", threaded, true, 1},
		{"no threads", "print(sum(range(10)))\n", true, 0},
		{"gil", threaded, false, 0},
	} {
		var calls atomic.Int32
		var out strings.Builder
		in := New(Options{Stdout: &out, Stderr: &out, Stdin: strings.NewReader(""), Parallel: c.parallel,
			OnParallel: func() { calls.Add(1) }})
		if code := in.RunMain([]byte(c.src), "onparallel.py"); code != 0 {
			t.Fatalf("%s: exit %d: %s", c.name, code, out.String())
		}
		if got := calls.Load(); got != c.want {
			t.Errorf("%s: OnParallel called %d times, want %d", c.name, got, c.want)
		}
	}
}
