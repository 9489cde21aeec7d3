package runtime

// This file turns the errors of Go's os package into CPython's OSError
// subclasses: the errno picks the class (FileNotFoundError for ENOENT,
// ...), strerror is the C library's text, and the message reads
// "[Errno 2] No such file or directory: 'x'".

import (
	"errors"
	"io/fs"
	"syscall"
)

// osError converts err from an operation on filename (zero Value: none;
// filename2 likewise, for rename) to a Python exception.
func osError(err error, filename, filename2 Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return Errorf(OSErrorType, "%s", err.Error())
		}
	}
	return errnoError(int64(errno), filename, filename2)
}

// errnoError is OSError(errno, strerror, filename...) with the subclass
// CPython picks for errno.
func errnoError(errno int64, filename, filename2 Value) error {
	cls := OSErrorType
	if sub, ok := errnoClasses[errno]; ok {
		cls = sub
	}
	args := []Value{Int(errno), NewStr(strerror(errno))}
	if filename.IsValid() {
		args = append(args, filename)
		if filename2.IsValid() {
			args = append(args, None, filename2)
		}
	}
	e := NewException(cls, args...)
	e.trimOSErrorArgs()
	return e
}

// strerror is the C library's message for errno: Go's table holds the
// same texts with a lower-case first letter.
func strerror(errno int64) string {
	s := syscall.Errno(errno).Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
