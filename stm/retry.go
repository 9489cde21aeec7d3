package stm

import "errors"

// This file defines STM retry and Atomically, the run-until-committed
// helper.

// Retry returns ErrRetry after recording it as the abort cause: the
// transaction cannot proceed until something it read changes (a lock is
// held, a queue is empty). The client aborts, calls WaitForChange, and runs
// the transaction again.
func (tx *Tx) Retry() error {
	if tx.lastCause == CauseNone {
		tx.lastCause = CauseRetry
	}
	return ErrRetry
}

// WaitForChange blocks, after Abort, until an object the aborted attempt
// read has a new committed version. An attempt that read nothing returns
// at once (nothing could ever wake it).
func (tx *Tx) WaitForChange() {
	if len(tx.reads) == 0 {
		return
	}
	e := tx.e
	e.waiters.Add(1)
	defer e.waiters.Add(-1)
	for {
		ch := e.wakeChan()
		if tx.readSetChanged() {
			return
		}
		<-ch
	}
}

// readSetChanged reports whether some read no longer holds.
func (tx *Tx) readSetChanged() bool {
	for i := range tx.reads {
		if tx.reads[i].h.version.Load()&^lockedBit != tx.reads[i].ver {
			return true
		}
	}
	// Semantic entries (vector slots and lengths) are checked by value.
	return !tx.validate(false)
}

// Atomically runs fn as one transaction on tx until it commits: on ErrAbort
// it backs off and runs fn again, on ErrRetry it waits until something fn
// read changes. Any other error from fn is returned after the transaction
// commits (an error leaving an atomic block commits what the block did).
// Called inside a running transaction, fn runs as part of it (flat
// nesting) and statuses are returned to the enclosing transaction.
func (tx *Tx) Atomically(fn func(tx *Tx) error) error {
	if tx.running {
		tx.EnterAtomic()
		err := fn(tx)
		if err == nil || (!errors.Is(err, ErrAbort) && !errors.Is(err, ErrRetry)) {
			tx.LeaveAtomic()
		}
		return err
	}
	for {
		tx.Begin()
		err := fn(tx)
		switch {
		case errors.Is(err, ErrAbort):
			tx.Abort()
			tx.Backoff()
			continue
		case errors.Is(err, ErrRetry):
			tx.Abort()
			tx.WaitForChange()
			continue
		}
		if cerr := tx.Commit(); cerr != nil {
			tx.Backoff()
			continue
		}
		return err
	}
}
