package runtime

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Helpers shared by the container tests.

func newTestThread() *Thread { return (&Interpreter{}).NewThread() }

// readLines returns the lines of a file under testdata/containers.
func readLines(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open("testdata/containers/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

// parseInts parses space-separated ints into Values.
func parseInts(tb testing.TB, s string) []Value {
	tb.Helper()
	var out []Value
	for _, f := range strings.Fields(s) {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, Int(n))
	}
	return out
}

// ctCallMethod calls the built-in method name of v's type with args.
func ctCallMethod(t *Thread, v Value, name string, args ...Value) (Value, error) {
	fn, ok := TypeOf(v).Lookup(name)
	if !ok {
		return Value{}, Errorf(AttributeErrorType, "no method %s", name)
	}
	switch f := fn.obj.(type) {
	case *BuiltinFunction:
		return f.Fn(t, append([]Value{v}, args...), nil)
	case *ClassMethod:
		return f.Func.obj.(*BuiltinFunction).Fn(t, append([]Value{FromObject(TypeOf(v))}, args...), nil)
	case *StaticMethod:
		return f.Func.obj.(*BuiltinFunction).Fn(t, args, nil)
	}
	return Value{}, Errorf(TypeErrorType, "not a builtin method: %s", name)
}

// mustRepr returns repr(v) or fails.
func mustRepr(tb testing.TB, t *Thread, v Value) string {
	tb.Helper()
	r, err := Repr(t, v)
	if err != nil {
		tb.Fatalf("repr: %v", err)
	}
	return r
}

// errText renders an error as "Type: message" for comparisons.
func errText(err error) string {
	if e, ok := err.(*Exception); ok {
		return e.Type().Name + ": " + e.Message()
	}
	return err.Error()
}
