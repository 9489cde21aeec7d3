package runtime

// This file defines the reading side and the methods of file objects
// (mod_io_file.go): reads go through a read-ahead buffer of bytes, which
// text files decode line by line.

import (
	"io"
	"unicode/utf8"
)

// fill reads another chunk into the read-ahead buffer; false at end of
// file.
func (f *File) fill() (bool, error) {
	if f.eof {
		return false, nil
	}
	// Keep only the unread bytes, at the front, and read into the spare
	// capacity after them.
	if f.rpos > 0 {
		n := copy(f.rbuf, f.rbuf[f.rpos:])
		f.rbuf, f.rpos = f.rbuf[:n], 0
	}
	const chunk = fileBufSize * 8
	if cap(f.rbuf)-len(f.rbuf) < chunk {
		grown := make([]byte, len(f.rbuf), 2*cap(f.rbuf)+chunk)
		copy(grown, f.rbuf)
		f.rbuf = grown
	}
	n, err := f.f.Read(f.rbuf[len(f.rbuf):cap(f.rbuf)])
	f.rbuf = f.rbuf[:len(f.rbuf)+n]
	if err == io.EOF || (err == nil && n == 0) {
		f.eof = true
		return n > 0, nil
	}
	if err != nil {
		return false, osError(err, Value{}, Value{})
	}
	return true, nil
}

// startRead checks that the file can be read and writes pending output
// first.
func (f *File) startRead() error {
	if err := f.check(); err != nil {
		return err
	}
	if !f.readable {
		if f.binary {
			return ioUnsupported("read")
		}
		return ioUnsupported("not readable")
	}
	return f.flushWrites()
}

// readAll returns the rest of the file's bytes.
func (f *File) readAll() ([]byte, error) {
	for {
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	out := append([]byte(nil), f.rbuf[f.rpos:]...)
	f.rbuf, f.rpos = f.rbuf[:0], 0
	return out, nil
}

// readN returns up to n bytes.
func (f *File) readN(n int) ([]byte, error) {
	for len(f.rbuf)-f.rpos < n {
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	end := f.rpos + n
	if end > len(f.rbuf) {
		end = len(f.rbuf)
	}
	out := append([]byte(nil), f.rbuf[f.rpos:end]...)
	f.rpos = end
	return out, nil
}

// readLineBytes returns the raw bytes of the next line (empty at end of
// file). The slice shares the read-ahead buffer: the caller copies it
// before the next read.
func (f *File) readLineBytes() ([]byte, error) {
	for {
		end, needMore := f.lineEnd(f.rbuf[f.rpos:])
		if end >= 0 {
			line := f.rbuf[f.rpos : f.rpos+end : f.rpos+end]
			f.rpos += end
			return line, nil
		}
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			if needMore {
				continue // at end of file a final "\r" ends the line
			}
			line := f.rbuf[f.rpos:len(f.rbuf):len(f.rbuf)]
			f.rpos = len(f.rbuf)
			return line, nil
		}
	}
}

// decode decodes bytes read from a text file.
func (f *File) decode(p []byte) (string, error) {
	var s string
	if f.encName == "utf-8" && utf8.Valid(p) {
		s = string(p)
	} else {
		var err error
		if s, err = decodeBytes(p, f.encName, f.errors); err != nil {
			return "", err
		}
	}
	if f.noNL {
		s = translateRead(s)
	}
	return s, nil
}

// readLine reads one line: bytes for a binary file, str for a text one;
// limit >= 0 bounds its size (bytes or code points). n is its length.
func (f *File) readLine(limit int) (Value, int, error) {
	if err := f.startRead(); err != nil {
		return Value{}, 0, err
	}
	line, err := f.readLineBytes()
	if err != nil {
		return Value{}, 0, err
	}
	if f.binary {
		if limit >= 0 && len(line) > limit {
			f.rpos -= len(line) - limit
			line = line[:limit]
		}
		return NewBytes(append([]byte(nil), line...)), len(line), nil
	}
	if limit >= 0 {
		cut, n := 0, 0
		for cut < len(line) && n < limit {
			_, size := utf8.DecodeRune(line[cut:])
			if f.encName != "utf-8" {
				size = 1
			}
			cut += size
			n++
		}
		f.rpos -= len(line) - cut
		line = line[:cut]
	}
	s, err := f.decode(line)
	if err != nil {
		return Value{}, 0, err
	}
	return NewStr(s), len(s), nil
}

// readText is read(n) on a text file (n < 0: all).
func (f *File) readText(n int) (Value, error) {
	if n < 0 {
		p, err := f.readAll()
		if err != nil {
			return Value{}, err
		}
		s, err := f.decode(p)
		if err != nil {
			return Value{}, err
		}
		return NewStr(s), nil
	}
	width := 1
	if f.encName == "utf-8" {
		width = utf8.UTFMax
	}
	for len(f.rbuf)-f.rpos < n*width+1 {
		more, err := f.fill()
		if err != nil {
			return Value{}, err
		}
		if !more {
			break
		}
	}
	p := f.rbuf[f.rpos:]
	cut, count := 0, 0
	for cut < len(p) && count < n {
		size := 1
		if width > 1 {
			_, size = utf8.DecodeRune(p[cut:])
		}
		if f.noNL && p[cut] == '\r' && cut+1 < len(p) && p[cut+1] == '\n' {
			size = 2
		}
		cut += size
		count++
	}
	chunk := append([]byte(nil), p[:cut]...)
	f.rpos += cut
	s, err := f.decode(chunk)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func init() {
	types := []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType}
	method := func(name string, fn func(t *Thread, f *File, args []Value, kw []string) (Value, error)) {
		for _, typ := range types {
			ioMethod(typ, name, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
				t.touchW(&f.Header)
				f.mu.Lock()
				defer f.mu.Unlock()
				return fn(t, f, args, kw)
			})
		}
	}
	getter := func(name string, fn func(t *Thread, f *File) (Value, error)) {
		for _, typ := range types {
			ioGetter(typ, name, func(t *Thread, f *File) (Value, error) {
				t.touchW(&f.Header)
				f.mu.Lock()
				defer f.mu.Unlock()
				return fn(t, f)
			})
		}
	}
	method("read", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("read", args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := f.startRead(); err != nil {
			return Value{}, err
		}
		if !f.binary {
			return f.readText(n)
		}
		var p []byte
		if n < 0 {
			p, err = f.readAll()
		} else {
			p, err = f.readN(n)
		}
		if err != nil {
			return Value{}, err
		}
		return NewBytes(p), nil
	})
	method("readline", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		n, err := ioSizeArg("readline", args, kw)
		if err != nil {
			return Value{}, err
		}
		v, _, err := f.readLine(n)
		return v, err
	})
	method("readlines", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := f.startRead(); err != nil {
			return Value{}, err
		}
		return ioHintLines(t, args, kw, func() (Value, int, error) { return f.readLine(-1) })
	})
	method("write", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := ioArgs("write", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		if err := f.check(); err != nil {
			return Value{}, err
		}
		if !f.writable {
			if f.binary {
				return Value{}, ioUnsupported("write")
			}
			return Value{}, ioUnsupported("not writable")
		}
		if f.binary {
			p, err := bytesLike(args[0])
			if err != nil {
				return Value{}, err
			}
			return Int(int64(len(p))), f.writeBytes(p)
		}
		s, ok := AsString(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "write() argument must be str, not %s", typeName(args[0]))
		}
		if f.encName == "utf-8" && (f.noNL || f.newline == "" || f.newline == "\n") && utf8.ValidString(s) {
			// No translation, no encoding work: the text's bytes go to
			// the buffer as they are.
			n := 0
			if st, ok := args[0].obj.(*Str); ok {
				n = st.Len()
			} else {
				n = utf8.RuneCountInString(s)
			}
			return Int(int64(n)), f.writeString(s)
		}
		p, err := f.textEncode(s)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(utf8.RuneCountInString(s))), f.writeBytes(p)
	})
	method("flush", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := f.check(); err != nil {
			return Value{}, err
		}
		return None, f.flushWrites()
	})
	method("close", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		return None, f.close()
	})
	method("tell", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := f.check(); err != nil {
			return Value{}, err
		}
		pos, err := f.position()
		if err != nil {
			return Value{}, err
		}
		return Int(pos), nil
	})
	method("seek", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		pos, whence, err := ioSeekArgs(args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := f.check(); err != nil {
			return Value{}, err
		}
		switch {
		case whence < 0 || whence > 2:
			return Value{}, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		case !f.binary && whence == 1 && pos != 0:
			return Value{}, ioUnsupported("can't do nonzero cur-relative seeks")
		case !f.binary && whence == 2 && pos != 0:
			return Value{}, ioUnsupported("can't do nonzero end-relative seeks")
		case !f.binary && pos < 0:
			return Value{}, Errorf(ValueErrorType, "negative seek position %d", pos)
		case whence == 1:
			cur, err := f.position()
			if err != nil {
				return Value{}, err
			}
			pos, whence = cur+pos, 0
		}
		n, err := f.seek(pos, whence)
		if err != nil {
			return Value{}, err
		}
		return Int(n), nil
	})
	method("truncate", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if err := ioArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		if err := f.check(); err != nil {
			return Value{}, err
		}
		if !f.writable {
			return Value{}, ioUnsupported("truncate")
		}
		pos, err := f.position()
		if err != nil {
			return Value{}, err
		}
		if len(args) == 1 && !args[0].IsNone() {
			if pos, err = ioIntArg(args[0]); err != nil {
				return Value{}, err
			}
		}
		if err := f.f.Truncate(pos); err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return Int(pos), nil
	})
	method("fileno", func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
		if f.closed {
			return Value{}, Errorf(ValueErrorType, "I/O operation on closed file")
		}
		return Int(int64(f.f.Fd())), nil
	})
	for _, name := range []string{"readable", "writable", "seekable", "isatty"} {
		method(name, func(t *Thread, f *File, args []Value, kw []string) (Value, error) {
			if err := f.check(); err != nil {
				return Value{}, err
			}
			switch name {
			case "readable":
				return Bool(f.readable), nil
			case "writable":
				return Bool(f.writable), nil
			case "seekable":
				return True, nil
			}
			return False, nil
		})
	}
	getter("closed", func(t *Thread, f *File) (Value, error) { return Bool(f.closed), nil })
	getter("name", func(t *Thread, f *File) (Value, error) {
		if !f.name.IsValid() {
			return Value{}, Errorf(AttributeErrorType, "'%s' object has no attribute 'name'", f.typ.Name)
		}
		return f.name, nil
	})
	getter("mode", func(t *Thread, f *File) (Value, error) { return NewStr(f.mode), nil })
	getter("encoding", func(t *Thread, f *File) (Value, error) {
		if f.binary {
			return Value{}, Errorf(AttributeErrorType, "'_io.%s' object has no attribute 'encoding'", f.typ.Name)
		}
		return NewStr(f.encoding), nil
	})
	getter("errors", func(t *Thread, f *File) (Value, error) {
		if f.binary {
			return Value{}, Errorf(AttributeErrorType, "'_io.%s' object has no attribute 'errors'", f.typ.Name)
		}
		return NewStr(f.errors), nil
	})
	getter("newlines", func(t *Thread, f *File) (Value, error) { return None, nil })
	getter("line_buffering", func(t *Thread, f *File) (Value, error) { return False, nil })
	for _, typ := range types {
		typ.Slots.Repr = func(t *Thread, v Value) (string, error) { return fileRepr(t, v.obj.(*File)) }
		typ.Slots.Iter = func(t *Thread, v Value) (Value, error) {
			f := v.obj.(*File)
			t.touchW(&f.Header)
			f.mu.Lock()
			defer f.mu.Unlock()
			return v, f.check()
		}
		typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
			f := v.obj.(*File)
			t.touchW(&f.Header)
			f.mu.Lock()
			defer f.mu.Unlock()
			line, n, err := f.readLine(-1)
			if err != nil || n == 0 {
				return Value{}, err
			}
			return line, nil
		}
	}
}
