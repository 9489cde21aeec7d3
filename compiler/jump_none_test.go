package compiler

import (
	"strings"
	"testing"
)

// TestIsNoneJumps checks that `x is None` and `x is not None` as
// conditions compile to one POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE (no
// LOAD_CONST None, IS_OP), as CPython 3.11 does, and that other uses of
// `is` keep IS_OP.
func TestIsNoneJumps(t *testing.T) {
	got, err := compileString(t, `
def f(x):
    if x is None:
        return 1
    while x is not None:
        x = None
    return 2
`)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"POP_JUMP_IF_NOT_NONE", "POP_JUMP_IF_NONE"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
	if strings.Contains(got, "IS_OP") {
		t.Errorf("IS_OP left in\n%s", got)
	}
	got, err = compileString(t, `
def g(x, y):
    if x is y:
        return x is None
    return None is x
`)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(got, "IS_OP"); n != 3 {
		t.Errorf("%d IS_OP, want 3 (x is y, and the values of the two other tests), in\n%s", n, got)
	}
}
