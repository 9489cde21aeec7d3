package stm

import (
	"sort"
	"unsafe"

	"github.com/puzpuzpuz/xsync/v3"
)

// This file defines Map, a transactional hash map with per-key conflicts.
//
// Each key has its own cell, a transactional object whose state says
// whether the key is present, its value and its insertion sequence. The
// index from keys to cells only grows and is updated outside
// transactions (a cell is created absent, which is invisible). Inserts and
// updates of different keys touch different cells, so they do not
// conflict. The size is a separate cell that inserts and deletes change by
// a delta applied at commit (taking the size cell only for the commit's
// write-back), so only transactions that read the size (Len, iteration)
// conflict with them. Insertion order is settled at commit from the commit
// timestamp, so it matches the serial order.

type mstate[V any] struct {
	val     V
	seq     uint64 // commit timestamp of the insertion
	lseq    uint64 // order among the inserts of that transaction
	present bool
	fresh   bool // private copies only: inserted by the running transaction
}

type mcell[K comparable, V any] struct {
	h   Header
	key K
}

// Map is a shared transactional map. Make one with NewMap.
type Map[K comparable, V any] struct {
	index  *xsync.MapOf[K, *mcell[K, V]]
	size   Header // state: *int
	absent *mstate[V]
}

// NewMap returns an empty shared map.
func NewMap[K comparable, V any]() *Map[K, V] {
	m := &Map[K, V]{index: xsync.NewMapOf[K, *mcell[K, V]](), absent: &mstate[V]{}}
	n := 0
	Publish(nil, &m.size, &n)
	return m
}

func (m *Map[K, V]) cell(k K) *mcell[K, V] {
	if c, ok := m.index.Load(k); ok {
		return c
	}
	c, _ := m.index.LoadOrCompute(k, func() *mcell[K, V] {
		c := &mcell[K, V]{key: k}
		Publish(nil, &c.h, m.absent)
		return c
	})
	return c
}

// Get returns the value of k and whether k is present.
func (m *Map[K, V]) Get(tx *Tx, k K) (v V, ok bool, err error) {
	st, err := Load[mstate[V]](tx, &m.cell(k).h)
	if err != nil {
		return v, false, err
	}
	return st.val, st.present, nil
}

// Set sets k to v (insert or update).
func (m *Map[K, V]) Set(tx *Tx, k K, v V) error {
	st, err := modify(tx, &m.cell(k).h, cloneMState[V], finishCell[V])
	if err != nil {
		return err
	}
	if !st.present {
		st.present = true
		st.fresh = true
		tx.localSeq++
		st.lseq = tx.localSeq
		m.addDelta(tx, 1)
	}
	st.val = v
	return nil
}

// Delete removes k and reports whether it was present.
func (m *Map[K, V]) Delete(tx *Tx, k K) (bool, error) {
	st, err := modify(tx, &m.cell(k).h, cloneMState[V], finishCell[V])
	if err != nil || !st.present {
		return false, err
	}
	var zero V
	st.present = false
	st.fresh = false
	st.val = zero
	m.addDelta(tx, -1)
	return true, nil
}

// Len returns the number of keys; it conflicts only with transactions
// that change the size.
func (m *Map[K, V]) Len(tx *Tx) (int, error) {
	p, err := Load[int](tx, &m.size)
	if err != nil {
		return 0, err
	}
	n := *p
	if w := tx.findDelta(&m.size); w != nil {
		n += int(w.delta)
	}
	return n, nil
}

// Items returns the keys and values in insertion order. It reads the size
// and every key, so it conflicts with any change of the map.
func (m *Map[K, V]) Items(tx *Tx) ([]K, []V, error) {
	if _, err := m.Len(tx); err != nil {
		return nil, nil, err
	}
	type item struct {
		k         K
		v         V
		fresh     bool
		seq, lseq uint64
	}
	var items []item
	var err error
	m.index.Range(func(k K, c *mcell[K, V]) bool {
		var st *mstate[V]
		st, err = Load[mstate[V]](tx, &c.h)
		if err != nil {
			return false
		}
		if st.present {
			it := item{k: k, v: st.val, fresh: st.fresh, seq: st.seq, lseq: st.lseq}
			if st.fresh {
				it.seq = 0 // a fresh insert's old timestamp is stale
			}
			items = append(items, it)
		}
		return true
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Slice(items, func(i, j int) bool {
		a, b := &items[i], &items[j]
		if a.fresh != b.fresh {
			return b.fresh
		}
		if a.seq != b.seq {
			return a.seq < b.seq
		}
		return a.lseq < b.lseq
	})
	ks := make([]K, len(items))
	vs := make([]V, len(items))
	for i := range items {
		ks[i], vs[i] = items[i].k, items[i].v
	}
	return ks, vs, nil
}

func cloneMState[V any](old *mstate[V]) *mstate[V] {
	st := *old
	return &st
}

// finishCell stamps a key inserted by the committing transaction with the
// commit timestamp: insertion order is (timestamp, order within the
// transaction), which is the serial order.
func finishCell[V any](w *wentry, wv uint64) {
	st := (*mstate[V])(w.private)
	if st.fresh {
		st.seq = wv
		st.fresh = false
	}
}

func (m *Map[K, V]) addDelta(tx *Tx, d int64) {
	if w := m.size.owner.Load(); w != nil && w.tx == tx && !w.isDelta {
		// An irrevocable transaction owns the size because it read it.
		mergeDelta(w, d)
		return
	}
	w := tx.findDelta(&m.size)
	if w == nil {
		w = tx.newEntry(&m.size)
		w.isDelta = true
		w.finish = finishDelta
		tx.deltas = append(tx.deltas, w)
	}
	w.delta += d
}

func (tx *Tx) findDelta(h *Header) *wentry {
	for _, w := range tx.deltas {
		if w.h == h {
			return w
		}
	}
	return nil
}

// mergeDelta applies a size change to an owned size cell's private copy.
func mergeDelta(w *wentry, d int64) {
	if !w.dirty {
		n := *(*int)(w.private)
		w.private = unsafe.Pointer(&n)
		w.dirty = true
	}
	*(*int)(w.private) += int(d)
}

// finishDelta computes the new size from the committed one, which the
// committing transaction holds locked.
func finishDelta(w *wentry, wv uint64) {
	n := *(*int)(w.private) + int(w.delta)
	w.private = unsafe.Pointer(&n)
}
