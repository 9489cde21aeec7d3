package pystm_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pystm/pystm"
)

// TestMaxSteps: a call that stays within Options.MaxSteps runs to its
// end; an endless loop, with or without calls, stops with ErrStepLimit
// (deterministically: the limit counts boundaries, not time), without
// running its finally block; a sleep and a lock wait under a budget are
// not cut short; and the interpreter serves later calls.
func TestMaxSteps(t *testing.T) {
	for _, par := range testModes {
		in, out := newInterp(t, pystm.Options{Parallel: par, MaxSteps: 10000})
		ctx := context.Background()
		m, err := in.Exec(ctx, "steps.py", `
import threading, time
def short(n):
    s = 0
    for i in range(n):
        s += i
    return s
def f(x):
    return x + 1
def spin():
    try:
        while True:
            pass
    finally:
        print("finally ran")
def calls():
    x = 0
    while True:
        x = f(x)
def waits():
    lock = threading.Lock()
    lock.acquire()
    threading.Timer(0.05, lock.release).start()
    time.sleep(0.02)
    lock.acquire()
    return "woke"
`)
		if err != nil {
			t.Fatal(err)
		}
		v, err := m.Call(ctx, "short", 1000)
		if err != nil {
			t.Fatalf("parallel=%v: short loop: %v", par, err)
		}
		if n, _ := v.Int64(); n != 499500 {
			t.Fatalf("parallel=%v: short loop gave %v", par, v)
		}
		for _, name := range []string{"spin", "calls"} {
			start := time.Now()
			// The deadline only bounds a broken budget: it must not be what stops the call.
			dl, cancel := context.WithTimeout(ctx, 20*time.Second)
			_, err := m.Call(dl, name)
			cancel()
			if !errors.Is(err, pystm.ErrStepLimit) {
				t.Fatalf("parallel=%v: %s: error %v, want ErrStepLimit", par, name, err)
			}
			t.Logf("parallel=%v: %s stopped after %v", par, name, time.Since(start))
		}
		if out.String() != "" {
			t.Fatalf("parallel=%v: a stopped call ran its finally block: %q", par, out.String())
		}
		v, err = m.Call(ctx, "waits")
		if err != nil || v.String() != "woke" {
			t.Fatalf("parallel=%v: waits under a step budget: %v, %v", par, v, err)
		}
		if v, err := m.Eval(ctx, "short(10)"); err != nil {
			t.Fatalf("parallel=%v: call after a stopped one: %v", par, err)
		} else if n, _ := v.Int64(); n != 45 {
			t.Fatalf("parallel=%v: short(10) = %v", par, v)
		}
	}
}
