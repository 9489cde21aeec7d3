package syntax

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// FuzzParse checks that no input makes the parser panic, and that an
// accepted module can be dumped.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
		"f'{a!r:>{w}}'\n", "[x for x in y if z]\n", "if x:\n\tpass\nelse:\n  y\n",
		"try:\n pass\nexcept* E as e:\n pass\nfinally:\n pass\n",
		"with (a as b, c):\n  pass\n", "lambda *a, **k: (yield)\n", "0x_1f + 1e5j + 0o7\n",
		"'\\N{EM DASH}\\x41\\u1234' b'\\x00'\n", "@d\nclass C(A, metaclass=M): ...\n",
		"match x:\n case 1: pass\n", "async def f():\n await x\n", "a[1:2, ::3, *b]\n",
		strings.Repeat("(", 300), strings.Repeat("-", 3000) + "1", "x = (\n", "\"\"\"\n",
	} {
		f.Add([]byte(s))
	}
	// The CPython-checked programs, valid and broken, are seeds too.
	var cases []struct{ Src string }
	for _, name := range []string{"ast_cases.json", "error_cases.json", "mutation_errors.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		if err := json.Unmarshal(data, &cases); err != nil {
			f.Fatal(err)
		}
		for _, c := range cases {
			f.Add([]byte(c.Src))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := Parse("<fuzz>", src)
		if err == nil {
			Dump(mod)
		} else if _, ok := err.(*Error); !ok {
			t.Fatalf("error of type %T", err)
		}
		for _, parse := range []func() error{
			func() error { _, err := ParseExpr("<fuzz>", src); return err },
			func() error { _, err := ParseSingle("<fuzz>", src); return err },
		} {
			if err := parse(); err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("error of type %T", err)
				}
			}
		}
	})
}

// TestDeepNesting checks that pathological nesting gives an error, not a
// stack overflow.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 10000),
		strings.Repeat("-", 100000) + "1",
		strings.Repeat("not ", 100000) + "x",
		strings.Repeat("[", 199) + strings.Repeat("]", 199),
		"x" + strings.Repeat(".a", 100000),
		strings.Repeat("lambda: ", 100000) + "1",
		strings.Repeat("a if b else ", 100000) + "c",
		strings.Repeat("f(", 150) + strings.Repeat(")", 150),
		"x = " + strings.Repeat("1 + ", 100000) + "1",
	} {
		_, err := Parse("<s>", []byte(src))
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Errorf("%.20q: error %T", src, err)
			}
		}
	}
	_, err := Parse("<s>", []byte(strings.Repeat("(", 10000)))
	if e, ok := err.(*Error); !ok || e.Msg != "too many nested parentheses" || e.Col != 201 {
		t.Errorf("10000 '(': got %v", err)
	}
}
