package runtime

// This file defines _json's encoder: the whole of JSONEncoder.encode in
// Go, with the options of CPython's json module (skipkeys, ensure_ascii,
// check_circular, allow_nan, sort_keys, indent, separators, default). It
// produces CPython's text byte for byte: the C encoder's layout when
// indent is None and the Python encoder's (json/encoder.py
// _make_iterencode) when it is given, floats as float.__repr__, ints as
// int.__repr__ (also for int and float subclasses), and the same errors.
// The json module itself (mod_json_py.go) is Python on top of this.

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonEncoder holds one encode call's options and output.
type jsonEncoder struct {
	t                                  *Thread
	buf                                []byte
	skipkeys, ensureASCII, allowNaN    bool
	checkCircular, sortKeys, hasIndent bool
	indent, itemSep, keySep            string
	dflt                               Value           // the default(o) callable
	markers                            map[Object]bool // containers being encoded (check_circular)
	level                              int             // indent level
}

const jsonRecursion = " while encoding a JSON object"

// jsonEncode is _json.encode(obj, skipkeys, ensure_ascii, check_circular,
// allow_nan, sort_keys, indent, item_separator, key_separator, default):
// the JSON text of obj. indent is None or a str.
func jsonEncode(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 10 || len(kwnames) != 0 {
		return Value{}, Errorf(TypeErrorType, "encode() takes exactly 10 arguments (%d given)", len(args))
	}
	e := &jsonEncoder{t: t, dflt: args[9]}
	var err error
	flags := []*bool{&e.skipkeys, &e.ensureASCII, &e.checkCircular, &e.allowNaN, &e.sortKeys}
	for i, p := range flags {
		if *p, err = Truth(t, args[1+i]); err != nil {
			return Value{}, err
		}
	}
	if !args[6].IsNone() {
		s, ok := AsString(args[6])
		if !ok {
			return Value{}, mustBe("indent", "str or None", args[6])
		}
		e.indent, e.hasIndent = s, true
	}
	var ok1, ok2 bool
	e.itemSep, ok1 = AsString(args[7])
	e.keySep, ok2 = AsString(args[8])
	if !ok1 || !ok2 {
		return Value{}, Errorf(TypeErrorType, "make_encoder() argument 6 must be str, not %s", typeName(args[7]))
	}
	if e.checkCircular {
		e.markers = map[Object]bool{}
	}
	if err := e.encode(args[0]); err != nil {
		return Value{}, err
	}
	return NewStr(string(e.buf)), nil
}

// encode appends the JSON text of v, in the order of CPython's checks:
// str, None/True/False, int, float, list/tuple, dict, then default().
func (e *jsonEncoder) encode(v Value) error {
	switch o := v.obj.(type) {
	case *Str:
		e.buf = appendJSONString(e.buf, o.s, e.ensureASCII)
		return nil
	case noneTag:
		e.buf = append(e.buf, "null"...)
		return nil
	case boolTag:
		if v.AsBool() {
			e.buf = append(e.buf, "true"...)
		} else {
			e.buf = append(e.buf, "false"...)
		}
		return nil
	case intTag:
		e.buf = strconv.AppendInt(e.buf, v.AsInt(), 10)
		return nil
	case *BigInt:
		s, err := intRepr(0, o.b, e.t.IntMaxStrDigits())
		if err != nil {
			return err
		}
		e.buf = append(e.buf, s...)
		return nil
	case floatTag:
		return e.float(v.AsFloat())
	case *FloatObj:
		return e.float(o.f)
	case *List:
		return e.list(o, o.Items(e.t))
	case *Tuple:
		return e.list(o, o.items)
	case *Dict:
		return e.dict(o)
	}
	return e.other(v)
}

// other encodes what default(o) returns for an object JSON has no form for.
func (e *jsonEncoder) other(v Value) error {
	o := v.obj
	if e.markers != nil {
		if e.markers[o] {
			return Errorf(ValueErrorType, "Circular reference detected")
		}
		e.markers[o] = true
	}
	if err := e.t.EnterRecursive(jsonRecursion); err != nil {
		return err
	}
	r, err := e.t.Call(e.dflt, []Value{v}, nil)
	if err == nil {
		err = e.encode(r)
	}
	e.t.LeaveRecursive()
	if e.markers != nil {
		delete(e.markers, o)
	}
	return err
}

func (e *jsonEncoder) float(f float64) error {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			if e.hasIndent { // CPython's Python encoder (used for indent) names the value
				return Errorf(ValueErrorType, "Out of range float values are not JSON compliant: %s", FloatRepr(f))
			}
			return Errorf(ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case math.IsNaN(f):
			e.buf = append(e.buf, "NaN"...)
		case f > 0:
			e.buf = append(e.buf, "Infinity"...)
		default:
			e.buf = append(e.buf, "-Infinity"...)
		}
		return nil
	}
	e.buf = appendFloatRepr(e.buf, f)
	return nil
}

// appendFloatRepr appends repr(f) for a finite f. In repr's fixed-notation
// range (1e-4 <= |f| < 1e16) strconv's shortest fixed form has the same
// digits; elsewhere FloatRepr decides.
func appendFloatRepr(buf []byte, f float64) []byte {
	if a := math.Abs(f); a >= 1e-4 && a < 1e16 {
		n := len(buf)
		buf = strconv.AppendFloat(buf, f, 'f', -1, 64)
		for _, c := range buf[n:] {
			if c == '.' {
				return buf
			}
		}
		return append(buf, ".0"...)
	}
	return append(buf, FloatRepr(f)...)
}

// enter marks a container as being encoded (circular check) and counts
// the recursion depth.
func (e *jsonEncoder) enter(o Object) error {
	if e.markers != nil {
		if e.markers[o] {
			return Errorf(ValueErrorType, "Circular reference detected")
		}
		e.markers[o] = true
	}
	if err := e.t.EnterRecursive(jsonRecursion); err != nil {
		if e.markers != nil {
			delete(e.markers, o)
		}
		return err
	}
	return nil
}

func (e *jsonEncoder) leave(o Object) {
	e.t.LeaveRecursive()
	if e.markers != nil {
		delete(e.markers, o)
	}
}

// newline starts a line at the current indent level (indent mode only).
func (e *jsonEncoder) newline() {
	e.buf = append(e.buf, '\n')
	for i := 0; i < e.level; i++ {
		e.buf = append(e.buf, e.indent...)
	}
}

func (e *jsonEncoder) list(o Object, items []Value) error {
	if len(items) == 0 {
		e.buf = append(e.buf, "[]"...)
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	defer e.leave(o)
	e.buf = append(e.buf, '[')
	if e.hasIndent {
		e.level++
		e.newline()
	}
	for i, x := range items {
		if i > 0 {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		if err := e.encode(x); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, ']')
	return nil
}

func (e *jsonEncoder) dict(d *Dict) error {
	if d.Len() == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if err := e.enter(d); err != nil {
		return err
	}
	defer e.leave(d)
	keys, vals := d.Entries(e.t)
	if e.sortKeys {
		s := &sorter{t: e.t, keys: keys, vals: vals}
		if err := s.sort(); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '{')
	if e.hasIndent {
		e.level++
		e.newline()
	}
	first := true
	for i, k := range keys {
		mark := len(e.buf)
		if !first {
			e.buf = append(e.buf, e.itemSep...)
			if e.hasIndent {
				e.newline()
			}
		}
		ok, err := e.key(k)
		if err != nil {
			return err
		}
		if !ok { // skipkeys: drop the separator written for it
			e.buf = e.buf[:mark]
			continue
		}
		first = false
		e.buf = append(e.buf, e.keySep...)
		if err := e.encode(vals[i]); err != nil {
			return err
		}
	}
	if e.hasIndent {
		e.level--
		e.newline()
	}
	e.buf = append(e.buf, '}')
	return nil
}

// key appends a dict key as a JSON string; false means skipped.
func (e *jsonEncoder) key(k Value) (bool, error) {
	switch o := k.obj.(type) {
	case *Str:
		e.buf = appendJSONString(e.buf, o.s, e.ensureASCII)
		return true, nil
	case floatTag, *FloatObj:
		e.buf = append(e.buf, '"')
		f, _, _ := floatOf(k)
		if err := e.float(f); err != nil {
			return false, err
		}
		e.buf = append(e.buf, '"')
		return true, nil
	case boolTag, noneTag, intTag, *BigInt:
		e.buf = append(e.buf, '"')
		if err := e.encode(k); err != nil {
			return false, err
		}
		e.buf = append(e.buf, '"')
		return true, nil
	}
	if e.skipkeys {
		return false, nil
	}
	return false, Errorf(TypeErrorType, "keys must be str, int, float, bool or None, not %s", typeName(k))
}

const jsonHex = "0123456789abcdef"

// appendJSONString appends s as a JSON string literal: CPython's
// encode_basestring_ascii (every character outside ' '..'~' escaped) or
// encode_basestring (only '"', '\\' and control characters escaped).
func appendJSONString(buf []byte, s string, ascii bool) []byte {
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ascii) {
			i++
			continue
		}
		buf = append(buf, s[start:i]...)
		if c < utf8.RuneSelf {
			buf = appendJSONEscape(buf, rune(c))
			i++
		} else {
			r, n := DecodeCodePoint(s[i:])
			if r >= 0x10000 {
				r -= 0x10000
				buf = appendJSONEscape(buf, 0xd800|(r>>10))
				buf = appendJSONEscape(buf, 0xdc00|(r&0x3ff))
			} else {
				buf = appendJSONEscape(buf, r)
			}
			i += n
		}
		start = i
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func appendJSONEscape(buf []byte, r rune) []byte {
	switch r {
	case '"':
		return append(buf, '\\', '"')
	case '\\':
		return append(buf, '\\', '\\')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	}
	return append(buf, '\\', 'u', jsonHex[r>>12&15], jsonHex[r>>8&15], jsonHex[r>>4&15], jsonHex[r&15])
}

// jsonEncodeString makes encode_basestring(_ascii).
func jsonEncodeString(name string, ascii bool) Value {
	return NewBuiltin(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOne(name, args, kwnames); err != nil {
			return Value{}, err
		}
		s, ok := AsString(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "first argument must be a string, not %s", typeName(args[0]))
		}
		return NewStr(string(appendJSONString(nil, s, ascii))), nil
	})
}

func init() {
	RegisterModule("_json", func(t *Thread) (*Module, error) {
		m := NewModule("_json")
		m.Dict.SetStr("encode", NewBuiltin("encode", jsonEncode))
		m.Dict.SetStr("decode", NewBuiltin("decode", jsonDecode))
		m.Dict.SetStr("scan", NewBuiltin("scan", jsonScan))
		m.Dict.SetStr("encode_basestring_ascii", jsonEncodeString("encode_basestring_ascii", true))
		m.Dict.SetStr("encode_basestring", jsonEncodeString("encode_basestring", false))
		return m, nil
	})
	RegisterModule("json", func(t *Thread) (*Module, error) { return t.loadEmbedded("json", jsonSource) })
}
