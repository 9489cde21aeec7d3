package stm

// This file defines commit: the read-only fast path and the writer
// protocol (lock, tick, validate, write back, release).

// Commit ends the transaction. It returns nil if the transaction committed,
// or ErrAbort if it had to be rolled back (it then is rolled back already,
// as by Abort). Either way the Tx is idle afterwards.
func (tx *Tx) Commit() error {
	if !tx.running {
		panic("stm: Commit without Begin")
	}
	if tx.lastCause != CauseNone {
		// A barrier already returned a status the client did not act on.
		tx.Abort()
		return ErrAbort
	}
	if tx.status.Load() == stKilled && !tx.irrev.Load() {
		tx.fail(CauseKilled, nil)
		tx.Abort()
		return ErrAbort
	}
	if tx.injectAt != 0 {
		tx.fail(CauseInjected, nil)
		tx.Abort()
		return ErrAbort
	}
	if tx.nw == 0 && len(tx.deltas) == 0 && len(tx.hooks) == 0 && !tx.irrev.Load() {
		// Read-only: every read was consistent at rv, so the transaction
		// serialises there and needs no validation and no clock tick.
		tx.commitTS = tx.rv
		tx.finishCommit()
		return nil
	}
	if err := tx.commitWriter(); err != nil {
		tx.Abort()
		return err
	}
	tx.finishCommit()
	return nil
}

func (tx *Tx) finishCommit() {
	for i := range tx.undo {
		tx.undo[i] = UndoRecord{}
	}
	tx.undo = tx.undo[:0]
	tx.stats.commits++
	if tx.stats.commits%32 == 0 || tx.irrev.Load() {
		tx.stats.storeCommit()
	}
	tx.attempts = 0
	tx.lastCause = CauseNone
	tx.end()
}

// commitWriter runs the TL2 commit of a transaction that owns objects or
// carries hooks. On error nothing was published and the caller aborts.
func (tx *Tx) commitWriter() error {
	e := tx.e
	irrev := tx.irrev.Load()
	hooked := len(tx.hooks) > 0 && !irrev
	if hooked {
		// Taken before the status moves to committing, while we can still
		// be killed, so an irrevocable transaction holding the lock and
		// waiting for an object we own is never waited on in turn.
		for n := 0; !e.hookMu.TryLock(); n++ {
			if tx.status.Load() == stKilled {
				return tx.fail(CauseKilled, nil)
			}
			spinWait(n)
		}
	}
	if !tx.status.CompareAndSwap(stActive, stCommitting) {
		tx.status.Store(stActive) // only a kill can have changed it
		if !irrev {
			if hooked {
				e.hookMu.Unlock()
			}
			return tx.fail(CauseKilled, nil)
		}
		tx.status.Store(stCommitting)
	}
	unlockHooks := func() {
		if hooked {
			e.hookMu.Unlock()
		}
	}
	if err := tx.acquireDeltas(); err != nil {
		tx.status.Store(stActive)
		unlockHooks()
		return err
	}
	// Lock: from here readers wait for, and validators fail on, our
	// objects, so whoever samples the clock after our tick sees either
	// the lock or the new state.
	bump := false
	for i := 0; i < tx.nw; i++ {
		w := tx.entry(i)
		if w.locks() {
			w.h.version.Store(w.oldVer | lockedBit)
			if w.quasi != nil && !w.quasi.demoted.Load() {
				bump = true
			}
		}
	}
	for _, w := range tx.deltas {
		if w.delta != 0 {
			w.h.version.Store(w.oldVer | lockedBit)
		}
	}
	if bump {
		e.epoch.Add(1)
		tx.qbumps = 1
	}
	wv := e.clock.Add(1)
	if !irrev && wv != tx.rv+1 {
		ok := tx.validate(true)
		if ok && tx.readQ && e.epoch.Load() != tx.epoch+tx.qbumps {
			ok = false
		}
		if !ok {
			tx.unlockAll()
			tx.status.Store(stActive)
			unlockHooks()
			return tx.fail(CauseReadWrite, nil)
		}
	}
	// Write back: publish each private copy, then its version.
	for i := 0; i < tx.nw; i++ {
		w := tx.entry(i)
		if w.locks() {
			tx.writeBack(w, wv)
		}
	}
	for _, w := range tx.deltas {
		if w.delta != 0 {
			tx.writeBack(w, wv)
		}
	}
	tx.rollback() // releases ownership; nothing is left to undo
	tx.status.Store(stActive)
	tx.commitTS = wv
	for i, f := range tx.hooks {
		f(wv)
		tx.hooks[i] = nil
	}
	tx.hooks = tx.hooks[:0]
	unlockHooks()
	e.changed()
	return nil
}

// locks reports whether commit publishes through this entry.
func (w *wentry) locks() bool { return w.dirty || w.publish }

func (tx *Tx) writeBack(w *wentry, wv uint64) {
	if w.finish != nil {
		w.finish(w, wv)
	}
	w.h.storeState(w.private)
	if w.site != nil && w.h.lastSite.Load() != w.site {
		w.h.lastSite.Store(w.site)
	}
	w.h.version.Store(wv)
	w.publish = false // rollback must not unpublish it
}

// unlockAll undoes the lock phase after a failed validation.
func (tx *Tx) unlockAll() {
	for i := 0; i < tx.nw; i++ {
		w := tx.entry(i)
		if w.locks() {
			w.h.version.Store(w.oldVer)
		}
	}
	for _, w := range tx.deltas {
		if w.h.owner.Load() == w {
			w.h.version.Store(w.oldVer)
		}
	}
}

// acquireDeltas takes ownership, at commit, of the length cells whose
// value the transaction changes by a delta it never read (Map inserts and
// deletes), so such transactions do not conflict until commit and then
// only briefly. A committing transaction does not wait for long: after a
// bounded spin it aborts, so two committers cannot wait on each other.
func (tx *Tx) acquireDeltas() error {
	for _, w := range tx.deltas {
		h := w.h
		if w.delta == 0 {
			continue // inserted and deleted again: the size is unchanged
		}
		for n := 0; !h.owner.CompareAndSwap(nil, w); n++ {
			cur := h.owner.Load()
			if cur == nil {
				continue
			}
			if cur.tx == tx {
				// We came to own the size cell after recording the delta
				// (an irrevocable read of the size): fold it in there.
				mergeDelta(cur, w.delta)
				w.delta = 0
				break
			}
			if n > 64 && !tx.irrev.Load() {
				tx.releaseDeltas()
				return tx.fail(CauseWriteWrite, cur.tx)
			}
			if tx.irrev.Load() {
				cur.tx.status.CompareAndSwap(stActive, stKilled)
			}
			spinWait(n)
		}
		if w.delta != 0 {
			w.oldVer = h.version.Load()
			w.private = h.loadState()
		}
	}
	return nil
}

func (tx *Tx) releaseDeltas() {
	for _, w := range tx.deltas {
		w.h.owner.CompareAndSwap(w, nil)
	}
}
