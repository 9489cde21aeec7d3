package runtime

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// probeModule is a Go module whose size(path) reads a file's size on
// disk directly, without the flush that os.stat does first: it shows
// what has reached the operating system.
func probeModule() ModuleFunc {
	return func(t *Thread) (*Module, error) {
		m := NewModule("probe")
		m.Dict.SetStr("size", NewBuiltin("size", func(t *Thread, args []Value, kw []string) (Value, error) {
			p, _ := AsString(args[0])
			fi, err := os.Stat(p)
			if err != nil {
				return Int(-1), nil
			}
			return Int(fi.Size()), nil
		}))
		return m, nil
	}
}

// TestFileWritesAreBuffered checks that file writes stay in the file's
// buffer until flush, close, a full buffer or another open — the one
// write path the parallel runtime will defer — and reach the disk at
// exit when the program never closes the file.
func TestFileWritesAreBuffered(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "out.txt")
	q := filepath.Join(dir, "left-open.txt")
	src := strings.NewReplacer("P", strconv.Quote(p), "Q", strconv.Quote(q)).Replace(`
import probe
f = open(P, "w")
f.write("abc")
print(probe.size(P))
f.flush()
print(probe.size(P))
f.write("x" * 9000)
print(probe.size(P))
f.write("tail")
print(probe.size(P))
f.close()
print(probe.size(P))
g = open(Q, "w")
g.write("unclosed")
print(probe.size(Q))
`)
	out, errs, status := runWith(t, Options{Modules: map[string]ModuleFunc{"probe": probeModule()}}, src)
	if status != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	want := "0\n3\n9003\n9003\n9007\n0\n"
	if out != want {
		t.Errorf("sizes seen on disk:\n%s\nwant:\n%s", out, want)
	}
	data, err := os.ReadFile(q)
	if err != nil || string(data) != "unclosed" {
		t.Errorf("file left open: %q, %v; want its buffer written at exit", data, err)
	}
}

// TestOpenFlushesOtherFiles checks the stand-in for CPython's flush on
// the last reference: opening a file writes the buffers of the others.
func TestOpenFlushesOtherFiles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	src := "open(P, 'w').write('hello')\nprint(open(P).read())\n"
	src = strings.ReplaceAll(src, "P", strconv.Quote(p))
	out, errs, status := runWith(t, Options{}, src)
	if status != 0 || out != "hello\n" {
		t.Errorf("got %q (stderr %q, status %d), want hello", out, errs, status)
	}
}

// TestAtExitOrder checks that atexit callbacks run after the main module,
// last registered first, also after sys.exit, and that a failing one is
// reported without changing the exit status.
func TestAtExitOrder(t *testing.T) {
	src := `
import atexit, sys
atexit.register(print, "first registered")
atexit.register(int, "bad")
atexit.register(print, "second registered")
print("main")
sys.exit(4)
`
	out, errs, status := runWith(t, Options{}, src)
	if status != 4 {
		t.Errorf("status %d, want 4", status)
	}
	if want := "main\nsecond registered\nfirst registered\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if !strings.HasPrefix(errs, "Exception ignored in atexit callback: <class 'int'>\nValueError: ") {
		t.Errorf("stderr %q", errs)
	}
}
