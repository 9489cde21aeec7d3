package pystm_test

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/pystm/pystm"
)

func newInterp(t *testing.T, opts pystm.Options) (*pystm.Interpreter, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	if opts.Stdout == nil {
		opts.Stdout = &syncWriter{w: &out}
	}
	in := pystm.New(opts)
	t.Cleanup(func() { _ = in.Close() })
	return in, &out
}

// syncWriter serialises writes, so a test can read what the script
// printed while nothing else writes.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func TestExecGetSetCall(t *testing.T) {
	in, out := newInterp(t, pystm.Options{})
	ctx := context.Background()
	m, err := in.Exec(ctx, "calc.py", `
factor = 3
def scale(x):
    return x * factor
print("loaded", __name__)
`)
	if err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "loaded calc\n" {
		t.Fatalf("output %q", got)
	}
	v, err := m.Call(ctx, "scale", 14)
	if err != nil {
		t.Fatal(err)
	}
	if n, ok := v.Int64(); !ok || n != 42 {
		t.Fatalf("scale(14) = %v", v)
	}
	if err := m.Set(ctx, "factor", "ab"); err != nil {
		t.Fatal(err)
	}
	v, err = m.Call(ctx, "scale", 2)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := v.Str(); !ok || s != "abab" {
		t.Fatalf("scale(2) after factor='ab' = %v", v)
	}
	f, err := m.Get(ctx, "factor")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := f.Str(); s != "ab" {
		t.Fatalf("factor = %v", f)
	}
	_, err = m.Get(ctx, "missing")
	var pe *pystm.Error
	if !errors.As(err, &pe) || pe.Type != "AttributeError" || pe.Message != "module 'calc' has no attribute 'missing'" {
		t.Fatalf("Get(missing) error = %#v", err)
	}
	r, err := m.Eval(ctx, "scale(2) + factor.upper()")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := r.Str(); s != "ababAB" {
		t.Fatalf("Eval in the module = %v", r)
	}
}

func TestEval(t *testing.T) {
	in, _ := newInterp(t, pystm.Options{})
	ctx := context.Background()
	v, err := in.Eval(ctx, "  sum(range(10)) ** 20")
	if err != nil {
		t.Fatal(err)
	}
	g, err := v.Go(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Exp(big.NewInt(45), big.NewInt(20), nil)
	if b, ok := g.(*big.Int); !ok || b.Cmp(want) != 0 {
		t.Fatalf("45**20 = %T %v", g, g)
	}
	_, err = in.Eval(ctx, "1 +")
	var pe *pystm.Error
	if !errors.As(err, &pe) || pe.Type != "SyntaxError" {
		t.Fatalf("Eval('1 +') error = %v", err)
	}
}

type item struct {
	Name   string  `py:"name"`
	Price  float64 `py:"price"`
	Tags   []string
	Secret string `py:"-"`
	Note   string `py:"note,omitempty"`
	count  int
}

func TestConversions(t *testing.T) {
	in, _ := newInterp(t, pystm.Options{})
	ctx := context.Background()
	m, err := in.Exec(ctx, "conv.py", `
def describe(x):
    if isinstance(x, dict):
        return sorted((k, type(v).__name__) for k, v in x.items())
    return type(x).__name__, x
def echo(x):
    return x
`)
	if err != nil {
		t.Fatal(err)
	}
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		in   any
		repr string
	}{
		{nil, "('NoneType', None)"},
		{true, "('bool', True)"},
		{int8(-5), "('int', -5)"},
		{uint64(1 << 63), "('int', 9223372036854775808)"},
		{huge, "('int', 123456789012345678901234567890)"},
		{2.5, "('float', 2.5)"},
		{"héllo", "('str', 'héllo')"},
		{[]byte("ab"), "('bytes', b'ab')"},
		{[]int{1, 2}, "('list', [1, 2])"},
		{[2]string{"a", "b"}, "('list', ['a', 'b'])"},
		{map[string]int{"b": 2, "a": 1}, "[('a', 'int'), ('b', 'int')]"},
		{item{Name: "x", Price: 1.5, Tags: []string{"t"}, Secret: "s"}, "[('Tags', 'list'), ('name', 'str'), ('price', 'float')]"},
		{&item{Name: "y", Note: "n"}, "[('Tags', 'NoneType'), ('name', 'str'), ('note', 'str'), ('price', 'float')]"},
		{complex(1, 2), "('complex', (1+2j))"},
	}
	for _, c := range cases {
		v, err := m.Call(ctx, "describe", c.in)
		if err != nil {
			t.Fatalf("describe(%#v): %v", c.in, err)
		}
		r, err := v.Repr(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if r != c.repr {
			t.Errorf("describe(%#v) = %s, want %s", c.in, r, c.repr)
		}
	}

	// Python -> Go by the default mapping.
	v, err := m.Eval(ctx, `{"a": [1, 2.5, "s", None, True, b"x", (3,)], "b": {1: "one"}, "c": 10**30, "f": echo}`)
	if err != nil {
		t.Fatal(err)
	}
	g, err := v.Go(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gm := g.(map[string]any)
	wantA := []any{int64(1), 2.5, "s", nil, true, []byte("x"), []any{int64(3)}}
	if !reflect.DeepEqual(gm["a"], wantA) {
		t.Errorf("a = %#v", gm["a"])
	}
	if !reflect.DeepEqual(gm["b"], map[any]any{int64(1): "one"}) {
		t.Errorf("b = %#v", gm["b"])
	}
	if b, ok := gm["c"].(*big.Int); !ok || b.String() != "1"+strings.Repeat("0", 30) {
		t.Errorf("c = %#v", gm["c"])
	}
	fn, ok := gm["f"].(pystm.Value)
	if !ok {
		t.Fatalf("f = %#v, want a Value handle", gm["f"])
	}
	r, err := fn.Call(ctx, "back")
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := r.Str(); s != "back" {
		t.Errorf("echo('back') = %v", r)
	}

	// Python -> Go by Decode into a typed target.
	v, err = m.Eval(ctx, `{"name": "z", "price": 3, "Tags": ("p", "q"), "count": 7}`)
	if err != nil {
		t.Fatal(err)
	}
	var it item
	if err := v.Decode(ctx, &it); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(it, item{Name: "z", Price: 3, Tags: []string{"p", "q"}}) {
		t.Errorf("decoded %#v", it)
	}
	v, err = m.Eval(ctx, `{"name": 5}`)
	if err != nil {
		t.Fatal(err)
	}
	err = v.Decode(ctx, &it)
	var pe *pystm.Error
	if !errors.As(err, &pe) || pe.Type != "TypeError" || pe.Message != "must be str, not int" {
		t.Errorf("Decode of a wrong type: %v", err)
	}
}

func TestGoFunctions(t *testing.T) {
	in, _ := newInterp(t, pystm.Options{})
	ctx := context.Background()
	in.RegisterModule("gohelpers", map[string]any{
		"add":   func(a, b int) int { return a + b },
		"join":  func(sep string, parts ...string) string { return strings.Join(parts, sep) },
		"boom":  func() { panic("kaboom") },
		"fail":  func(x int) (int, error) { return 0, errors.New("no luck") },
		"bad":   func() error { return &pystm.Error{Type: "ValueError", Message: "bad value"} },
		"small": func(x int8) int8 { return x },
		"pi":    3.14,
	})
	m, err := in.Exec(ctx, "use.py", `
import gohelpers
def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
`)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		expr, want string
	}{
		{"gohelpers.add(2, 40)", "42"},
		{"attempt(gohelpers.add, 2, 'x')", "'TypeError: add() argument 2 must be int, not str'"},
		{"attempt(gohelpers.add, 2)", "'TypeError: add() takes exactly 2 arguments (1 given)'"},
		{"attempt(gohelpers.join)", "'TypeError: join() takes at least 1 argument (0 given)'"},
		{"gohelpers.join('-', 'a', 'b', 'c')", "'a-b-c'"},
		{"attempt(gohelpers.boom)", "'RuntimeError: panic in boom: kaboom'"},
		{"attempt(gohelpers.fail, 1)", "'RuntimeError: no luck'"},
		{"attempt(gohelpers.bad)", "'ValueError: bad value'"},
		{"attempt(gohelpers.small, 300)", "'OverflowError: Python int too large to convert to Go int8'"},
		{"attempt(lambda: gohelpers.add(1, b=2))", "'TypeError: add() takes no keyword arguments'"},
		{"gohelpers.pi", "3.14"},
	}
	for _, c := range cases {
		v, err := m.Eval(ctx, c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		r, _ := v.Repr(ctx)
		if r != c.want {
			t.Errorf("%s = %s, want %s", c.expr, r, c.want)
		}
	}
}

// TestCallbackReentry checks that a Go function given the call's context
// can call back into Python on the same thread (it would deadlock if it
// waited for a turn of its own).
func TestCallbackReentry(t *testing.T) {
	in, _ := newInterp(t, pystm.Options{})
	ctx := context.Background()
	apply, err := in.Func("apply_twice", func(ctx context.Context, f pystm.Value, x int) (int, error) {
		r, err := f.Call(ctx, x)
		if err != nil {
			return 0, err
		}
		var n int
		if err := r.Decode(ctx, &n); err != nil {
			return 0, err
		}
		r, err = f.Call(ctx, n)
		if err != nil {
			return 0, err
		}
		err = r.Decode(ctx, &n)
		return n, err
	})
	if err != nil {
		t.Fatal(err)
	}
	m, err := in.Exec(ctx, "re.py", `
def run(apply):
    return apply(lambda v: v * 10, 4)
def run_error(apply):
    try:
        apply(lambda v: 1 // 0, 4)
    except ZeroDivisionError as e:
        return "caught " + str(e)
`)
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.Call(ctx, "run", apply)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := v.Int64(); n != 400 {
		t.Fatalf("run = %v", v)
	}
	v, err = m.Call(ctx, "run_error", apply)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := v.Str(); s != "caught integer division or modulo by zero" {
		t.Fatalf("run_error = %v", v)
	}
}

func TestErrorTraceback(t *testing.T) {
	in, _ := newInterp(t, pystm.Options{})
	ctx := context.Background()
	m, err := in.Exec(ctx, "tb.py", `
def inner(d):
    return d["key"]

def outer():
    return inner({})
`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Call(ctx, "outer")
	var pe *pystm.Error
	if !errors.As(err, &pe) {
		t.Fatalf("error %T %v", err, err)
	}
	want := `Traceback (most recent call last):
  File "tb.py", line 6, in outer
    return inner({})
  File "tb.py", line 3, in inner
    return d["key"]
KeyError: 'key'
`
	if pe.Type != "KeyError" || pe.Message != "'key'" || pe.Traceback != want {
		t.Fatalf("got Type %q Message %q Traceback\n%s", pe.Type, pe.Message, pe.Traceback)
	}
	if err.Error() != "KeyError: 'key'" {
		t.Fatalf("Error() = %q", err.Error())
	}
	_, err = in.Exec(ctx, "boom.py", "class MyError(Exception): pass\nraise MyError('x')\n")
	if !errors.As(err, &pe) || pe.Type != "boom.MyError" || pe.Message != "x" {
		t.Fatalf("custom class error = %v", err)
	}
}

func TestClose(t *testing.T) {
	in := pystm.New(pystm.Options{})
	ctx := context.Background()
	if _, err := in.Exec(ctx, "th.py", `
import threading
done = []
def work():
    done.append(sum(range(1000)))
threading.Thread(target=work).start()
`); err != nil {
		t.Fatal(err)
	}
	if err := in.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Eval(ctx, "1"); !errors.Is(err, pystm.ErrClosed) {
		t.Fatalf("Eval after Close: %v", err)
	}
}

// TestPathImport imports a .py module from Options.Path and a Go module
// registered with RegisterModule, from the same script.
func TestPathImport(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "helper.py"), []byte("import gomod\ndef twice(x):\n    return gomod.double(x) * 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in, _ := newInterp(t, pystm.Options{Path: []string{dir}})
	in.RegisterModule("gomod", map[string]any{"double": func(x int) int { return 2 * x }})
	ctx := context.Background()
	v, err := in.Eval(ctx, "__import__('helper').twice(5)")
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := v.Int64(); n != 20 {
		t.Fatalf("helper.twice(5) = %v", v)
	}
	_, err = in.Eval(ctx, "__import__('nosuchmod')")
	var pe *pystm.Error
	if !errors.As(err, &pe) || pe.Type != "ModuleNotFoundError" || pe.Message != "No module named 'nosuchmod'" {
		t.Fatalf("missing module: %v", err)
	}
}
