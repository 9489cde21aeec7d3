package stm

import "sync/atomic"

// This file defines quasi-immutable cells: values read on nearly every
// operation and written rarely (classes, global names).

// quasiMeta is the per-cell bookkeeping shared with the commit path.
type quasiMeta struct {
	writes  atomic.Int64
	demoted atomic.Bool
}

// QCell is a quasi-immutable transactional cell. A read checks the cell's
// commit timestamp against the snapshot and is not logged, so it costs
// about as much as a plain load and adds nothing to validation. Instead,
// every committed write bumps the engine's epoch before taking its clock
// tick, and a transaction that read any quasi-immutable cell fails its
// snapshot extension or commit if the epoch moved.
//
// A cell written more than Config.QuasiDemoteAfter times is demoted for
// good to an ordinary cell (logged reads, no epoch bump), so one hot
// global does not invalidate every cache and transaction.
type QCell[T any] struct {
	h    Header
	meta quasiMeta
	e    *Engine
}

// NewQCell returns a shared quasi-immutable cell of engine e holding v.
func NewQCell[T any](e *Engine, v T) *QCell[T] {
	c := &QCell[T]{e: e}
	Publish(nil, &c.h, &v)
	return c
}

// Get reads the cell in tx.
func (c *QCell[T]) Get(tx *Tx) (T, error) {
	h := &c.h
	if !tx.slow && !c.meta.demoted.Load() {
		// The common case, as in the read barrier, minus the log.
		w := h.owner.Load()
		v1 := h.version.Load()
		p := h.loadState()
		if w == nil && v1 <= tx.rv && h.version.Load() == v1 {
			c.noteRead(tx, v1)
			return *(*T)(p), nil
		}
	}
	return c.getSlow(tx)
}

func (c *QCell[T]) getSlow(tx *Tx) (T, error) {
	var zero T
	if c.meta.demoted.Load() {
		p, err := Load[T](tx, &c.h)
		if err != nil {
			return zero, err
		}
		return *p, nil
	}
	p, v, own, err := tx.readState(&c.h)
	if err != nil {
		return zero, err
	}
	if !own {
		c.noteRead(tx, v)
	}
	return *(*T)(p), nil
}

// noteRead records a read of the committed version v. The read normally
// goes unlogged, guarded by the epoch; but if the cell was demoted while
// we read it, the demoting write may have bumped the epoch before this
// transaction took its epoch baseline, and later writes will not bump it
// at all, so the read must be logged and validated like any other. The
// demoted flag is set before the demoting write releases the cell, so a
// read that finds the cell unlocked and still sees demoted false here
// happened before that release, and the demoting bump falls after our
// baseline: the epoch check catches it.
func (c *QCell[T]) noteRead(tx *Tx, v uint64) {
	if c.meta.demoted.Load() {
		tx.reads = append(tx.reads, rentry{h: &c.h, ver: v})
		return
	}
	tx.readQ = true
}

// Set writes the cell in tx.
func (c *QCell[T]) Set(tx *Tx, v T) error {
	w, err := tx.acquire(&c.h)
	if err != nil {
		return err
	}
	if !w.dirty {
		w.private = newBoxPtr[T]()
		w.dirty = true
		w.quasi = &c.meta
		w.finish = c.finishWrite
	}
	*(*T)(w.private) = v
	return nil
}

// finishWrite runs at write-back, with the cell locked: it counts the
// write and demotes the cell once it is written often. The demoting write
// still bumped the epoch, which invalidates any unlogged read made before.
func (c *QCell[T]) finishWrite(w *wentry, wv uint64) {
	if c.meta.writes.Add(1) >= int64(c.e.cfg.QuasiDemoteAfter) {
		c.meta.demoted.Store(true)
	}
}

// Demoted reports whether the cell has become an ordinary cell.
func (c *QCell[T]) Demoted() bool { return c.meta.demoted.Load() }

// Peek returns the committed value outside any transaction.
func (c *QCell[T]) Peek() T { return *Peek[T](&c.h) }

// Version returns the commit timestamp of the cell's current value.
func (c *QCell[T]) Version() uint64 { return c.h.Version() }
