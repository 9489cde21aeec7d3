package stm

import "unsafe"

// This file defines sizeCell, a transactional count that writers change
// by deltas applied at commit, so that they do not conflict with each
// other, only with readers of the count.

type sizeCell struct {
	h Header // state: *int
}

func (s *sizeCell) init() {
	n := 0
	Publish(nil, &s.h, &n)
}

// add records a change of the count by d in tx.
func (s *sizeCell) add(tx *Tx, d int64) {
	if w := s.h.owner.Load(); w != nil && w.tx == tx && !w.isDelta {
		// An irrevocable transaction owns the cell because it read it.
		mergeDelta(w, d)
		return
	}
	w := tx.findDelta(&s.h)
	if w == nil {
		w = tx.newEntry(&s.h)
		w.isDelta = true
		w.finish = finishDelta
		tx.deltas = append(tx.deltas, w)
	}
	w.delta += d
}

// get reads the count, including tx's own pending changes. It conflicts
// with any committed change of the count.
func (s *sizeCell) get(tx *Tx) (int, error) {
	p, err := Load[int](tx, &s.h)
	if err != nil {
		return 0, err
	}
	n := *p
	if w := tx.findDelta(&s.h); w != nil {
		n += int(w.delta)
	}
	return n, nil
}

func (tx *Tx) findDelta(h *Header) *wentry {
	for _, w := range tx.deltas {
		if w.h == h {
			return w
		}
	}
	return nil
}

// mergeDelta applies a change to an owned count's private copy.
func mergeDelta(w *wentry, d int64) {
	if !w.dirty {
		n := *(*int)(w.private)
		w.private = unsafe.Pointer(&n)
		w.dirty = true
	}
	*(*int)(w.private) += int(d)
}

// finishDelta computes the new count from the committed one, which the
// committing transaction holds locked.
func finishDelta(w *wentry, wv uint64) {
	n := *(*int)(w.private) + int(w.delta)
	w.private = unsafe.Pointer(&n)
}
