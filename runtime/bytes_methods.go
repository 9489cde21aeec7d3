package runtime

import (
	"bytes"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file gives bytes and bytearray their Python behaviour, and holds
// the codecs str.encode and bytes.decode use (utf-8, ascii, latin-1).

// normEncoding maps an encoding name to utf-8, ascii or latin-1.
func normEncoding(enc string) (string, bool) {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8":
		return "utf-8", true
	case "ascii", "us-ascii":
		return "ascii", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "cp819":
		return "latin-1", true
	}
	return "", false
}

func strEncode(t *Thread, s *Str, a []Value) (Value, error) {
	enc, errs := "utf-8", "strict"
	if len(a) > 0 {
		e, ok := AsString(a[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "encode() argument 'encoding' must be str, not %s", TypeOf(a[0]).Name)
		}
		enc = e
	}
	if len(a) > 1 {
		e, ok := AsString(a[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "encode() argument 'errors' must be str, not %s", TypeOf(a[1]).Name)
		}
		errs = e
	}
	b, err := encodeStr(s.s, enc, errs)
	if err != nil {
		return Value{}, err
	}
	return NewBytes(b), nil
}

// encodeStr encodes text with CPython's error handlers; a strict error is
// UnicodeEncodeError(encoding, text, start, end, reason).
func encodeStr(s, enc, errs string) ([]byte, error) {
	norm, ok := normEncoding(enc)
	if !ok {
		return nil, Errorf(LookupErrorType, "unknown encoding: %s", enc)
	}
	if norm == "utf-8" && utf8.ValidString(s) {
		return []byte(s), nil
	}
	limit := rune(0x110000)
	reason := "surrogates not allowed"
	switch norm {
	case "ascii":
		limit, reason = 0x80, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0x100, "ordinal not in range(256)"
	}
	bad := func(r rune) bool { return r >= limit || (r >= 0xD800 && r <= 0xDFFF) }
	runes := codePoints(s)
	out := make([]byte, 0, len(s))
	for pos := 0; pos < len(runes); pos++ {
		r := runes[pos]
		if !bad(r) {
			if norm == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		switch errs {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			out = append(out, asciiEscape(CodePointString(r))...)
		case "xmlcharrefreplace":
			out = append(out, []byte("&#"+itoa(int64(r))+";")...)
		default:
			end := pos + 1
			for end < len(runes) && bad(runes[end]) {
				end++
			}
			return nil, NewException(UnicodeEncodeErrorType, NewStr(norm), NewStr(s), Int(int64(pos)), Int(int64(end)), NewStr(reason))
		}
	}
	return out, nil
}

func itoa(i int64) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	var b [24]byte
	p := len(b)
	u := uint64(i)
	if neg {
		u = uint64(-i)
	}
	for u > 0 {
		p--
		b[p] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		p--
		b[p] = '-'
	}
	return string(b[p:])
}

// decodeBytes decodes b.
func decodeBytes(b []byte, enc, errs string) (string, error) {
	norm, ok := normEncoding(enc)
	if !ok {
		return "", Errorf(LookupErrorType, "unknown encoding: %s", enc)
	}
	switch norm {
	case "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c >= 0x80 {
				switch errs {
				case "ignore":
					continue
				case "replace":
					sb.WriteRune(utf8.RuneError)
					continue
				}
				if errs == "backslashreplace" {
					sb.WriteString("\\x" + string(hexDigits[c>>4]) + string(hexDigits[c&15]))
					continue
				}
				return "", NewException(UnicodeDecodeErrorType, NewStr("ascii"), NewBytes(b), Int(int64(i)), Int(int64(i+1)), NewStr("ordinal not in range(128)"))
			}
			sb.WriteByte(c)
		}
		return sb.String(), nil
	}
	if utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			switch errs {
			case "ignore":
				i++
				continue
			case "replace":
				sb.WriteRune(utf8.RuneError)
				i++
				continue
			}
			reason := "invalid start byte"
			if b[i] >= 0xc2 && b[i] <= 0xf4 {
				reason = "invalid continuation byte"
				need := 2
				if b[i] >= 0xe0 {
					need = 3
				}
				if b[i] >= 0xf0 {
					need = 4
				}
				if i+need > len(b) && utf8.FullRune(b[i:]) == false {
					reason = "unexpected end of data"
					for k := i + 1; k < len(b); k++ {
						if b[k]&0xc0 != 0x80 {
							reason = "invalid continuation byte"
						}
					}
				}
			}
			if errs == "backslashreplace" {
				sb.WriteString("\\x" + string(hexDigits[b[i]>>4]) + string(hexDigits[b[i]&15]))
				i++
				continue
			}
			return "", NewException(UnicodeDecodeErrorType, NewStr("utf-8"), NewBytes(b), Int(int64(i)), Int(int64(i+1)), NewStr(reason))
		}
		sb.Write(b[i : i+n])
		i += n
	}
	return sb.String(), nil
}

// bytesOf returns the contents of a bytes-like value.
func bytesOf(v Value) ([]byte, bool) {
	switch o := v.obj.(type) {
	case *Bytes:
		return o.b, true
	case *ByteArray:
		return o.b, true
	}
	return nil, false
}

// bufferCopy returns a copy of the bytes of a value with the buffer
// protocol (bytes, bytearray, array.array: its raw item bytes, as
// CPython's buffer).
func bufferCopy(t *Thread, v Value) ([]byte, bool) {
	if a, ok := v.obj.(*Array); ok {
		t.touchW(&a.Header)
		return append([]byte(nil), a.data...), true
	}
	if b, ok := bytesOf(v); ok {
		return append([]byte(nil), b...), true
	}
	return nil, false
}

// bytesFromValue is bytes(x) / bytearray(x) for a non-str x.
func bytesFromValue(t *Thread, v Value) ([]byte, error) {
	if b, ok := bufferCopy(t, v); ok {
		return b, nil
	}
	if b, err := bytesFromBytesMethod(t, v); b != nil || err != nil {
		return b, err
	}
	if v.IsInt() || v.IsBool() {
		n := int64(v.num)
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if n > 1<<32 {
			return nil, memoryError()
		}
		return make([]byte, n), nil
	}
	if _, ok := v.obj.(*Str); ok {
		return nil, Errorf(TypeErrorType, "string argument without an encoding")
	}
	var out []byte
	err := forEach(t, v, func(x Value) (bool, error) {
		c, err := asIndex(t, x, "'"+TypeOf(x).Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return false, err
		}
		if c < 0 || c > 255 {
			return false, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(c))
		return true, nil
	})
	if err != nil && isExc(err, TypeErrorType) && !isIterable(v) {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeOf(v).Name)
	}
	return out, err
}

// bytesFromBytesMethod calls a user class's __bytes__; nil, nil when
// there is none.
func bytesFromBytesMethod(t *Thread, v Value) ([]byte, error) {
	fn, ok := TypeOf(v).Lookup("__bytes__")
	if !ok || !TypeOf(v).IsHeap() {
		return nil, nil
	}
	r, err := t.Call(fn, []Value{v}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := r.obj.(*Bytes)
	if !ok {
		return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).Name)
	}
	return append([]byte{}, b.b...), nil
}

// bytesArgs is the shared argument handling of bytes() and bytearray().
func bytesArgs(t *Thread, name string, args []Value, kwnames []string) ([]byte, error) {
	a, err := ctKwArgs(name, args, kwnames, []string{"source", "encoding", "errors"}, 3)
	if err != nil {
		return nil, err
	}
	if !a[0].IsValid() {
		return nil, nil
	}
	if s, ok := a[0].obj.(*Str); ok {
		if !a[1].IsValid() {
			return nil, Errorf(TypeErrorType, "string argument without an encoding")
		}
		enc, _ := AsString(a[1])
		errs := "strict"
		if a[2].IsValid() {
			errs, _ = AsString(a[2])
		}
		return encodeStr(s.s, enc, errs)
	}
	if a[1].IsValid() {
		return nil, Errorf(TypeErrorType, "encoding without a string argument")
	}
	return bytesFromValue(t, a[0])
}

func init() {
	BytesType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		b, err := bytesArgs(t, "bytes", args[1:], kwnames)
		if err != nil {
			return Value{}, err
		}
		if cls, ok := args[0].obj.(*Type); ok && cls != BytesType {
			bo := &Bytes{b: b, typ: cls}
			bo.sub.enable()
			return FromObject(bo), nil
		}
		return NewBytes(b), nil
	})
	ByteArrayType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		ba := NewByteArray(nil)
		if cls, ok := args[0].obj.(*Type); ok && cls != ByteArrayType {
			ba.typ = cls
			ba.sub.enable()
		}
		return FromObject(ba), nil
	})
	ByteArrayType.AddMethod("__init__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		b, err := bytesArgs(t, "bytearray", args[1:], kwnames)
		if err != nil {
			return Value{}, err
		}
		args[0].obj.(*ByteArray).b = b
		return None, nil
	})
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		s := &typ.Slots
		s.Len = func(t *Thread, v Value) (int, error) { b, _ := bytesOf(v); return len(b), nil }
		s.Iter = func(t *Thread, v Value) (Value, error) {
			return FromObject(&BytesIterator{b: func() []byte { b, _ := bytesOf(v); return b }}), nil
		}
		s.GetItem = func(t *Thread, v, key Value) (Value, error) {
			b, _ := bytesOf(v)
			if sl, ok := key.obj.(*Slice); ok {
				start, _, step, n, err := sliceIndices(t, sl, len(b))
				if err != nil {
					return Value{}, err
				}
				out := make([]byte, n)
				for i := range out {
					out[i] = b[start+i*step]
				}
				return newBytesLike(typ, out), nil
			}
			i, err := asSubscript(t, key, "byte indices must be integers or slices, not "+TypeOf(key).Name)
			if err != nil {
				return Value{}, err
			}
			j := seqIndex(i, len(b))
			if j < 0 {
				return Value{}, Errorf(IndexErrorType, "index out of range")
			}
			return Int(int64(b[j])), nil
		}
		s.Contains = func(t *Thread, v, x Value) (bool, error) {
			b, _ := bytesOf(v)
			if sub, ok := bytesOf(x); ok {
				return bytes.Contains(b, sub), nil
			}
			c, err := asIndex(t, x, "a bytes-like object is required, not '"+TypeOf(x).Name+"'")
			if err != nil {
				return false, err
			}
			if c < 0 || c > 255 {
				return false, Errorf(ValueErrorType, "byte must be in range(0, 256)")
			}
			return bytes.IndexByte(b, byte(c)) >= 0, nil
		}
		s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
			x, _ := bytesOf(a)
			y, ok := bytesOf(b)
			if !ok {
				return notImpl()
			}
			return Bool(cmpResult(op, bytes.Compare(x, y))), nil
		}
		s.Binary[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
			x, _ := bytesOf(a)
			y, ok := bytesOf(b)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "can't concat %s to %s", TypeOf(b).Name, TypeOf(a).Name)
			}
			return newBytesLike(typ, append(append([]byte(nil), x...), y...)), nil
		}
		mul := func(t *Thread, a, b Value) (Value, error) {
			x, ok := bytesOf(a)
			if !ok {
				x, _ = bytesOf(b)
				b = a
			}
			n, ok, err := repeatCount(t, b)
			if err != nil || !ok {
				if err == nil {
					return notImpl()
				}
				return Value{}, err
			}
			if n > 0 && int64(len(x)) > maxSsize/int64(n) && typ == BytesType { // LANG: CPython's errors, not a fatal Go allocation
				return Value{}, Errorf(OverflowErrorType, "repeated bytes are too long")
			}
			if err := checkAlloc(int64(len(x)), int64(n)); err != nil {
				return Value{}, err
			}
			return newBytesLike(typ, bytes.Repeat(x, n)), nil
		}
		s.Binary[bytecode.OpMul] = mul
		s.RBinary[bytecode.OpMul] = mul
		s.Binary[bytecode.OpMod] = func(t *Thread, a, b Value) (Value, error) {
			x, _ := bytesOf(a)
			r, err := percentFormat(t, string(x), b, true)
			if err != nil {
				return Value{}, err
			}
			return newBytesLike(typ, []byte(r)), nil
		}
		m := typ.AddMethod
		m("decode", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			a, err := ctKwArgs("decode", args[1:], kwnames, []string{"encoding", "errors"}, 2)
			if err != nil {
				return Value{}, err
			}
			enc, errs := "utf-8", "strict"
			if a[0].IsValid() {
				var ok bool
				if enc, ok = AsString(a[0]); !ok {
					return Value{}, Errorf(TypeErrorType, "decode() argument 'encoding' must be str, not %s", TypeOf(a[0]).Name)
				}
			}
			if a[1].IsValid() {
				var ok bool
				if errs, ok = AsString(a[1]); !ok {
					return Value{}, Errorf(TypeErrorType, "decode() argument 'errors' must be str, not %s", TypeOf(a[1]).Name)
				}
			}
			b, _ := bytesOf(args[0])
			r, err := decodeBytes(b, enc, errs)
			if err != nil {
				return Value{}, err
			}
			return NewStr(r), nil
		})
		m("hex", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			b, _ := bytesOf(args[0])
			return NewStr(hex.EncodeToString(b)), nil
		})
		typ.AddClassMethod("fromhex", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("fromhex()", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			s, ok := AsString(args[1])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", TypeOf(args[1]).Name)
			}
			var out []byte
			for i := 0; i < len(s); {
				if s[i] == ' ' {
					i++
					continue
				}
				if i+1 >= len(s) {
					return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
				}
				v, err := hex.DecodeString(s[i : i+2])
				if err != nil {
					pos := i
					if _, e := hex.DecodeString(s[i:i+1] + "0"); e == nil {
						pos = i + 1
					}
					return Value{}, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
				}
				out = append(out, v[0])
				i += 2
			}
			return newBytesLike(typ, out), nil
		})
		m("startswith", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			return bytesAffix(t, args, kwnames, false)
		})
		m("endswith", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			return bytesAffix(t, args, kwnames, true)
		})
		m("find", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			return bytesFind(t, args, kwnames, "find")
		})
		m("index", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			return bytesFind(t, args, kwnames, "index")
		})
		m("rfind", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			return bytesFind(t, args, kwnames, "rfind")
		})
		m("count", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("count()", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			b, _ := bytesOf(args[0])
			sub, err := bytesNeedle(t, args[1])
			if err != nil {
				return Value{}, err
			}
			return Int(int64(bytes.Count(b, sub))), nil
		})
		m("join", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("bytes.join", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			sep, _ := bytesOf(args[0])
			var parts [][]byte
			i := 0
			err := forEach(t, args[1], func(x Value) (bool, error) {
				p, ok := bytesOf(x)
				if !ok {
					p, ok = bufferCopy(t, x)
				}
				if !ok {
					return false, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeOf(x).Name)
				}
				parts = append(parts, p)
				i++
				return true, nil
			})
			if err != nil {
				return Value{}, err
			}
			size := int64(len(sep)) * int64(len(parts)) // LANG: MemoryError, not a fatal Go allocation
			for _, p := range parts {
				size += int64(len(p))
			}
			if err := checkAlloc(size, 1); err != nil {
				return Value{}, err
			}
			return newBytesLike(typ, bytes.Join(parts, sep)), nil
		})
		m("split", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			a, err := ctKwArgs("split", args[1:], kwnames, []string{"sep", "maxsplit"}, 2)
			if err != nil {
				return Value{}, err
			}
			b, _ := bytesOf(args[0])
			max := -1
			if a[1].IsValid() {
				n, err := asIndex(t, a[1], "'"+TypeOf(a[1]).Name+"' object cannot be interpreted as an integer")
				if err != nil {
					return Value{}, err
				}
				max = int(n)
			}
			var parts []string
			if !a[0].IsValid() || a[0].IsNone() {
				parts = splitSpace(string(b), max)
			} else {
				sep, ok := bytesOf(a[0])
				if !ok {
					return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(a[0]).Name)
				}
				if len(sep) == 0 {
					return Value{}, Errorf(ValueErrorType, "empty separator")
				}
				parts = strings.SplitN(string(b), string(sep), max+1)
				if max < 0 {
					parts = strings.Split(string(b), string(sep))
				}
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = newBytesLike(typ, []byte(p))
			}
			return FromObject(NewList(out)), nil
		})
		for _, name := range []string{"strip", "lstrip", "rstrip"} {
			name := name
			m(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
				if err := ctNoKwargs(name, args[1:], kwnames, 0, 1); err != nil {
					return Value{}, err
				}
				b, _ := bytesOf(args[0])
				cut := " \t\n\r\x0b\x0c"
				if len(args) == 2 && !args[1].IsNone() {
					c, ok := bytesOf(args[1])
					if !ok {
						return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(args[1]).Name)
					}
					cut = string(c)
				}
				r := b
				if name != "rstrip" {
					r = bytes.TrimLeft(r, cut)
				}
				if name != "lstrip" {
					r = bytes.TrimRight(r, cut)
				}
				return newBytesLike(typ, append([]byte(nil), r...)), nil
			})
		}
		m("replace", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("replace", args[1:], kwnames, 2, 3); err != nil {
				return Value{}, err
			}
			b, _ := bytesOf(args[0])
			old, ok1 := bytesOf(args[1])
			nw, ok2 := bytesOf(args[2])
			if !ok1 || !ok2 {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(args[1]).Name)
			}
			n := -1
			if len(args) == 4 {
				c, err := asIndex(t, args[3], "'"+TypeOf(args[3]).Name+"' object cannot be interpreted as an integer")
				if err != nil {
					return Value{}, err
				}
				n = int(c)
			}
			return newBytesLike(typ, bytes.Replace(b, old, nw, n)), nil
		})
		m("upper", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			b, _ := bytesOf(args[0])
			return newBytesLike(typ, asciiCase(b, true)), nil
		})
		m("lower", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			b, _ := bytesOf(args[0])
			return newBytesLike(typ, asciiCase(b, false)), nil
		})
		m("isdigit", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			b, _ := bytesOf(args[0])
			ok := len(b) > 0
			for _, c := range b {
				ok = ok && c >= '0' && c <= '9'
			}
			return Bool(ok), nil
		})
	}
	BytesType.Slots.Repr = func(t *Thread, v Value) (string, error) { return BytesRepr(v.obj.(*Bytes).b), nil }
	BytesType.Slots.Hash = func(t *Thread, v Value) (int64, error) { return strHashString(string(v.obj.(*Bytes).b)), nil }
	ByteArrayType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return "bytearray(" + BytesRepr(v.obj.(*ByteArray).b) + ")", nil
	}
	ByteArrayType.Slots.Inplace[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		y, ok := bytesOf(b)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can't concat %s to bytearray", TypeOf(b).Name)
		}
		ba := a.obj.(*ByteArray)
		ba.b = append(ba.b, y...)
		return a, nil
	}
	ByteArrayType.AddMethod("append", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("bytearray.append", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		c, err := asIndex(t, args[1], "'"+TypeOf(args[1]).Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		if c < 0 || c > 255 {
			return Value{}, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		ba := args[0].obj.(*ByteArray)
		ba.b = append(ba.b, byte(c))
		return None, nil
	})
	ByteArrayType.AddMethod("extend", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("bytearray.extend", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		b, err := bytesFromValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		ba := args[0].obj.(*ByteArray)
		ba.b = append(ba.b, b...)
		return None, nil
	})
	ByteArrayType.AddMethod("pop", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		ba := args[0].obj.(*ByteArray)
		if len(ba.b) == 0 {
			return Value{}, Errorf(IndexErrorType, "pop from empty bytearray")
		}
		c := ba.b[len(ba.b)-1]
		ba.b = ba.b[:len(ba.b)-1]
		return Int(int64(c)), nil
	})
}

// newBytesLike returns a bytes, or a bytearray when typ is bytearray.
func newBytesLike(typ *Type, b []byte) Value {
	if typ == ByteArrayType {
		return FromObject(NewByteArray(b))
	}
	return NewBytes(b)
}

// bytesNeedle reads a search argument: bytes-like or an int byte.
func bytesNeedle(t *Thread, v Value) ([]byte, error) {
	if b, ok := bytesOf(v); ok {
		return b, nil
	}
	c, err := asIndex(t, v, "argument should be integer or bytes-like object, not '"+TypeOf(v).Name+"'")
	if err != nil {
		return nil, err
	}
	if c < 0 || c > 255 {
		return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return []byte{byte(c)}, nil
}

func bytesFind(t *Thread, args []Value, kwnames []string, name string) (Value, error) {
	if err := ctNoKwargs(name+"()", args[1:], kwnames, 1, 3); err != nil {
		return Value{}, err
	}
	b, _ := bytesOf(args[0])
	sub, err := bytesNeedle(t, args[1])
	if err != nil {
		return Value{}, err
	}
	lo, hi, err := sliceBounds(t, args[2:], len(b))
	if err != nil {
		return Value{}, err
	}
	i := -1
	if lo <= len(b) && hi-lo >= len(sub) {
		if name == "rfind" {
			i = bytes.LastIndex(b[lo:hi], sub)
		} else {
			i = bytes.Index(b[lo:hi], sub)
		}
		if i >= 0 {
			i += lo
		}
	}
	if i < 0 && name == "index" {
		return Value{}, Errorf(ValueErrorType, "subsection not found")
	}
	return Int(int64(i)), nil
}

// asciiCase maps the ASCII letters of b to upper or lower case (bytes
// methods leave other bytes alone).
func asciiCase(b []byte, upper bool) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		switch {
		case upper && c >= 'a' && c <= 'z':
			c -= 32
		case !upper && c >= 'A' && c <= 'Z':
			c += 32
		}
		out[i] = c
	}
	return out
}

func bytesAffix(t *Thread, args []Value, kwnames []string, ends bool) (Value, error) {
	name := "startswith"
	if ends {
		name = "endswith"
	}
	if err := ctNoKwargs(name+"()", args[1:], kwnames, 1, 3); err != nil {
		return Value{}, err
	}
	b, _ := bytesOf(args[0])
	lo, hi, err := sliceBounds(t, args[2:], len(b))
	if err != nil {
		return Value{}, err
	}
	if lo > hi {
		return False, nil
	}
	seg := b[min(lo, len(b)):hi]
	cands := []Value{args[1]}
	if tu, ok := args[1].obj.(*Tuple); ok {
		cands = tu.items
	}
	for _, c := range cands {
		p, ok := bytesOf(c)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeOf(c).Name)
		}
		if (!ends && bytes.HasPrefix(seg, p)) || (ends && bytes.HasSuffix(seg, p)) {
			return True, nil
		}
	}
	return False, nil
}
