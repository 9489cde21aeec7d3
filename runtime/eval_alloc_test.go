package runtime

import (
	"io"
	"testing"
)

// loopFunc compiles src as a module and returns its function named name.
func loopFunc(t *testing.T, src, name string) (*Thread, Value) {
	t.Helper()
	in := New(Options{Stdout: io.Discard, Stderr: io.Discard})
	th := in.NewThread()
	g := NewDict()
	g.SetStr("__name__", NewStr("__main__"))
	if err := th.execSource([]byte(src), "<test>", g, g); err != nil {
		t.Fatal(err)
	}
	fn, ok := g.GetStr(name)
	if !ok {
		t.Fatalf("%s not defined", name)
	}
	return th, fn
}

// allocsPerIteration measures the allocations of calling fn(n) for a small
// and a large n: the loop body allocates nothing iff they are equal (the
// call itself allocates its frame).
func loopAllocs(t *testing.T, th *Thread, fn Value, want Value, n int64) float64 {
	t.Helper()
	return testing.AllocsPerRun(20, func() {
		r, err := th.Call(fn, []Value{Int(n)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		_ = r
	})
}

func TestIntLoopDoesNotAllocate(t *testing.T) {
	th, fn := loopFunc(t, `
def f(n):
    i = 0
    s = 0
    while i < n:
        s = s + i * 2 - 1
        i += 1
    for j in range(n):
        s -= j % 7
    return s
`, "f")
	r, err := th.Call(fn, []Value{Int(1000)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.IsInt() || r.AsInt() != 998000-2997 {
		t.Fatalf("f(1000) = %v, want %d", r, 998000-2997)
	}
	small := loopAllocs(t, th, fn, r, 10)
	large := loopAllocs(t, th, fn, r, 10000)
	t.Logf("allocations per call: n=10: %v, n=10000: %v", small, large)
	if large != small {
		t.Errorf("the int loop allocates: %v allocations for 10 iterations, %v for 10000", small, large)
	}
}

func TestFloatLoopDoesNotAllocate(t *testing.T) {
	th, fn := loopFunc(t, `
def f(n):
    x = 0.0
    y = 1.5
    i = 0
    while i < n:
        x = x + y * 0.5 - 0.25
        if x > 100.0:
            x = x / 2.0
        i = i + 1
    return x
`, "f")
	small := loopAllocs(t, th, fn, None, 10)
	large := loopAllocs(t, th, fn, None, 10000)
	t.Logf("allocations per call: n=10: %v, n=10000: %v", small, large)
	if large != small {
		t.Errorf("the float loop allocates: %v allocations for 10 iterations, %v for 10000", small, large)
	}
}
