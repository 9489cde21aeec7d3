package pystm_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/pystm/pystm"
)

// TestAbortInjectionEmbedded: with Options.STMAbortRate an embedded
// script's results and output are what they are without it (every
// abortable transaction rolled back at rate 1 runs again), and a step
// budget still stops an endless loop: a status such as ErrStepLimit ends
// the transaction as it is instead of rolling it back (a re-run would no
// longer see the exhausted budget).
func TestAbortInjectionEmbedded(t *testing.T) {
	for _, rate := range []float64{1, 0.3} {
		in, out := newInterp(t, pystm.Options{Parallel: true, STMAbortRate: rate, MaxSteps: 100000})
		ctx := context.Background()
		m, err := in.Exec(ctx, "inj.py", `
def work(n):
    d, l, s = {}, [], 0
    for i in range(n):
        s += i
        d[i % 5] = d.get(i % 5, 0) + i
        l.append(i)
        if i % 10 == 0:
            print("at", i, s)
    return s, sorted(d.items()), len(l)
def spin():
    while True:
        pass
`)
		if err != nil {
			t.Fatal(err)
		}
		v, err := m.Call(ctx, "work", 50)
		if err != nil {
			t.Fatalf("rate %v: %v", rate, err)
		}
		if got, err := v.Repr(ctx); err != nil || got != "(1225, [(0, 225), (1, 235), (2, 245), (3, 255), (4, 265)], 50)" {
			t.Fatalf("rate %v: work(50) = %s %v", rate, got, err)
		}
		if got := out.String(); got != "at 0 0\nat 10 55\nat 20 210\nat 30 465\nat 40 820\n" {
			t.Fatalf("rate %v: printed %q", rate, got)
		}
		start := time.Now()
		_, err = m.Call(ctx, "spin")
		if !errors.Is(err, pystm.ErrStepLimit) {
			t.Fatalf("rate %v: spin ended with %v after %v, want the step limit", rate, err, time.Since(start))
		}
		if strings.Contains(out.String(), "Traceback") {
			t.Fatalf("rate %v: output %q", rate, out.String())
		}
	}
}
