package runtime

// This file makes imports from several threads behave as CPython's module
// locks do: while one thread runs a module's body, another thread that
// imports the same module waits until the body has finished (instead of
// seeing the partially initialised module), unless waiting would deadlock
// (two threads importing each other's modules), in which case it gets the
// partial module as CPython's _has_deadlock check gives it.

import "sync"

// moduleLoad is the body of a module being run by one thread.
type moduleLoad struct {
	thread *Thread
	lock   *Lock // held by thread while the body runs
}

// importWaits records which load each thread waits for, for deadlock
// detection; one per interpreter.
type importWaits struct {
	mu      sync.Mutex
	waiting map[*Thread]*moduleLoad
}

// beginLoad marks m as being loaded by t; endLoad undoes it and wakes the
// threads waiting for the module.
func (t *Thread) beginLoad(m *Module) *moduleLoad {
	ld := &moduleLoad{thread: t, lock: NewLock()}
	ld.lock.TryAcquire(t)
	m.loading.Store(ld)
	return ld
}

func (t *Thread) endLoad(m *Module, ld *moduleLoad) {
	m.loading.Store(nil)
	_ = ld.lock.Release(t)
}

// waitForLoad waits, if another thread is running the body of the module
// v, until that body has finished. It reports whether it waited (the
// caller then looks the module up again: a failed body removes it).
func (t *Thread) waitForLoad(v Value) (bool, error) {
	m, ok := v.obj.(*Module)
	if !ok {
		return false, nil
	}
	ld := m.loading.Load()
	if ld == nil || ld.thread == t || t.th.st == nil {
		return false, nil
	}
	w := &t.interp.importWaits
	w.mu.Lock()
	// Deadlock: the loader waits, directly or through other threads, for
	// a module this thread is loading.
	for cur, steps := ld.thread, 0; cur != nil && steps < 1000; steps++ {
		next := w.waiting[cur]
		if next == nil {
			break
		}
		if next.thread == t {
			w.mu.Unlock()
			return false, nil
		}
		cur = next.thread
	}
	if w.waiting == nil {
		w.waiting = map[*Thread]*moduleLoad{}
	}
	w.waiting[t] = ld
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		delete(w.waiting, t)
		w.mu.Unlock()
	}()
	for {
		_, err := ld.lock.Acquire(t, true, -1)
		if err == nil {
			return true, ld.lock.Release(t)
		}
		if !isParkStatus(err) {
			return false, err
		}
		if err = t.park(err); err != nil {
			return false, err
		}
	}
}
