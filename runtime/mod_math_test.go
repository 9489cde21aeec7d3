package runtime

import (
	"bytes"
	"os"
	"testing"
)

// TestMathModule runs testdata/math.py with the math module registered and
// compares with CPython's output (testdata/math.want, from python3).
func TestMathModule(t *testing.T) {
	src, err := os.ReadFile("testdata/math.py")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/math.want")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &errb})
	in.modules.SetStr("math", FromObject(newMathModule()))
	if code := in.RunMain(src, "math.py"); code != 0 || out.String() != string(want) {
		t.Errorf("exit %d\ngot:\n%s\nwant:\n%s\nstderr:\n%s", code, out.String(), want, errb.String())
	}
}
