package runtime

// This file defines the sys module: argv, path, modules, the standard
// streams, exit, the recursion limit and the version information.

import (
	"io"
	"math"
	"runtime"
	"sort"
)

// Version is pystm's version.
const Version = "0.1.0"

// StdStream is sys.stdout or sys.stderr: a writable text stream.
type StdStream struct {
	name string
	w    func(t *Thread) io.Writer
}

// StdStreamType is the type of sys.stdout and sys.stderr.
var StdStreamType = &Type{Name: "TextIOWrapper", Module: "_io", flags: flagFinal}

// Type returns the stream type.
func (s *StdStream) Type() *Type { return StdStreamType }

func init() {
	StdStreamType.AddMethod("write", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := AsString(args[1])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeOf(args[1]).Name)
		}
		st := args[0].obj.(*StdStream)
		if _, err := io.WriteString(st.w(t), s); err != nil {
			return Value{}, Errorf(OSErrorType, "%s", err.Error())
		}
		return Int(int64(len([]rune(s)))), nil
	})
	StdStreamType.AddMethod("flush", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, nil
	})
	StdStreamType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return "<_io.TextIOWrapper name='<" + v.obj.(*StdStream).name + ">' mode='w' encoding='utf-8'>", nil
	}
}

func newSysModule(in *Interpreter) *Module {
	m := NewModule("sys")
	d := m.Dict
	argv := make([]Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = NewStr(a)
	}
	d.SetStr("argv", FromObject(NewList(argv)))
	path := make([]Value, len(in.path))
	for i, p := range in.path {
		path[i] = NewStr(p)
	}
	d.SetStr("path", FromObject(NewList(path)))
	d.SetStr("modules", FromObject(in.modules))
	d.SetStr("stdout", FromObject(&StdStream{name: "stdout", w: func(t *Thread) io.Writer { return t.Stdout() }}))
	d.SetStr("stderr", FromObject(&StdStream{name: "stderr", w: func(t *Thread) io.Writer { return t.Stderr() }}))
	d.SetStr("__stdout__", mustGet(d, "stdout"))
	d.SetStr("__stderr__", mustGet(d, "stderr"))
	d.SetStr("maxsize", Int(math.MaxInt64))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr(runtime.GOOS))
	d.SetStr("version", NewStr("3.11.7 (pystm "+Version+")"))
	vi := []Value{Int(3), Int(11), Int(7), NewStr("final"), Int(0)}
	if v, err := in.newStructSeq("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, vi); err == nil {
		d.SetStr("version_info", v)
	} else {
		d.SetStr("version_info", NewTuple(vi)) // not reached: the class source is fixed
	}
	d.SetStr("hexversion", Int(0x030b07f0))
	d.SetStr("builtin_module_names", builtinModuleNames())
	d.SetStr("dont_write_bytecode", True) // pystm writes no bytecode cache
	impl := NewModule("implementation")
	impl.Dict.SetStr("name", NewStr("pystm"))
	impl.Dict.SetStr("version", NewTuple([]Value{Int(0), Int(1), Int(0), NewStr("final"), Int(0)}))
	impl.Dict.SetStr("cache_tag", None)
	d.SetStr("implementation", FromObject(impl))
	d.SetStr("executable", NewStr("pystm"))
	d.SetStr("float_info", namespace("sys.float_info", map[string]Value{
		"max": Float(math.MaxFloat64), "min": Float(2.2250738585072014e-308), "epsilon": Float(2.220446049250313e-16),
		"dig": Int(15), "mant_dig": Int(53), "max_exp": Int(1024), "min_exp": Int(-1021),
		"max_10_exp": Int(308), "min_10_exp": Int(-307), "radix": Int(2), "rounds": Int(1),
	}))
	d.SetStr("hash_info", namespace("sys.hash_info", map[string]Value{
		"width": Int(64), "modulus": Int(1<<61 - 1), "inf": Int(314159), "nan": Int(0), "imag": Int(1000003),
		"algorithm": NewStr("siphash13"), "hash_bits": Int(64), "seed_bits": Int(128), "cutoff": Int(0),
	}))
	d.SetStr("int_info", namespace("sys.int_info", map[string]Value{
		"bits_per_digit": Int(30), "sizeof_digit": Int(4), "default_max_str_digits": Int(4300), "str_digits_check_threshold": Int(640),
	}))
	stdin := FromObject(&StdinStream{})
	d.SetStr("stdin", stdin)
	d.SetStr("__stdin__", stdin)
	d.SetStr("exit", NewBuiltin("exit", sysExit))
	d.SetStr("getrecursionlimit", NewBuiltin("getrecursionlimit", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(int64(t.recursionLimit())), nil
	}))
	d.SetStr("setrecursionlimit", NewBuiltin("setrecursionlimit", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return Value{}, Errorf(TypeErrorType, "setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		n, ok := AsInt64(args[0])
		if !ok || args[0].IsFloat() {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).Name)
		}
		if n < 1 {
			return Value{}, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if int(n) <= t.depth {
			return Value{}, Errorf(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
		}
		t.interp.recursionLimit = int(n)
		return None, nil
	}))
	d.SetStr("get_int_max_str_digits", NewBuiltin("get_int_max_str_digits", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(int64(t.IntMaxStrDigits())), nil
	}))
	d.SetStr("set_int_max_str_digits", NewBuiltin("set_int_max_str_digits", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		var v Value
		if err := UnpackArgs("set_int_max_str_digits", args, kwnames, []string{"maxdigits"}, &v); err != nil {
			return Value{}, err
		}
		n, ok := AsInt64(v)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
		}
		if n != 0 && n < 640 {
			return Value{}, Errorf(ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		t.interp.intMaxStrDigits.Store(n)
		return None, nil
	}))
	d.SetStr("_getframe", NewBuiltin("_getframe", sysGetframe))
	d.SetStr("exc_info", NewBuiltin("exc_info", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if t.excInfo == nil {
			return NewTuple([]Value{None, None, None}), nil
		}
		e := t.excInfo
		var tb Value = None
		if e.Traceback != nil {
			tb = FromObject(e.Traceback)
		}
		return NewTuple([]Value{FromObject(e.Type()), FromObject(e), tb}), nil
	}))
	d.SetStr("exception", NewBuiltin("exception", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if t.excInfo == nil {
			return None, nil
		}
		return FromObject(t.excInfo), nil
	}))
	d.SetStr("getsizeof", NewBuiltin("getsizeof", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(64), nil
	}))
	d.SetStr("intern", NewBuiltin("intern", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 1 {
			return Value{}, Errorf(TypeErrorType, "intern() takes exactly one argument (%d given)", len(args))
		}
		return args[0], nil
	}))
	return m
}

// namespace makes a read-only-in-practice object with the given
// attributes (sys.float_info and friends, which CPython makes struct
// sequences).
func namespace(name string, attrs map[string]Value) Value {
	m := &Module{Name: name, Dict: NewDict()}
	for k, v := range attrs {
		m.Dict.SetStr(k, v)
	}
	return FromObject(m)
}

func mustGet(d *Dict, k string) Value {
	v, _ := d.GetStr(k)
	return v
}

// sysExit is sys.exit([code]): it raises SystemExit.
func sysExit(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) > 1 {
		return Value{}, Errorf(TypeErrorType, "exit expected at most 1 argument, got %d", len(args))
	}
	e := NewException(SystemExitType, append([]Value(nil), args...)...)
	code := None
	if len(args) == 1 {
		code = args[0]
	}
	e.SetField("code", code)
	return Value{}, e
}

// builtinModuleNames is sys.builtin_module_names: the modules written in
// Go (not the frozen Python ones), sorted.
func builtinModuleNames() Value {
	names := []string{"builtins", "sys"}
	for name := range builtinModules {
		if _, err := libFS.Open("lib/" + name + ".py"); err != nil {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	vals := make([]Value, len(names))
	for i, n := range names {
		vals[i] = NewStr(n)
	}
	return NewTuple(vals)
}
