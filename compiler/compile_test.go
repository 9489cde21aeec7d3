package compiler

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pystm/pystm/compiler/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden disassembly files")

func compileString(t *testing.T, src string) (string, error) {
	t.Helper()
	mod, err := syntax.Parse("t.py", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := Compile(mod, "t.py")
	if err != nil {
		return "", err
	}
	return code.Disassemble(), nil
}

// TestDisassemblyGolden compiles each testdata/*.py snippet and compares
// its disassembly with the .dis file beside it (-update rewrites them
// after the listing has been checked by eye).
func TestDisassemblyGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no golden snippets")
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := compileString(t, string(src))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		golden := strings.TrimSuffix(path, ".py") + ".dis"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: disassembly differs\n--- got\n%s\n--- want\n%s", path, got, want)
		}
	}
}

// TestSyntaxErrors checks the errors the compiler (not the parser) finds,
// with CPython's messages and lines.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		src, msg string
		line     int
	}{
		{"x = 1\nreturn x\n", "'return' outside function", 2},
		{"break\n", "'break' outside loop", 1},
		{"while 1:\n    def f():\n        continue\n", "'continue' not properly in loop", 3},
		{"yield 1\n", "'yield' outside function", 1},
		{"class C:\n    yield 1\n", "'yield' outside function", 2},
		{"def f(x, x):\n    pass\n", "duplicate argument 'x' in function definition", 1},
		{"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3},
		{"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3},
		{"def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 2},
		{"nonlocal z\n", "nonlocal declaration not allowed at module level", 1},
		{"def f(a):\n    global a\n", "name 'a' is parameter and global", 2},
		{"[(yield) for x in y]\n", "'yield' inside list comprehension", 1},
		{"def f():\n    global x\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 4},
		{"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 5},
		{"def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "'break', 'continue' and 'return' cannot appear in an except* block", 5},
	}
	for _, tc := range tests {
		_, err := compileString(t, tc.src)
		se, ok := err.(*syntax.Error)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %q", tc.src, err, tc.msg)
			continue
		}
		if se.Msg != tc.msg || se.Line != tc.line || se.Kind != "SyntaxError" {
			t.Errorf("%q: got %s line %d %q, want line %d %q", tc.src, se.Kind, se.Line, se.Msg, tc.line, tc.msg)
		}
	}
}

// TestScopes checks name resolution through the ops the code uses.
func TestScopes(t *testing.T) {
	src := `
g = 1
def outer(a):
    b = 2
    def inner():
        nonlocal b
        b += a
        return g
    class C:
        b = 3
        def m(self):
            return b
    return inner, C
`
	dis, err := compileString(t, src)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"cells: a b",              // outer: a and b captured
		"LOAD_DEREF 0 (a)",        // inner reads the free a
		"STORE_DEREF 1 (b)",       // inner assigns the nonlocal b
		"LOAD_GLOBAL 0 (g)",       // implicit global in a function
		"STORE_NAME 3 (b)",        // the class body's own b
		"code outer.<locals>.C.m", // qualified names
	} {
		if !strings.Contains(dis, want) {
			t.Errorf("disassembly lacks %q:\n%s", want, dis)
		}
	}
}

// TestUnparse checks annotation strings against python3's ast.unparse.
func TestUnparse(t *testing.T) {
	tests := map[string]string{
		"int | None":                 "int | None",
		"'str'":                      "'str'",
		"dict[str, tuple[int, ...]]": "dict[str, tuple[int, ...]]",
		"a.b.c[1:2]":                 "a.b.c[1:2]",
		"Callable[[int, str], bool]": "Callable[[int, str], bool]",
		"(1, 2)":                     "(1, 2)",
		"x if y else z":              "x if y else z",
		"f(1, *a, k=2)":              "f(1, *a, k=2)",
		"not a and b or c":           "not a and b or c",
		"(a + b) * c ** -d":          "(a + b) * c ** (-d)",
	}
	for src, want := range tests {
		e, err := syntax.ParseExpr("t.py", []byte(src))
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if got := unparse(e); got != want {
			t.Errorf("unparse(%s) = %q, want %q", src, got, want)
		}
	}
}
