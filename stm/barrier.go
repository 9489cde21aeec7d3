package stm

import (
	"runtime"
	"time"
	"unsafe"
)

// This file defines the read and write barriers and snapshot extension.

// spinWait is the pause taken while waiting for another transaction
// (a write-back, a release, the hook lock): a few spins, then yielding the
// processor, because on an oversubscribed machine the other transaction
// may be descheduled, and after long waits (an irrevocable transaction
// that sleeps) short sleeps, so waiting does not burn a core.
func spinWait(n int) {
	switch {
	case n > 2000:
		time.Sleep(50 * time.Microsecond)
	case n > 4:
		runtime.Gosched()
	}
}

// loadCommitted returns the committed state of h and its version, waiting
// while a write-back is in progress. The pair is consistent: the version
// word was the same, and unlocked, before and after the state was loaded.
func loadCommitted(h *Header) (unsafe.Pointer, uint64) {
	for n := 0; ; n++ {
		v1 := h.version.Load()
		if v1&lockedBit == 0 {
			p := h.loadState()
			if h.version.Load() == v1 {
				return p, v1
			}
		}
		spinWait(n)
	}
}

// readState is the read barrier without logging: the transaction's own
// private copy if it owns h, else the committed state, extending the
// snapshot if that state is newer than it. It returns the version read (0
// for an own copy, which needs no validation).
func (tx *Tx) readState(h *Header) (unsafe.Pointer, uint64, bool, error) {
	if w := h.owner.Load(); w != nil && w.tx == tx {
		if tx.status.Load() == stKilled && !tx.irrev.Load() {
			// Notice a kill even when working on owned objects only, so
			// the killer does not wait for our whole transaction.
			return nil, 0, false, tx.fail(CauseKilled, nil)
		}
		return w.private, 0, true, nil
	}
	if tx.slow || tx.status.Load() == stKilled {
		if err := tx.checkpoint(); err != nil {
			return nil, 0, false, err
		}
		if tx.irrev.Load() {
			w, err := tx.acquire(h)
			if err != nil {
				return nil, 0, false, err
			}
			return w.private, 0, true, nil
		}
	}
	for {
		p, v := loadCommitted(h)
		if v <= tx.rv {
			return p, v, false, nil
		}
		if err := tx.extend(); err != nil {
			return nil, 0, false, err
		}
	}
}

// read is the logged read barrier. Its fast path, small enough to be
// inlined, is the common case of an unowned object no newer than the
// snapshot: three atomic loads (plain moves on amd64) and an append.
func (tx *Tx) read(h *Header) (unsafe.Pointer, error) {
	w := h.owner.Load()
	v1 := h.version.Load()
	p := h.loadState()
	// v1 <= rv also says that lockedBit is clear.
	if w == nil && v1 <= tx.rv && !tx.slow && h.version.Load() == v1 {
		tx.reads = append(tx.reads, rentry{h: h, ver: v1})
		return p, nil
	}
	return tx.readSlow(h)
}

// readSlow is the logged read barrier for every other case.
func (tx *Tx) readSlow(h *Header) (unsafe.Pointer, error) {
	p, v, own, err := tx.readState(h)
	if err == nil && !own {
		tx.reads = append(tx.reads, rentry{h: h, ver: v})
	}
	return p, err
}

// acquire is the write barrier: it takes ownership of h (encounter-time
// locking) and returns the transaction's entry for it. A new entry's
// private field holds the committed state, not yet a copy (dirty false);
// the caller copies it before modifying.
func (tx *Tx) acquire(h *Header) (*wentry, error) {
	if w := h.owner.Load(); w != nil && w.tx == tx {
		if tx.status.Load() == stKilled && !tx.irrev.Load() {
			return nil, tx.fail(CauseKilled, nil)
		}
		return w, nil
	}
	if err := tx.checkpoint(); err != nil {
		return nil, err
	}
	w := tx.newEntry(h)
	for n := 0; !h.owner.CompareAndSwap(nil, w); n++ {
		cur := h.owner.Load()
		if cur == nil {
			continue
		}
		if err := tx.contend(cur, h, n); err != nil {
			tx.dropLast()
			return nil, err
		}
	}
	// Only an owner sets lockedBit, and the previous owner cleared it
	// before releasing, so the version word is stable while we own h.
	v := h.version.Load()
	if v > tx.rv && !tx.irrev.Load() {
		if err := tx.extend(); err != nil {
			w.oldVer = v
			return nil, err
		}
	}
	w.oldVer = v
	w.private = h.loadState()
	return w, nil
}

// extend moves the snapshot to the current clock if every read is still
// valid there (LSA), so a transaction that meets a newer object continues
// instead of aborting.
func (tx *Tx) extend() error {
	e := tx.e
	now := e.clock.Load()
	ep := e.epoch.Load()
	if !tx.validate(false) {
		return tx.fail(CauseReadWrite, nil)
	}
	if tx.readQ && ep != tx.epoch {
		return tx.fail(CauseQuasi, nil)
	}
	tx.rv = now
	tx.epoch = ep
	return nil
}

// validate checks the read set against the current committed states. In
// commit mode (committing true) an object locked by another transaction's
// write-back is a conflict; otherwise validation waits for the write-back
// to finish, which cannot deadlock because a transaction that is not
// committing holds no version locks.
func (tx *Tx) validate(committing bool) bool {
	h := tx.invalidRead(committing)
	if h != nil {
		tx.conflictAt = h
	}
	return h == nil
}

// invalidRead returns the header of the first read that no longer holds,
// or nil.
func (tx *Tx) invalidRead(committing bool) *Header {
	for i := range tx.reads {
		r := &tx.reads[i]
		h := r.h
		v := h.version.Load()
		if v&lockedBit != 0 {
			if w := h.owner.Load(); w != nil && w.tx == tx {
				v = w.oldVer
			} else if committing {
				return h
			}
		}
		if r.kind == rPlain {
			if v != r.ver {
				return h
			}
			continue
		}
		p, ok := tx.committedForValidation(h, committing)
		if !ok {
			return h
		}
		switch r.kind {
		case rSlot:
			if (*chunkVers)(p)[r.aux] != r.ver {
				return h
			}
		case rLenGT:
			if *(*int)(p) <= r.aux {
				return h
			}
		case rLenLE:
			if *(*int)(p) > r.aux {
				return h
			}
		}
	}
	return nil
}

// committedForValidation returns the committed state of h for a semantic
// (per-slot or length) read entry.
func (tx *Tx) committedForValidation(h *Header, committing bool) (unsafe.Pointer, bool) {
	if w := h.owner.Load(); w != nil && w.tx == tx {
		// We own h, so its committed state cannot change under us.
		return h.loadState(), true
	}
	if !committing {
		p, _ := loadCommitted(h)
		return p, true
	}
	v1 := h.version.Load()
	if v1&lockedBit != 0 {
		return nil, false
	}
	p := h.loadState()
	return p, h.version.Load() == v1
}
