package pystm

import (
	"context"
	"fmt"
	"reflect"

	"github.com/pystm/pystm/runtime"
)

// Value is a handle to a Python object held by an interpreter: a script's
// function, a result, a list. It is not the object's state: reading it
// (Go, Decode, Attr, Repr) and calling it run on a Python thread of the
// interpreter, in a short critical section, so Go code never races with
// the scripts on a shared object. Values may be copied and used from any
// goroutine. The zero Value is None.
type Value struct {
	in *Interpreter
	v  runtime.Value
}

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return !v.v.IsValid() || v.v.IsNone() }

// Int64 returns v's value if v is an int (or bool) that fits in an int64.
// Numbers, strings and None are immutable, so their accessors need no
// context.
func (v Value) Int64() (int64, bool) {
	switch {
	case !v.v.IsValid():
		return 0, false
	case v.v.IsInt():
		return v.v.AsInt(), true
	}
	b, ok := runtime.BigIntOf(v.v)
	if !ok || !b.IsInt64() {
		return 0, false
	}
	return b.Int64(), true
}

// Float64 returns v's value if v is a float.
func (v Value) Float64() (float64, bool) {
	if !v.v.IsFloat() {
		return 0, false
	}
	return v.v.AsFloat(), true
}

// Str returns v's value if v is a str.
func (v Value) Str() (string, bool) {
	if !v.v.IsValid() {
		return "", false
	}
	return runtime.AsString(v.v)
}

// Bool returns v's value if v is a bool.
func (v Value) Bool() (bool, bool) {
	if !v.v.IsBool() {
		return false, false
	}
	return v.v.AsBool(), true
}

// String returns v's text for immutable values (str as is; int, float,
// bool, None as Python writes them) and "<pystm.Value TYPE>" for others,
// whose repr needs a context: use Repr.
func (v Value) String() string {
	switch {
	case !v.v.IsValid() || v.v.IsNone():
		return "None"
	case v.v.IsBool():
		if v.v.AsBool() {
			return "True"
		}
		return "False"
	case v.v.IsInt():
		return fmt.Sprint(v.v.AsInt())
	}
	if s, ok := runtime.AsString(v.v); ok {
		return s
	}
	if b, ok := runtime.BigIntOf(v.v); ok {
		return b.String()
	}
	return "<pystm.Value " + runtime.TypeOf(v.v).Name + ">"
}

// interp returns the interpreter of a handle, for methods that run code.
func (v Value) interp() (*Interpreter, error) {
	if v.in == nil {
		return nil, fmt.Errorf("pystm: Value not bound to an interpreter")
	}
	return v.in, nil
}

// Go converts v to the Go value its Python type maps to (see the package
// documentation): nil, bool, int64 or *big.Int, float64, complex128,
// string, []byte, []any, map[string]any or map[any]any; objects with no Go
// counterpart (functions, instances) come back as Value handles.
func (v Value) Go(ctx context.Context) (any, error) {
	in, err := v.interp()
	if err != nil {
		return nil, err
	}
	var out any
	_, err = in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		g, err := in.toGoAny(t, v.v, 0)
		out = g
		return runtime.None, err
	})
	return out, err
}

// Decode converts v into the Go variable dst points to, following dst's
// type: ints into integer fields (OverflowError when out of range), str
// into strings, lists and tuples into slices and arrays, dicts into maps,
// dicts (by key) or objects (by attribute) into structs, None into nil
// pointers. A type mismatch is a TypeError *Error.
func (v Value) Decode(ctx context.Context, dst any) error {
	in, err := v.interp()
	if err != nil {
		return err
	}
	p := reflect.ValueOf(dst)
	if p.Kind() != reflect.Pointer || p.IsNil() {
		return fmt.Errorf("pystm: Decode needs a non-nil pointer, got %T", dst)
	}
	_, err = in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		gv, err := in.toGoType(t, v.v, p.Type().Elem())
		if err != nil {
			return runtime.Value{}, err
		}
		p.Elem().Set(gv)
		return runtime.None, nil
	})
	return err
}

// Call calls v with args (converted as Interpreter.ValueOf does).
func (v Value) Call(ctx context.Context, args ...any) (Value, error) {
	in, err := v.interp()
	if err != nil {
		return Value{}, err
	}
	return in.Call(ctx, v, args...)
}

// Attr returns the attribute name of v (getattr(v, name)).
func (v Value) Attr(ctx context.Context, name string) (Value, error) {
	in, err := v.interp()
	if err != nil {
		return Value{}, err
	}
	return in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		return runtime.GetAttr(t, v.v, name)
	})
}

// Repr returns repr(v).
func (v Value) Repr(ctx context.Context) (string, error) {
	in, err := v.interp()
	if err != nil {
		return "", err
	}
	var s string
	_, err = in.run(ctx, func(t *runtime.Thread) (runtime.Value, error) {
		r, err := runtime.Repr(t, v.v)
		s = r
		return runtime.None, err
	})
	return s, err
}
