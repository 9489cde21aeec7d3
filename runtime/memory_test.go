package runtime

import (
	"bytes"
	"strings"
	"testing"
)

// TestGoStackBounds checks that recursion on the Go stack ends in a
// Python RecursionError even when the program lifts the recursion limit
// (CPython 3.11 crashes on its C stack there, so no testdata program can
// show it): nested interpreter loops are bounded by maxGoLoops and
// nested built-in iterators by maxNextDepth, far below Go's 1 GB stack.
// (Comparison methods such as __eq__ run as frames of the loop, like
// Python calls, so __hash__ stands for the dunders still called from Go.)
func TestGoStackBounds(t *testing.T) {
	src := `import sys
sys.setrecursionlimit(10**7)
class C:
    @property
    def p(self):
        return self.p
class H:
    def __hash__(self):
        return hash(H())
def g():
    yield next(g())
m = iter([1])
for i in range(200000):
    m = map(abs, m)
for name, f in [("property", lambda: C().p), ("hash", lambda: hash(H())), ("gen", lambda: next(g())), ("map", lambda: list(m))]:
    try:
        f()
        print(name, "no error")
    except RecursionError as e:
        print(name, "RecursionError")
`
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	if status := in.RunMain([]byte(src), "<test>"); status != 0 {
		t.Fatalf("status %d, stderr %s", status, errb.String())
	}
	want := "property RecursionError\nhash RecursionError\ngen RecursionError\nmap RecursionError\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
