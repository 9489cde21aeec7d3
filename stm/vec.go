package stm

import (
	"math/bits"
	"sync"
	"sync/atomic"
	"unsafe"
)

// This file defines Vec, a transactional vector with per-chunk ownership
// and per-element conflict detection.
//
// Elements live in chunks of chunkLen; each chunk is a transactional
// object whose immutable state also records, per slot, the commit
// timestamp of the slot's last write. A read of element i logs the slot's
// version, not the chunk's, and the length only as the predicate
// "length > i": so a read conflicts neither with writes to other slots nor
// with an append that leaves i valid. Writing one element copies one chunk
// (O(1)); the spine of chunk pointers only grows, outside transactions.

const (
	chunkBits = 5
	chunkLen  = 1 << chunkBits
)

// chunkVers is the first field of every chunk state, so validation can
// read slot versions without knowing the element type.
type chunkVers = [chunkLen]uint64

type chunkState[T any] struct {
	vers  chunkVers
	vals  [chunkLen]T
	dirty uint32 // private copies only: slots written by the owner
}

type vchunk[T any] struct{ h Header }

// Vec is a shared transactional vector of T. Make one with NewVec.
type Vec[T any] struct {
	length Header // state: *int
	mu     sync.Mutex
	spine  atomic.Pointer[[]*vchunk[T]]
}

// NewVec returns a shared vector holding vals.
func NewVec[T any](vals ...T) *Vec[T] {
	v := &Vec[T]{}
	n := len(vals)
	Publish(nil, &v.length, &n)
	empty := []*vchunk[T]{}
	v.spine.Store(&empty)
	for c := 0; c*chunkLen < n; c++ {
		st := new(chunkState[T])
		copy(st.vals[:], vals[c*chunkLen:])
		v.chunk(c).h.storeState(unsafe.Pointer(st))
	}
	return v
}

// chunk returns chunk c, creating chunks up to it if needed. A created
// chunk is empty and lies beyond the committed length, so creating it
// outside the transaction is invisible.
func (v *Vec[T]) chunk(c int) *vchunk[T] {
	if s := *v.spine.Load(); c < len(s) {
		return s[c]
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	s := *v.spine.Load()
	if c < len(s) {
		return s[c]
	}
	ns := make([]*vchunk[T], len(s), 2*c+2)
	copy(ns, s)
	for len(ns) <= c {
		ch := &vchunk[T]{}
		Publish(nil, &ch.h, new(chunkState[T]))
		ns = append(ns, ch)
	}
	v.spine.Store(&ns)
	return ns[c]
}

// lenFor returns the length for an access to index i and logs the
// predicate the access depends on (i < length, or i >= length).
func (v *Vec[T]) lenFor(tx *Tx, i int) (int, error) {
	p, _, own, err := tx.readState(&v.length)
	if err != nil {
		return 0, err
	}
	n := *(*int)(p)
	if !own {
		k := rLenGT
		if i >= n {
			k = rLenLE
		}
		tx.reads = append(tx.reads, rentry{h: &v.length, aux: i, kind: k})
	}
	return n, nil
}

// Len returns the length; it conflicts with any change of length.
func (v *Vec[T]) Len(tx *Tx) (int, error) {
	p, err := Load[int](tx, &v.length)
	if err != nil {
		return 0, err
	}
	return *p, nil
}

// Get returns element i; ok is false if i is out of range.
func (v *Vec[T]) Get(tx *Tx, i int) (x T, ok bool, err error) {
	n, err := v.lenFor(tx, i)
	if err != nil || i < 0 || i >= n {
		return x, false, err
	}
	h := &v.chunk(i >> chunkBits).h
	j := i & (chunkLen - 1)
	if w := h.owner.Load(); w != nil && w.tx == tx {
		if tx.status.Load() == stKilled && !tx.irrev.Load() {
			return x, false, tx.fail(CauseKilled, nil)
		}
		return (*chunkState[T])(w.private).vals[j], true, nil
	}
	if tx.slow || tx.status.Load() == stKilled {
		if err := tx.checkpoint(); err != nil {
			return x, false, err
		}
		if tx.irrev.Load() {
			w, err := tx.acquire(h)
			if err != nil {
				return x, false, err
			}
			return (*chunkState[T])(w.private).vals[j], true, nil
		}
	}
	for {
		p, _ := loadCommitted(h)
		st := (*chunkState[T])(p)
		if sv := st.vers[j]; sv <= tx.rv {
			tx.reads = append(tx.reads, rentry{h: h, ver: sv, aux: j, kind: rSlot})
			return st.vals[j], true, nil
		}
		if err := tx.extend(); err != nil {
			return x, false, err
		}
	}
}

// Set replaces element i; ok is false (and nothing changes) if i is out of
// range.
func (v *Vec[T]) Set(tx *Tx, i int, x T) (ok bool, err error) {
	n, err := v.lenFor(tx, i)
	if err != nil || i < 0 || i >= n {
		return false, err
	}
	return true, v.put(tx, i, x)
}

func (v *Vec[T]) put(tx *Tx, i int, x T) error {
	st, err := modify(tx, &v.chunk(i>>chunkBits).h, cloneChunk[T], finishChunk[T])
	if err != nil {
		return err
	}
	j := i & (chunkLen - 1)
	st.vals[j] = x
	st.dirty |= 1 << j
	return nil
}

// Append adds x at the end.
func (v *Vec[T]) Append(tx *Tx, x T) error {
	np, err := Modify(tx, &v.length, cloneInt)
	if err != nil {
		return err
	}
	n := *np
	if err := v.put(tx, n, x); err != nil {
		return err
	}
	*np = n + 1
	return nil
}

// Pop removes and returns the last element; ok is false if v is empty.
func (v *Vec[T]) Pop(tx *Tx) (x T, ok bool, err error) {
	np, err := Modify(tx, &v.length, cloneInt)
	if err != nil || *np == 0 {
		return x, false, err
	}
	n := *np - 1
	x, _, err = v.Get(tx, n)
	if err != nil {
		return x, false, err
	}
	var zero T
	if err := v.put(tx, n, zero); err != nil { // drop the reference for the GC
		return x, false, err
	}
	*np = n
	return x, true, nil
}

func cloneInt(p *int) *int { n := *p; return &n }

func cloneChunk[T any](old *chunkState[T]) *chunkState[T] {
	st := new(chunkState[T])
	st.vers = old.vers
	st.vals = old.vals
	return st
}

// finishChunk stamps the written slots with the commit timestamp.
func finishChunk[T any](w *wentry, wv uint64) {
	st := (*chunkState[T])(w.private)
	for d := st.dirty; d != 0; d &= d - 1 {
		st.vers[bits.TrailingZeros32(d)] = wv
	}
	st.dirty = 0
}

// Insert inserts x before index i (0 <= i <= length); ok is false, and
// nothing changes, if i is out of that range. Like list.insert it moves
// the tail: O(length - i) element writes, each chunk copied once.
func (v *Vec[T]) Insert(tx *Tx, i int, x T) (ok bool, err error) {
	n, err := v.Len(tx)
	if err != nil || i < 0 || i > n {
		return false, err
	}
	if i == n {
		return true, v.Append(tx, x)
	}
	last, _, err := v.Get(tx, n-1)
	if err != nil {
		return false, err
	}
	if err := v.Append(tx, last); err != nil {
		return false, err
	}
	for j := n - 1; j > i; j-- {
		y, _, err := v.Get(tx, j-1)
		if err != nil {
			return false, err
		}
		if err := v.put(tx, j, y); err != nil {
			return false, err
		}
	}
	return true, v.put(tx, i, x)
}

// RemoveAt removes and returns element i; ok is false, and nothing
// changes, if i is out of range. It moves the tail, as list.pop(i) does.
func (v *Vec[T]) RemoveAt(tx *Tx, i int) (x T, ok bool, err error) {
	n, err := v.Len(tx)
	if err != nil || i < 0 || i >= n {
		return x, false, err
	}
	x, _, err = v.Get(tx, i)
	if err != nil {
		return x, false, err
	}
	for j := i; j < n-1; j++ {
		y, _, err := v.Get(tx, j+1)
		if err != nil {
			return x, false, err
		}
		if err := v.put(tx, j, y); err != nil {
			return x, false, err
		}
	}
	_, _, err = v.Pop(tx)
	return x, err == nil, err
}
