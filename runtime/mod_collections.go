package runtime

// This file defines _collections.ring, the storage of collections.deque:
// a ring buffer whose every operation is one call under a lock, so that
// append, appendleft, pop and popleft stay atomic between threads (as
// CPython's C deque is under the GIL) while the deque class itself stays
// Python (lib/collections.py) and can be subclassed.

import "sync"

type ring struct {
	mu     sync.Mutex
	buf    []Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  int64
}

func (r *ring) at(i int) int { return (r.head + i) % len(r.buf) }

func (r *ring) grow() {
	nb := make([]Value, 2*len(r.buf)+8)
	for i := 0; i < r.n; i++ {
		nb[i] = r.buf[r.at(i)]
	}
	r.buf, r.head = nb, 0
}

func (r *ring) push(v Value, left bool) {
	if r.maxlen == 0 {
		return
	}
	r.state++
	if r.maxlen > 0 && r.n == r.maxlen {
		if left {
			r.head = (r.head - 1 + len(r.buf)) % len(r.buf)
			r.buf[r.head] = v
		} else {
			r.buf[r.at(r.n)] = v
			r.head = (r.head + 1) % len(r.buf)
		}
		return
	}
	if r.n == len(r.buf) {
		r.grow()
	}
	if left {
		r.head = (r.head - 1 + len(r.buf)) % len(r.buf)
		r.buf[r.head] = v
	} else {
		r.buf[r.at(r.n)] = v
	}
	r.n++
}

func (r *ring) popOne(left bool) (Value, bool) {
	if r.n == 0 {
		return Value{}, false
	}
	r.state++
	var i int
	if left {
		i = r.head
		r.head = (r.head + 1) % len(r.buf)
	} else {
		i = r.at(r.n - 1)
	}
	v := r.buf[i]
	r.buf[i] = Value{}
	r.n--
	return v, true
}

func (r *ring) items() []Value {
	out := make([]Value, r.n)
	for i := range out {
		out[i] = r.buf[r.at(i)]
	}
	return out
}

func (r *ring) setItems(items []Value) {
	r.state++
	r.buf = make([]Value, len(items)+8)
	copy(r.buf, items)
	r.head, r.n = 0, len(items)
}

// index normalises a Python index into the ring; ok false when out of range.
func (r *ring) index(v Value) (int, bool) {
	i, isInt := AsInt64(v)
	if !isInt {
		return 0, false
	}
	if i < 0 {
		i += int64(r.n)
	}
	if i < 0 || i >= int64(r.n) {
		return 0, false
	}
	return r.at(int(i)), true
}

func init() {
	RegisterModule("_collections", func(t *Thread) (*Module, error) {
		m := NewModule("_collections")
		m.Dict.SetStr("ring", NewBuiltin("ring", newRing))
		m.Dict.SetStr("count_elements", NewBuiltin("count_elements", countElements))
		for _, f := range bisectFunctions {
			m.Dict.SetStr(f.name, NewBuiltin(f.name, f.fn))
		}
		for _, f := range heapFunctions {
			m.Dict.SetStr(f.name, NewBuiltin(f.name, f.fn))
		}
		// new_module(name) makes collections.abc, which collections.py
		// fills and puts in sys.modules (module() takes no arguments).
		m.Dict.SetStr("new_module", NewBuiltin("new_module", func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkOne("new_module", args, kwnames); err != nil {
				return Value{}, err
			}
			name, ok := AsString(args[0])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "new_module() argument must be str")
			}
			return FromObject(NewModule(name)), nil
		}))
		return m, nil
	})
}

// newRing is ring(maxlen): a function r(op, arg) over a new ring buffer.
// maxlen is None or a non-negative int (the deque class checks it).
func newRing(t *Thread, args []Value, kwnames []string) (Value, error) {
	r := &ring{maxlen: -1, buf: make([]Value, 8)}
	if len(args) == 1 && !args[0].IsNone() {
		n, ok := AsInt64(args[0])
		if !ok || n < 0 {
			return Value{}, Errorf(ValueErrorType, "maxlen must be non-negative")
		}
		r.maxlen = int(n)
	}
	return NewBuiltin("ring", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return Value{}, Errorf(TypeErrorType, "ring expects 2 arguments")
		}
		op, _ := AsString(args[0])
		arg := args[1]
		r.mu.Lock()
		defer r.mu.Unlock()
		switch op {
		case "append":
			r.push(arg, false)
			return None, nil
		case "appendleft":
			r.push(arg, true)
			return None, nil
		case "extend", "extendleft":
			l, ok := arg.obj.(*List)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "ring extend needs a list")
			}
			for _, v := range l.Items(t) {
				r.push(v, op == "extendleft")
			}
			return None, nil
		case "pop", "popleft":
			v, ok := r.popOne(op == "popleft")
			if !ok {
				return Value{}, Errorf(IndexErrorType, "pop from an empty deque")
			}
			return v, nil
		case "len":
			return Int(int64(r.n)), nil
		case "state":
			return Int(r.state), nil
		case "get":
			i, ok := r.index(arg)
			if !ok {
				return Value{}, Errorf(IndexErrorType, "deque index out of range")
			}
			return r.buf[i], nil
		case "set":
			tp, ok := arg.obj.(*Tuple)
			if !ok || len(tp.items) != 2 {
				return Value{}, Errorf(TypeErrorType, "ring set needs (index, value)")
			}
			i, ok := r.index(tp.items[0])
			if !ok {
				return Value{}, Errorf(IndexErrorType, "deque index out of range")
			}
			r.buf[i] = tp.items[1]
			return None, nil
		case "items":
			return FromObject(NewList(r.items())), nil
		case "setitems":
			l, ok := arg.obj.(*List)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "ring setitems needs a list")
			}
			r.setItems(append([]Value(nil), l.Items(t)...))
			return None, nil
		case "clear":
			r.setItems(nil)
			return None, nil
		case "rotate":
			k, ok := AsInt64(arg)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "rotate needs an int")
			}
			if r.n > 1 {
				k %= int64(r.n)
				if k < 0 {
					k += int64(r.n)
				}
				if k != 0 {
					it := r.items()
					cut := r.n - int(k)
					r.setItems(append(append([]Value{}, it[cut:]...), it[:cut]...))
				}
			}
			return None, nil
		}
		return Value{}, Errorf(ValueErrorType, "unknown ring op")
	}), nil
}
