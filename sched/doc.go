// Package sched runs Python threads as goroutines, in one of two modes.
//
// # GIL mode (the baseline)
//
// One global lock (the GIL) is held by the thread that runs bytecode and
// handed over at bytecode boundaries. A thread that has waited for the GIL
// a whole switch interval (CPython's 5 ms, sys.setswitchinterval) sets a
// drop request; the holder polls it with one atomic load (ShouldYield) at
// backward jumps and calls, and then yields: the GIL goes to the longest
// waiter (FIFO, so every thread gets its turn) and the yielder queues
// behind it.
//
// # Parallel mode
//
// A running thread holds a run slot instead: up to Config.Slots threads
// (the -threads flag, GOMAXPROCS by default) run at once. Slots are handed
// out as the GIL is: a thread that has waited a switch interval for one
// sets the slots' drop request, and the first holder to reach a boundary
// gives its slot to the longest waiter and queues behind it, so slots are
// shared fairly when there are more runnable threads than slots.
//
// The GIL's lock becomes the token. A thread takes it only on demand
// (AcquireToken: the runtime calls it before touching a shared object) and
// releases it at its next boundary in the outermost interpreter loop
// (Boundary with outermost set), where no Go code above the loop holds
// references into shared state. At other boundaries (inside callbacks from
// Go code) the holder keeps it, handing it over and taking it back when a
// waiter has waited an interval, exactly as the GIL is handed over. Inside
// an atomic block (Boundary with atomic set) nothing changes hands. A
// thread that finds the token held looks again a few times, yielding its
// processor, before it queues: holders release it within a boundary, and
// queueing costs two goroutine switches.
//
// Deadlock freedom: a thread takes a slot before the token, and a thread
// holding the token never waits for a slot (it releases the token first)
// nor parks holding it (Park releases it). So the token's holder always
// makes progress to the boundary where it releases it.
//
// # Blocking
//
// Blocking operations never wait while holding the GIL, the token or a
// slot: the caller parks (Park) on a Waiter, releasing them, and is woken
// (Waiter.Wake) by the thread that changes what it waits for, or by its
// deadline. The parked thread then takes the GIL (or a slot, and the token
// if it held it) again and re-runs the operation, which may park again: so
// every blocking primitive is a single step, as the transactional runtime
// needs (a wait must never hold a transaction open).
//
// Every handover goes through a mutex or a channel, which gives Go's
// happens-before between successive holders: objects touched only under
// the GIL or the token need no other synchronisation.
//
// # Shutdown
//
// Shutdown closes the scheduler: threads waiting for the GIL or a slot,
// and parked threads, get ErrShutdown at once; in parallel mode running
// threads get it at their next boundary (the token stays a working lock
// until they have ended, so they can get there).
//
// The package knows nothing of Python: threads are numbered handles, and
// what they run is a Go function.
package sched
