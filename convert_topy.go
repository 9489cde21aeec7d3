package pystm

import (
	"cmp"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strings"

	"github.com/pystm/pystm/runtime"
)

// maxDepth bounds the nesting of Go values converted to Python, so that a
// cyclic Go structure (a pointer loop) fails instead of recursing forever.
const maxDepth = 100

var bigIntType = reflect.TypeOf(big.Int{})

// toPy converts a Go value to a Python value on thread t.
func (in *Interpreter) toPy(t *runtime.Thread, x any) (runtime.Value, error) {
	switch v := x.(type) { // the common cases without reflection
	case nil:
		return runtime.None, nil
	case Value:
		return in.fromHandle(v)
	case *Module:
		if v.in != in {
			return runtime.Value{}, fmt.Errorf("pystm: module of another interpreter")
		}
		return runtime.FromObject(v.m), nil
	case bool:
		return runtime.Bool(v), nil
	case int:
		return runtime.Int(int64(v)), nil
	case int64:
		return runtime.Int(v), nil
	case float64:
		return runtime.Float(v), nil
	case string:
		return runtime.NewStr(v), nil
	case []byte:
		return runtime.NewBytes(append([]byte(nil), v...)), nil
	case *big.Int:
		if v == nil {
			return runtime.None, nil
		}
		return runtime.NewInt(new(big.Int).Set(v)), nil
	}
	return in.toPyReflect(t, reflect.ValueOf(x), 0)
}

// fromHandle returns the Python value of a handle of this interpreter.
func (in *Interpreter) fromHandle(v Value) (runtime.Value, error) {
	if !v.v.IsValid() {
		return runtime.None, nil // the zero Value is None
	}
	if v.in != nil && v.in != in {
		return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "a pystm.Value of another interpreter cannot be used here")
	}
	return v.v, nil
}

// toPyReflect converts a Go value through reflection (see the package
// documentation for the mapping).
func (in *Interpreter) toPyReflect(t *runtime.Thread, rv reflect.Value, depth int) (runtime.Value, error) {
	if depth > maxDepth {
		return runtime.Value{}, runtime.Errorf(runtime.ValueErrorType, "Go value nested too deeply to convert (cyclic?)")
	}
	if !rv.IsValid() {
		return runtime.None, nil
	}
	switch rv.Type() {
	case valueType:
		return in.fromHandle(rv.Interface().(Value))
	case bigIntType:
		b := rv.Interface().(big.Int)
		return runtime.NewInt(new(big.Int).Set(&b)), nil
	}
	switch rv.Kind() {
	case reflect.Bool:
		return runtime.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return runtime.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > 1<<63-1 {
			return runtime.NewInt(new(big.Int).SetUint64(u)), nil
		}
		return runtime.Int(int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return runtime.Float(rv.Float()), nil
	case reflect.Complex64, reflect.Complex128:
		c := rv.Complex()
		return runtime.NewComplex(real(c), imag(c)), nil
	case reflect.String:
		return runtime.NewStr(rv.String()), nil
	case reflect.Interface:
		if rv.IsNil() {
			return runtime.None, nil
		}
		return in.toPyReflect(t, rv.Elem(), depth+1)
	case reflect.Pointer:
		if rv.IsNil() {
			return runtime.None, nil
		}
		if rv.Type().Elem() == bigIntType {
			return runtime.NewInt(new(big.Int).Set(rv.Interface().(*big.Int))), nil
		}
		if rv.Type() == reflect.TypeOf((*Module)(nil)) {
			return in.toPy(t, rv.Interface())
		}
		return in.toPyReflect(t, rv.Elem(), depth+1)
	case reflect.Slice:
		if rv.IsNil() {
			return runtime.None, nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return runtime.NewBytes(append([]byte(nil), rv.Bytes()...)), nil
		}
		fallthrough
	case reflect.Array:
		items := make([]runtime.Value, rv.Len())
		for i := range items {
			v, err := in.toPyReflect(t, rv.Index(i), depth+1)
			if err != nil {
				return runtime.Value{}, err
			}
			items[i] = v
		}
		return runtime.FromObject(runtime.NewList(items)), nil
	case reflect.Map:
		if rv.IsNil() {
			return runtime.None, nil
		}
		d := runtime.NewDict()
		for _, k := range sortedKeys(rv) {
			pk, err := in.toPyReflect(t, k, depth+1)
			if err != nil {
				return runtime.Value{}, err
			}
			pv, err := in.toPyReflect(t, rv.MapIndex(k), depth+1)
			if err != nil {
				return runtime.Value{}, err
			}
			if err := d.SetItem(t, pk, pv); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.FromObject(d), nil
	case reflect.Struct:
		d := runtime.NewDict()
		for _, f := range structFields(rv.Type()) {
			fv := rv.FieldByIndex(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			pv, err := in.toPyReflect(t, fv, depth+1)
			if err != nil {
				return runtime.Value{}, err
			}
			d.SetStr(f.name, pv)
		}
		return runtime.FromObject(d), nil
	case reflect.Func:
		if rv.IsNil() {
			return runtime.None, nil
		}
		return in.newBuiltin(funcName(rv), rv.Interface())
	}
	return runtime.Value{}, runtime.Errorf(runtime.TypeErrorType, "cannot convert Go value of type %s to Python", rv.Type())
}

// sortedKeys returns a map's keys in a fixed order (Go maps iterate in a
// random one, and a dict's order is visible to Python code): numbers and
// strings by value, other keys by their printed form.
func sortedKeys(m reflect.Value) []reflect.Value {
	keys := m.MapKeys()
	slices.SortFunc(keys, func(a, b reflect.Value) int {
		for a.Kind() == reflect.Interface && !a.IsNil() {
			a = a.Elem()
		}
		for b.Kind() == reflect.Interface && !b.IsNil() {
			b = b.Elem()
		}
		if a.Kind() == b.Kind() {
			switch a.Kind() {
			case reflect.String:
				return cmp.Compare(a.String(), b.String())
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				return cmp.Compare(a.Int(), b.Int())
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				return cmp.Compare(a.Uint(), b.Uint())
			case reflect.Float32, reflect.Float64:
				return cmp.Compare(a.Float(), b.Float())
			}
		}
		return strings.Compare(fmt.Sprintf("%T%v", a.Interface(), a.Interface()), fmt.Sprintf("%T%v", b.Interface(), b.Interface()))
	})
	return keys
}

// structField is an exported field of a struct as Python sees it.
type structField struct {
	name      string
	index     []int
	omitEmpty bool
}

// structFields lists the fields a struct converts to and from: exported
// fields (embedded structs' fields promoted), named by the `py:"name"` tag
// or the field name; `py:"-"` leaves a field out, `py:",omitempty"` leaves
// a zero field out of the dict.
func structFields(st reflect.Type) []structField {
	var out []structField
	for _, f := range reflect.VisibleFields(st) {
		if !f.IsExported() || f.Anonymous && f.Type.Kind() == reflect.Struct {
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("py"), ",")
		if name == "-" && opts == "" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		out = append(out, structField{name: name, index: f.Index, omitEmpty: opts == "omitempty"})
	}
	return out
}

// funcName names a Go function exposed without a name: its Go name
// without the package path.
func funcName(fn reflect.Value) string {
	name := fmt.Sprintf("%T", fn.Interface())
	if f := goFuncForPC(fn.Pointer()); f != "" {
		name = f
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[i+1:]
		}
	}
	return name
}
