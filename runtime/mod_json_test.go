package runtime

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

// TestJSONFloatFastPathMatchesRepr checks the encoder's fixed-notation
// shortcut against FloatRepr over random bit patterns and the edges of
// repr's fixed range (1e-4 and 1e16, where the notation switches).
func TestJSONFloatFastPathMatchesRepr(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	check := func(f float64) {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return
		}
		if got, want := string(appendFloatRepr(nil, f)), FloatRepr(f); got != want {
			t.Errorf("appendFloatRepr(%v) = %q, want %q", f, got, want)
		}
	}
	for i := 0; i < 200000; i++ {
		check(math.Float64frombits(r.Uint64()))
		check(r.Float64() * math.Pow(10, float64(r.Intn(40)-20)))
		check(float64(r.Int63n(1 << 54)))
	}
	for _, edge := range []float64{1e-4, 1e16, 0.1, 100, 123456789012345.6, 9007199254740993} {
		for _, f := range []float64{edge, math.Nextafter(edge, 0), math.Nextafter(edge, math.Inf(1))} {
			check(f)
			check(-f)
		}
	}
}

// TestJSONStringEscapes compares with CPython's encode_basestring_ascii
// and encode_basestring outputs.
func TestJSONStringEscapes(t *testing.T) {
	cases := []struct{ in, ascii, raw string }{
		{"a\"b\\c", `"a\"b\\c"`, `"a\"b\\c"`},
		{"\x00\x1f\x7f\n\t\r\b\f", `"\u0000\u001f\u007f\n\t\r\b\f"`, "\"\\u0000\\u001f\x7f\\n\\t\\r\\b\\f\""},
		{"é€😀", `"\u00e9\u20ac\ud83d\ude00"`, `"é€😀"`},
		{CodePointString(0xd800) + "x", `"\ud800x"`, "\"" + CodePointString(0xd800) + "x\""},
	}
	for _, c := range cases {
		if got := string(appendJSONString(nil, c.in, true)); got != c.ascii {
			t.Errorf("ascii %q: got %s want %s", c.in, got, c.ascii)
		}
		if got := string(appendJSONString(nil, c.in, false)); got != c.raw {
			t.Errorf("raw %q: got %s want %s", c.in, got, c.raw)
		}
	}
}

// jsonBenchDoc is a JSON array of n records like those of the design
// notes' measurement (nested objects, floats, escapes, non-ASCII).
func jsonBenchDoc(n int) string {
	var b []byte
	b = append(b, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, `{"id": `...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `, "name": "item`...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, `", "price": `...)
		b = appendFloatRepr(b, float64(i)*1.37+0.01)
		b = append(b, `, "tags": ["a", "bb"], "nested": {"x": 3, "y": [1.5, 2.5, null, true], "s": "caf\u00e9 \"q\" \n"}, "flag": false}`...)
	}
	return string(append(b, ']'))
}

// TestJSONDecodeEncodeRoundTrip decodes a document and encodes it back
// with the same separators: the text must come back unchanged.
func TestJSONDecodeEncodeRoundTrip(t *testing.T) {
	th := testThread()
	doc := jsonBenchDoc(50)
	v, err := jsonDecode(th, []Value{NewStr(doc), FromObject(ValueErrorType)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonEncode(th, []Value{v, False, True, True, True, False, None, NewStr(", "), NewStr(": "), None}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := AsString(out); s != doc {
		t.Errorf("round trip differs:\n%s\n%s", s[:200], doc[:200])
	}
}

func BenchmarkJSONDecode(b *testing.B) {
	th := testThread()
	doc := NewStr(jsonBenchDoc(2000))
	b.SetBytes(int64(len(doc.obj.(*Str).s)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := jsonDecode(th, []Value{doc, FromObject(ValueErrorType)}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkJSONEncode(b *testing.B) {
	th := testThread()
	doc := jsonBenchDoc(2000)
	v, err := jsonDecode(th, []Value{NewStr(doc), FromObject(ValueErrorType)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	args := []Value{v, False, True, True, True, False, None, NewStr(", "), NewStr(": "), None}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := jsonEncode(th, args, nil); err != nil {
			b.Fatal(err)
		}
	}
}
