package runtime

// This file defines _json's decoder: CPython's C scanner (scan_once,
// scanstring, _match_number) in Go, with its grammar quirks ("1." is the
// int 1 followed by extra data, "\ud834\udd1e" joins into one character,
// a lone surrogate escape stays a lone surrogate) and its error messages
// and positions. It works on the UTF-8 bytes of the document and turns
// byte offsets into character positions only when it reports one.

import (
	"math"
	"strconv"
	"strings"
)

// jsonDecoder holds one scan call's document and hooks.
type jsonDecoder struct {
	t                           *Thread
	doc                         Value // the str being decoded (JSONDecodeError.doc)
	s                           string
	strict                      bool
	objectHook, pairsHook       Value // zero when None
	parseFloat, parseInt, parse Value // zero: the built-in float / int; parse: parse_constant
	errcls                      Value
	memo                        map[string]Value // object keys already made, shared
	stack                       []Value          // items of the arrays being scanned, innermost last
	sbuf                        []byte           // scratch for strings with escapes
}

// jsonScan is _json.scan(s, idx, whole, strict, object_hook,
// object_pairs_hook, parse_float, parse_int, parse_constant, errcls):
// decode the value at character index idx of s and return (value, end).
// With whole true, whitespace around the value is skipped and anything
// after it is "Extra data" (JSONDecoder.decode); otherwise it is
// raw_decode.
func jsonScan(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 10 || len(kwnames) != 0 {
		return Value{}, Errorf(TypeErrorType, "scan() takes exactly 10 arguments (%d given)", len(args))
	}
	s, ok := AsString(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "first argument must be a string, not %s", typeName(args[0]))
	}
	idx, ok := AsInt64(args[1])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[1]))
	}
	d := &jsonDecoder{t: t, doc: args[0], s: s, errcls: args[9]}
	var err error
	if d.strict, err = Truth(t, args[3]); err != nil {
		return Value{}, err
	}
	opt := func(v Value) Value {
		if v.IsNone() {
			return Value{}
		}
		return v
	}
	d.objectHook, d.pairsHook = opt(args[4]), opt(args[5])
	d.parseFloat, d.parseInt, d.parse = opt(args[6]), opt(args[7]), opt(args[8])
	if d.parseFloat.obj == FloatType {
		d.parseFloat = Value{}
	}
	if d.parseInt.obj == IntType {
		d.parseInt = Value{}
	}
	whole, err := Truth(t, args[2])
	if err != nil {
		return Value{}, err
	}
	if idx < 0 {
		return Value{}, Errorf(ValueErrorType, "idx cannot be negative")
	}
	pos := d.byteOffset(int(idx))
	if whole {
		pos = d.skipSpace(pos)
	}
	v, end, err := d.value(pos)
	if err != nil {
		return Value{}, err
	}
	if whole {
		if end = d.skipSpace(end); end != len(s) {
			return Value{}, d.fail("Extra data", end)
		}
	}
	return NewTupleOf(v, Int(int64(d.charPos(end)))), nil
}

// jsonDecode is _json.decode(s): loads(s) with every option at its
// default, without the Python layer (the error class is passed).
func jsonDecode(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 2 || len(kwnames) != 0 {
		return Value{}, Errorf(TypeErrorType, "decode() takes exactly 2 arguments (%d given)", len(args))
	}
	s, ok := AsString(args[0])
	if !ok {
		return Value{}, Errorf(TypeErrorType, "first argument must be a string, not %s", typeName(args[0]))
	}
	d := &jsonDecoder{t: t, doc: args[0], s: s, strict: true, errcls: args[1]}
	pos := d.skipSpace(0)
	v, end, err := d.value(pos)
	if err != nil {
		return Value{}, err
	}
	if end = d.skipSpace(end); end != len(s) {
		return Value{}, d.fail("Extra data", end)
	}
	return v, nil
}

// byteOffset converts a character index to a byte offset (past the end
// for an index past the end).
func (d *jsonDecoder) byteOffset(idx int) int {
	b := 0
	for i := 0; i < idx; i++ {
		if b >= len(d.s) {
			return len(d.s) + idx - i
		}
		_, n := DecodeCodePoint(d.s[b:])
		b += n
	}
	return b
}

// charPos converts a byte offset to a character index.
func (d *jsonDecoder) charPos(b int) int {
	if b > len(d.s) {
		return CodePointCount(d.s) + b - len(d.s)
	}
	return CodePointCount(d.s[:b])
}

// fail makes the JSONDecodeError msg at byte offset pos.
func (d *jsonDecoder) fail(msg string, pos int) error {
	ev, err := d.t.Call(d.errcls, []Value{NewStr(msg), d.doc, Int(int64(d.charPos(pos)))}, nil)
	if err != nil {
		return err
	}
	if e, ok := ev.obj.(*Exception); ok {
		return e
	}
	return Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

func (d *jsonDecoder) skipSpace(i int) int {
	for i < len(d.s) {
		switch d.s[i] {
		case ' ', '\t', '\n', '\r':
			i++
			continue
		}
		break
	}
	return i
}

// value is scan_once: the JSON value at byte offset i and the offset
// after it; no value there is "Expecting value" at i.
func (d *jsonDecoder) value(i int) (Value, int, error) {
	s := d.s
	if i >= len(s) {
		return Value{}, 0, d.fail("Expecting value", i)
	}
	switch s[i] {
	case '"':
		return d.str(i + 1)
	case '{':
		if err := d.t.EnterRecursive(" while decoding a JSON object from a unicode string"); err != nil {
			return Value{}, 0, err
		}
		v, end, err := d.object(i + 1)
		d.t.LeaveRecursive()
		return v, end, err
	case '[':
		if err := d.t.EnterRecursive(" while decoding a JSON array from a unicode string"); err != nil {
			return Value{}, 0, err
		}
		v, end, err := d.array(i + 1)
		d.t.LeaveRecursive()
		return v, end, err
	case 'n':
		if strings.HasPrefix(s[i:], "null") {
			return None, i + 4, nil
		}
	case 't':
		if strings.HasPrefix(s[i:], "true") {
			return True, i + 4, nil
		}
	case 'f':
		if strings.HasPrefix(s[i:], "false") {
			return False, i + 5, nil
		}
	case 'N':
		if strings.HasPrefix(s[i:], "NaN") {
			return d.constant("NaN", math.NaN(), i+3)
		}
	case 'I':
		if strings.HasPrefix(s[i:], "Infinity") {
			return d.constant("Infinity", math.Inf(1), i+8)
		}
	case '-':
		if strings.HasPrefix(s[i:], "-Infinity") {
			return d.constant("-Infinity", math.Inf(-1), i+9)
		}
	}
	return d.number(i)
}

func (d *jsonDecoder) constant(name string, f float64, end int) (Value, int, error) {
	if !d.parse.IsValid() {
		return Float(f), end, nil
	}
	v, err := d.t.Call(d.parse, []Value{NewStr(name)}, nil)
	return v, end, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number is _match_number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
func (d *jsonDecoder) number(start int) (Value, int, error) {
	s := d.s
	i := start
	if s[i] == '-' {
		i++
		if i >= len(s) {
			return Value{}, 0, d.fail("Expecting value", start)
		}
	}
	switch {
	case s[i] >= '1' && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case s[i] == '0':
		i++
	default:
		return Value{}, 0, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i+1 < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if isDigit(s[i-1]) {
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if isFloat {
		if d.parseFloat.IsValid() {
			v, err := d.t.Call(d.parseFloat, []Value{NewStr(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			return Value{}, 0, Errorf(ValueErrorType, "could not convert string to float: '%s'", text)
		}
		return Float(f), i, nil
	}
	if d.parseInt.IsValid() {
		v, err := d.t.Call(d.parseInt, []Value{NewStr(text)}, nil)
		return v, i, err
	}
	if len(text) < 19 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return Int(n), i, nil
	}
	v, err := parseIntLimit(text, 10, d.t.IntMaxStrDigits())
	return v, i, err
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// str is scanstring: the string whose opening quote is at begin-1.
func (d *jsonDecoder) str(begin int) (Value, int, error) {
	s := d.s
	// Fast path: no escapes.
	for i := begin; i < len(s); i++ {
		c := s[i]
		if c == '"' {
			return NewStr(s[begin:i]), i + 1, nil
		}
		if c == '\\' || (c < 0x20 && d.strict) {
			break
		}
	}
	buf := d.sbuf[:0]
	defer func() { d.sbuf = buf[:0] }()
	end := begin
	for {
		next := end
		for ; next < len(s); next++ {
			c := s[next]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && d.strict {
				return Value{}, 0, d.fail("Invalid control character at", next)
			}
		}
		if next >= len(s) {
			return Value{}, 0, d.fail("Unterminated string starting at", begin-1)
		}
		buf = append(buf, s[end:next]...)
		if s[next] == '"' {
			return NewStr(string(buf)), next + 1, nil
		}
		next++ // past the backslash
		if next == len(s) {
			return Value{}, 0, d.fail("Unterminated string starting at", begin-1)
		}
		c := s[next]
		if c != 'u' {
			end = next + 1
			var r byte
			switch c {
			case '"', '\\', '/':
				r = c
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return Value{}, 0, d.fail("Invalid \\escape", end-2)
			}
			buf = append(buf, r)
			continue
		}
		next++
		end = next + 4
		if end >= len(s) {
			return Value{}, 0, d.fail("Invalid \\uXXXX escape", next-1)
		}
		r, ok := hex4(s[next:end])
		if !ok {
			return Value{}, 0, d.fail("Invalid \\uXXXX escape", end-5)
		}
		if r >= 0xd800 && r <= 0xdbff && end+6 < len(s) && s[end] == '\\' && s[end+1] == 'u' {
			r2, ok := hex4(s[end+2 : end+6])
			if !ok {
				return Value{}, 0, d.fail("Invalid \\uXXXX escape", end+1)
			}
			if r2 >= 0xdc00 && r2 <= 0xdfff {
				r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
				end += 6
			}
		}
		buf = AppendCodePoint(buf, r)
	}
}

func hex4(s string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// object is _parse_object: the members after the '{' at i-1.
func (d *jsonDecoder) object(i int) (Value, int, error) {
	s := d.s
	var dict *Dict
	var pairs []Value
	if !d.pairsHook.IsValid() {
		dict = NewDict()
	}
	i = d.skipSpace(i)
	if i >= len(s) || s[i] != '}' {
		for {
			if i >= len(s) || s[i] != '"' {
				return Value{}, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			k, next, err := d.key(i + 1)
			if err != nil {
				return Value{}, 0, err
			}
			i = d.skipSpace(next)
			if i >= len(s) || s[i] != ':' {
				return Value{}, 0, d.fail("Expecting ':' delimiter", i)
			}
			i = d.skipSpace(i + 1)
			v, next, err := d.value(i)
			if err != nil {
				return Value{}, 0, err
			}
			if dict != nil {
				if err := dict.SetItem(d.t, k, v); err != nil {
					return Value{}, 0, err
				}
			} else {
				pairs = append(pairs, NewTupleOf(k, v))
			}
			i = d.skipSpace(next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return Value{}, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipSpace(i + 1)
		}
	}
	end := i + 1
	if dict == nil {
		v, err := d.t.Call(d.pairsHook, []Value{FromObject(NewList(pairs))}, nil)
		return v, end, err
	}
	if d.objectHook.IsValid() {
		v, err := d.t.Call(d.objectHook, []Value{FromObject(dict)}, nil)
		return v, end, err
	}
	return FromObject(dict), end, nil
}

// key scans an object key, reusing the str made for an equal key before
// (CPython's memo), so repeated keys share one object and its hash.
func (d *jsonDecoder) key(begin int) (Value, int, error) {
	s := d.s
	for i := begin; i < len(s); i++ {
		c := s[i]
		if c == '"' {
			raw := s[begin:i]
			if k, ok := d.memo[raw]; ok {
				return k, i + 1, nil
			}
			if d.memo == nil {
				d.memo = map[string]Value{}
			}
			k := NewStr(raw)
			d.memo[raw] = k
			return k, i + 1, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	return d.str(begin)
}

// array is _parse_array: the items after the '[' at i-1.
func (d *jsonDecoder) array(i int) (Value, int, error) {
	s := d.s
	// The items go on a stack shared by all arrays of the document and are
	// copied once into an exact-size slice: one allocation per array.
	base := len(d.stack)
	defer func() { clear(d.stack[base:]); d.stack = d.stack[:base] }()
	i = d.skipSpace(i)
	if i >= len(s) || s[i] != ']' {
		for {
			v, next, err := d.value(i)
			if err != nil {
				return Value{}, 0, err
			}
			d.stack = append(d.stack, v)
			i = d.skipSpace(next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return Value{}, 0, d.fail("Expecting ',' delimiter", i)
			}
			i = d.skipSpace(i + 1)
		}
	}
	items := make([]Value, len(d.stack)-base)
	copy(items, d.stack[base:])
	return FromObject(NewList(items)), i + 1, nil
}
