// Package sched runs Python threads as goroutines.
//
// This first version is the GIL baseline: one global lock (the GIL) is held
// by the thread that runs bytecode and handed over at bytecode boundaries.
// A thread that has waited for the GIL a whole switch interval (CPython's
// 5 ms, sys.setswitchinterval) sets a drop request; the holder polls it
// with one atomic load (ShouldYield) at backward jumps and calls, and then
// yields: the GIL goes to the longest waiter (FIFO, so every thread gets
// its turn) and the yielder queues behind it.
//
// Blocking operations never wait while holding the GIL: the caller parks
// (Park) on a Waiter, releasing the GIL, and is woken (Waiter.Wake) by the
// thread that changes what it waits for, or by its deadline. The parked
// thread then takes the GIL again and re-runs the operation, which may
// park again: so every blocking primitive is a single step, as the
// transactional runtime needs (a wait must never hold a transaction open).
//
// Every handover goes through the scheduler's mutex or a channel, which
// gives Go's happens-before between successive holders: objects touched
// only under the GIL need no other synchronisation.
//
// The package knows nothing of Python: threads are numbered handles, and
// what they run is a Go function.
package sched
