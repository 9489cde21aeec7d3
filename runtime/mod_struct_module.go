package runtime

// This file defines the struct module's functions, the Struct class and
// the iterator iter_unpack returns. The module functions keep parsed
// formats in a small cache per module object (CPython keeps 100), so a
// loop calling struct.pack("<i", x) parses the format once.

import (
	"fmt"
	"sync"
)

// Struct is a compiled struct format (struct.Struct). As in CPython,
// __new__ makes an empty one and __init__ compiles the format, so
// subclasses can call super().__init__(format).
type Struct struct {
	shareFlag
	l   *structLayout // replaced (never mutated) by __init__
	typ *Type         // nil for struct.Struct itself
	sub subAttrs
}

// layout returns the compiled format, after the sharing barrier (a
// shared Struct may be re-initialised by another thread).
func (s *Struct) layout(t *Thread) *structLayout {
	t.touchWf(&s.shareFlag)
	return s.l
}

// publishRefs marks the Struct shared with its subclass attributes.
func (s *Struct) publishRefs(w *publishWalk) bool {
	if !s.mark() {
		return false
	}
	w.pushSub(&s.sub)
	w.pushType(s.typ)
	return true
}

// publishRefs marks the iterator shared and publishes its buffer.
func (u *unpackIter) publishRefs(w *publishWalk) bool {
	if !u.mark() {
		return false
	}
	w.push(u.buf)
	return true
}

var (
	_ publisher = (*Struct)(nil)
	_ publisher = (*unpackIter)(nil)
)

// StructType is struct.Struct.
var StructType = &Type{Name: "Struct", Module: "_struct"}

// Type returns struct.Struct or the subclass.
func (s *Struct) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StructType
}

// LoadAttr etc. give instances of Struct subclasses their attributes.
func (s *Struct) LoadAttr(t *Thread, name string) (Value, bool) { return s.sub.load(t, name) }

// StoreAttr sets an attribute of an instance of a Struct subclass.
func (s *Struct) StoreAttr(t *Thread, name string, v Value) error {
	return s.sub.store(t, FromObject(s), name, v)
}

// DeleteAttr deletes an attribute of an instance of a Struct subclass.
func (s *Struct) DeleteAttr(t *Thread, name string) bool { return s.sub.del(t, name) }

// AttrDict returns the __dict__ of an instance of a Struct subclass.
func (s *Struct) AttrDict(t *Thread) *Dict { return s.sub.dict(t) }

var _ AttrStore = (*Struct)(nil)

var emptyStructLayout = &structLayout{}

// structFormatArg converts a format argument (str or bytes).
func structFormatArg(v Value) (string, error) {
	if s, ok := AsString(v); ok {
		return s, nil
	}
	if b, ok := v.obj.(*Bytes); ok {
		return string(b.b), nil
	}
	return "", Errorf(TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", typeName(v))
}

// structCache maps format strings to parsed layouts for one module.
type structCache struct {
	mu sync.Mutex
	m  map[string]*structLayout
}

func (c *structCache) get(t *Thread, v Value) (*structLayout, error) {
	if st, ok := v.obj.(*Struct); ok {
		return st.layout(t), nil
	}
	f, err := structFormatArg(v)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	l, ok := c.m[f]
	c.mu.Unlock()
	if ok {
		return l, nil
	}
	if l, err = parseStructFormat(f); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if len(c.m) >= 100 {
		c.m = map[string]*structLayout{}
	}
	c.m[f] = l
	c.mu.Unlock()
	return l, nil
}

func (l *structLayout) packValue(t *Thread, args []Value) (Value, error) {
	if err := checkAlloc(l.size, 1); err != nil {
		return Value{}, err
	}
	out := make([]byte, l.size)
	if err := l.pack(t, "pack", out, args); err != nil {
		return Value{}, err
	}
	return NewBytes(out), nil
}

func (l *structLayout) unpackValue(t *Thread, buf Value) (Value, error) {
	data, _, ok := structBuffer(t, buf)
	if !ok {
		return Value{}, bytesLikeRequired(buf)
	}
	if int64(len(data)) != l.size {
		return Value{}, structErr("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(data), nil
}

func (l *structLayout) iterUnpack(t *Thread, buf Value) (Value, error) {
	data, _, ok := structBuffer(t, buf)
	if !ok {
		return Value{}, bytesLikeRequired(buf)
	}
	if l.size == 0 {
		return Value{}, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if int64(len(data))%l.size != 0 {
		return Value{}, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	return FromObject(&unpackIter{l: l, buf: buf}), nil
}

// packIntoArgs splits pack_into's (buffer, offset, *v).
func (l *structLayout) packIntoArgs(t *Thread, args []Value) error {
	switch len(args) {
	case 0:
		return structErr("pack_into expected buffer argument")
	case 1:
		return structErr("pack_into expected offset argument")
	}
	return l.packInto(t, args[0], args[1], args[2:])
}

// unpackFromArgs parses (buffer, offset=0).
func (l *structLayout) unpackFromArgs(t *Thread, fname string, args []Value, kwnames []string) (Value, error) {
	var buf, off Value
	if err := UnpackArgs(fname, args, kwnames, []string{"buffer", "offset?"}, &buf, &off); err != nil {
		return Value{}, err
	}
	offset := int64(0)
	if off.IsValid() {
		oi, err := Index(t, off)
		if err != nil {
			return Value{}, err
		}
		var ok bool
		if offset, ok = AsInt64(oi); !ok {
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
	}
	return l.unpackFrom(t, buf, offset)
}

// unpackIter is the iterator of iter_unpack. It reads the buffer afresh
// on each step, as CPython's holds a buffer view.
type unpackIter struct {
	shareFlag
	l   *structLayout
	buf Value
	pos int64
}

// UnpackIterType is _struct.unpack_iterator.
var UnpackIterType = &Type{Name: "unpack_iterator", Module: "_struct", flags: flagFinal}

// Type returns _struct.unpack_iterator.
func (u *unpackIter) Type() *Type { return UnpackIterType }

func (u *unpackIter) next(t *Thread) Value {
	t.touchWf(&u.shareFlag)
	data, _, _ := structBuffer(t, u.buf)
	if u.pos+u.l.size > int64(len(data)) {
		return Value{}
	}
	v := u.l.unpack(data[u.pos : u.pos+u.l.size])
	u.pos += u.l.size
	return v
}

func newStructModule(name string) *Module {
	m := NewModule(name)
	cache := &structCache{m: map[string]*structLayout{}}
	set := func(n string, fn func(t *Thread, args []Value, kw []string) (Value, error)) {
		m.Dict.SetStr(n, NewBuiltin(n, fn))
	}
	m.Dict.SetStr("Struct", FromObject(StructType))
	m.Dict.SetStr("error", FromObject(StructErrorType))
	set("pack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("pack", kw); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "missing format argument")
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return l.packValue(t, args[1:])
	})
	set("pack_into", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("pack_into", kw); err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "missing format argument")
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return None, l.packIntoArgs(t, args[1:])
	})
	set("unpack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("unpack", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return l.unpackValue(t, args[1])
	})
	set("unpack_from", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return Value{}, Errorf(TypeErrorType, "unpack_from() missing required argument 'format' (pos 1)")
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return l.unpackFromArgs(t, "unpack_from", args[1:], kw)
	})
	set("iter_unpack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkArity("iter_unpack", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return l.iterUnpack(t, args[1])
	})
	set("calcsize", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("calcsize", args, kw); err != nil {
			return Value{}, err
		}
		l, err := cache.get(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Int(l.size), nil
	})
	return m
}

func structSelf(args []Value) *Struct { return args[0].obj.(*Struct) }

// structLayoutOf is the layout of the Struct receiving a method call.
func structLayoutOf(t *Thread, args []Value) *structLayout { return structSelf(args).layout(t) }

// typeDisplayName is the type's name as CPython's default repr shows it:
// module-qualified unless builtins.
func typeDisplayName(typ *Type) string {
	if m := typ.ModuleName(); m != "builtins" {
		return m + "." + typ.QualName()
	}
	return typ.QualName()
}

func init() {
	StructType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		s := &Struct{l: emptyStructLayout}
		if cls := args[0].obj.(*Type); cls != StructType {
			s.typ = cls
			s.sub.enable()
		}
		return FromObject(s), nil
	})
	StructType.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) {
		var fv Value
		if err := UnpackArgs("Struct", args[1:], kw, []string{"format"}, &fv); err != nil {
			return Value{}, err
		}
		f, err := structFormatArg(fv)
		if err != nil {
			return Value{}, err
		}
		l, err := parseStructFormat(f)
		if err != nil {
			return Value{}, err
		}
		st := structSelf(args)
		t.touchWf(&st.shareFlag)
		st.l = l
		return None, nil
	})
	StructType.AddMethod("pack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("pack", kw); err != nil {
			return Value{}, err
		}
		return structLayoutOf(t, args).packValue(t, args[1:])
	})
	StructType.AddMethod("pack_into", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := noKwargs("pack_into", kw); err != nil {
			return Value{}, err
		}
		return None, structLayoutOf(t, args).packIntoArgs(t, args[1:])
	})
	StructType.AddMethod("unpack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("unpack", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		return structLayoutOf(t, args).unpackValue(t, args[1])
	})
	StructType.AddMethod("unpack_from", func(t *Thread, args []Value, kw []string) (Value, error) {
		return structLayoutOf(t, args).unpackFromArgs(t, "unpack_from", args[1:], kw)
	})
	StructType.AddMethod("iter_unpack", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("iter_unpack", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		return structLayoutOf(t, args).iterUnpack(t, args[1])
	})
	StructType.AddGetSet("format", func(t *Thread, v Value) (Value, error) {
		return NewStr(v.obj.(*Struct).layout(t).format), nil
	}, nil)
	StructType.AddGetSet("size", func(t *Thread, v Value) (Value, error) {
		return Int(v.obj.(*Struct).layout(t).size), nil
	}, nil)
	StructType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return fmt.Sprintf("<%s object at %#x>", typeDisplayName(TypeOf(v)), objectID(v)), nil
	}

	UnpackIterType.SetNew(func(t *Thread, args []Value, kw []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "cannot create '_struct.unpack_iterator' instances")
	})
	UnpackIterType.Slots.Iter = selfIter
	UnpackIterType.Slots.Next = func(t *Thread, v Value) (Value, error) { return v.obj.(*unpackIter).next(t), nil }
	UnpackIterType.AddMethod("__length_hint__", func(t *Thread, args []Value, kw []string) (Value, error) {
		u := args[0].obj.(*unpackIter)
		t.touchWf(&u.shareFlag)
		data, _, _ := structBuffer(t, u.buf)
		n := (int64(len(data)) - u.pos) / u.l.size
		if n < 0 {
			n = 0
		}
		return Int(n), nil
	})

	RegisterModule("_struct", func(t *Thread) (*Module, error) { return newStructModule("_struct"), nil })
	RegisterModule("struct", func(t *Thread) (*Module, error) { return newStructModule("struct"), nil })
}
