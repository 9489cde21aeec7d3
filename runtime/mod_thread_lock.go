package runtime

// This file defines _thread.lock, the one blocking primitive threading and
// queue are built on.
//
// A Lock is a transactional object: its state is one flag read and written
// through methods that take the current Thread, and acquiring a free lock
// is just that write. Waiting for a held lock is a blocking effect: the
// acquirer queues a waiter and returns a park status; release wakes the
// longest waiter, which re-runs its acquire (so a thread that arrives
// between the release and the waiter's re-run may take the lock first, as
// with CPython's locks). Under the GIL the state and the queue are touched
// only by the GIL's holder. Inside an abortable span the state is read
// lock-free and written in the span's lock log (span_locks.go); outside
// one it is written holding the token, and once the lock is shared every
// write bumps its version word, as other shared objects' writes do.

import (
	"fmt"
	"math"
	"sync/atomic"

	"github.com/pystm/pystm/sched"
	"github.com/pystm/pystm/stm"
)

// Lock is a _thread.lock.
type Lock struct {
	stm.Header
	// locked is the state: written holding the token once the lock is
	// shared (or by the one thread that reaches it), read lock-free by
	// abortable spans (span_locks.go), hence atomic.
	locked atomic.Bool
	// ver is the state's version word (readlog.go), bumped by every write
	// of a shared lock's state.
	ver versionWord
	// waiters are the threads parked on the lock (touched holding the
	// token, or the GIL).
	waiters sched.WaitQueue
	// hot is the lock's contention score (span_locks.go): raised by the
	// rollback of a span that wrote it, lowered by commits and by
	// acquires that took the token. Bookkeeping: never rolled back.
	hot atomic.Int32
}

// LockType is _thread.lock (threading.Lock returns its instances).
var LockType = &Type{Name: "lock", Module: "_thread", flags: flagFinal}

// Type returns _thread.lock.
func (l *Lock) Type() *Type { return LockType }

// NewLock returns an unlocked lock.
func NewLock() *Lock { return &Lock{} }

// Locked reports whether the lock is held.
func (l *Lock) Locked(t *Thread) bool {
	if t != nil && t.spActive {
		return t.spanLockHeld(l)
	}
	t.touch(&l.Header)
	return l.locked.Load()
}

// set writes the state outside an abortable span (the token is held when
// the lock is shared: touchW).
func (l *Lock) set(t *Thread, held bool) {
	l.locked.Store(held)
	if l.IsShared() {
		l.ver.bump(t)
	}
}

// TryAcquire takes the lock if it is free.
func (l *Lock) TryAcquire(t *Thread) bool {
	if t != nil && t.spActive {
		if ok, done := t.spanLockTry(l); done {
			return ok
		}
	}
	t.touchW(&l.Header)
	if l.locked.Load() {
		return false
	}
	l.set(t, true)
	return true
}

// Acquire takes the lock, or returns a park status (the caller's bytecode
// runs again after the wait). timeout < 0 waits without limit; a blocking
// acquire that times out returns false. In an abortable span a wait
// either commits the span first or, inside an atomic block, retries it
// (span_locks.go).
func (l *Lock) Acquire(t *Thread, blocking bool, timeout float64) (bool, error) {
	if t != nil && t.spActive {
		if ok, done, err := t.spanLockAcquire(l, blocking, timeout); done || err != nil {
			return ok, err
		}
		// The span became irrevocable (it commits as of this call, or
		// reading the lock took the token): go on as outside spans.
	}
	if !blocking {
		return l.TryAcquire(t), nil
	}
	t.touchW(&l.Header) // the waiter queue is the lock's state too
	deadline, old, expired := t.beginWait(l, timeout)
	if old != nil {
		l.waiters.Remove(old)
	}
	if l.TryAcquire(t) {
		t.endWait()
		return true, nil
	}
	if expired {
		t.endWait()
		return false, nil
	}
	w := sched.NewWaiter()
	l.waiters.Push(w)
	return false, t.parkOn(w, deadline)
}

// Release frees the lock and wakes its longest waiter. In an abortable
// span the wake-up happens when the span commits (span_locks.go), never
// for a release that is rolled back.
func (l *Lock) Release(t *Thread) error {
	if t != nil && t.spActive {
		if done, err := t.spanLockRelease(l); done {
			return err
		}
	}
	t.touchW(&l.Header)
	if !l.locked.Load() {
		return Errorf(RuntimeErrorType, "release unlocked lock")
	}
	l.set(t, false)
	l.waiters.WakeOne()
	return nil
}

// lockArgs parses acquire(blocking=True, timeout=-1).
func lockArgs(fname string, args []Value, kwnames []string) (bool, float64, error) {
	var bv, tv Value
	if err := UnpackArgs(fname, args[1:], kwnames, []string{"blocking?", "timeout?"}, &bv, &tv); err != nil {
		return false, 0, err
	}
	blocking := true
	if bv.IsValid() {
		b, err := lockBool(bv)
		if err != nil {
			return false, 0, err
		}
		blocking = b
	}
	timeout := -1.0
	if tv.IsValid() {
		f, err := toSeconds(tv)
		if err != nil {
			return false, 0, err
		}
		timeout = f
	}
	if !blocking && timeout != -1 {
		return false, 0, Errorf(ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, Errorf(ValueErrorType, "timeout value must be positive")
	}
	if timeout > timeoutMax {
		return false, 0, Errorf(OverflowErrorType, "timeout value is too large")
	}
	return blocking, timeout, nil
}

// timeoutMax is _thread.TIMEOUT_MAX (CPython's value on 64-bit Linux).
const timeoutMax = 9223372036.0

// lockBool converts the blocking flag as CPython's "p" converter does for
// the common types (int, bool, None).
func lockBool(v Value) (bool, error) {
	switch {
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt() != 0, nil
	case v.IsNone():
		return false, nil
	}
	if f, ok, _ := floatOf(v); ok {
		return f != 0, nil
	}
	return true, nil
}

// toSeconds converts a timeout or sleep length (int or float) to float
// seconds, with CPython's TypeError for other types.
func toSeconds(v Value) (float64, error) {
	f, ok, err := floatOf(v)
	if err != nil {
		return 0, Errorf(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	if !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).Name)
	}
	if math.IsNaN(f) {
		return 0, Errorf(ValueErrorType, "Invalid value NaN (not a number)")
	}
	return f, nil
}

func lockAcquireMethod(fname string) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		blocking, timeout, err := lockArgs(fname, args, kwnames)
		if err != nil {
			return Value{}, err
		}
		ok, err := args[0].obj.(*Lock).Acquire(t, blocking, timeout)
		if err != nil {
			return Value{}, err
		}
		return Bool(ok), nil
	}
}

func lockReleaseMethod(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "release() takes no arguments (%d given)", len(args)-1)
	}
	if err := args[0].obj.(*Lock).Release(t); err != nil {
		return Value{}, err
	}
	return None, nil
}

func lockLockedMethod(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return Value{}, Errorf(TypeErrorType, "locked() takes no arguments (%d given)", len(args)-1)
	}
	return Bool(args[0].obj.(*Lock).Locked(t)), nil
}

func init() {
	LockType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Value{}, Errorf(TypeErrorType, "cannot create '_thread.lock' instances")
	})
	for _, n := range []string{"acquire", "acquire_lock", "__enter__"} {
		LockType.AddMethod(n, lockAcquireMethod(n))
	}
	for _, n := range []string{"release", "release_lock"} {
		LockType.AddMethod(n, lockReleaseMethod)
	}
	LockType.AddMethod("__exit__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := args[0].obj.(*Lock).Release(t); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	LockType.AddMethod("locked", lockLockedMethod)
	LockType.AddMethod("locked_lock", lockLockedMethod)
	LockType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		l := v.obj.(*Lock)
		state := "unlocked"
		if l.Locked(t) {
			state = "locked"
		}
		return fmt.Sprintf("<%s _thread.lock object at %#x>", state, objectID(v)), nil
	}
}
