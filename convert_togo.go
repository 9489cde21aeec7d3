package pystm

import (
	"math"
	"math/big"
	"reflect"
	goruntime "runtime"

	"github.com/pystm/pystm/runtime"
)

// goFuncForPC returns the Go name of the function at pc.
func goFuncForPC(pc uintptr) string {
	if f := goruntime.FuncForPC(pc); f != nil {
		return f.Name()
	}
	return ""
}

// toGoAny converts a Python value to the Go value its type maps to when
// nothing else is asked for: None -> nil, bool, int -> int64 (or *big.Int
// beyond int64), float -> float64, complex -> complex128, str -> string,
// bytes and bytearray -> []byte, list, tuple, set and frozenset -> []any,
// dict -> map[string]any when every key is a str, else map[any]any; any
// other object (a function, an instance) -> a Value handle.
func (in *Interpreter) toGoAny(t *runtime.Thread, v runtime.Value, depth int) (any, error) {
	if depth > maxDepth {
		return nil, runtime.Errorf(runtime.ValueErrorType, "Python value nested too deeply to convert to Go (cyclic?)")
	}
	switch {
	case !v.IsValid() || v.IsNone():
		return nil, nil
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		return v.AsFloat(), nil
	}
	if s, ok := runtime.AsString(v); ok {
		return s, nil
	}
	if b, ok := runtime.BytesOf(t, v); ok {
		return b, nil
	}
	switch o := v.Object().(type) {
	case *runtime.List:
		return in.seqToAny(t, o.Items(t), depth)
	case *runtime.Tuple:
		return in.seqToAny(t, o.Items(), depth)
	case *runtime.Set:
		return in.seqToAny(t, o.Items(t), depth)
	case *runtime.Dict:
		keys, vals := o.Entries(t)
		allStr := true
		for _, k := range keys {
			if _, ok := runtime.AsString(k); !ok {
				allStr = false
				break
			}
		}
		if allStr {
			m := make(map[string]any, len(keys))
			for i, k := range keys {
				s, _ := runtime.AsString(k)
				gv, err := in.toGoAny(t, vals[i], depth+1)
				if err != nil {
					return nil, err
				}
				m[s] = gv
			}
			return m, nil
		}
		m := make(map[any]any, len(keys))
		for i, k := range keys {
			gk, err := in.toGoAny(t, k, depth+1)
			if err != nil {
				return nil, err
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				return nil, runtime.Errorf(runtime.TypeErrorType, "dict key of type %s cannot be a Go map key", runtime.TypeOf(k).Name)
			}
			gv, err := in.toGoAny(t, vals[i], depth+1)
			if err != nil {
				return nil, err
			}
			m[gk] = gv
		}
		return m, nil
	}
	if b, ok := runtime.BigIntOf(v); ok && runtime.TypeOf(v) == runtime.TypeOf(runtime.Int(0)) {
		return b, nil
	}
	if runtime.TypeOf(v) == runtime.ComplexType {
		re, err := runtime.GetAttr(t, v, "real")
		if err != nil {
			return nil, err
		}
		im, err := runtime.GetAttr(t, v, "imag")
		if err != nil {
			return nil, err
		}
		return complex(re.AsFloat(), im.AsFloat()), nil
	}
	t.Publish(v)
	return Value{in: in, v: v}, nil
}

func (in *Interpreter) seqToAny(t *runtime.Thread, items []runtime.Value, depth int) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		g, err := in.toGoAny(t, it, depth+1)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

// mustBe is the TypeError of a value of the wrong type; argError puts
// "name() argument N " in front of its message.
func mustBe(want string, v runtime.Value) error {
	return runtime.Errorf(runtime.TypeErrorType, "must be %s, not %s", want, runtime.TypeOf(v).Name)
}

// toGoType converts a Python value to Go type typ (a Go function's
// parameter, a Decode target), checking the Python type.
func (in *Interpreter) toGoType(t *runtime.Thread, v runtime.Value, typ reflect.Type) (reflect.Value, error) {
	return in.toGoTypeDepth(t, v, typ, 0)
}

func (in *Interpreter) toGoTypeDepth(t *runtime.Thread, v runtime.Value, typ reflect.Type, depth int) (reflect.Value, error) {
	if depth > maxDepth {
		return reflect.Value{}, runtime.Errorf(runtime.ValueErrorType, "Python value nested too deeply to convert to Go (cyclic?)")
	}
	switch typ {
	case valueType:
		t.Publish(v)
		return reflect.ValueOf(Value{in: in, v: v}), nil
	case bigIntType:
		b, ok := runtime.BigIntOf(v)
		if !ok || v.IsBool() {
			return reflect.Value{}, mustBe("int", v)
		}
		return reflect.ValueOf(b).Elem(), nil
	}
	switch typ.Kind() {
	case reflect.Interface:
		g, err := in.toGoAny(t, v, depth)
		if err != nil {
			return reflect.Value{}, err
		}
		out := reflect.New(typ).Elem()
		if g != nil {
			if !reflect.TypeOf(g).Implements(typ) {
				return reflect.Value{}, mustBe(typ.String(), v)
			}
			out.Set(reflect.ValueOf(g))
		}
		return out, nil
	case reflect.Bool:
		if !v.IsBool() {
			return reflect.Value{}, mustBe("bool", v)
		}
		return reflect.ValueOf(v.AsBool()).Convert(typ), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b, ok := runtime.BigIntOf(v)
		if !ok {
			return reflect.Value{}, mustBe("int", v)
		}
		if !b.IsInt64() || reflect.Zero(typ).OverflowInt(b.Int64()) {
			return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		return reflect.ValueOf(b.Int64()).Convert(typ), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		b, ok := runtime.BigIntOf(v)
		if !ok {
			return reflect.Value{}, mustBe("int", v)
		}
		if b.Sign() < 0 {
			return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "can't convert negative int to Go %s", typ)
		}
		if !b.IsUint64() || reflect.Zero(typ).OverflowUint(b.Uint64()) {
			return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "Python int too large to convert to Go %s", typ)
		}
		return reflect.ValueOf(b.Uint64()).Convert(typ), nil
	case reflect.Float32, reflect.Float64:
		var f float64
		switch {
		case v.IsFloat():
			f = v.AsFloat()
		default:
			b, ok := runtime.BigIntOf(v)
			if !ok {
				return reflect.Value{}, mustBe("float", v)
			}
			f, _ = new(big.Float).SetInt(b).Float64()
			if math.IsInf(f, 0) {
				return reflect.Value{}, runtime.Errorf(runtime.OverflowErrorType, "int too large to convert to float")
			}
		}
		return reflect.ValueOf(f).Convert(typ), nil
	case reflect.String:
		s, ok := runtime.AsString(v)
		if !ok {
			return reflect.Value{}, mustBe("str", v)
		}
		return reflect.ValueOf(s).Convert(typ), nil
	case reflect.Pointer:
		if v.IsNone() {
			return reflect.Zero(typ), nil
		}
		ev, err := in.toGoTypeDepth(t, v, typ.Elem(), depth+1)
		if err != nil {
			return reflect.Value{}, err
		}
		p := reflect.New(typ.Elem())
		p.Elem().Set(ev)
		return p, nil
	case reflect.Slice:
		if typ.Elem().Kind() == reflect.Uint8 {
			if b, ok := runtime.BytesOf(t, v); ok {
				return reflect.ValueOf(b).Convert(typ), nil
			}
		}
		items, ok := in.sequenceItems(t, v)
		if !ok {
			return reflect.Value{}, mustBe("list", v)
		}
		out := reflect.MakeSlice(typ, len(items), len(items))
		for i, it := range items {
			ev, err := in.toGoTypeDepth(t, it, typ.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(ev)
		}
		return out, nil
	case reflect.Array:
		items, ok := in.sequenceItems(t, v)
		if !ok {
			return reflect.Value{}, mustBe("list", v)
		}
		if len(items) != typ.Len() {
			return reflect.Value{}, runtime.Errorf(runtime.ValueErrorType, "expected a sequence of length %d, got %d", typ.Len(), len(items))
		}
		out := reflect.New(typ).Elem()
		for i, it := range items {
			ev, err := in.toGoTypeDepth(t, it, typ.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(ev)
		}
		return out, nil
	case reflect.Map:
		d, ok := v.Object().(*runtime.Dict)
		if !ok {
			return reflect.Value{}, mustBe("dict", v)
		}
		keys, vals := d.Entries(t)
		out := reflect.MakeMapWithSize(typ, len(keys))
		for i, k := range keys {
			gk, err := in.toGoTypeDepth(t, k, typ.Key(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			gv, err := in.toGoTypeDepth(t, vals[i], typ.Elem(), depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.SetMapIndex(gk, gv)
		}
		return out, nil
	case reflect.Struct:
		out := reflect.New(typ).Elem()
		d, isDict := v.Object().(*runtime.Dict)
		for _, f := range structFields(typ) {
			var fv runtime.Value
			if isDict {
				x, found, err := d.GetItem(t, runtime.NewStr(f.name))
				if err != nil {
					return reflect.Value{}, err
				}
				if !found {
					continue // a missing key leaves the field zero, as encoding/json does
				}
				fv = x
			} else {
				x, err := runtime.GetAttr(t, v, f.name)
				if err != nil {
					if runtime.ErrorMatches(err, runtime.AttributeErrorType) {
						continue
					}
					return reflect.Value{}, err
				}
				fv = x
			}
			ev, err := in.toGoTypeDepth(t, fv, typ.FieldByIndex(f.index).Type, depth+1)
			if err != nil {
				return reflect.Value{}, err
			}
			out.FieldByIndex(f.index).Set(ev)
		}
		return out, nil
	}
	return reflect.Value{}, runtime.Errorf(runtime.TypeErrorType, "cannot convert Python %s to Go %s", runtime.TypeOf(v).Name, typ)
}

// sequenceItems returns the items of a list or tuple (the sequences that
// convert to Go slices and arrays).
func (in *Interpreter) sequenceItems(t *runtime.Thread, v runtime.Value) ([]runtime.Value, bool) {
	switch o := v.Object().(type) {
	case *runtime.List:
		return o.Items(t), true
	case *runtime.Tuple:
		return o.Items(), true
	}
	return nil, false
}
