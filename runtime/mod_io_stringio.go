package runtime

// This file defines io.StringIO: a text stream over a buffer of code
// points. Positions count code points, as CPython's do.

import (
	"strings"
)

// StringIO is an io.StringIO (or a subclass's instance).
type StringIO struct {
	ioStream
	buf    []rune
	pos    int
	closed bool
	// newline is the constructor's newline argument; noNewline marks
	// None (translate "\r\n" and "\r" to "\n" on write).
	newline   string
	noNewline bool
}

// StringIOType is io.StringIO.
var StringIOType = &Type{Name: "StringIO", Module: "_io", Bases: []*Type{TextIOBaseType}}

// NewStringIO returns an empty StringIO.
func NewStringIO() *StringIO {
	return &StringIO{ioStream: ioStream{typ: StringIOType}, newline: "\n"}
}

func (s *StringIO) check() error {
	if s.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

// write inserts text at the position, translating newlines as the
// newline argument asks, and returns the number of code points given.
func (s *StringIO) write(text string) int {
	if s.newline == "\n" && !s.noNewline && s.pos == len(s.buf) && isASCIIString(text) {
		// The common case: appending ASCII text, no translation.
		for i := 0; i < len(text); i++ {
			s.buf = append(s.buf, rune(text[i]))
		}
		s.pos = len(s.buf)
		return len(text)
	}
	n := 0
	for range text {
		n++
	}
	if s.noNewline {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	} else if s.newline == "\r" || s.newline == "\r\n" {
		text = strings.ReplaceAll(text, "\n", s.newline)
	}
	rs := codePoints(text)
	if len(rs) == 0 {
		return n
	}
	if s.pos > ioMaxSparse {
		return -1 // the caller raises MemoryError
	}
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	end := s.pos + len(rs)
	if s.pos == len(s.buf) {
		s.buf = append(s.buf, rs...)
	} else {
		if end > len(s.buf) {
			s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
		}
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return n
}

// isASCIIString reports whether s has only ASCII bytes.
func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// runeLineEnd returns the index just past the line terminator of buf that
// starts at start, or len(buf) when there is none.
func runeLineEnd(buf []rune, start int, newline string, universal bool) int {
	for i := start; i < len(buf); i++ {
		c := buf[i]
		switch {
		case universal && c == '\r':
			if i+1 < len(buf) && buf[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case universal && c == '\n':
			return i + 1
		case !universal && newline == "\r\n":
			if c == '\r' && i+1 < len(buf) && buf[i+1] == '\n' {
				return i + 2
			}
		case !universal && c == rune(newline[0]):
			return i + 1
		}
	}
	return len(buf)
}

// readline returns the next line (at most limit code points when limit
// >= 0).
func (s *StringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	nl := s.newline
	if s.noNewline {
		nl = "\n"
	}
	end := runeLineEnd(s.buf, s.pos, nl, !s.noNewline && nl == "")
	if limit >= 0 && end-s.pos > limit {
		end = s.pos + limit
	}
	line := string(s.buf[s.pos:end])
	s.pos = end
	return line
}

func stringIOInit(t *Thread, s *StringIO, args []Value, kw []string) error {
	var iv, nv Value
	if err := UnpackArgs("StringIO", args, kw, []string{"initial_value?", "newline?"}, &iv, &nv); err != nil {
		return err
	}
	nl := "\n"
	none := false
	if nv.IsValid() {
		var err error
		if nl, none, err = validNewline(nv, true); err != nil {
			return err
		}
	}
	init := ""
	if iv.IsValid() && !iv.IsNone() {
		str, ok := AsString(iv)
		if !ok {
			return Errorf(TypeErrorType, "initial_value must be str or None, not %s", typeName(iv))
		}
		init = str
	}
	t.touchW(&s.Header)
	s.buf, s.pos, s.closed, s.newline, s.noNewline = nil, 0, false, nl, none
	s.write(init)
	s.pos = 0
	return nil
}

func init() {
	typ := StringIOType
	typ.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		// The arguments are __init__'s (a subclass may take others).
		s := NewStringIO()
		s.typ = args[0].obj.(*Type)
		return FromObject(s), nil
	})
	ioMethod(typ, "__init__", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		return None, stringIOInit(t, s, args, kw)
	})
	ioMethod(typ, "getvalue", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("getvalue", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return NewStr(string(s.buf)), nil
	})
	ioMethod(typ, "write", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("write", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		text, ok := AsString(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "string argument expected, got '%s'", typeName(args[0]))
		}
		n := s.write(text)
		if n < 0 {
			return Value{}, NewException(MemoryErrorType)
		}
		return Int(int64(n)), nil
	})
	ioMethod(typ, "read", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("read", args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		if s.pos >= len(s.buf) {
			return NewStr(""), nil
		}
		end := len(s.buf)
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		out := string(s.buf[s.pos:end])
		s.pos = end
		return NewStr(out), nil
	})
	ioMethod(typ, "readline", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("readline", args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return NewStr(s.readline(n)), nil
	})
	ioMethod(typ, "readlines", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return ioHintLines(t, args, kw, func() (Value, int, error) {
			line := s.readline(-1)
			return NewStr(line), len(line), nil
		})
	})
	ioMethod(typ, "tell", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		return Int(int64(s.pos)), nil
	})
	ioMethod(typ, "seek", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		pos, whence, err := ioSeekArgs(args, kw)
		if err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		switch {
		case whence < 0 || whence > 2:
			return Value{}, Errorf(ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case whence == 0 && pos < 0:
			return Value{}, Errorf(ValueErrorType, "Negative seek position %d", pos)
		case whence == 1 && pos != 0:
			return Value{}, Errorf(OSErrorType, "Can't do nonzero cur-relative seeks")
		case whence == 2 && pos != 0:
			return Value{}, Errorf(OSErrorType, "Can't do nonzero end-relative seeks")
		case whence == 2:
			pos = int64(len(s.buf))
		case whence == 1:
			pos = int64(s.pos)
		}
		s.pos = int(pos)
		return Int(pos), nil
	})
	ioMethod(typ, "truncate", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		if err := ioArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		size := int64(s.pos)
		if len(args) == 1 && !args[0].IsNone() {
			n, err := ioIntArg(args[0])
			if err != nil {
				return Value{}, err
			}
			if n < 0 {
				return Value{}, Errorf(ValueErrorType, "Negative size value %d", n)
			}
			size = n
		}
		if int(size) < len(s.buf) {
			s.buf = s.buf[:size]
		}
		return Int(size), nil
	})
	ioMethod(typ, "close", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		t.touchW(&s.Header)
		s.closed = true
		s.buf = nil
		return None, nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		ioMethod(typ, name, func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
			t.touchW(&s.Header)
			if err := s.check(); err != nil {
				return Value{}, err
			}
			return True, nil
		})
	}
	ioMethod(typ, "detach", func(t *Thread, s *StringIO, args []Value, kw []string) (Value, error) {
		return Value{}, ioUnsupported("detach")
	})
	ioGetter(typ, "closed", func(t *Thread, s *StringIO) (Value, error) {
		t.touchW(&s.Header)
		return Bool(s.closed), nil
	})
	ioGetter(typ, "line_buffering", func(t *Thread, s *StringIO) (Value, error) { return False, nil })
	ioGetter(typ, "newlines", func(t *Thread, s *StringIO) (Value, error) { return None, nil })
	ioGetter(typ, "encoding", func(t *Thread, s *StringIO) (Value, error) { return None, nil })
	ioGetter(typ, "errors", func(t *Thread, s *StringIO) (Value, error) { return None, nil })
	typ.Slots.Iter = func(t *Thread, v Value) (Value, error) {
		if s, ok := v.obj.(*StringIO); ok {
			t.touchW(&s.Header)
			if s.closed {
				return Value{}, Errorf(ValueErrorType, "I/O operation on closed file.")
			}
		}
		return v, nil
	}
	typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
		s := v.obj.(*StringIO)
		t.touchW(&s.Header)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		line := s.readline(-1)
		if line == "" {
			return Value{}, nil
		}
		return NewStr(line), nil
	}
}
