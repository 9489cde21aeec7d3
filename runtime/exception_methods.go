package runtime

import "fmt"

// This file gives BaseException and its subclasses their constructor,
// methods and attributes.

// errnoClasses maps an errno to the OSError subclass CPython picks in
// OSError(errno, strerror).
var errnoClasses = map[int64]*Type{
	1: PermissionErrorType, 2: FileNotFoundErrorType, 3: ProcessLookupErrorType,
	4: InterruptedErrorType, 10: ChildProcessErrorType, 11: BlockingIOErrorType,
	13: PermissionErrorType, 17: FileExistsErrorType, 20: NotADirectoryErrorType,
	21: IsADirectoryErrorType, 32: BrokenPipeErrorType, 103: ConnectionAbortedErrorType,
	104: ConnectionResetErrorType, 110: TimeoutErrorType, 111: ConnectionRefusedErrorType,
	114: BlockingIOErrorType, 115: BlockingIOErrorType,
}

// AsException returns v as an exception instance, if it is one.
func AsException(v Value) (*Exception, bool) {
	e, ok := v.obj.(*Exception)
	return e, ok
}

func excSelf(v Value) *Exception { return v.obj.(*Exception) }

func init() {
	b := BaseExceptionType
	b.Slots.Repr = func(t *Thread, v Value) (string, error) { return exceptionRepr(t, excSelf(v)) }
	b.Slots.Str = func(t *Thread, v Value) (string, error) { return baseExceptionStr(t, excSelf(v)) }
	for _, typ := range []*Type{KeyErrorType, OSErrorType, SyntaxErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType} {
		typ.Slots.Str = func(t *Thread, v Value) (string, error) { return exceptionStr(t, excSelf(v)) }
	}
	b.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		cls := args[0].obj.(*Type)
		pos := append([]Value(nil), args[1:len(args)-len(kw)]...)
		if cls == OSErrorType && len(pos) >= 2 {
			if n, ok := AsInt64(pos[0]); ok {
				if sub, ok := errnoClasses[n]; ok {
					cls = sub
				}
			}
		}
		e := NewException(cls, pos...)
		e.trimOSErrorArgs()
		return FromObject(e), nil
	})
	b.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		e := excSelf(args[0])
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
		}
		e.Args = append([]Value(nil), args[1:]...)
		e.initFields()
		e.trimOSErrorArgs()
		return None, nil
	})
	kwInit := func(typ *Type, names ...string) {
		typ.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
			e := excSelf(args[0])
			npos := len(args) - len(kw)
			e.Args = append([]Value(nil), args[1:npos]...)
			e.initFields()
			for _, n := range names {
				e.SetField(n, None)
			}
			for i, k := range kw {
				found := false
				for _, n := range names {
					if n == k {
						e.SetField(k, args[npos+i])
						found = true
					}
				}
				if !found {
					return Value{}, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", e.typ.Name, k)
				}
			}
			if typ == ImportErrorType {
				if len(e.Args) == 1 {
					e.SetField("msg", e.Args[0])
				} else {
					e.SetField("msg", None)
				}
			}
			return None, nil
		})
	}
	kwInit(ImportErrorType, "name", "path")
	kwInit(AttributeErrorType, "name", "obj")
	kwInit(NameErrorType, "name")
	b.AddGetSet("args", func(t *Thread, v Value) (Value, error) { return excSelf(v).argsTuple(), nil },
		func(t *Thread, v, x Value) error {
			if !x.IsValid() {
				return Errorf(TypeErrorType, "args may not be deleted")
			}
			items, err := collect(t, x)
			if err != nil {
				return err
			}
			excSelf(v).Args = items
			return nil
		})
	excOrNone := func(e *Exception) Value {
		if e == nil {
			return None
		}
		return FromObject(e)
	}
	b.AddGetSet("__cause__", func(t *Thread, v Value) (Value, error) { return excOrNone(excSelf(v).Cause), nil },
		func(t *Thread, v, x Value) error {
			e := excSelf(v)
			switch {
			case !x.IsValid():
				return Errorf(TypeErrorType, "__cause__ may not be deleted")
			case x.IsNone():
				e.Cause = nil
			default:
				c, ok := AsException(x)
				if !ok {
					return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
				}
				e.Cause = c
			}
			e.SuppressContext = true
			return nil
		})
	b.AddGetSet("__context__", func(t *Thread, v Value) (Value, error) { return excOrNone(excSelf(v).Context), nil },
		func(t *Thread, v, x Value) error {
			e := excSelf(v)
			switch {
			case !x.IsValid():
				return Errorf(TypeErrorType, "__context__ may not be deleted")
			case x.IsNone():
				e.Context = nil
			default:
				c, ok := AsException(x)
				if !ok {
					return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
				}
				e.Context = c
			}
			return nil
		})
	b.AddGetSet("__suppress_context__", func(t *Thread, v Value) (Value, error) { return Bool(excSelf(v).SuppressContext), nil },
		func(t *Thread, v, x Value) error {
			if !x.IsValid() {
				return Errorf(TypeErrorType, "__suppress_context__ may not be deleted")
			}
			s, err := Truth(t, x)
			excSelf(v).SuppressContext = s
			return err
		})
	b.AddGetSet("__traceback__", func(t *Thread, v Value) (Value, error) {
		if tb := excSelf(v).Traceback; tb != nil {
			return FromObject(tb), nil
		}
		return None, nil
	}, func(t *Thread, v, x Value) error { return setTraceback(excSelf(v), x) })
	b.AddMethod("with_traceback", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("BaseException.with_traceback", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		if err := setTraceback(excSelf(args[0]), args[1]); err != nil {
			return Value{}, err
		}
		return args[0], nil
	})
	b.AddMethod("add_note", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("BaseException.add_note", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		if _, ok := AsString(args[1]); !ok {
			return Value{}, Errorf(TypeErrorType, "note must be a str, not '%s'", typeName(args[1]))
		}
		e := excSelf(args[0])
		notes, ok := e.LoadAttr(t, "__notes__")
		if !ok {
			l := NewList(nil)
			notes = FromObject(l)
			e.SetField("__notes__", notes)
		}
		l, ok := notes.obj.(*List)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Append(t, args[1])
		return None, nil
	})
	TracebackType.AddGetSet("tb_lineno", func(t *Thread, v Value) (Value, error) {
		return Int(int64(v.obj.(*Traceback).Line)), nil
	}, nil)
	TracebackType.AddGetSet("tb_next", func(t *Thread, v Value) (Value, error) {
		if n := v.obj.(*Traceback).Next; n != nil {
			return FromObject(n), nil
		}
		return None, nil
	}, nil)
}

// trimOSErrorArgs keeps only (errno, strerror) in the args of an OSError
// made with a filename, as CPython does.
func (e *Exception) trimOSErrorArgs() {
	if n := len(e.Args); n >= 3 && n <= 5 && e.Matches(OSErrorType) {
		e.Args = e.Args[:2]
	}
}

func setTraceback(e *Exception, x Value) error {
	switch {
	case !x.IsValid():
		return Errorf(TypeErrorType, "__traceback__ may not be deleted")
	case x.IsNone():
		e.Traceback = nil
	default:
		tb, ok := x.obj.(*Traceback)
		if !ok {
			return Errorf(TypeErrorType, "__traceback__ must be a traceback or None")
		}
		e.Traceback = tb
	}
	return nil
}

// unicodeErrorStr is str() of UnicodeDecodeError/UnicodeEncodeError made
// from (encoding, object, start, end, reason).
func unicodeErrorStr(e *Exception) (string, bool) {
	if len(e.Args) != 5 {
		return "", false
	}
	enc, ok1 := AsString(e.Args[0])
	start, ok2 := AsInt64(e.Args[2])
	end, ok3 := AsInt64(e.Args[3])
	reason, ok4 := AsString(e.Args[4])
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return "", false
	}
	if IsSubtype(e.typ, UnicodeDecodeErrorType) {
		b, ok := e.Args[1].obj.(*Bytes)
		if !ok || start < 0 || int(start) >= len(b.Bytes()) {
			return "", false
		}
		if end == start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.Bytes()[start], start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true
	}
	s, ok := AsString(e.Args[1])
	rs := codePoints(s)
	if !ok || start < 0 || int(start) >= len(rs) {
		return "", false
	}
	if end == start+1 {
		c := rs[start]
		var cs string
		switch {
		case c < 0x100:
			cs = fmt.Sprintf("\\x%02x", c)
		case c < 0x10000:
			cs = fmt.Sprintf("\\u%04x", c)
		default:
			cs = fmt.Sprintf("\\U%08x", c)
		}
		return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, cs, start, reason), true
	}
	return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason), true
}
