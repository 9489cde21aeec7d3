package runtime

// This file defines the io module (also importable as _io): the base
// classes, UnsupportedOperation, the SEEK_* constants and the helpers the
// in-memory streams (mod_io_stringio.go, mod_io_bytesio.go) and the file
// objects (mod_io_file*.go) share. open() is both io.open and the builtin.

import (
	"github.com/pystm/pystm/stm"
)

// The abstract bases of the stream classes, as CPython's _io names them;
// io.IOBase and friends are these types (CPython's are ABCs registered
// over them: isinstance answers the same for the built-in streams).
var (
	// Their instances have object's layout, so Python classes can derive
	// from them (class Tee(io.TextIOBase)).
	IOBaseType         = &Type{Name: "_IOBase", Module: "_io", layout: ObjectType}
	RawIOBaseType      = &Type{Name: "_RawIOBase", Module: "_io", Bases: []*Type{IOBaseType}, layout: ObjectType}
	BufferedIOBaseType = &Type{Name: "_BufferedIOBase", Module: "_io", Bases: []*Type{IOBaseType}, layout: ObjectType}
	TextIOBaseType     = &Type{Name: "_TextIOBase", Module: "_io", Bases: []*Type{IOBaseType}, layout: ObjectType}
	// UnsupportedOperationType is io.UnsupportedOperation, both an OSError
	// and a ValueError as in CPython.
	UnsupportedOperationType = &Type{Name: "UnsupportedOperation", Module: "io",
		Bases: []*Type{OSErrorType, ValueErrorType}, flags: flagException}
)

// ioStream is the state every stream type shares: a dynamic class (the
// built-in one or a subclass) and, for subclasses and attribute writes,
// an instance dict.
type ioStream struct {
	stm.Header
	typ   *Type
	attrs *Dict
}

// Type returns the stream's class.
func (s *ioStream) Type() *Type { return s.typ }

// LoadAttr returns an instance attribute.
func (s *ioStream) LoadAttr(t *Thread, name string) (Value, bool) {
	t.touchW(&s.Header)
	if s.attrs == nil {
		return Value{}, false
	}
	return s.attrs.GetStr(name)
}

// StoreAttr sets an instance attribute.
func (s *ioStream) StoreAttr(t *Thread, name string, v Value) error {
	t.touchW(&s.Header)
	if s.attrs == nil {
		s.attrs = NewDict()
	}
	s.attrs.SetStr(name, v)
	return nil
}

// DeleteAttr deletes an instance attribute.
func (s *ioStream) DeleteAttr(t *Thread, name string) bool {
	t.touchW(&s.Header)
	return s.attrs != nil && s.attrs.DelStr(name)
}

// AttrDict returns the instance dict.
func (s *ioStream) AttrDict(t *Thread) *Dict {
	t.touchW(&s.Header)
	if s.attrs == nil {
		s.attrs = NewDict()
	}
	return s.attrs
}

// ioMethod adds a method to typ whose receiver must be a T.
func ioMethod[T Object](typ *Type, name string, fn func(t *Thread, s T, args []Value, kw []string) (Value, error)) {
	typ.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' of '%s.%s' object needs an argument", name, typ.Module, typ.Name)
		}
		s, ok := args[0].obj.(T)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s.%s' objects doesn't apply to a '%s' object", name, typ.Module, typ.Name, typeName(args[0]))
		}
		return fn(t, s, args[1:], kw)
	})
}

// ioGetter adds a read-only attribute to typ whose receiver must be a T.
func ioGetter[T Object](typ *Type, name string, fn func(t *Thread, s T) (Value, error)) {
	typ.AddGetSet(name, func(t *Thread, v Value) (Value, error) {
		s, ok := v.obj.(T)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "descriptor '%s' for '%s.%s' objects doesn't apply to a '%s' object", name, typ.Module, typ.Name, typeName(v))
		}
		return fn(t, s)
	}, nil)
}

// ioMaxSparse bounds the position an in-memory stream may be written at
// after a seek past its end (the gap is filled): beyond it a write raises
// MemoryError instead of exhausting Go's memory, which cannot be caught.
const ioMaxSparse = 1 << 32

// ioUnsupported is io.UnsupportedOperation(msg).
func ioUnsupported(msg string) error { return Errorf(UnsupportedOperationType, "%s", msg) }

// ioSizeArg reads an optional size argument (None or absent: -1) with
// CPython's "argument should be integer or None" check.
func ioSizeArg(fname string, args []Value, kw []string) (int, error) {
	var v Value
	if err := UnpackArgs(fname, args, kw, []string{"size?", "/"}, &v); err != nil {
		return 0, err
	}
	if !v.IsValid() || v.IsNone() {
		return -1, nil
	}
	if v.IsFloat() {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", typeName(v))
	}
	n, ok := AsInt64(v)
	if !ok {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", typeName(v))
	}
	return int(n), nil
}

// ioIntArg converts an index argument.
func ioIntArg(v Value) (int64, error) {
	if v.IsFloat() {
		return 0, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, ok := AsInt64(v)
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
	}
	return n, nil
}

// ioSeekArgs parses seek(pos, whence=0).
func ioSeekArgs(args []Value, kw []string) (int64, int, error) {
	var pv, wv Value
	if err := UnpackArgs("seek", args, kw, []string{"pos", "whence?", "/"}, &pv, &wv); err != nil {
		return 0, 0, err
	}
	pos, err := ioIntArg(pv)
	if err != nil {
		return 0, 0, err
	}
	whence := int64(0)
	if wv.IsValid() {
		if whence, err = ioIntArg(wv); err != nil {
			return 0, 0, err
		}
	}
	return pos, int(whence), nil
}

// ioHintLines collects readline results until the total size passes
// hint (<= 0: all lines), as readlines(hint) does.
func ioHintLines(t *Thread, args []Value, kw []string, next func() (Value, int, error)) (Value, error) {
	hint, err := ioSizeArg("readlines", args, kw)
	if err != nil {
		return Value{}, err
	}
	var lines []Value
	total := 0
	for {
		v, n, err := next()
		if err != nil {
			return Value{}, err
		}
		if n == 0 {
			break
		}
		lines = append(lines, v)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return FromObject(NewList(lines)), nil
}

// ioWriteLines calls write for each item of an iterable.
func ioWriteLines(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := ioArgs("writelines", args, kw, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if !x.IsValid() {
			return None, nil
		}
		if _, err := callAttr(t, self, "write", x); err != nil {
			return Value{}, err
		}
	}
}

// validNewline checks a newline argument: None, ”, '\n', '\r', '\r\n'.
func validNewline(v Value, quote bool) (string, bool, error) {
	if !v.IsValid() || v.IsNone() {
		return "", true, nil
	}
	s, ok := AsString(v)
	if !ok {
		return "", false, Errorf(TypeErrorType, "newline must be str or None, not %s", typeName(v))
	}
	switch s {
	case "", "\n", "\r", "\r\n":
		return s, false, nil
	}
	if quote {
		s = StrRepr(s) // StringIO quotes it, open() does not
	}
	return "", false, Errorf(ValueErrorType, "illegal newline value: %s", s)
}

func init() {
	// Every stream is a context manager and an iterator over its lines;
	// the concrete types define the methods these call.
	IOBaseType.AddMethod("__enter__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "__enter__() takes no arguments")
		}
		if closed, err := GetAttr(t, args[0], "closed"); err == nil {
			if c, _ := Truth(t, closed); c {
				return Value{}, Errorf(ValueErrorType, "I/O operation on closed file.")
			}
		}
		return args[0], nil
	})
	IOBaseType.AddMethod("__exit__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "__exit__() needs self")
		}
		if _, err := callAttr(t, args[0], "close"); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	IOBaseType.AddMethod("__iter__", func(t *Thread, args []Value, kw []string) (Value, error) {
		if closed, err := GetAttr(t, args[0], "closed"); err == nil {
			if c, _ := Truth(t, closed); c {
				return Value{}, Errorf(ValueErrorType, "I/O operation on closed file.")
			}
		}
		return args[0], nil
	})
	IOBaseType.AddMethod("__next__", func(t *Thread, args []Value, kw []string) (Value, error) {
		line, err := callAttr(t, args[0], "readline")
		if err != nil {
			return Value{}, err
		}
		if n, err := Len(t, line); err == nil && n == 0 {
			return Value{}, NewException(StopIterationType)
		}
		return line, nil
	})
	IOBaseType.AddMethod("writelines", func(t *Thread, args []Value, kw []string) (Value, error) {
		return ioWriteLines(t, args[0], args[1:], kw)
	})
	for _, name := range []string{"readable", "writable", "seekable", "isatty"} {
		IOBaseType.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) { return False, nil })
	}
	// Python subclasses keep their closed state in an instance attribute,
	// as CPython's _IOBase does.
	ioClosed := func(t *Thread, v Value) bool {
		c, err := GetAttr(t, v, "__IOBase_closed")
		if err != nil {
			return false
		}
		b, _ := Truth(t, c)
		return b
	}
	IOBaseType.AddGetSet("closed", func(t *Thread, v Value) (Value, error) { return Bool(ioClosed(t, v)), nil }, nil)
	IOBaseType.AddMethod("close", func(t *Thread, args []Value, kw []string) (Value, error) {
		if ioClosed(t, args[0]) {
			return None, nil
		}
		_, err := callAttr(t, args[0], "flush")
		if serr := SetAttr(t, args[0], "__IOBase_closed", True); serr != nil && err == nil {
			err = serr
		}
		return None, err
	})
	IOBaseType.AddMethod("flush", func(t *Thread, args []Value, kw []string) (Value, error) {
		if ioClosed(t, args[0]) {
			return Value{}, Errorf(ValueErrorType, "I/O operation on closed file.")
		}
		return None, nil
	})
	for _, name := range []string{"seek", "truncate"} {
		IOBaseType.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			return Value{}, ioUnsupported(name)
		})
	}
	IOBaseType.AddMethod("tell", func(t *Thread, args []Value, kw []string) (Value, error) {
		return callAttr(t, args[0], "seek", Int(0), Int(1))
	})
	IOBaseType.AddMethod("readline", func(t *Thread, args []Value, kw []string) (Value, error) {
		// One read(1) at a time, as _IOBase.readline does without peek.
		var out []byte
		for {
			b, err := callAttr(t, args[0], "read", Int(1))
			if err != nil {
				return Value{}, err
			}
			p, ok := bytesOf(b)
			if !ok {
				return Value{}, Errorf(OSErrorType, "read() should have returned a bytes object, not '%s'", typeName(b))
			}
			if len(p) == 0 {
				break
			}
			out = append(out, p...)
			if p[len(p)-1] == '\n' {
				break
			}
		}
		return NewBytes(out), nil
	})
	IOBaseType.AddMethod("readlines", func(t *Thread, args []Value, kw []string) (Value, error) {
		return ioHintLines(t, args[1:], kw, func() (Value, int, error) {
			line, err := callAttr(t, args[0], "readline")
			if err != nil {
				return Value{}, 0, err
			}
			n, err := Len(t, line)
			return line, n, err
		})
	})
	IOBaseType.AddMethod("fileno", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Value{}, ioUnsupported("fileno")
	})
	// io.TextIOWrapper(buffer, ...): open() makes text files in Go; a
	// wrapper over any other binary stream comes from lib/_textio.py.
	TextIOWrapperType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		m, err := t.importModule("_textio")
		if err != nil {
			return Value{}, err
		}
		cls, err := GetAttr(t, m, "TextIOWrapper")
		if err != nil {
			return Value{}, err
		}
		return t.Call(cls, args[1:], kw)
	})
	registerBuiltin("io", func(t *Thread) (*Module, error) { return newIOModule(t, "io"), nil })
	registerBuiltin("_io", func(t *Thread) (*Module, error) { return newIOModule(t, "_io"), nil })
	builtinFuncs["open"] = builtinOpen
}

func newIOModule(t *Thread, name string) *Module {
	m := NewModule(name)
	d := m.Dict
	for _, typ := range []*Type{StringIOType, BytesIOType, TextIOWrapperType, BufferedReaderType,
		BufferedWriterType, BufferedRandomType, FileIOType, UnsupportedOperationType} {
		d.SetStr(typ.Name, FromObject(typ))
	}
	d.SetStr("IOBase", FromObject(IOBaseType))
	d.SetStr("RawIOBase", FromObject(RawIOBaseType))
	d.SetStr("BufferedIOBase", FromObject(BufferedIOBaseType))
	d.SetStr("TextIOBase", FromObject(TextIOBaseType))
	d.SetStr("_IOBase", FromObject(IOBaseType))
	d.SetStr("_RawIOBase", FromObject(RawIOBaseType))
	d.SetStr("_BufferedIOBase", FromObject(BufferedIOBaseType))
	d.SetStr("_TextIOBase", FromObject(TextIOBaseType))
	// io.open is the builtin open itself, as in CPython.
	if open, ok := t.interp.Builtins.GetStr("open"); ok {
		d.SetStr("open", open)
	} else {
		d.SetStr("open", NewBuiltin("open", builtinOpen))
	}
	d.SetStr("DEFAULT_BUFFER_SIZE", Int(fileBufSize))
	d.SetStr("SEEK_SET", Int(0))
	d.SetStr("SEEK_CUR", Int(1))
	d.SetStr("SEEK_END", Int(2))
	d.SetStr("BlockingIOError", FromObject(BlockingIOErrorType))
	return m
}

// ioArgs checks between min and max positional arguments and no keywords
// (args without self), with checkMethodArgs' messages.
func ioArgs(fname string, args []Value, kw []string, min, max int) error {
	if len(args) == 0 && len(kw) == 0 && min == 0 {
		return nil
	}
	full := make([]Value, len(args)+1)
	copy(full[1:], args)
	return checkMethodArgs(fname, full, kw, min, max)
}
