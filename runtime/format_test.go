package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// parsePyLiteral parses the repr of an int, float, bool or str as written
// by gen.py.
func parsePyLiteral(tb testing.TB, kind, s string) Value {
	tb.Helper()
	switch kind {
	case "int":
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return Int(n)
		}
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			tb.Fatalf("bad int %q", s)
		}
		return NewInt(b)
	case "float":
		switch s {
		case "inf":
			return Float(math.Inf(1))
		case "-inf":
			return Float(math.Inf(-1))
		case "nan":
			return Float(math.NaN())
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			tb.Fatal(err)
		}
		return Float(f)
	case "bool":
		return Bool(s == "True")
	case "str":
		u, err := strconv.Unquote("\"" + s[1:len(s)-1] + "\"")
		if err != nil {
			tb.Fatal(err)
		}
		return NewStr(u)
	}
	tb.Fatalf("bad kind %q", kind)
	return Value{}
}

// TestFormatSpecTable checks format(value, spec) against a table made by
// python3 (testdata/containers/gen.py), errors included.
func TestFormatSpecTable(t *testing.T) {
	th := newTestThread()
	for i, line := range readLines(t, "format.txt") {
		f := strings.SplitN(line, "\t", 4)
		v := parsePyLiteral(t, f[0], f[1])
		got, err := FormatValue(th, v, f[2])
		var res string
		if err != nil {
			res = "ERR " + errText(err)
		} else {
			res = "OK " + got
		}
		if res != f[3] {
			t.Errorf("line %d: format(%s, %q) = %q, want %q", i+1, f[1], f[2], res, f[3])
		}
	}
}

func TestHashesMatchCPython(t *testing.T) {
	th := newTestThread()
	for _, line := range readLines(t, "hashes.txt") {
		f := strings.Split(line, "|")
		want, _ := strconv.ParseInt(f[2], 10, 64)
		var got int64
		var err error
		switch f[0] {
		case "int":
			got, err = Hash(th, parsePyLiteral(t, "int", f[1]))
		case "float":
			got, err = Hash(th, parsePyLiteral(t, "float", f[1]))
		case "frozenset":
			s := NewFrozenSet()
			if f[1] == "nested" {
				in := NewFrozenSet()
				in.Add(th, Int(1))
				s.Add(th, FromObject(in))
			} else {
				for _, x := range parseInts(t, f[1]) {
					s.Add(th, x)
				}
			}
			got, err = Hash(th, FromObject(s))
		case "tuple":
			continue // see TestTupleHash
		}
		if err != nil || got != want {
			t.Errorf("hash %s %s = %d, %v; want %d", f[0], f[1], got, err, want)
		}
	}
}

func TestTupleHash(t *testing.T) {
	th := newTestThread()
	tup := func(xs ...Value) Value { return NewTuple(xs) }
	cases := map[string]Value{
		"()":                  tup(),
		"(1,)":                tup(Int(1)),
		"(1, 2)":              tup(Int(1), Int(2)),
		"(1, 2, 3)":           tup(Int(1), Int(2), Int(3)),
		"(-1,)":               tup(Int(-1)),
		"(0, 0)":              tup(Int(0), Int(0)),
		"((1, 2), 3)":         tup(tup(Int(1), Int(2)), Int(3)),
		"(1.5, 2)":            tup(Float(1.5), Int(2)),
		"(1, (2, (3, (4,))))": tup(Int(1), tup(Int(2), tup(Int(3), tup(Int(4))))),
	}
	found := 0
	for _, line := range readLines(t, "hashes.txt") {
		f := strings.Split(line, "|")
		if f[0] != "tuple" {
			continue
		}
		v, ok := cases[f[1]]
		if !ok {
			continue
		}
		found++
		want, _ := strconv.ParseInt(f[2], 10, 64)
		got, err := Hash(th, v)
		if err != nil || got != want {
			t.Errorf("hash%s = %d, %v; want %d", f[1], got, err, want)
		}
	}
	if found != len(cases) {
		t.Errorf("found %d of %d cases in hashes.txt", found, len(cases))
	}
}
