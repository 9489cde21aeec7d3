package runtime

// This file defines io.BytesIO: a binary stream over a byte buffer.

import "bytes"

// BytesIO is an io.BytesIO (or a subclass's instance).
type BytesIO struct {
	ioStream
	buf    []byte
	pos    int
	closed bool
}

// BytesIOType is io.BytesIO.
var BytesIOType = &Type{Name: "BytesIO", Module: "_io", Bases: []*Type{BufferedIOBaseType}}

func (b *BytesIO) check() error {
	if b.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (b *BytesIO) write(p []byte) {
	for len(b.buf) < b.pos {
		b.buf = append(b.buf, 0)
	}
	end := b.pos + len(p)
	if end > len(b.buf) {
		b.buf = append(b.buf[:b.pos], p...)
	} else {
		copy(b.buf[b.pos:], p)
	}
	b.pos = end
}

func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	end := len(b.buf)
	if i := bytes.IndexByte(b.buf[b.pos:], '\n'); i >= 0 {
		end = b.pos + i + 1
	}
	if limit >= 0 && end-b.pos > limit {
		end = b.pos + limit
	}
	line := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return line
}

// bytesLike returns the bytes of a bytes-like argument.
func bytesLike(v Value) ([]byte, error) {
	if p, ok := bytesOf(v); ok {
		return p, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
}

func init() {
	typ := BytesIOType
	typ.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		return FromObject(&BytesIO{ioStream: ioStream{typ: args[0].obj.(*Type)}}), nil
	})
	ioMethod(typ, "__init__", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		var iv Value
		if err := UnpackArgs("BytesIO", args, kw, []string{"initial_bytes?"}, &iv); err != nil {
			return Value{}, err
		}
		var init []byte
		if iv.IsValid() && !iv.IsNone() {
			p, err := bytesLike(iv)
			if err != nil {
				return Value{}, err
			}
			init = append([]byte(nil), p...)
		}
		t.touchW(&b.Header)
		b.buf, b.pos, b.closed = init, 0, false
		return None, nil
	})
	ioMethod(typ, "getvalue", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("getvalue", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return NewBytes(append([]byte(nil), b.buf...)), nil
	})
	ioMethod(typ, "write", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("write", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		p, err := bytesLike(args[0])
		if err != nil {
			return Value{}, err
		}
		if b.pos > ioMaxSparse && len(p) > 0 {
			return Value{}, NewException(MemoryErrorType)
		}
		b.write(p)
		return Int(int64(len(p))), nil
	})
	read := func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("read", args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		if b.pos >= len(b.buf) {
			return NewBytes(nil), nil
		}
		end := len(b.buf)
		if n >= 0 && b.pos+n < end {
			end = b.pos + n
		}
		out := append([]byte(nil), b.buf[b.pos:end]...)
		b.pos = end
		return NewBytes(out), nil
	}
	ioMethod(typ, "read", read)
	ioMethod(typ, "read1", read)
	ioMethod(typ, "readline", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("readline", args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return NewBytes(b.readline(n)), nil
	})
	ioMethod(typ, "readlines", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return ioHintLines(t, args, kw, func() (Value, int, error) {
			line := b.readline(-1)
			return NewBytes(line), len(line), nil
		})
	})
	ioMethod(typ, "tell", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		return Int(int64(b.pos)), nil
	})
	ioMethod(typ, "seek", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		pos, whence, err := ioSeekArgs(args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Value{}, Errorf(ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			pos += int64(b.pos)
		case 2:
			pos += int64(len(b.buf))
		default:
			return Value{}, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		b.pos = int(pos)
		return Int(pos), nil
	})
	ioMethod(typ, "truncate", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		size := int64(b.pos)
		if len(args) == 1 && !args[0].IsNone() {
			n, err := ioIntArg(args[0])
			if err != nil {
				return Value{}, err
			}
			if n < 0 {
				return Value{}, Errorf(ValueErrorType, "negative size value %d", n)
			}
			size = n
		}
		if int(size) < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return Int(size), nil
	})
	ioMethod(typ, "close", func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
		t.touchW(&b.Header)
		b.closed = true
		b.buf = nil
		return None, nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		ioMethod(typ, name, func(t *Thread, b *BytesIO, args []Value, kw []string) (Value, error) {
			t.touchW(&b.Header)
			if err := b.check(); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	ioGetter(typ, "closed", func(t *Thread, b *BytesIO) (Value, error) {
		t.touchW(&b.Header)
		return Bool(b.closed), nil
	})
	typ.Slots.Iter = func(t *Thread, v Value) (Value, error) {
		if b, ok := v.obj.(*BytesIO); ok {
			t.touchW(&b.Header)
			if err := b.check(); err != nil {
				return Value{}, err
			}
		}
		return v, nil
	}
	typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
		b := v.obj.(*BytesIO)
		t.touchW(&b.Header)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		line := b.readline(-1)
		if len(line) == 0 {
			return Value{}, nil
		}
		return NewBytes(line), nil
	}
}
