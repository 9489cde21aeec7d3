package stm

import (
	"sort"

	"github.com/puzpuzpuz/xsync/v3"
)

// This file defines HashMap, a transactional hash map with per-key
// conflicts and client-defined hashing and equality (Python keys, whose
// __eq__ may run code and fail).
//
// Keys are grouped by hash into buckets; each bucket is a transactional
// object whose immutable state lists its entries (key, value, insertion
// order). The index from hashes to buckets only grows and is updated
// outside transactions (a bucket is created empty, which is invisible).
// Inserts and updates of keys with different hashes touch different
// buckets, so they do not conflict. The size is a separate count changed
// by deltas at commit (see sizeCell), so only transactions that read the
// size (Len, Items) conflict with inserts and deletes. Insertion order is
// (commit timestamp, order within the transaction), settled at commit, so
// it matches the serial order.

type hentry[K, V any] struct {
	key   K
	val   V
	seq   uint64 // commit timestamp of the insertion
	lseq  uint64 // order among the inserts of that transaction
	fresh bool   // private copies only: inserted by the running transaction
}

type hbucket[K, V any] struct {
	entries []hentry[K, V]
}

type hcell[K, V any] struct{ h Header }

// HashMap is a shared transactional map whose keys are hashed and
// compared by client functions. Make one with NewHashMap.
type HashMap[K, V any] struct {
	hash  func(K) uint64
	eq    func(a, b K) (bool, error)
	index *xsync.MapOf[uint64, *hcell[K, V]]
	size  sizeCell
	empty *hbucket[K, V]
}

// NewHashMap returns an empty shared map using hash and eq on keys. eq
// may fail (a Python __eq__ raising); the error is returned to the caller
// of the operation.
func NewHashMap[K, V any](hash func(K) uint64, eq func(a, b K) (bool, error)) *HashMap[K, V] {
	m := &HashMap[K, V]{}
	m.init(hash, eq)
	return m
}

func (m *HashMap[K, V]) init(hash func(K) uint64, eq func(a, b K) (bool, error)) {
	m.hash, m.eq = hash, eq
	m.index = xsync.NewMapOf[uint64, *hcell[K, V]]()
	m.empty = &hbucket[K, V]{}
	m.size.init()
}

func (m *HashMap[K, V]) bucket(h uint64) *Header {
	if c, ok := m.index.Load(h); ok {
		return &c.h
	}
	c, _ := m.index.LoadOrCompute(h, func() *hcell[K, V] {
		c := &hcell[K, V]{}
		Publish(nil, &c.h, m.empty)
		return c
	})
	return &c.h
}

// find returns the index of k in b, or -1.
func (m *HashMap[K, V]) find(b *hbucket[K, V], k K) (int, error) {
	for i := range b.entries {
		ok, err := m.eq(b.entries[i].key, k)
		if err != nil {
			return -1, err
		}
		if ok {
			return i, nil
		}
	}
	return -1, nil
}

// Get returns the value of k and whether k is present.
func (m *HashMap[K, V]) Get(tx *Tx, k K) (v V, ok bool, err error) {
	b, err := Load[hbucket[K, V]](tx, m.bucket(m.hash(k)))
	if err != nil {
		return v, false, err
	}
	i, err := m.find(b, k)
	if err != nil || i < 0 {
		return v, false, err
	}
	return b.entries[i].val, true, nil
}

// Set sets k to v (insert or update). An update keeps the key's position
// in the insertion order.
func (m *HashMap[K, V]) Set(tx *Tx, k K, v V) error {
	b, err := modify(tx, m.bucket(m.hash(k)), cloneBucket[K, V], finishBucket[K, V])
	if err != nil {
		return err
	}
	i, err := m.find(b, k)
	if err != nil {
		return err
	}
	if i >= 0 {
		b.entries[i].val = v
		return nil
	}
	tx.localSeq++
	b.entries = append(b.entries, hentry[K, V]{key: k, val: v, lseq: tx.localSeq, fresh: true})
	m.size.add(tx, 1)
	return nil
}

// Delete removes k and reports whether it was present.
func (m *HashMap[K, V]) Delete(tx *Tx, k K) (bool, error) {
	h := m.bucket(m.hash(k))
	// Look first, so that deleting an absent key is only a read.
	b, err := Load[hbucket[K, V]](tx, h)
	if err != nil {
		return false, err
	}
	if i, err := m.find(b, k); err != nil || i < 0 {
		return false, err
	}
	b, err = modify(tx, h, cloneBucket[K, V], finishBucket[K, V])
	if err != nil {
		return false, err
	}
	i, err := m.find(b, k)
	if err != nil || i < 0 {
		return false, err
	}
	b.entries = append(b.entries[:i], b.entries[i+1:]...)
	m.size.add(tx, -1)
	return true, nil
}

// Len returns the number of keys; it conflicts only with transactions
// that change the size.
func (m *HashMap[K, V]) Len(tx *Tx) (int, error) { return m.size.get(tx) }

// Items returns the keys and values in insertion order. It reads the size
// and every bucket, so it conflicts with any change of the map.
func (m *HashMap[K, V]) Items(tx *Tx) ([]K, []V, error) {
	if _, err := m.Len(tx); err != nil {
		return nil, nil, err
	}
	var all []hentry[K, V]
	var err error
	m.index.Range(func(_ uint64, c *hcell[K, V]) bool {
		var b *hbucket[K, V]
		b, err = Load[hbucket[K, V]](tx, &c.h)
		if err != nil {
			return false
		}
		all = append(all, b.entries...)
		return true
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := &all[i], &all[j]
		if a.fresh != b.fresh {
			return b.fresh
		}
		if !a.fresh && a.seq != b.seq {
			return a.seq < b.seq
		}
		return a.lseq < b.lseq
	})
	ks := make([]K, len(all))
	vs := make([]V, len(all))
	for i := range all {
		ks[i], vs[i] = all[i].key, all[i].val
	}
	return ks, vs, nil
}

func cloneBucket[K, V any](old *hbucket[K, V]) *hbucket[K, V] {
	return &hbucket[K, V]{entries: append([]hentry[K, V](nil), old.entries...)}
}

// finishBucket stamps keys inserted by the committing transaction with
// the commit timestamp.
func finishBucket[K, V any](w *wentry, wv uint64) {
	b := (*hbucket[K, V])(w.private)
	for i := range b.entries {
		if e := &b.entries[i]; e.fresh {
			e.seq = wv
			e.fresh = false
		}
	}
}
