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
	// The monotonic clocks are pure for abortable spans (span_builtins.go):
	// what threading and queue time their waits with, which a re-run
	// reads again as the first run did (span_timedwaits.go).
	clockT := func(name string, pure bool, f func(t *Thread) Value) {
		d.SetStr(name, FromObject(&BuiltinFunction{Name: name, pure: pure, Fn: func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) != 0 {
				return Value{}, Errorf(TypeErrorType, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return f(t), nil
		}}))
	}
	clock := func(name string, f func() Value) { clockT(name, false, func(*Thread) Value { return f() }) }
	clock("time", func() Value { return Float(float64(time.Now().UnixNano()) / 1e9) })
	clock("time_ns", func() Value { return Int(time.Now().UnixNano()) })
	// The monotonic clocks count from the interpreter's start (plus one
	// second, so they are never zero), as CPython's count from boot. In
	// the re-run of a span that retried a timed wait they read what the
	// first run read (span_timedwaits.go).
	mono := func(t *Thread) time.Duration { return t.spanMono(time.Since(start) + time.Second) }
	for _, n := range []string{"monotonic", "perf_counter"} {
		clockT(n, true, func(t *Thread) Value { return Float(mono(t).Seconds()) })
		clockT(n+"_ns", true, func(t *Thread) Value { return Int(int64(mono(t))) })
	}
	// process_time is the process's CPU time. Goroutines have no CPU
	// clock of their own, so thread_time is the same.
	cpu := func() time.Duration {
		if d, ok := cpuTime(); ok {
			return d
		}
		return time.Since(start) + time.Second
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
