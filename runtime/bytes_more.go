package runtime

import (
	"bytes"
	"strings"
)

// This file adds the bytes/bytearray methods that work like their str
// counterparts: the text is viewed as latin-1 (one code point per byte),
// the str method runs, and str results turn back into bytes. Case methods
// touch only ASCII letters, as CPython's bytes methods do.

// latin1 returns the str whose code points are the bytes of b.
func latin1(b []byte) Value {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return NewStr(string(r))
}

// fromLatin1 converts a str made by latin1 back to bytes.
func fromLatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// toBytesResult converts the str parts of a str method's result.
func toBytesResult(typ *Type, v Value) Value {
	switch o := v.obj.(type) {
	case *Str:
		return newBytesLike(typ, fromLatin1(o.s))
	case *List:
		items := o.Items(nil)
		for i, x := range items {
			items[i] = toBytesResult(typ, x)
		}
		return FromObject(NewList(items))
	case *Tuple:
		items := make([]Value, len(o.items))
		for i, x := range o.items {
			items[i] = toBytesResult(typ, x)
		}
		return NewTuple(items)
	}
	return v
}

// bytesViaStr wraps the str method name for bytes-like receivers.
func bytesViaStr(typ *Type, name string) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		fn, ok := StrType.Lookup(name)
		if !ok {
			return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.Name, name)
		}
		conv := make([]Value, len(args))
		for i, a := range args {
			if b, ok := bytesOf(a); ok {
				conv[i] = latin1(b)
			} else if _, isStr := a.obj.(*Str); isStr && i > 0 {
				return Value{}, Errorf(TypeErrorType, "a bytes-like object is required, not 'str'")
			} else {
				conv[i] = a
			}
		}
		r, err := fn.obj.(*BuiltinFunction).Fn(t, conv, kwnames)
		if err != nil {
			return Value{}, err
		}
		return toBytesResult(typ, r), nil
	}
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func init() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		typ := typ
		for _, name := range []string{"rsplit", "splitlines", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "rindex", "removeprefix", "removesuffix", "expandtabs"} {
			typ.AddMethod(name, bytesViaStr(typ, name))
		}
		caseMap := func(name string, f func(b []byte) []byte) {
			typ.AddMethod(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
				if err := ctNoKwargs(name, args[1:], kwnames, 0, 0); err != nil {
					return Value{}, err
				}
				b, _ := bytesOf(args[0])
				return newBytesLike(typ, f(append([]byte(nil), b...))), nil
			})
		}
		caseMap("swapcase", func(b []byte) []byte {
			for i, c := range b {
				if isASCIILower(c) {
					b[i] = c - 32
				} else if isASCIIUpper(c) {
					b[i] = c + 32
				}
			}
			return b
		})
		caseMap("capitalize", func(b []byte) []byte {
			for i, c := range b {
				if i == 0 && isASCIILower(c) {
					b[i] = c - 32
				} else if i > 0 && isASCIIUpper(c) {
					b[i] = c + 32
				}
			}
			return b
		})
		caseMap("title", func(b []byte) []byte {
			prev := false
			for i, c := range b {
				cased := isASCIILower(c) || isASCIIUpper(c)
				if prev && isASCIIUpper(c) {
					b[i] = c + 32
				} else if !prev && isASCIILower(c) {
					b[i] = c - 32
				}
				prev = cased
			}
			return b
		})
		pred := func(name string, f func(b []byte) bool) {
			typ.AddMethod(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
				b, _ := bytesOf(args[0])
				return Bool(f(b)), nil
			})
		}
		all := func(b []byte, f func(c byte) bool) bool {
			if len(b) == 0 {
				return false
			}
			for _, c := range b {
				if !f(c) {
					return false
				}
			}
			return true
		}
		pred("isalpha", func(b []byte) bool { return all(b, func(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }) })
		pred("isalnum", func(b []byte) bool {
			return all(b, func(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) || (c >= '0' && c <= '9') })
		})
		pred("isspace", func(b []byte) bool {
			return all(b, func(c byte) bool { return strings.IndexByte(" \t\n\r\x0b\x0c", c) >= 0 })
		})
		pred("islower", func(b []byte) bool {
			return bytes.IndexFunc(b, func(r rune) bool { return isASCIIUpper(byte(r)) }) < 0 && bytes.IndexFunc(b, func(r rune) bool { return isASCIILower(byte(r)) }) >= 0
		})
		pred("isupper", func(b []byte) bool {
			return bytes.IndexFunc(b, func(r rune) bool { return isASCIILower(byte(r)) }) < 0 && bytes.IndexFunc(b, func(r rune) bool { return isASCIIUpper(byte(r)) }) >= 0
		})
		pred("isascii", func(b []byte) bool {
			for _, c := range b {
				if c >= 0x80 {
					return false
				}
			}
			return true
		})
	}
	ByteArrayType.Slots.SetItem = byteArraySetItem
	ByteArrayType.Slots.DelItem = byteArrayDelItem
	ByteArrayType.AddMethod("insert", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("insert", args[1:], kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		ba := args[0].obj.(*ByteArray)
		i, err := asIndex(t, args[1], "'"+TypeOf(args[1]).Name+"' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		c, err := byteValue(t, args[2])
		if err != nil {
			return Value{}, err
		}
		n := int64(len(ba.b))
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		ba.b = append(ba.b[:i], append([]byte{c}, ba.b[i:]...)...)
		return None, nil
	})
	ByteArrayType.AddMethod("clear", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		args[0].obj.(*ByteArray).b = nil
		return None, nil
	})
	ByteArrayType.AddMethod("reverse", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		b := args[0].obj.(*ByteArray).b
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	})
	ByteArrayType.AddMethod("copy", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return FromObject(NewByteArray(append([]byte(nil), args[0].obj.(*ByteArray).b...))), nil
	})
}

// byteValue checks an int in range(256).
func byteValue(t *Thread, x Value) (byte, error) {
	c, err := asIndex(t, x, "'"+TypeOf(x).Name+"' object cannot be interpreted as an integer")
	if err != nil {
		return 0, err
	}
	if c < 0 || c > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(c), nil
}

func byteArraySetItem(t *Thread, v, key, x Value) error {
	ba := v.obj.(*ByteArray)
	if sl, ok := key.obj.(*Slice); ok {
		var src []byte
		if b, ok := bytesOf(x); ok {
			src = append([]byte(nil), b...)
		} else if x.IsInt() {
			return Errorf(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		} else {
			var err error
			if src, err = bytesFromValue(t, x); err != nil {
				return err
			}
		}
		start, stop, step, n, err := sliceIndices(t, sl, len(ba.b))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			ba.b = append(ba.b[:start:start], append(src, ba.b[stop:]...)...)
			return nil
		}
		if len(src) != n {
			return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, c := range src {
			ba.b[start+i*step] = c
		}
		return nil
	}
	i, err := asSubscript(t, key, "bytearray indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return err
	}
	j := seqIndex(i, len(ba.b))
	if j < 0 {
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	c, err := byteValue(t, x)
	if err != nil {
		return err
	}
	ba.b[j] = c
	return nil
}

func byteArrayDelItem(t *Thread, v, key Value) error {
	ba := v.obj.(*ByteArray)
	if sl, ok := key.obj.(*Slice); ok {
		start, _, step, n, err := sliceIndices(t, sl, len(ba.b))
		if err != nil {
			return err
		}
		if step < 0 {
			start, step = start+(n-1)*step, -step
		}
		out := ba.b[:0:0]
		for i, c := range ba.b {
			if n > 0 && i >= start && (i-start)%step == 0 && (i-start)/step < n {
				continue
			}
			out = append(out, c)
		}
		ba.b = out
		return nil
	}
	i, err := asSubscript(t, key, "bytearray indices must be integers or slices, not "+TypeOf(key).Name)
	if err != nil {
		return err
	}
	j := seqIndex(i, len(ba.b))
	if j < 0 {
		return Errorf(IndexErrorType, "bytearray index out of range")
	}
	ba.b = append(ba.b[:j], ba.b[j+1:]...)
	return nil
}
