package runtime

// This file defines the file objects open() returns: one Go type, File,
// that plays CPython's TextIOWrapper (text modes) and BufferedReader,
// BufferedWriter, BufferedRandom (binary modes) — the Python class
// follows the mode, as CPython's open() picks it.
//
// Writes are effects: they collect in the file's buffer and reach the
// operating system only in flushWrites, the one write path (at close,
// flush(), a seek or a read, a full buffer, the opening of another file,
// an os function that looks at the file system, and interpreter exit), so
// the parallel runtime can defer them to a transaction's commit.

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// fileBufSize is io.DEFAULT_BUFFER_SIZE: the write buffer's size and the
// read chunk.
const fileBufSize = 8192

// File is a file object made by open().
type File struct {
	ioStream
	// mu guards the state below: besides the owning thread's method
	// calls, flushAll (another thread's open() or os call, and exit)
	// writes the buffer of a file that thread may be using.
	mu       sync.Mutex
	f        *os.File
	name     Value
	mode     string // the mode attribute
	binary   bool
	readable bool
	writable bool
	closed   bool
	closefd  bool
	encoding string // text: the encoding attribute
	encName  string // text: the normalised encoding
	errors   string
	newline  string // text: the newline argument ("" with noNL: None)
	noNL     bool
	wbuf     []byte // written, not yet at the OS
	rbuf     []byte // read ahead from the OS
	rpos     int    // next unread byte of rbuf
	eof      bool   // the OS file had no more bytes at the last read
	reg      *openFiles
}

// The classes of file objects.
var (
	TextIOWrapperType  = &Type{Name: "TextIOWrapper", Module: "_io", Bases: []*Type{TextIOBaseType}, flags: flagFinal}
	BufferedReaderType = &Type{Name: "BufferedReader", Module: "_io", Bases: []*Type{BufferedIOBaseType}, flags: flagFinal}
	BufferedWriterType = &Type{Name: "BufferedWriter", Module: "_io", Bases: []*Type{BufferedIOBaseType}, flags: flagFinal}
	BufferedRandomType = &Type{Name: "BufferedRandom", Module: "_io", Bases: []*Type{BufferedIOBaseType}, flags: flagFinal}
	FileIOType         = &Type{Name: "FileIO", Module: "_io", Bases: []*Type{RawIOBaseType}, flags: flagFinal}
)

// openFiles are an interpreter's files that hold buffered writes, flushed
// when another file opens and at exit (CPython flushes a file when its
// last reference goes, which pystm cannot see). A file is in the set only
// while its buffer is not empty, so a file the program drops without
// closing is left to Go's collector, whose finalizer closes it.
type openFiles struct {
	mu  sync.Mutex
	set map[*File]struct{}
}

func (o *openFiles) add(f *File) {
	o.mu.Lock()
	if o.set == nil {
		o.set = map[*File]struct{}{}
	}
	o.set[f] = struct{}{}
	o.mu.Unlock()
}

func (o *openFiles) remove(f *File) {
	o.mu.Lock()
	delete(o.set, f)
	o.mu.Unlock()
}

// flushAll writes every open file's buffer (errors are left for the
// file's own next operation to meet again).
func (o *openFiles) flushAll() {
	o.mu.Lock()
	files := make([]*File, 0, len(o.set))
	for f := range o.set {
		files = append(files, f)
	}
	o.mu.Unlock()
	for _, f := range files {
		f.mu.Lock()
		_ = f.flushWrites()
		f.mu.Unlock()
	}
}

// FlushFiles writes the buffers of all files the program left open; the
// interpreter calls it at exit.
func (in *Interpreter) FlushFiles() { in.files.flushAll() }

// closedErr is the ValueError of an operation on a closed file.
func (f *File) check() error {
	if f.closed {
		return Errorf(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// flushWrites hands the buffered writes to the operating system: the one
// place where file writes happen.
func (f *File) flushWrites() error {
	if len(f.wbuf) == 0 || f.f == nil {
		return nil
	}
	_, err := f.f.Write(f.wbuf)
	f.wbuf = f.wbuf[:0]
	if f.reg != nil {
		f.reg.remove(f)
	}
	if err != nil {
		return osError(err, Value{}, Value{})
	}
	return nil
}

// pending registers the file as holding buffered writes (called before
// the first byte goes into an empty buffer).
func (f *File) pending() {
	if len(f.wbuf) == 0 && f.reg != nil {
		f.reg.add(f)
	}
}

// dropReadAhead moves the OS position back to the logical one and
// forgets the bytes read ahead (before a write or a seek).
func (f *File) dropReadAhead() error {
	if n := len(f.rbuf) - f.rpos; n > 0 {
		if _, err := f.f.Seek(int64(-n), io.SeekCurrent); err != nil {
			return osError(err, Value{}, Value{})
		}
	}
	f.rbuf, f.rpos, f.eof = f.rbuf[:0], 0, false
	return nil
}

// writeBytes buffers p for writing.
func (f *File) writeBytes(p []byte) error {
	if err := f.dropReadAhead(); err != nil {
		return err
	}
	if len(p) == 0 {
		return nil
	}
	f.pending()
	f.wbuf = append(f.wbuf, p...)
	if len(f.wbuf) >= fileBufSize {
		return f.flushWrites()
	}
	return nil
}

// writeString buffers the bytes of s for writing (writeBytes without a
// conversion to []byte).
func (f *File) writeString(s string) error {
	if len(f.rbuf) > f.rpos {
		if err := f.dropReadAhead(); err != nil {
			return err
		}
	}
	if len(s) == 0 {
		return nil
	}
	f.pending()
	f.wbuf = append(f.wbuf, s...)
	if len(f.wbuf) >= fileBufSize {
		return f.flushWrites()
	}
	return nil
}

// position is the logical position (tell()).
func (f *File) position() (int64, error) {
	if err := f.flushWrites(); err != nil {
		return 0, err
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err, Value{}, Value{})
	}
	return pos - int64(len(f.rbuf)-f.rpos), nil
}

func (f *File) seek(pos int64, whence int) (int64, error) {
	if err := f.flushWrites(); err != nil {
		return 0, err
	}
	if err := f.dropReadAhead(); err != nil {
		return 0, err
	}
	n, err := f.f.Seek(pos, whence)
	if err != nil {
		return 0, osError(err, Value{}, Value{})
	}
	return n, nil
}

func (f *File) close() error {
	if f.closed {
		return nil
	}
	err := f.flushWrites()
	f.closed = true
	if f.reg != nil {
		f.reg.remove(f)
	}
	if f.closefd {
		if cerr := f.f.Close(); cerr != nil && err == nil {
			err = osError(cerr, Value{}, Value{})
		}
	}
	return err
}

// fsPath converts a path argument: str, bytes or an os.PathLike.
func fsPath(t *Thread, v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	if b, ok := v.obj.(*Bytes); ok {
		return string(b.b), nil
	}
	if fn, err := GetAttr(t, FromObject(TypeOf(v)), "__fspath__"); err == nil {
		r, err := t.Call(fn, []Value{v}, nil)
		if err != nil {
			return "", err
		}
		if s, ok := AsString(r); ok {
			return s, nil
		}
		if b, ok := r.obj.(*Bytes); ok {
			return string(b.b), nil
		}
		return "", Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeOf(v).Name, typeName(r))
	}
	return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// openMode is a parsed open() mode.
type openMode struct {
	read, write, create, appendM, plus, binary bool
}

func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	text := false
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("rwxabt+", c) {
			return m, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.read = true
		case 'w':
			m.write = true
		case 'x':
			m.create = true
		case 'a':
			m.appendM = true
		case '+':
			m.plus = true
		case 'b':
			m.binary = true
		case 't':
			text = true
		}
	}
	if text && m.binary {
		return m, Errorf(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.read, m.write, m.create, m.appendM} {
		if b {
			n++
		}
	}
	if n != 1 {
		return m, Errorf(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

// rawMode is FileIO's mode string, which binary files report.
func (m openMode) rawMode() string {
	switch {
	case m.create:
		if m.plus {
			return "xb+"
		}
		return "xb"
	case m.appendM:
		if m.plus {
			return "ab+"
		}
		return "ab"
	case m.read && m.plus || m.write && m.plus:
		return "rb+"
	case m.read:
		return "rb"
	}
	return "wb"
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None,
// errors=None, newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, args []Value, kw []string) (Value, error) {
	var fileV, modeV, bufV, encV, errV, nlV, closefdV, openerV Value
	if err := UnpackArgs("open", args, kw, []string{"file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"},
		&fileV, &modeV, &bufV, &encV, &errV, &nlV, &closefdV, &openerV); err != nil {
		return Value{}, err
	}
	mode := "r"
	if modeV.IsValid() {
		s, ok := AsString(modeV)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", typeName(modeV))
		}
		mode = s
	}
	buffering := int64(-1)
	if bufV.IsValid() {
		n, err := ioIntArg(bufV)
		if err != nil {
			return Value{}, err
		}
		buffering = n
	}
	optStr := func(v Value, what string) (string, bool, error) {
		if !v.IsValid() || v.IsNone() {
			return "", false, nil
		}
		s, ok := AsString(v)
		if !ok {
			return "", false, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", what, typeName(v))
		}
		return s, true, nil
	}
	enc, hasEnc, err := optStr(encV, "encoding")
	if err != nil {
		return Value{}, err
	}
	errs, hasErrs, err := optStr(errV, "errors")
	if err != nil {
		return Value{}, err
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return Value{}, err
	}
	nl, noNL, err := validNewline(nlV, false)
	if err != nil {
		return Value{}, err
	}
	if m.binary {
		switch {
		case hasEnc:
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an encoding argument")
		case hasErrs:
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take an errors argument")
		case nlV.IsValid() && !nlV.IsNone():
			return Value{}, Errorf(ValueErrorType, "binary mode doesn't take a newline argument")
		}
	}
	closefd := true
	if closefdV.IsValid() {
		if closefd, err = Truth(t, closefdV); err != nil {
			return Value{}, err
		}
	}
	if openerV.IsValid() && !openerV.IsNone() {
		return Value{}, Errorf(NotImplementedErrorType, "open(): opener is not supported by pystm")
	}
	flags := 0
	switch {
	case m.read && m.plus:
		flags = os.O_RDWR
	case m.read:
		flags = os.O_RDONLY
	case m.write:
		flags = os.O_CREATE | os.O_TRUNC
	case m.create:
		flags = os.O_CREATE | os.O_EXCL
	case m.appendM:
		flags = os.O_CREATE | os.O_APPEND
	}
	if !m.read {
		if m.plus {
			flags |= os.O_RDWR
		} else {
			flags |= os.O_WRONLY
		}
	}
	// Another file's buffered writes must be visible to this one.
	t.interp.files.flushAll()
	var osf *os.File
	if fd, ok := AsInt64(fileV); ok && (fileV.IsInt() || fileV.IsBool()) {
		if fd < 0 {
			return Value{}, Errorf(ValueErrorType, "negative file descriptor")
		}
		if _, err := syscall.Seek(int(fd), 0, io.SeekCurrent); err == syscall.EBADF {
			return Value{}, errnoError(int64(syscall.EBADF), Value{}, Value{})
		}
		use := int(fd)
		if !closefd {
			// Go closes an *os.File it collects: work on a duplicate so
			// the program's descriptor stays open, as closefd=False asks.
			dup, err := syscall.Dup(int(fd))
			if err != nil {
				return Value{}, osError(err, Value{}, Value{})
			}
			use, closefd = dup, true
		}
		osf = os.NewFile(uintptr(use), "")
		if osf == nil {
			return Value{}, errnoError(int64(syscall.EBADF), Value{}, Value{})
		}
	} else {
		path, err := fsPath(t, fileV)
		if err != nil {
			return Value{}, err
		}
		if !closefd {
			return Value{}, Errorf(ValueErrorType, "Cannot use closefd=False with file name")
		}
		fileV = normPath(fileV, path) // name and errors report the string
		osf, err = openRetry(path, flags)
		if err != nil {
			return Value{}, osError(err, fileV, Value{})
		}
		if st, err := osf.Stat(); err == nil && st.IsDir() {
			_ = osf.Close()
			return Value{}, errnoError(int64(syscall.EISDIR), fileV, Value{})
		}
	}
	if !m.binary && buffering == 0 {
		// CPython checks this after opening (the file is created).
		_ = osf.Close()
		return Value{}, Errorf(ValueErrorType, "can't have unbuffered text I/O")
	}
	f := &File{f: osf, name: fileV, binary: m.binary, readable: m.read || m.plus,
		writable: !m.read || m.plus, closefd: closefd, newline: nl, noNL: noNL, reg: &t.interp.files}
	if m.binary {
		f.mode = m.rawMode()
		switch {
		case f.readable && f.writable:
			f.typ = BufferedRandomType
		case f.readable:
			f.typ = BufferedReaderType
		default:
			f.typ = BufferedWriterType
		}
		if buffering == 0 {
			f.typ = FileIOType
		}
	} else {
		f.typ = TextIOWrapperType
		f.mode = mode
		f.encoding, f.encName, f.errors = "UTF-8", "utf-8", "strict"
		if hasEnc {
			norm, ok := normEncoding(enc)
			if !ok {
				_ = osf.Close()
				return Value{}, Errorf(LookupErrorType, "unknown encoding: %s", enc)
			}
			f.encoding, f.encName = enc, norm
		}
		if hasErrs {
			f.errors = errs
		}
	}
	if m.appendM {
		// As CPython, an append-mode file starts at the end (tell()).
		if _, err := osf.Seek(0, io.SeekEnd); err != nil {
			_ = osf.Close()
			return Value{}, osError(err, fileV, Value{})
		}
	}
	return FromObject(f), nil
}

// openRetry opens a file; when the process is out of file descriptors it
// runs Go's collector, whose finalizers close the files the program
// dropped without closing (CPython's refcounting would have closed them
// already), and tries again.
func openRetry(path string, flags int) (*os.File, error) {
	for i := 0; ; i++ {
		osf, err := os.OpenFile(path, flags, 0o666)
		if err == nil || i == 3 || !(errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE)) {
			return osf, err
		}
		runtime.GC()
		time.Sleep(time.Duration(i+1) * 10 * time.Millisecond) // finalizers run on their own goroutine
	}
}

// fileRepr is repr() of a file object.
func fileRepr(t *Thread, f *File) (string, error) {
	name := "_io." + f.typ.Name
	if f.closed && f.typ != TextIOWrapperType {
		return "<" + name + " [closed]>", nil
	}
	var b strings.Builder
	b.WriteString("<" + name)
	if f.name.IsValid() {
		r, err := Repr(t, f.name)
		if err != nil {
			return "", err
		}
		b.WriteString(" name=" + r)
	}
	if f.typ == TextIOWrapperType {
		b.WriteString(" mode=" + StrRepr(f.mode) + " encoding=" + StrRepr(f.encoding))
	}
	b.WriteString(">")
	return b.String(), nil
}

// textEncode encodes text written to a text file, translating "\n" as
// the newline argument asks.
func (f *File) textEncode(s string) ([]byte, error) {
	if !f.noNL && (f.newline == "\r" || f.newline == "\r\n") {
		s = strings.ReplaceAll(s, "\n", f.newline)
	}
	if f.encName == "utf-8" && utf8.ValidString(s) {
		return []byte(s), nil
	}
	return encodeStr(s, f.encName, f.errors)
}

// translateRead applies universal newlines to text read (newline=None).
func translateRead(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// lineEnd returns the index just past the first line terminator of p
// for the file's newline mode, or -1. needMore reports a "\r" at the end
// of p that may be the start of "\r\n".
func (f *File) lineEnd(p []byte) (end int, needMore bool) {
	universal := !f.binary && (f.noNL || f.newline == "")
	if f.binary || (!universal && f.newline == "\n") {
		if i := bytes.IndexByte(p, '\n'); i >= 0 {
			return i + 1, false
		}
		return -1, false
	}
	if !universal {
		if i := bytes.Index(p, []byte(f.newline)); i >= 0 {
			return i + len(f.newline), false
		}
		if f.newline == "\r\n" && len(p) > 0 && p[len(p)-1] == '\r' {
			return -1, true
		}
		return -1, false
	}
	for i, c := range p {
		switch c {
		case '\n':
			return i + 1, false
		case '\r':
			if i+1 < len(p) {
				if p[i+1] == '\n' {
					return i + 2, false
				}
				return i + 1, false
			}
			return -1, true
		}
	}
	return -1, false
}
