package runtime

// This file defines the time module: clocks and sleep. sleep is a
// blocking primitive (mod_thread_hooks.go): it parks the thread until its
// deadline, releasing the GIL, and its CALL runs again to return None.

import "time"

// sleepKey marks a pending sleep (the waited-on object of a sleep).
type sleepKey struct{}

func newTimeModule(in *Interpreter) *Module {
	m := NewModule("time")
	d := m.Dict
	start := time.Now()
	clock := func(name string, f func() Value) {
		d.SetStr(name, NewBuiltin(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) != 0 {
				return Value{}, Errorf(TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(), nil
		}))
	}
	clock("time", func() Value { return Float(float64(time.Now().UnixNano()) / 1e9) })
	clock("time_ns", func() Value { return Int(time.Now().UnixNano()) })
	// The monotonic clocks count from the interpreter's start (plus one
	// second, so they are never zero), as CPython's count from boot.
	mono := func() time.Duration { return time.Since(start) + time.Second }
	for _, n := range []string{"monotonic", "perf_counter"} {
		clock(n, func() Value { return Float(mono().Seconds()) })
		clock(n+"_ns", func() Value { return Int(int64(mono())) })
	}
	// process_time is the process's CPU time. Goroutines have no CPU
	// clock of their own, so thread_time is the same.
	cpu := func() time.Duration {
		if d, ok := cpuTime(); ok {
			return d
		}
		return mono()
	}
	for _, n := range []string{"process_time", "thread_time"} {
		clock(n, func() Value { return Float(cpu().Seconds()) })
		clock(n+"_ns", func() Value { return Int(int64(cpu())) })
	}
	d.SetStr("sleep", NewBuiltin("sleep", timeSleep))
	return m
}

// timeSleep is time.sleep(secs).
func timeSleep(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Value{}, Errorf(TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := toSeconds(args[0])
	if err != nil {
		return Value{}, err
	}
	if secs < 0 {
		return Value{}, Errorf(ValueErrorType, "sleep length must be non-negative")
	}
	if secs == 0 {
		// sleep(0) gives the other threads their turn.
		if st := t.schedThread(); st.Scheduler().Count() > 1 {
			if err := st.Yield(); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
	deadline, _, expired := t.beginWait(sleepKey{}, secs)
	if expired {
		t.endWait()
		return None, nil
	}
	return Value{}, t.parkOn(nil, deadline)
}
