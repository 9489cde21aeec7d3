package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// runWith runs src as __main__ in a new interpreter and returns stdout,
// stderr and the exit status.
func runWith(t *testing.T, opts Options, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	opts.Stdout, opts.Stderr, opts.Stdin = &out, &errb, strings.NewReader("")
	in := New(opts)
	status := in.RunMain([]byte(src), "<test>")
	return out.String(), errb.String(), status
}

func greetModule(word string) ModuleFunc {
	return func(t *Thread) (*Module, error) {
		m := NewModule("greet")
		m.Dict.SetStr("word", NewStr(word))
		return m, nil
	}
}

// Modules registered on one interpreter are invisible to another, and
// interpreters configured on several goroutines at once do not race.
func TestInterpreterModulesArePerInterpreter(t *testing.T) {
	var wg sync.WaitGroup
	outs := make([]string, 8)
	for i := range outs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var in *Interpreter
			word := strings.Repeat("x", i+1)
			var out bytes.Buffer
			if i%2 == 0 {
				in = New(Options{Stdout: &out, Stderr: &out, Modules: map[string]ModuleFunc{"greet": greetModule(word)}})
			} else {
				in = New(Options{Stdout: &out, Stderr: &out})
				in.RegisterModule("greet", greetModule(word))
			}
			in.RunMain([]byte("import greet\nprint(greet.word, greet)\n"), "<test>")
			outs[i] = out.String()
		}(i)
	}
	wg.Wait()
	for i, got := range outs {
		want := strings.Repeat("x", i+1) + " <module 'greet' (built-in)>\n"
		if got != want {
			t.Errorf("interpreter %d printed %q, want %q", i, got, want)
		}
	}
	out, _, _ := runWith(t, Options{}, "try:\n import greet\nexcept ImportError as e:\n print(e)\n")
	if out != "No module named 'greet'\n" {
		t.Errorf("a plain interpreter sees another's module: %q", out)
	}
}

func TestRegisterModuleAfterStartPanics(t *testing.T) {
	New(Options{})
	defer func() {
		if recover() == nil {
			t.Error("RegisterModule after New did not panic")
		}
	}()
	RegisterModule("late_module", greetModule("late"))
}

// PYSTMPATH's directories follow Options.Path on sys.path, unless
// IgnoreEnvironment is set.
func TestPYSTMPATH(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(b, "envmod.py"), []byte("X = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYSTMPATH", a+string(os.PathListSeparator)+b)
	src := "import sys\nprint(sys.path[1:] == [" + StrRepr(a) + ", " + StrRepr(b) + "])\nimport envmod\nprint(envmod.X, envmod.__file__ == " + StrRepr(filepath.Join(b, "envmod.py")) + ")\n"
	out, errs, status := runWith(t, Options{Path: []string{"/nonexistent"}}, src)
	if out != "True\n42 True\n" || status != 0 {
		t.Errorf("got %q %q %d", out, errs, status)
	}
	out, _, _ = runWith(t, Options{IgnoreEnvironment: true}, "import sys\nprint(len(sys.path))\ntry:\n import envmod\nexcept ImportError as e:\n print(e)\n")
	if out != "0\nNo module named 'envmod'\n" {
		t.Errorf("IgnoreEnvironment: got %q", out)
	}
}

// A registration can be removed, and a Go module that returns no module
// gives an ImportError instead of a crash.
func TestRegisterModuleNilAndBadCreate(t *testing.T) {
	opts := Options{Modules: map[string]ModuleFunc{
		"gone":  greetModule("x"),
		"empty": func(t *Thread) (*Module, error) { return nil, nil },
	}}
	var out bytes.Buffer
	opts.Stdout, opts.Stderr = &out, &out
	in := New(opts)
	in.RegisterModule("gone", nil)
	in.RunMain([]byte("for n in ['gone', 'empty']:\n try:\n  __import__(n)\n except ImportError as e:\n  print(type(e).__name__, e)\n"), "<test>")
	want := "ModuleNotFoundError No module named 'gone'\nImportError module 'empty' written in Go returned no module\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
