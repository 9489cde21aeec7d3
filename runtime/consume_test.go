package runtime

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// consumeCases are one statement per routed consumer, each driving Python
// code (a generator, a key function) for consumeN elements, or a map or
// filter whose function loops consumeN/3 times per call, and the line it
// prints (computed by CPython 3.11 for consumeN = 20000).
var consumeCases = []struct{ name, stmt, want string }{
	{"sum", "r = sum(f(x) for x in range(N))", "399980000"},
	{"sum_start", "r = sum((f(x) for x in range(N)), 7)", "399980007"},
	{"any", "r = any(f(x) < 0 for x in range(N))", "False"},
	{"all", "r = all(f(x) >= 0 for x in range(N))", "True"},
	{"min", "r = min(f(x) for x in range(N))", "0"},
	{"max_key", "r = max(range(N), key=lambda x: -f(x))", "0"},
	{"min_key_gen", "r = min((x for x in range(N)), key=f)", "0"},
	{"sorted_key", "r = sorted(range(N), key=lambda x: -x)[:2]", "[19999, 19998]"},
	{"sorted_gen", "r = sorted(f(x) for x in range(N))[-1]", "39998"},
	{"list", "r = len(list(f(x) for x in range(N)))", "20000"},
	{"tuple", "r = tuple(f(x) for x in range(N))[-1]", "39998"},
	{"set", "r = len(set(f(x) % 1000 for x in range(N)))", "500"},
	{"join", "r = len(''.join(str(f(x)) for x in range(N)))", "94445"},
	{"map_list", "r = list(map(f, range(N)))[-1]", "39998"},
	{"map_slow", "r = sum(map(slow, range(3)))", "66643338"},
	{"map_slow2", "r = list(map(lambda a, b: slow(a) - b, range(3), range(3)))", "[22214445, 22214445, 22214445]"},
	{"filter_slow", "r = list(filter(slow, range(3)))", "[0, 1, 2]"},
	{"for_map_slow", "r = 0\n    for y in map(slow, range(3)):\n        r += y", "66643338"},
	{"enumerate_list", "r = list(enumerate(f(x) for x in range(N)))[-1]", "(19999, 39998)"},
	{"calliter_sum", "box = [0]\n    def g():\n        box[0] += 1\n        return box[0] if box[0] <= N else None\n    r = sum(iter(g, None))", "200010000"},
	{"calliter_list", "box = [0]\n    def g():\n        box[0] += 1\n        return f(box[0])\n    r = list(iter(g, 2 * N))[-1]", "39998"},
	{"dict_gen", "r = len(dict((x, f(x)) for x in range(N)))", "20000"},
	{"dict_gen_lists", "d = dict([x % 7000, f(x)] for x in range(N))\n    r = (len(d), d[6999], list(d.items())[:2])", "(7000, 27998, [(0, 28000), (1, 28002)])"},
	{"dict_map", "r = dict(map(lambda x: (x, f(x)), range(N)))[N - 1]", "39998"},
	{"dict_update", "d = {-1: 0}\n    d.update((x, f(x)) for x in range(N))\n    r = (len(d), d[N - 1])", "(20001, 39998)"},
	{"for_zip_slow", "r = 0\n    for a, b in zip((slow(k) for k in range(3)), (slow(k) for k in range(3))):\n        r += a - b + 1", "3"},
	{"for_zip_rows", "r = 0\n    for row in zip((f(x) for x in range(N)), range(N), (x for x in range(N))):\n        r += row[0] - row[1] - row[2]", "0"},
	{"list_zip", "r = list(zip((f(x) for x in range(N)), (x for x in range(N))))[-1]", "(39998, 19999)"},
	{"for_enumerate_slow", "r = 0\n    for i, y in enumerate(slow(k) for k in range(3)):\n        r += i * y", "66643340"},
}

// consumeN is the element count of consumeCases.
const consumeN = 20000

// TestConsumersSpanBoundaries: a consumer called from the loop runs its
// own loop as a frame of the thread's outermost loop, so its backward
// jumps are span boundaries: one statement that consumes 20000 elements
// in a worker thread commits 78 to 312 abortable spans (64 to 256
// boundaries each, spanState.fit). Run from a
// nested loop on the Go stack (the consumer's Go code resuming the
// generator or calling the key per element), the statement would be one
// span at most. Results are checked at abort rates 0 and 0.3 (injected
// aborts roll back to boundaries inside the consumer's loop).
func TestConsumersSpanBoundaries(t *testing.T) {
	for _, c := range consumeCases {
		t.Run(c.name, func(t *testing.T) {
			src := fmt.Sprintf(`import threading
N = %d
def f(x):
    return x * 2
def slow(x):
    t = 0
    for i in range(N // 3):
        t += i
    return t + x
out = []
def work():
    %s
    out.append(r)
th = threading.Thread(target=work)
th.start()
th.join()
print(out[0])
`, consumeN, c.stmt)
			stats := runSpannedRates(t, "consume_"+c.name+".py", src, c.want+"\n")
			// At most spanMaxBoundaries boundaries per span, 20000
			// iterations make >= 78 spans; with no boundary inside the
			// consumer they make one or two. (A span that writes a set
			// is irrevocable and ends at the next boundary: set(gen)
			// begins a span per element and commits few abortably, so
			// spans begun are counted.)
			least := uint64(consumeN / spanMaxBoundaries / 2)
			if st := stats[0]; st.Begun < least || (c.name != "set" && st.Committed < least) {
				t.Errorf("%s: %d abortable spans begun, %d committed (%+v), want >= %d: no boundaries inside the consumer", c.name, st.Begun, st.Committed, st, least)
			}
			if strings.HasPrefix(c.name, "dict") && stats[0].Irrevocable > 10 {
				// The dict passes 512 keys: stores into it must be undone
				// per key, not make each span irrevocable (span_undo_dict.go).
				t.Errorf("%s: %d spans became irrevocable (%+v)", c.name, stats[0].Irrevocable, stats[0])
			}
			if st := stats[1]; st.Injected == 0 {
				t.Errorf("%s at rate 0.3: no abort injected (%+v)", c.name, st)
			}
		})
	}
}

// spansOn starts and joins a thread: in parallel mode the main thread
// runs abortable spans from then on, and the consumers use hidden frames.
const spansOn = "import threading\nth = threading.Thread(target=int)\nth.start()\nth.join()\n"

// TestConsumersHiddenGoLoops: while a generator runs under sum(), the
// thread has one Go-stack loop (the generator's frame runs in the
// caller's loop, the consumer's frame is hidden from sys._getframe).
func TestConsumersHiddenGoLoops(t *testing.T) {
	src := spansOn + `import sys
def g():
    for i in range(3):
        f = sys._getframe(1)
        yield (f.f_code.co_name, f.f_back is None)
def caller():
    return list(g()), sum(1 for _ in g()), sorted(g())
print(caller())
`
	out, errs, _ := runSpanned(t, src, t.TempDir()+"/loops.py", 0)
	want := "([('caller', False), ('caller', False), ('caller', False)], 3, [('caller', False), ('caller', False), ('caller', False)])\n"
	if out != want || errs != "" {
		t.Fatalf("got %q %q, want %q", out, errs, want)
	}
	// goLoops itself, read by a builtin called from inside the generator
	// or key function: 1 while the consumer runs as a frame of the
	// outermost loop, 2 when a Go loop resumed the generator (or called the
	// key) from a nested loop. (A recursion deeper than maxGoLoops would
	// show the same, but with spans on a race build walks the frame chain
	// at every boundary: quadratic.)
	probe := spansOn + `def g(n):
    for i in range(n):
        probe()
        yield i
def key(x):
    probe()
    return -x
def f(x):
    probe()
    return x
r = (sum(g(3)), any(x > 5 for x in g(3)), min(g(3)), max([1, 2], key=key), sorted(g(3), key=key),
     list(g(2)), tuple(g(2)), ''.join(str(x) for x in g(2)), list(map(f, [1, 2])), sum(filter(f, [1, 2])),
     list(enumerate(g(2))))
for i, x in enumerate(g(2)):
    pass
print(r)
`
	var loops []int
	var pout, errb strings.Builder
	in := New(Options{Stdout: &pout, Stderr: &errb, Stdin: strings.NewReader(""), Parallel: true, Threads: 2})
	in.Builtins.SetStr("probe", NewBuiltin("probe", func(t *Thread, args []Value, kw []string) (Value, error) {
		loops = append(loops, t.goLoops)
		return None, nil
	}))
	if code := in.RunMain([]byte(probe), filepath.Join(t.TempDir(), "probe.py")); code != 0 || errb.Len() != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if want := "(3, False, 0, 1, [2, 1, 0], [0, 1], (0, 1), '01', [1, 2], 3, [(0, 0), (1, 1)])\n"; pout.String() != want {
		t.Fatalf("got %q, want %q", pout.String(), want)
	}
	if len(loops) < 20 {
		t.Fatalf("probe ran %d times", len(loops))
	}
	for i, n := range loops {
		if n != 1 {
			t.Fatalf("probe %d of %d ran with %d Go-stack loops, want 1 (all: %v)", i, len(loops), n, loops)
		}
	}
	if !strings.Contains(consumeSource, "def sum(") {
		t.Fatal("consumer source lost sum")
	}
}
