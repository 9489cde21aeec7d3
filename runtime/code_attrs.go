package runtime

// This file defines the Python attributes of code objects (co_*) and of
// frames (f_*), which introspecting programs read.

import "github.com/pystm/pystm/compiler/bytecode"

// FrameType is the type of frame objects.
var FrameType = &Type{Name: "frame", flags: flagFinal}

// Type returns frame.
func (f *Frame) Type() *Type { return FrameType }

func strTuple(names []string) Value {
	items := make([]Value, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items)
}

func init() {
	code := func(get func(c *bytecode.Code, rc *Code) Value) func(t *Thread, obj Value) (Value, error) {
		return func(t *Thread, obj Value) (Value, error) {
			rc := obj.obj.(*Code)
			return get(rc.bc, rc), nil
		}
	}
	attrs := map[string]func(c *bytecode.Code, rc *Code) Value{
		"co_name":            func(c *bytecode.Code, _ *Code) Value { return NewStr(c.Name) },
		"co_qualname":        func(c *bytecode.Code, _ *Code) Value { return NewStr(c.QualName) },
		"co_filename":        func(c *bytecode.Code, _ *Code) Value { return NewStr(c.Filename) },
		"co_firstlineno":     func(c *bytecode.Code, _ *Code) Value { return Int(int64(c.FirstLine)) },
		"co_argcount":        func(c *bytecode.Code, _ *Code) Value { return Int(int64(c.ArgCount)) },
		"co_posonlyargcount": func(c *bytecode.Code, _ *Code) Value { return Int(int64(c.PosOnlyCount)) },
		"co_kwonlyargcount":  func(c *bytecode.Code, _ *Code) Value { return Int(int64(c.KwOnlyCount)) },
		"co_nlocals":         func(c *bytecode.Code, _ *Code) Value { return Int(int64(len(c.VarNames))) },
		"co_varnames":        func(c *bytecode.Code, _ *Code) Value { return strTuple(c.VarNames) },
		"co_cellvars":        func(c *bytecode.Code, _ *Code) Value { return strTuple(c.CellVars) },
		"co_freevars":        func(c *bytecode.Code, _ *Code) Value { return strTuple(c.FreeVars) },
		"co_names":           func(c *bytecode.Code, _ *Code) Value { return strTuple(c.Names) },
		"co_stacksize":       func(c *bytecode.Code, _ *Code) Value { return Int(int64(c.MaxStack)) },
		"co_consts": func(_ *bytecode.Code, rc *Code) Value {
			return NewTuple(append([]Value(nil), rc.consts...))
		},
		"co_flags": func(c *bytecode.Code, _ *Code) Value {
			// CPython's flag values: OPTIMIZED 1, NEWLOCALS 2, VARARGS 4,
			// VARKEYWORDS 8, NESTED 16, GENERATOR 32, COROUTINE 128.
			var f int64
			for bit, v := range map[bytecode.CodeFlags]int64{
				bytecode.FlagOptimized: 1, bytecode.FlagNewLocals: 2, bytecode.FlagVarargs: 4,
				bytecode.FlagVarkeywords: 8, bytecode.FlagNested: 16, bytecode.FlagGenerator: 32,
				bytecode.FlagCoroutine: 128,
			} {
				if c.Flags&bit != 0 {
					f |= v
				}
			}
			return Int(f)
		},
	}
	for name, get := range attrs {
		CodeType.AddGetSet(name, code(get), nil)
	}
	CodeType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		c := v.obj.(*Code).bc
		return "<code object " + c.Name + " at 0x" + hex64(objectID(v)) + ", file \"" + c.Filename + "\", line " + itoa(int64(c.FirstLine)) + ">", nil
	}

	frame := func(get func(t *Thread, f *Frame) Value) func(t *Thread, obj Value) (Value, error) {
		return func(t *Thread, obj Value) (Value, error) { return get(t, obj.obj.(*Frame)), nil }
	}
	FrameType.AddGetSet("f_code", frame(func(t *Thread, f *Frame) Value { return FromObject(f.code) }), nil)
	FrameType.AddGetSet("f_lineno", frame(func(t *Thread, f *Frame) Value { return Int(int64(f.line())) }), nil)
	FrameType.AddGetSet("f_globals", frame(func(t *Thread, f *Frame) Value { return FromObject(f.globals) }), nil)
	FrameType.AddGetSet("f_locals", frame(func(t *Thread, f *Frame) Value { return FromObject(t.frameLocals(f)) }), nil)
	FrameType.AddGetSet("f_back", frame(func(t *Thread, f *Frame) Value {
		if f.back == nil {
			return None
		}
		return FromObject(f.back)
	}), nil)

	GeneratorType.AddGetSet("gi_frame", func(t *Thread, obj Value) (Value, error) {
		g := obj.obj.(*Generator)
		if g.finished || g.frame == nil {
			return None, nil
		}
		return FromObject(g.frame), nil
	}, nil)
	GeneratorType.AddGetSet("gi_yieldfrom", func(t *Thread, obj Value) (Value, error) {
		g := obj.obj.(*Generator)
		f := g.frame
		if g.finished || f == nil || g.running || f.pc < 2 {
			return None, nil
		}
		if f.bc.Instrs[f.pc-1].Op() == bytecode.YIELD_VALUE && f.bc.Instrs[f.pc-2].Op() == bytecode.SEND {
			return f.vals[f.sp-1], nil
		}
		return None, nil
	}, nil)
	GeneratorType.AddGetSet("gi_code", func(t *Thread, obj Value) (Value, error) {
		g := obj.obj.(*Generator)
		return FromObject(g.code), nil
	}, nil)
}

func hex64(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0"
	}
	var buf [16]byte
	n := len(buf)
	for v > 0 {
		n--
		buf[n] = digits[v&15]
		v >>= 4
	}
	return string(buf[n:])
}
