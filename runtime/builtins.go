package runtime

import (
	"io"
	"strings"
	"unicode/utf8"
)

// This file fills the builtins namespace with what the object model and
// the containers provide (CORE adds exec, eval, compile, globals, locals,
// __build_class__ and __import__ itself).

// builtinFuncs are the builtin functions written in this package's
// builtins*.go files, by name.
var builtinFuncs = map[string]func(t *Thread, args []Value, kwnames []string) (Value, error){
	"print":      builtinPrint,
	"len":        builtinLen,
	"abs":        builtinAbs,
	"min":        builtinMin,
	"max":        builtinMax,
	"sum":        builtinSum,
	"any":        builtinAny,
	"all":        builtinAll,
	"repr":       builtinRepr,
	"ascii":      builtinASCII,
	"hash":       builtinHash,
	"id":         builtinID,
	"isinstance": builtinIsInstance,
	"issubclass": builtinIsSubclass,
	"getattr":    builtinGetAttr,
	"setattr":    builtinSetAttr,
	"hasattr":    builtinHasAttr,
	"delattr":    builtinDelAttr,
	"callable":   builtinCallable,
	"divmod":     builtinDivmod,
	"pow":        builtinPow,
	"round":      builtinRound,
	"chr":        builtinChr,
	"ord":        builtinOrd,
	"hex":        builtinHex,
	"oct":        builtinOct,
	"bin":        builtinBin,
	"format":     builtinFormat,
	"iter":       builtinIter,
	"next":       builtinNext,
	"sorted":     builtinSorted,
	"vars":       builtinVars,
	"dir":        builtinDir,
	"input":      builtinInput,
}

// populateBuiltins fills d with the builtin functions, types, constants
// and exception classes.
func populateBuiltins(d *Dict) {
	for name, fn := range builtinFuncs {
		d.SetStr(name, NewBuiltin(name, fn))
	}
	for _, typ := range []*Type{
		ObjectType, TypeType, IntType, FloatType, ComplexType, BoolType, PropertyType,
		StaticMethodType, ClassMethodType, SuperType, StrType, ListType,
		TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		BytesType, ByteArrayType, EnumerateType, ZipType, MapType, FilterType, ReversedType,
	} {
		if typ != nil {
			d.SetStr(typ.Name, FromObject(typ))
		}
	}
	for _, typ := range exceptionTypes {
		d.SetStr(typ.Name, FromObject(typ))
	}
	d.SetStr("EnvironmentError", FromObject(OSErrorType))
	d.SetStr("IOError", FromObject(OSErrorType))
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("__debug__", True)
	markConsumers(d)
}

// builtinPrint is print(*objects, sep=' ', end='\n', file=None, flush=False).
func builtinPrint(t *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	var file Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			s := " "
			if k == "end" {
				s = "\n"
			}
			if !v.IsNone() {
				str, ok := AsString(v)
				if !ok {
					return Value{}, Errorf(TypeErrorType, "%s must be None or a string, not %s", k, typeName(v))
				}
				s = str
			}
			if k == "sep" {
				sep = s
			} else {
				end = s
			}
		case "file":
			if !v.IsNone() {
				file = v
			}
		case "flush":
		default:
			return Value{}, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if !file.IsValid() {
		// A program (contextlib.redirect_stdout) may have replaced
		// sys.stdout; print writes to whatever it is now.
		if v, ok := t.interp.sys.Dict.GetStr("stdout"); ok {
			if _, std := v.obj.(*StdStream); !std {
				if v.IsNone() {
					return None, nil
				}
				file = v
			}
		}
	}
	var b strings.Builder
	for i, v := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrOf(t, v)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if out := b.String(); !utf8.ValidString(out) && !file.IsValid() {
		// A lone surrogate cannot be written as UTF-8 (sys.stdout is strict).
		if _, err := encodeStr(out, "utf-8", "strict"); err != nil {
			return Value{}, err
		}
	}
	if file.IsValid() {
		w, _, err := LoadMethod(t, file, "write")
		if err != nil {
			return Value{}, err
		}
		_ = w
		if _, err := callAttr(t, file, "write", NewStr(b.String())); err != nil {
			return Value{}, err
		}
		return None, nil
	}
	if _, err := io.WriteString(t.Stdout(), b.String()); err != nil {
		return Value{}, Errorf(OSErrorType, "%s", err.Error())
	}
	return None, nil
}

// callAttr calls v.name(args...).
func callAttr(t *Thread, v Value, name string, args ...Value) (Value, error) {
	fn, unbound, err := LoadMethod(t, v, name)
	if err != nil {
		return Value{}, err
	}
	if unbound {
		return callMethod(t, fn, v, args...)
	}
	return t.Call(fn, args, nil)
}

func builtinLen(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("len", args, kw); err != nil {
		return Value{}, err
	}
	n, err := Len(t, args[0])
	return Int(int64(n)), err
}

func builtinRepr(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("repr", args, kw); err != nil {
		return Value{}, err
	}
	s, err := Repr(t, args[0])
	return NewStr(s), err
}

func builtinASCII(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("ascii", args, kw); err != nil {
		return Value{}, err
	}
	s, err := Repr(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewStr(asciiEscape(s)), nil
}

func hex2(v uint64, n int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = digits[v&15]
		v >>= 4
	}
	return string(out)
}

func builtinHash(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("hash", args, kw); err != nil {
		return Value{}, err
	}
	h, err := Hash(t, args[0])
	return Int(h), err
}

func builtinID(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("id", args, kw); err != nil {
		return Value{}, err
	}
	return Int(int64(objectID(args[0]))), nil
}

func builtinCallable(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkOne("callable", args, kw); err != nil {
		return Value{}, err
	}
	return Bool(isCallable(args[0])), nil
}

func isCallable(v Value) bool {
	switch v.obj.(type) {
	case *BuiltinFunction, *Type, *Function, *Method:
		return true
	}
	typ := TypeOf(v)
	if !typ.IsHeap() {
		return typ.slots().Call != nil
	}
	_, ok := typ.Lookup("__call__")
	return ok
}

func builtinVars(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("vars", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return Value{}, Errorf(SystemErrorType, "vars() without arguments is provided by the interpreter")
	}
	d, err := GetAttr(t, args[0], "__dict__")
	if err != nil {
		if IsAttributeError(err) {
			return Value{}, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return Value{}, err
	}
	return d, nil
}

func builtinDir(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("dir", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return Value{}, Errorf(SystemErrorType, "dir() without arguments is provided by the interpreter")
	}
	r, ok, err := callDunder(t, args[0], "__dir__")
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, Errorf(TypeErrorType, "object does not provide __dir__")
	}
	items, err := collect(t, r)
	if err != nil {
		return Value{}, err
	}
	l := NewList(items)
	if err := l.Sort(t, Value{}, false); err != nil {
		return Value{}, err
	}
	return FromObject(l), nil
}

// builtinInput is input(prompt=""): the prompt to stdout, one line from
// stdin without its newline, EOFError at end of input. It reads a byte at
// a time so that no read-ahead is lost between calls.
func builtinInput(t *Thread, args []Value, kw []string) (Value, error) {
	if err := checkArity("input", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if v, handled, err := inputFromSys(t, args); handled { // LANG: replaced sys.stdin/sys.stdout (builtins_input.go)
		return v, err
	}
	if len(args) == 1 {
		s, err := StrOf(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if _, err := io.WriteString(t.Stdout(), s); err != nil {
			return Value{}, Errorf(OSErrorType, "%s", err.Error())
		}
	}
	in := t.Stdin()
	if in == nil {
		return Value{}, Errorf(EOFErrorType, "EOF when reading a line")
	}
	var line []byte
	var b [1]byte
	for {
		n, err := in.Read(b[:])
		if n == 1 {
			if b[0] == '\n' {
				break
			}
			line = append(line, b[0])
			continue
		}
		if err != nil {
			if err == io.EOF && len(line) > 0 {
				break
			}
			if err == io.EOF {
				return Value{}, Errorf(EOFErrorType, "EOF when reading a line")
			}
			return Value{}, Errorf(OSErrorType, "%s", err.Error())
		}
	}
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1]
	}
	return NewStr(string(line)), nil
}
