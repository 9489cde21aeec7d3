package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// runSpanned runs src as __main__ in parallel mode with the given abort
// rate and returns stdout, stderr (the script's directory prefix removed)
// and the span figures.
func runSpanned(t *testing.T, src, path string, rate float64) (string, string, SpanStats) {
	t.Helper()
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 2,
		STMAbortRate: rate, Path: []string{filepath.Dir(path)}})
	if code := in.RunMain([]byte(src), path); code != 0 {
		t.Logf("exit status %d", code)
	}
	st, _ := in.SpanStats()
	prefix := filepath.Dir(path) + string(filepath.Separator)
	return strings.ReplaceAll(out.String(), prefix, ""), strings.ReplaceAll(errb.String(), prefix, ""), st
}

// TestRollbackPrograms runs the rollback programs with every abortable
// transaction aborted once (rate 1: the re-run after an abort is
// irrevocable, so each runs twice) and with half of them aborted: any
// state a rollback fails to restore (a list's elements, a dict's order, an
// iterator's position, a local variable, a generator's frame, an
// exception's traceback) or output it fails to drop shows in the output.
func TestRollbackPrograms(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	progs, err := filepath.Glob("../testdata/transaction/rollback_*.py")
	if err != nil || len(progs) < 3 {
		t.Fatalf("rollback programs: %v %v", progs, err)
	}
	for _, p := range progs {
		abs, _ := filepath.Abs(p)
		src, err := os.ReadFile(abs)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(abs, ".py") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		wantErr, _ := os.ReadFile(strings.TrimSuffix(abs, ".py") + ".err")
		for _, rate := range []float64{1, 0.5} {
			out, errs, st := runSpanned(t, string(src), abs, rate)
			if out != string(want) || errs != string(wantErr) {
				t.Errorf("%s at abort rate %v:\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", filepath.Base(p), rate, out, want, errs)
			}
			if st.Injected == 0 || st.Committed+st.Injected < 10 {
				t.Errorf("%s at abort rate %v: %+v: too few aborts to show anything", filepath.Base(p), rate, st)
			}
			if rate == 1 && st.Committed != 0 {
				t.Errorf("%s at abort rate 1: %d transactions committed while abortable", filepath.Base(p), st.Committed)
			}
		}
	}
}

// TestRollbackIrrevocableEffects: effects a span cannot undo (file
// writes, time, locks) make it irrevocable first, so with every abortable
// transaction aborted they still happen exactly once.
func TestRollbackIrrevocableEffects(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	dir := t.TempDir()
	path := filepath.Join(dir, "effects.py")
	logPath := filepath.Join(dir, "log.txt")
	src := `import threading, time
lock = threading.Lock()
n = 0
with open(` + strconv.Quote(logPath) + `, "w") as f:
    for i in range(20):
        n += i
        f.write(str(i) + "\n")
        with lock:
            n += 1
        time.monotonic()
        for j in range(5):
            n += j
with open(` + strconv.Quote(logPath) + `) as f:
    print(len(f.read().split()), n)
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, st := runSpanned(t, src, path, 1)
	if out != "20 410\n" || errs != "" {
		t.Fatalf("stdout %q stderr %q, want \"20 410\\n\"", out, errs)
	}
	if st.Irrevocable == 0 || st.Injected == 0 {
		t.Fatalf("%+v: want irrevocable transactions and injected aborts", st)
	}
}

// spanForTest makes t run an abortable span from now on (no frames).
func spanForTest(t *Thread) {
	t.spOn = true
	t.newSpanID()
	if !t.snapshotBegin(0) {
		panic("snapshot")
	}
	t.spActive, t.sp.optimistic = true, true
}

// spanRepr is repr(v) for the comparisons below.
func spanRepr(tt *testing.T, t *Thread, v Value) string {
	tt.Helper()
	s, err := Repr(t, v)
	if err != nil {
		tt.Fatal(err)
	}
	return s
}

// TestRollbackRestoresObjects writes lists, dicts, sets, cells and
// iterators through their Go methods in a span, rolls it back, and checks
// every object is exactly as before: contents, order, strategy, position.
func TestRollbackRestoresObjects(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	ints := NewList([]Value{Int(1), Int(2), Int(3)})
	floats := NewList([]Value{Float(1.5)})
	vals := NewList([]Value{NewStr("a"), None})
	d := NewDict()
	for i := 0; i < 12; i++ { // past the linear limit: an index table
		_ = d.SetItem(th, Int(int64(i)), Int(int64(i*i)))
	}
	s := NewSet()
	for i := 0; i < 5; i++ {
		_ = s.Add(th, Int(int64(i)))
	}
	cell := &Cell{v: Int(7)}
	lit := &ListIterator{list: ints}
	rit := &RangeIterator{next: 0, step: 1, left: 5}
	dit := newDictIterator(d, dictIterKeys)
	objs := []Value{FromObject(ints), FromObject(floats), FromObject(vals), FromObject(d), FromObject(s)}
	before := make([]string, len(objs))
	for i, v := range objs {
		before[i] = spanRepr(t, th, v)
	}
	kinds := []listKind{ints.kind, floats.kind, vals.kind}

	spanForTest(th)
	if _, ok := lit.Next(th); !ok {
		t.Fatal("list iterator empty")
	}
	rit.Next(th)
	rit.Next(th)
	if _, _, err := dit.NextErr(th); err != nil {
		t.Fatal(err)
	}
	ints.Append(th, Int(4))
	ints.Set(th, 0, NewStr("x")) // generalizes
	ints.Delete(th, 3, 4)        // pop from the end
	ints.Insert(th, 0, Int(9))   // moves elements in place
	ints.Append(th, Int(5))
	_ = ints.Sort(th, Value{}, false)
	floats.Append(th, Int(1)) // generalizes
	floats.Clear(th)
	floats.Append(th, Int(2))
	vals.Reverse(th)
	vals.Splice(th, 0, 1, []Value{Int(1), Int(2), Int(3)})
	_ = d.SetItem(th, Int(3), NewStr("three"))
	_ = d.SetItem(th, Int(100), Int(1))
	_, _ = d.DelItem(th, Int(0))
	_ = d.SetItem(th, Int(0), Int(0)) // back, at the end
	d.SetStrT(th, "k", None)
	_, _ = d.DelItem(th, Int(5))
	_ = s.Add(th, Int(50))
	_, _ = s.Discard(th, Int(1))
	_, _ = s.Pop(th)
	cell.Set(th, Int(8))
	th.sp.abortReq, th.sp.cause = true, causeInjected
	th.rollback()

	for i, v := range objs {
		if got := spanRepr(t, th, v); got != before[i] {
			t.Errorf("object %d after rollback: %s, want %s", i, got, before[i])
		}
	}
	if got := []listKind{ints.kind, floats.kind, vals.kind}; got[0] != kinds[0] || got[1] != kinds[1] || got[2] != kinds[2] {
		t.Errorf("list strategies %v, want %v", got, kinds)
	}
	if cell.v != Int(7) {
		t.Errorf("cell holds %v after rollback", cell.v)
	}
	if lit.i != 0 || lit.list != ints || rit.next != 0 || rit.left != 5 || dit.pos != 0 || dit.left != 12 {
		t.Errorf("iterators not restored: list %d, range %d/%d, dict %d/%d", lit.i, rit.next, rit.left, dit.pos, dit.left)
	}
	// The dict's index still finds every key after the rollback.
	for i := 0; i < 12; i++ {
		v, ok, err := d.GetItem(th, Int(int64(i)))
		if err != nil || !ok || v != Int(int64(i*i)) {
			t.Errorf("d[%d] = %v %v %v after rollback", i, v, ok, err)
		}
	}
	if st := th.sp.stats; st.Injected != 1 || st.UndoRecords == 0 {
		t.Errorf("stats %+v", st)
	}
	if th.spActive || len(th.sp.undo.lists) != 0 {
		t.Error("span still active or log kept after rollback")
	}
}

// TestIrrevocableStopsLogging: an unlogged write ends the span's
// abortability (and its log); a later rollback request finds no span.
func TestIrrevocableStopsLogging(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	l := NewList([]Value{Int(1)})
	spanForTest(th)
	l.Append(th, Int(2))
	th.touchW(&l.Header) // a write with no undo record
	if th.spActive || th.sp.stats.Irrevocable != 1 || th.sp.undo.n != 0 {
		t.Fatalf("after an unlogged write: active %v, stats %+v", th.spActive, th.sp.stats)
	}
	l.Append(th, Int(3))
	if len(th.sp.undo.lists) != 0 {
		t.Fatal("an irrevocable span logs writes")
	}
	if l.Len() != 3 {
		t.Fatalf("len %d", l.Len())
	}
}

// TestGateBuiltinPureModuleFunctions: math's functions leave a span
// abortable; a module function with effects (time.sleep's kind, here
// time.time) makes it irrevocable.
func TestGateBuiltinPureModuleFunctions(t *testing.T) {
	th := New(Options{Parallel: true}).NewThread()
	sqrt := moduleFunction(t, th, "math", "sqrt")
	spanForTest(th)
	if err := th.gateBuiltin(sqrt); err != nil || !th.spActive {
		t.Fatalf("math.sqrt: err %v, span active %v; want an abortable span", err, th.spActive)
	}
	now := moduleFunction(t, th, "time", "time")
	if err := th.gateBuiltin(now); err != nil || th.spActive {
		t.Fatalf("time.time: err %v, span active %v; want an irrevocable span", err, th.spActive)
	}
}

// moduleFunction imports module and returns its built-in function name.
func moduleFunction(t *testing.T, th *Thread, module, name string) *BuiltinFunction {
	t.Helper()
	m, err := th.importModule(module)
	if err != nil {
		t.Fatal(err)
	}
	v, err := GetAttr(th, m, name)
	if err != nil {
		t.Fatal(err)
	}
	return v.obj.(*BuiltinFunction)
}
