package stm

import "unsafe"

// This file defines the generic object protocol: how a client type whose
// shared state is an immutable *S reached through a Header is read,
// written and published.
//
// A client object embeds Header. While it is thread-local the client keeps
// its state in its own fields. Publish hands the engine an immutable *S
// built from them; from then on Load returns the committed *S (never to be
// modified) or the transaction's own copy, and Modify returns the
// transaction's private copy, made by clone at the first write and
// published at commit.

// Load is the read barrier for a shared object whose state has type *S.
// The result must not be modified. It returns ErrAbort if the transaction
// must abort.
func Load[S any](tx *Tx, h *Header) (*S, error) {
	p, err := tx.read(h)
	return (*S)(p), err
}

// Modify is the write barrier for a shared object whose state has type
// *S: it takes ownership of h at the first call in the transaction and
// returns the transaction's private copy, made by clone from the
// committed state (clone may ignore its argument to overwrite the state
// blindly). Later calls return the same copy, which the caller modifies in
// place; commit publishes it.
func Modify[S any](tx *Tx, h *Header, clone func(old *S) *S) (*S, error) {
	return modify(tx, h, clone, nil)
}

// modify is Modify with a finisher that fixes the private copy at
// write-back, when the commit timestamp is known.
func modify[S any](tx *Tx, h *Header, clone func(old *S) *S, finish func(*wentry, uint64)) (*S, error) {
	w, err := tx.acquire(h)
	if err != nil {
		return nil, err
	}
	if !w.dirty {
		w.private = unsafe.Pointer(clone((*S)(w.private)))
		w.dirty = true
		w.finish = finish
	}
	return (*S)(w.private), nil
}

// Publish makes a thread-local object shared, with state as its state.
// Called inside a transaction (tx non-nil), the publication is part of it:
// others can reach the object only through writes of that transaction, so
// it becomes visible at commit, and an abort makes it local again. With a
// nil tx it takes effect at once, which is for objects not yet reachable
// by any other thread (set-up before threads start). state must not be
// modified afterwards. Publishing a shared object does nothing.
func Publish[S any](tx *Tx, h *Header, state *S) {
	if h.IsShared() {
		return // already shared: a graph walk may reach an object twice
	}
	if tx == nil {
		h.version.Store(0)
		h.initShared(unsafe.Pointer(state))
		return
	}
	w := tx.newEntry(h)
	w.publish = true
	w.dirty = true
	w.oldVer = h.version.Load()
	w.private = unsafe.Pointer(state)
	h.owner.Store(w)
	h.shared.Store(true)
}

// Peek returns the committed state of a shared object outside any
// transaction. It is consistent by itself but not with any other object;
// for diagnostics, tests and quiescent states.
func Peek[S any](h *Header) *S {
	p, _ := loadCommitted(h)
	return (*S)(p)
}

// PeekFixed returns the state of a shared object published outside any
// transaction (Publish with a nil Tx) whose state is never replaced: no
// transaction writes it, so one load suffices where Peek checks the
// version word around it. The Python runtime publishes its objects this
// way, with a fixed holder of their lock-free read sides.
func PeekFixed[S any](h *Header) *S { return (*S)(h.loadState()) }
