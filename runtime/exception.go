package runtime

import (
	"fmt"
	"strings"
)

// This file defines Exception, the Python exception object, which is also
// the Go error the runtime returns.

// Exception is an instance of BaseException or a subclass. It is a Python
// object and the Go error returned through the runtime. An exception is
// mutable but held by one thread at a time, so it has no stm.Header.
type Exception struct {
	typ             *Type
	Args            []Value
	Cause, Context  *Exception
	SuppressContext bool
	Traceback       *Traceback
	attrs           DictAttrs // user attributes and the per-type fields (name, errno, value, ...)
}

// Traceback is one level of a traceback (the frame's file, line and
// function); the interpreter links them innermost last.
type Traceback struct {
	Next     *Traceback
	Filename string
	Name     string
	Line     int
}

// Type returns traceback.
func (tb *Traceback) Type() *Type { return TracebackType }

// TracebackType is the type of traceback objects.
var TracebackType = &Type{Name: "traceback", flags: flagFinal}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// NewException returns an exception of class typ with the given args, as
// `typ(*args)` would for a built-in exception class.
func NewException(typ *Type, args ...Value) *Exception {
	e := &Exception{typ: typ, Args: args}
	e.initFields()
	return e
}

// Errorf returns an exception of class typ whose single argument is the
// formatted message.
func Errorf(typ *Type, format string, a ...any) *Exception {
	return NewException(typ, NewStr(fmt.Sprintf(format, a...)))
}

// Error returns "TypeError: message", the last line of a traceback.
// It avoids calling Python code (a user __str__), which needs a thread;
// the interpreter prints tracebacks with FormatExceptionLine instead.
func (e *Exception) Error() string {
	msg := e.plainStr()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Message returns str(e) computed without calling Python code.
func (e *Exception) Message() string { return e.plainStr() }

// plainStr is BaseException.__str__ (plus the per-class rules) for the
// built-in classes, without a thread: reprs of args fall back to Go
// formatting for objects that need Python code.
func (e *Exception) plainStr() string {
	s, err := exceptionStr(nil, e)
	if err != nil {
		return ""
	}
	return s
}

// Matches reports whether e is an instance of cls (exception matching).
func (e *Exception) Matches(cls *Type) bool { return IsSubtype(e.typ, cls) }

// ErrorMatches reports whether err is a Python exception of class cls.
func ErrorMatches(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && IsSubtype(e.typ, cls)
}

// GetField returns a per-instance attribute (e.g. "value" of
// StopIteration, "name" of NameError) or zero.
func (e *Exception) GetField(name string) Value {
	v, _ := e.attrs.LoadAttr(nil, name)
	return v
}

// SetField stores a per-instance attribute.
func (e *Exception) SetField(name string, v Value) { e.attrs.StoreAttr(nil, name, v) }

// argsTuple returns e.args as a tuple.
func (e *Exception) argsTuple() Value { return NewTuple(append([]Value(nil), e.Args...)) }

// initFields sets the attributes that the built-in __init__ of e's class
// derives from the arguments (StopIteration.value, OSError.errno, ...).
func (e *Exception) initFields() {
	arg := func(i int) Value {
		if i < len(e.Args) {
			return e.Args[i]
		}
		return None
	}
	switch {
	case IsSubtype(e.typ, StopIterationType):
		e.SetField("value", arg(0))
	case IsSubtype(e.typ, SystemExitType):
		switch len(e.Args) {
		case 0:
			e.SetField("code", None)
		case 1:
			e.SetField("code", e.Args[0])
		default:
			e.SetField("code", e.argsTuple())
		}
	case IsSubtype(e.typ, OSErrorType):
		e.SetField("errno", None)
		e.SetField("strerror", None)
		e.SetField("filename", None)
		e.SetField("filename2", None)
		if n := len(e.Args); n >= 2 && n <= 5 {
			e.SetField("errno", e.Args[0])
			e.SetField("strerror", e.Args[1])
			if n >= 3 {
				e.SetField("filename", e.Args[2])
			}
			if n >= 5 {
				e.SetField("filename2", e.Args[4])
			}
		}
	case IsSubtype(e.typ, UnicodeErrorType):
		names := []string{"encoding", "object", "start", "end", "reason"}
		if IsSubtype(e.typ, UnicodeTranslateErrorType) {
			names = []string{"object", "start", "end", "reason"}
		}
		if len(e.Args) == len(names) {
			for i, n := range names {
				e.SetField(n, e.Args[i])
			}
		}
	case IsSubtype(e.typ, SyntaxErrorType):
		for _, f := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
			e.SetField(f, None)
		}
		if len(e.Args) >= 1 {
			e.SetField("msg", e.Args[0])
		}
		if len(e.Args) == 2 {
			if tu, ok := e.Args[1].obj.(*Tuple); ok {
				names := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
				for i, v := range tu.Items() {
					if i < len(names) {
						e.SetField(names[i], v)
					}
				}
			}
		}
	}
}

// exceptionStr is str(e). t may be nil, in which case Python-level reprs
// are not called.
func exceptionStr(t *Thread, e *Exception) (string, error) {
	reprOf := func(v Value) (string, error) {
		if t == nil {
			return goRepr(v), nil
		}
		return Repr(t, v)
	}
	strOf := func(v Value) (string, error) {
		if t == nil {
			if s, ok := AsString(v); ok {
				return s, nil
			}
			return goRepr(v), nil
		}
		return StrOf(t, v)
	}
	switch {
	case IsSubtype(e.typ, KeyErrorType) && len(e.Args) == 1:
		return reprOf(e.Args[0])
	case IsSubtype(e.typ, OSErrorType):
		errno, strerror := e.GetField("errno"), e.GetField("strerror")
		if present(errno) || present(strerror) {
			es, err := strOf(errno)
			if err != nil {
				return "", err
			}
			ss, err := strOf(strerror)
			if err != nil {
				return "", err
			}
			if fn := e.GetField("filename"); present(fn) {
				fr, err := reprOf(fn)
				if err != nil {
					return "", err
				}
				if fn2 := e.GetField("filename2"); present(fn2) {
					fr2, err := reprOf(fn2)
					if err != nil {
						return "", err
					}
					return fmt.Sprintf("[Errno %s] %s: %s -> %s", es, ss, fr, fr2), nil
				}
				return fmt.Sprintf("[Errno %s] %s: %s", es, ss, fr), nil
			}
			return fmt.Sprintf("[Errno %s] %s", es, ss), nil
		}
	case IsSubtype(e.typ, UnicodeDecodeErrorType) || IsSubtype(e.typ, UnicodeEncodeErrorType):
		if r, ok := unicodeErrorStr(e); ok {
			return r, nil
		}
	case IsSubtype(e.typ, SyntaxErrorType):
		msg := e.GetField("msg")
		if !msg.IsValid() || msg.IsNone() {
			break
		}
		ms, err := strOf(msg)
		if err != nil {
			return "", err
		}
		fn, ln := e.GetField("filename"), e.GetField("lineno")
		fs := ""
		if s, ok := AsString(fn); ok {
			fs = s
			if i := strings.LastIndexByte(fs, '/'); i >= 0 {
				fs = fs[i+1:]
			}
		}
		switch {
		case fs != "" && ln.IsInt():
			return fmt.Sprintf("%s (%s, line %d)", ms, fs, ln.AsInt()), nil
		case fs != "":
			return fmt.Sprintf("%s (%s)", ms, fs), nil
		case ln.IsInt():
			return fmt.Sprintf("%s (line %d)", ms, ln.AsInt()), nil
		}
		return ms, nil
	}
	return baseExceptionStr(t, e)
}

// baseExceptionStr is BaseException.__str__: "" for no args, str of the
// only arg, or the repr of the args tuple.
func baseExceptionStr(t *Thread, e *Exception) (string, error) {
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		if t == nil {
			if s, ok := AsString(e.Args[0]); ok {
				return s, nil
			}
			return goRepr(e.Args[0]), nil
		}
		return StrOf(t, e.Args[0])
	}
	if t == nil {
		return goRepr(e.argsTuple()), nil
	}
	return Repr(t, e.argsTuple())
}

// exceptionRepr is repr(e): "ValueError('x')", "KeyError(1, 2)".
func exceptionRepr(t *Thread, e *Exception) (string, error) {
	name := e.typ.Name
	// LANG: an exception whose argument is an exception ... recurses on
	// the Go stack (CPython's PyObject_Repr check).
	if t != nil {
		if err := t.EnterRecursive(" while getting the repr of an object"); err != nil {
			return "", err
		}
		defer t.LeaveRecursive()
	}
	if len(e.Args) == 1 {
		r, err := Repr(t, e.Args[0])
		if err != nil {
			return "", err
		}
		return name + "(" + r + ")", nil
	}
	r, err := Repr(t, e.argsTuple())
	if err != nil {
		return "", err
	}
	if len(e.Args) == 0 {
		return name + "()", nil
	}
	return name + r, nil
}
