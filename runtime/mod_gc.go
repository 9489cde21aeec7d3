package runtime

// This file defines the gc module. pystm's memory is Go's: there is no
// reference counting and no cycle collector of its own, so
//   - collect() runs Go's collector (runtime.GC) and returns 0: Go does
//     not report how many objects it freed, and nothing is ever
//     "uncollectable" (gc.garbage stays empty);
//   - enable()/disable()/isenabled() keep a flag per interpreter and
//     change nothing else (Go's collector cannot be paused per program);
//   - get_count() is (0, 0, 0), the thresholds are stored and returned;
//   - freeze() and unfreeze() are accepted, get_freeze_count() is 0;
//   - get_objects/get_referrers/get_referents raise NotImplementedError.

import (
	"runtime"
	"sync"
)

func newGCModule() *Module {
	m := NewModule("gc")
	d := m.Dict
	var mu sync.Mutex
	enabled := true
	thresholds := []Value{Int(700), Int(10), Int(10)}
	def := func(name string, fn posixFn) { d.SetStr(name, NewBuiltin(name, fn)) }
	noArgs := func(name string, fn func() Value) {
		def(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if len(args) != 0 {
				return Value{}, Errorf(TypeErrorType, "gc.%s() takes no arguments (%d given)", name, len(args))
			}
			return fn(), nil
		})
	}
	def("collect", func(t *Thread, args []Value, kw []string) (Value, error) {
		var gv Value
		if err := UnpackArgs("collect", args, kw, []string{"generation?"}, &gv); err != nil {
			return Value{}, err
		}
		if gv.IsValid() {
			g, err := ioIntArg(gv)
			if err != nil {
				return Value{}, err
			}
			if g < 0 || g > 2 {
				return Value{}, Errorf(ValueErrorType, "invalid generation")
			}
		}
		runtime.GC()
		return Int(0), nil
	})
	setEnabled := func(on bool) func() Value {
		return func() Value {
			mu.Lock()
			enabled = on
			mu.Unlock()
			return None
		}
	}
	noArgs("enable", setEnabled(true))
	noArgs("disable", setEnabled(false))
	noArgs("isenabled", func() Value {
		mu.Lock()
		defer mu.Unlock()
		return Bool(enabled)
	})
	noArgs("get_count", func() Value { return NewTuple([]Value{Int(0), Int(0), Int(0)}) })
	noArgs("get_threshold", func() Value {
		mu.Lock()
		defer mu.Unlock()
		return NewTuple(append([]Value(nil), thresholds...))
	})
	def("set_threshold", func(t *Thread, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, Errorf(TypeErrorType, "set_threshold() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 3 {
			if len(args) == 0 {
				return Value{}, Errorf(TypeErrorType, "set_threshold() takes at least 1 argument (0 given)")
			}
			return Value{}, Errorf(TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(args))
		}
		for _, a := range args {
			if _, err := ioIntArg(a); err != nil {
				return Value{}, err
			}
		}
		mu.Lock()
		copy(thresholds, args)
		mu.Unlock()
		return None, nil
	})
	noArgs("freeze", func() Value { return None })
	noArgs("unfreeze", func() Value { return None })
	noArgs("get_freeze_count", func() Value { return Int(0) })
	noArgs("get_stats", func() Value {
		items := make([]Value, 3)
		for i := range items {
			s := NewDict()
			s.SetStr("collections", Int(0))
			s.SetStr("collected", Int(0))
			s.SetStr("uncollectable", Int(0))
			items[i] = FromObject(s)
		}
		return FromObject(NewList(items))
	})
	def("is_tracked", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("gc.is_tracked", args, kw); err != nil {
			return Value{}, err
		}
		// CPython tracks containers and instances, not atoms.
		switch args[0].obj.(type) {
		case *Str, *Bytes, nil:
			return False, nil
		}
		if args[0].IsInt() || args[0].IsFloat() || args[0].IsBool() || args[0].IsNone() {
			return False, nil
		}
		return True, nil
	})
	def("is_finalized", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("gc.is_finalized", args, kw); err != nil {
			return Value{}, err
		}
		return False, nil
	})
	for _, name := range []string{"get_objects", "get_referrers", "get_referents"} {
		def(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			return Value{}, Errorf(NotImplementedErrorType, "gc.%s is not supported by pystm (memory is managed by Go's collector)", name)
		})
	}
	def("set_debug", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("set_debug", args, kw); err != nil {
			return Value{}, err
		}
		_, err := ioIntArg(args[0])
		return None, err
	})
	noArgs("get_debug", func() Value { return Int(0) })
	d.SetStr("garbage", FromObject(NewList(nil)))
	d.SetStr("callbacks", FromObject(NewList(nil)))
	for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
		"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		d.SetStr(name, Int(v))
	}
	return m
}

func init() {
	registerBuiltin("gc", func(t *Thread) (*Module, error) { return newGCModule(), nil })
}
