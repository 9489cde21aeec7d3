package stm

import (
	"time"
)

// This file defines contention management: what a transaction does when
// it finds an object owned by another, backoff between attempts, and the
// irrevocable token.
//
// Stages, by the number of consecutive aborts of a logical transaction:
//  1. abort and back off with random jitter (Backoff);
//  2. after Config.PriorityAfter aborts, priority: in a write/write
//     conflict the older prioritised transaction kills the other and waits
//     for it to release the object;
//  3. after Config.IrrevocableAfter aborts, the irrevocable token: the
//     transaction locks everything it touches, kills whoever is in its way,
//     and cannot abort, so it commits. Those it beats wait for it to end
//     (Backoff) without escalating, so the token does not become a convoy.

// contend decides what to do about h being owned by cur, the n-th time in
// this acquisition. A nil result means "try again".
func (tx *Tx) contend(cur *wentry, h *Header, n int) error {
	other := cur.tx
	if tx.status.Load() == stKilled && !tx.irrev.Load() {
		return tx.fail(CauseKilled, other)
	}
	st := other.status.Load()
	switch {
	case st == stCommitting:
		// Write-back is short and a committer never waits for us.
	case tx.irrev.Load():
		other.status.CompareAndSwap(stActive, stKilled)
	case other.irrev.Load():
		tx.yielded = true
		return tx.fail(CauseIrrevocable, other)
	case tx.hasPriorityOver(other):
		other.status.CompareAndSwap(stActive, stKilled)
	default:
		return tx.fail(CauseWriteWrite, other)
	}
	spinWait(n)
	return nil
}

func (tx *Tx) hasPriorityOver(other *Tx) bool {
	p := tx.prio.Load()
	if p == 0 {
		return false
	}
	op := other.prio.Load()
	return op == 0 || p < op
}

// Backoff waits before the next attempt of an aborted transaction: a
// random time that grows with the number of consecutive aborts, so
// transactions that conflicted do not meet again at once.
func (tx *Tx) Backoff() {
	if tx.yielded {
		// We lost to the irrevocable transaction: retrying before it ends
		// would only lose again, and escalating would queue every
		// transaction behind the token in a convoy. Wait for it instead.
		tx.yielded = false
		for n := 0; tx.e.irrevTx.Load() != nil && n < 20000; n++ {
			spinWait(n + 5)
		}
		return
	}
	a := tx.attempts
	if a <= 1 {
		return
	}
	if a > 10 {
		a = 10 // at most 256 µs: beyond that, priority and the token do better
	}
	limit := uint64(1) << uint(a) // microseconds
	d := time.Duration(tx.rand()%limit) * time.Microsecond / 4
	if d < time.Microsecond {
		for i := uint64(0); i < tx.rand()%8; i++ {
			spinWait(8)
		}
		return
	}
	time.Sleep(d)
}

// becomeIrrevocableAtBegin takes the token for a transaction that has not
// started, so it may block: it owns nothing anyone could wait for.
func (tx *Tx) becomeIrrevocableAtBegin() {
	tx.e.irrev.Lock()
	tx.e.hookMu.Lock()
	tx.e.irrevTx.Store(tx)
	tx.irrev.Store(true)
	tx.stats.irrevocable++
}

// BecomeIrrevocable makes the running transaction irrevocable: from now
// on it cannot abort, so it may perform effects that cannot be undone. It
// takes the token (at most one irrevocable transaction at a time), which
// also holds back the commit of every transaction with hooks until it
// ends, and locks every object it has read. If the token is busy or a read
// is already stale it returns ErrAbort; the next Begin then waits for the
// token and starts the transaction irrevocable.
func (tx *Tx) BecomeIrrevocable() error {
	if tx.irrev.Load() {
		return nil
	}
	e := tx.e
	if tx.status.Load() != stActive || !e.irrev.TryLock() {
		tx.attempts = e.cfg.IrrevocableAfter - 1
		return tx.fail(CauseIrrevocable, nil)
	}
	for n := 0; !e.hookMu.TryLock(); n++ {
		if n > 1000 || tx.status.Load() != stActive {
			e.irrev.Unlock()
			tx.attempts = e.cfg.IrrevocableAfter - 1
			return tx.fail(CauseIrrevocable, nil)
		}
		spinWait(n)
	}
	tx.irrev.Store(true)
	e.irrevTx.Store(tx)
	tx.injectAt = 0
	tx.slow = true
	for i := range tx.reads {
		if _, err := tx.acquire(tx.reads[i].h); err != nil {
			tx.undoIrrevocable()
			return err
		}
	}
	if !tx.validate(false) {
		tx.undoIrrevocable()
		return tx.fail(CauseReadWrite, nil)
	}
	tx.status.CompareAndSwap(stKilled, stActive) // a kill that raced with us is void
	tx.stats.irrevocable++
	return nil
}

func (tx *Tx) undoIrrevocable() {
	tx.irrev.Store(false)
	tx.e.irrevTx.Store(nil)
	tx.slow = false
	tx.e.hookMu.Unlock()
	tx.e.irrev.Unlock()
	tx.attempts = tx.e.cfg.IrrevocableAfter - 1
}

// rand returns the next value of the transaction's xorshift generator.
func (tx *Tx) rand() uint64 {
	x := tx.rng
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	tx.rng = x
	return x
}

func (tx *Tx) randFloat() float64 { return float64(tx.rand()>>11) / (1 << 53) }
