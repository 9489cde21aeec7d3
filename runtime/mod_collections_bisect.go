package runtime

// This file defines bisect's two searches in Go (bisect_left and
// bisect_right with lo, hi and key), exported through _collections and
// picked up by lib/bisect.py.

func bisectSearch(fname string, right bool) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		var a, x, lov, hiv, key Value
		if err := UnpackArgs(fname, args, kwnames, []string{"a", "x", "lo?", "hi?", "*", "key?"}, &a, &x, &lov, &hiv, &key); err != nil {
			return Value{}, err
		}
		lo := int64(0)
		if lov.IsValid() {
			n, err := asIndex(t, lov, bisectIndexMsg(lov))
			if err != nil {
				return Value{}, err
			}
			lo = n
		}
		if lo < 0 {
			return Value{}, Errorf(ValueErrorType, "lo must be non-negative")
		}
		var hi int64
		if !hiv.IsValid() || hiv.IsNone() {
			n, err := Len(t, a)
			if err != nil {
				return Value{}, err
			}
			hi = int64(n)
		} else {
			n, err := asIndex(t, hiv, "argument should be integer or None, not '"+typeName(hiv)+"'")
			if err != nil {
				return Value{}, err
			}
			hi = n
		}
		hasKey := key.IsValid() && !key.IsNone()
		l, isList := a.obj.(*List)
		for lo < hi {
			mid := int64(uint64(lo+hi) / 2)
			var item Value
			if isList && mid < int64(l.Len()) {
				item = l.Get(t, int(mid))
			} else {
				v, err := GetItem(t, a, Int(mid))
				if err != nil {
					return Value{}, err
				}
				item = v
			}
			if hasKey {
				v, err := t.Call(key, []Value{item}, nil)
				if err != nil {
					return Value{}, err
				}
				item = v
			}
			var goLeft bool
			if right {
				lt, err := lessThan(t, x, item)
				if err != nil {
					return Value{}, err
				}
				goLeft = lt
			} else {
				lt, err := lessThan(t, item, x)
				if err != nil {
					return Value{}, err
				}
				goLeft = !lt
			}
			if goLeft {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return Int(lo), nil
	}
}

// bisectFunctions are the functions _collections exports for bisect.
var bisectFunctions = []struct {
	name string
	fn   func(t *Thread, args []Value, kwnames []string) (Value, error)
}{
	{"bisect_left", bisectSearch("bisect_left", false)},
	{"bisect_right", bisectSearch("bisect_right", true)},
}

func bisectIndexMsg(v Value) string {
	return "'" + typeName(v) + "' object cannot be interpreted as an integer"
}
