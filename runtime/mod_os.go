package runtime

// This file defines posix, the module of operating-system calls that
// lib/os.py and lib/posixpath.py build os and os.path on, as CPython's
// os.py builds on its posix module. Errors are CPython's OSError
// subclasses with the C library's messages (mod_os_errors.go).
//
// Paths may be str, bytes or os.PathLike; results are always str (bytes
// in, bytes out is not implemented).

import (
	"crypto/rand"
	"io"
	"os"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// posixFn is the signature of the module's functions.
type posixFn = func(t *Thread, args []Value, kw []string) (Value, error)

// posixPath runs fn on the one path argument of a function (default
// when absent and def is not "").
func posixPath(name, def string, fn func(t *Thread, path string, pv Value) (Value, error)) posixFn {
	return func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv Value
		spec := []string{"path"}
		if def != "" {
			spec = []string{"path?"}
		}
		if err := UnpackArgs(name, args, kw, spec, &pv); err != nil {
			return Value{}, err
		}
		if !pv.IsValid() || (def != "" && pv.IsNone()) {
			pv = NewStr(def)
		}
		p, err := pathArg(t, name, pv)
		if err != nil {
			return Value{}, err
		}
		// Buffered writes of open files must be visible to the file system.
		t.interp.files.flushAll()
		return fn(t, p, normPath(pv, p))
	}
}

// normPath is the filename an OSError reports for a path argument: the
// argument itself when it is str or bytes, else the string it converts to
// (an os.PathLike's __fspath__), as CPython reports.
func normPath(pv Value, p string) Value {
	if _, ok := AsString(pv); ok {
		return pv
	}
	if _, ok := pv.obj.(*Bytes); ok {
		return pv
	}
	return NewStr(p)
}

// pathArg converts the path argument of function name, with CPython's
// TypeError naming what the function accepts.
func pathArg(t *Thread, name string, pv Value) (string, error) {
	p, err := fsPath(t, pv)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(TypeErrorType) && !hasFspath(pv) {
			return "", Errorf(TypeErrorType, "%s: path should be %s, not %s", name, pathKinds(name), typeName(pv))
		}
		return "", err
	}
	return p, nil
}

// hasFspath reports whether v's class defines __fspath__.
func hasFspath(v Value) bool {
	_, ok := TypeOf(v).Lookup("__fspath__")
	return ok
}

// pathKinds lists what a function's path argument may be, for its
// TypeError (CPython's path_t converter names file descriptors and None
// where the function takes them).
func pathKinds(fname string) string {
	switch fname {
	case "listdir", "scandir":
		return "string, bytes, os.PathLike, integer or None"
	case "stat", "chdir":
		return "string, bytes, os.PathLike or integer"
	}
	return "string, bytes or os.PathLike"
}

// statTuple is what posix.stat returns: the ten integer fields of
// os.stat_result, the three float times and the three times in ns.
func statTuple(fi os.FileInfo) Value {
	var mode, ino, dev, nlink, uid, gid int64
	var atime, ctime time.Time
	mtime := fi.ModTime()
	atime, ctime = mtime, mtime
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		mode, ino, dev, nlink = int64(st.Mode), int64(st.Ino), int64(st.Dev), int64(st.Nlink)
		uid, gid = int64(st.Uid), int64(st.Gid)
		atime, ctime = statTimes(st)
	} else {
		mode = int64(fi.Mode().Perm())
		if fi.IsDir() {
			mode |= syscall.S_IFDIR
		} else {
			mode |= syscall.S_IFREG
		}
	}
	ns := func(tm time.Time) Value { return Int(tm.UnixNano()) }
	fl := func(tm time.Time) Value { return Float(float64(tm.UnixNano()) / 1e9) }
	return NewTuple([]Value{Int(mode), Int(ino), Int(dev), Int(nlink), Int(uid), Int(gid), Int(fi.Size()),
		Int(atime.Unix()), Int(mtime.Unix()), Int(ctime.Unix()),
		fl(atime), fl(mtime), fl(ctime), ns(atime), ns(mtime), ns(ctime)})
}

func newPosixModule(in *Interpreter) *Module {
	m := NewModule("posix")
	d := m.Dict
	def := func(name string, fn posixFn) { d.SetStr(name, NewBuiltin(name, fn)) }
	none := func(err error, pv Value) (Value, error) {
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		return None, nil
	}
	def("getcwd", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("getcwd", args, kw, 0, 0); err != nil {
			return Value{}, err
		}
		wd, err := os.Getwd()
		if err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return NewStr(wd), nil
	})
	def("chdir", posixPath("chdir", "", func(t *Thread, p string, pv Value) (Value, error) {
		return none(os.Chdir(p), pv)
	}))
	def("listdir", posixPath("listdir", ".", func(t *Thread, p string, pv Value) (Value, error) {
		f, err := os.Open(p)
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		defer f.Close()
		// Readdirnames keeps the directory's own order, as CPython's
		// readdir loop does (os.ReadDir would sort).
		names, err := f.Readdirnames(-1)
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		items := make([]Value, len(names))
		for i, n := range names {
			items[i] = NewStr(n)
		}
		return FromObject(NewList(items)), nil
	}))
	def("_scandir", posixPath("scandir", ".", func(t *Thread, p string, pv Value) (Value, error) {
		f, err := os.Open(p)
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		defer f.Close()
		entries, err := f.ReadDir(-1)
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		items := make([]Value, len(entries))
		for i, e := range entries {
			typ := e.Type()
			items[i] = NewTuple([]Value{NewStr(e.Name()), Bool(typ.IsDir()), Bool(typ.IsRegular()),
				Bool(typ&os.ModeSymlink != 0)})
		}
		return FromObject(NewList(items)), nil
	}))
	def("mkdir", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, mv Value
		if err := UnpackArgs("mkdir", args, kw, []string{"path", "mode?"}, &pv, &mv); err != nil {
			return Value{}, err
		}
		mode := int64(0o777)
		if mv.IsValid() {
			var err error
			if mode, err = ioIntArg(mv); err != nil {
				return Value{}, err
			}
		}
		p, err := pathArg(t, "mkdir", pv)
		if err != nil {
			return Value{}, err
		}
		return none(os.Mkdir(p, os.FileMode(mode)&os.ModePerm), normPath(pv, p))
	})
	def("rmdir", posixPath("rmdir", "", func(t *Thread, p string, pv Value) (Value, error) {
		return none(syscall.Rmdir(p), pv)
	}))
	for _, name := range []string{"remove", "unlink"} {
		def(name, posixPath(name, "", func(t *Thread, p string, pv Value) (Value, error) {
			return none(syscall.Unlink(p), pv)
		}))
	}
	for _, name := range []string{"rename", "replace"} {
		def(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			var sv, dv Value
			if err := UnpackArgs(name, args, kw, []string{"src", "dst"}, &sv, &dv); err != nil {
				return Value{}, err
			}
			src, err := fsPath(t, sv)
			if err != nil {
				return Value{}, err
			}
			dst, err := fsPath(t, dv)
			if err != nil {
				return Value{}, err
			}
			t.interp.files.flushAll()
			if err := syscall.Rename(src, dst); err != nil {
				return Value{}, osError(err, normPath(sv, src), normPath(dv, dst))
			}
			return None, nil
		})
	}
	// stat and lstat return os.stat_result when os.py has registered
	// the class (posix._stat_result), the plain tuple before.
	statResult := func(t *Thread, fi os.FileInfo) (Value, error) {
		tup := statTuple(fi)
		if cls, ok := d.GetStr("_stat_result"); ok && !cls.IsNone() {
			return t.Call(cls, []Value{tup}, nil)
		}
		return tup, nil
	}
	for _, name := range []string{"stat", "lstat"} {
		def(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			var pv, dirFD, follow Value
			if err := UnpackArgs(name, args, kw, []string{"path", "*", "dir_fd?", "follow_symlinks?"}, &pv, &dirFD, &follow); err != nil {
				return Value{}, err
			}
			p, err := pathArg(t, name, pv)
			if err != nil {
				return Value{}, err
			}
			pv = normPath(pv, p)
			if dirFD.IsValid() && !dirFD.IsNone() {
				return Value{}, Errorf(NotImplementedErrorType, "%s: dir_fd is not supported by pystm", name)
			}
			lstat := name == "lstat"
			if follow.IsValid() {
				f, err := Truth(t, follow)
				if err != nil {
					return Value{}, err
				}
				lstat = lstat || !f
			}
			t.interp.files.flushAll()
			var fi os.FileInfo
			if lstat {
				fi, err = os.Lstat(p)
			} else {
				fi, err = os.Stat(p)
			}
			if err != nil {
				return Value{}, osError(err, pv, Value{})
			}
			return statResult(t, fi)
		})
	}
	d.SetStr("_stat_result", None)
	def("access", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, mv Value
		if err := UnpackArgs("access", args, kw, []string{"path", "mode"}, &pv, &mv); err != nil {
			return Value{}, err
		}
		p, err := fsPath(t, pv)
		if err != nil {
			return Value{}, err
		}
		mode, err := ioIntArg(mv)
		if err != nil {
			return Value{}, err
		}
		return Bool(syscall.Access(p, uint32(mode)) == nil), nil
	})
	def("readlink", posixPath("readlink", "", func(t *Thread, p string, pv Value) (Value, error) {
		s, err := os.Readlink(p)
		if err != nil {
			return Value{}, osError(err, pv, Value{})
		}
		return NewStr(s), nil
	}))
	def("urandom", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("urandom", args, kw); err != nil {
			return Value{}, err
		}
		n, err := ioIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, Errorf(ValueErrorType, "negative argument not allowed")
		}
		if n > 1<<32 {
			return Value{}, NewException(MemoryErrorType)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(rand.Reader, b); err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return NewBytes(b), nil
	})
	def("getpid", func(t *Thread, args []Value, kw []string) (Value, error) { return Int(int64(os.Getpid())), nil })
	def("getppid", func(t *Thread, args []Value, kw []string) (Value, error) { return Int(int64(os.Getppid())), nil })
	def("cpu_count", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Int(int64(runtime.NumCPU())), nil
	})
	def("strerror", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("strerror", args, kw); err != nil {
			return Value{}, err
		}
		n, err := ioIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		return NewStr(strerror(n)), nil
	})
	def("putenv", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("putenv", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		k, ok1 := AsString(args[0])
		v, ok2 := AsString(args[1])
		if !ok1 || !ok2 {
			return Value{}, Errorf(TypeErrorType, "str expected, not %s", typeName(args[0]))
		}
		if k == "" || strings.Contains(k, "=") {
			return Value{}, Errorf(ValueErrorType, "illegal environment variable name")
		}
		return none(os.Setenv(k, v), Value{})
	})
	def("unsetenv", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("unsetenv", args, kw); err != nil {
			return Value{}, err
		}
		k, ok := AsString(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "str expected, not %s", typeName(args[0]))
		}
		return none(os.Unsetenv(k), Value{})
	})
	def("_exit", func(t *Thread, args []Value, kw []string) (Value, error) {
		return Value{}, Errorf(NotImplementedErrorType, "os._exit is not supported by pystm; use sys.exit")
	})
	// File-descriptor calls (os.open and friends), on which tempfile.mkstemp
	// and os.fdopen build.
	def("open", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, fv, mv Value
		if err := UnpackArgs("open", args, kw, []string{"path", "flags", "mode?"}, &pv, &fv, &mv); err != nil {
			return Value{}, err
		}
		p, err := pathArg(t, "open", pv)
		if err != nil {
			return Value{}, err
		}
		flags, err := ioIntArg(fv)
		if err != nil {
			return Value{}, err
		}
		mode := int64(0o777)
		if mv.IsValid() {
			if mode, err = ioIntArg(mv); err != nil {
				return Value{}, err
			}
		}
		t.interp.files.flushAll()
		fd, err := syscall.Open(p, int(flags)|syscall.O_CLOEXEC, uint32(mode))
		if err != nil {
			return Value{}, osError(err, normPath(pv, p), Value{})
		}
		return Int(int64(fd)), nil
	})
	fdArg := func(v Value) (int, error) {
		n, err := ioIntArg(v)
		return int(n), err
	}
	def("close", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("close", args, kw); err != nil {
			return Value{}, err
		}
		fd, err := fdArg(args[0])
		if err != nil {
			return Value{}, err
		}
		return none(syscall.Close(fd), Value{})
	})
	def("write", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("write", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		fd, err := fdArg(args[0])
		if err != nil {
			return Value{}, err
		}
		p, err := bytesLike(args[1])
		if err != nil {
			return Value{}, err
		}
		n, err := syscall.Write(fd, p)
		if err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return Int(int64(n)), nil
	})
	def("read", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("read", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		fd, err := fdArg(args[0])
		if err != nil {
			return Value{}, err
		}
		n, err := fdArg(args[1])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, errnoError(int64(syscall.EINVAL), Value{}, Value{})
		}
		// A read may return fewer bytes than asked: a huge n need not be
		// allocated.
		buf := make([]byte, min(n, 1<<24))
		got, err := syscall.Read(fd, buf)
		if err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return NewBytes(buf[:got]), nil
	})
	def("lseek", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("lseek", args, kw, 3, 3); err != nil {
			return Value{}, err
		}
		fd, err := fdArg(args[0])
		if err != nil {
			return Value{}, err
		}
		pos, err := ioIntArg(args[1])
		if err != nil {
			return Value{}, err
		}
		how, err := fdArg(args[2])
		if err != nil {
			return Value{}, err
		}
		off, err := syscall.Seek(fd, pos, how)
		if err != nil {
			return Value{}, osError(err, Value{}, Value{})
		}
		return Int(off), nil
	})
	for name, fn := range map[string]func() int{"getuid": os.Getuid, "geteuid": os.Geteuid,
		"getgid": os.Getgid, "getegid": os.Getegid} {
		def(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := ioArgs(name, args, kw, 0, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(fn())), nil
		})
	}
	def("umask", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("umask", args, kw); err != nil {
			return Value{}, err
		}
		mask, err := ioIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		return Int(int64(syscall.Umask(int(mask)))), nil
	})
	def("utime", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, tv, nsv, dirFD, follow Value
		if err := UnpackArgs("utime", args, kw, []string{"path", "times?", "*", "ns?", "dir_fd?", "follow_symlinks?"},
			&pv, &tv, &nsv, &dirFD, &follow); err != nil {
			return Value{}, err
		}
		p, err := pathArg(t, "utime", pv)
		if err != nil {
			return Value{}, err
		}
		atime, mtime := time.Now(), time.Now()
		switch {
		case tv.IsValid() && !tv.IsNone() && nsv.IsValid():
			return Value{}, Errorf(ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
		case tv.IsValid() && !tv.IsNone():
			tu, ok := tv.obj.(*Tuple)
			if !ok || len(tu.Items()) != 2 {
				return Value{}, Errorf(TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
			}
			var secs [2]float64
			for i, x := range tu.Items() {
				f, ok, _ := floatOf(x)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
				}
				secs[i] = f
			}
			atime = time.Unix(0, int64(secs[0]*1e9))
			mtime = time.Unix(0, int64(secs[1]*1e9))
		case nsv.IsValid():
			tu, ok := nsv.obj.(*Tuple)
			if !ok || len(tu.Items()) != 2 {
				return Value{}, Errorf(TypeErrorType, "utime: 'ns' must be a tuple of two ints")
			}
			a, ok1 := AsInt64(tu.Items()[0])
			m, ok2 := AsInt64(tu.Items()[1])
			if !ok1 || !ok2 {
				return Value{}, Errorf(TypeErrorType, "utime: 'ns' must be a tuple of two ints")
			}
			atime, mtime = time.Unix(0, a), time.Unix(0, m)
		}
		t.interp.files.flushAll()
		if err := os.Chtimes(p, atime, mtime); err != nil {
			return Value{}, osError(err, Value{}, Value{}) // CPython's utime names no file
		}
		return None, nil
	})
	def("truncate", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, lv Value
		if err := UnpackArgs("truncate", args, kw, []string{"path", "length"}, &pv, &lv); err != nil {
			return Value{}, err
		}
		p, err := pathArg(t, "truncate", pv)
		if err != nil {
			return Value{}, err
		}
		n, err := ioIntArg(lv)
		if err != nil {
			return Value{}, err
		}
		t.interp.files.flushAll()
		return none(os.Truncate(p, n), normPath(pv, p))
	})
	def("isatty", func(t *Thread, args []Value, kw []string) (Value, error) { return False, nil })
	def("chmod", func(t *Thread, args []Value, kw []string) (Value, error) {
		var pv, mv Value
		if err := UnpackArgs("chmod", args, kw, []string{"path", "mode"}, &pv, &mv); err != nil {
			return Value{}, err
		}
		p, err := pathArg(t, "chmod", pv)
		if err != nil {
			return Value{}, err
		}
		mode, err := ioIntArg(mv)
		if err != nil {
			return Value{}, err
		}
		return none(syscall.Chmod(p, uint32(mode)), normPath(pv, p))
	})
	def("symlink", func(t *Thread, args []Value, kw []string) (Value, error) {
		var sv, dv, isDir Value
		if err := UnpackArgs("symlink", args, kw, []string{"src", "dst", "target_is_directory?"}, &sv, &dv, &isDir); err != nil {
			return Value{}, err
		}
		src, err := pathArg(t, "symlink", sv)
		if err != nil {
			return Value{}, err
		}
		dst, err := pathArg(t, "symlink", dv)
		if err != nil {
			return Value{}, err
		}
		if err := syscall.Symlink(src, dst); err != nil {
			return Value{}, osError(err, normPath(sv, src), normPath(dv, dst))
		}
		return None, nil
	})
	env := NewDict()
	for _, kv := range os.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			env.SetStr(kv[:i], NewStr(kv[i+1:]))
		}
	}
	d.SetStr("environ", FromObject(env))
	d.SetStr("error", FromObject(OSErrorType))
	for name, v := range map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
		"O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL, "O_TRUNC": syscall.O_TRUNC,
		"O_APPEND": syscall.O_APPEND, "O_NOFOLLOW": syscall.O_NOFOLLOW, "O_CLOEXEC": syscall.O_CLOEXEC} {
		d.SetStr(name, Int(v))
	}
	return m
}

func init() {
	registerBuiltin("posix", func(t *Thread) (*Module, error) { return newPosixModule(t.interp), nil })
}
