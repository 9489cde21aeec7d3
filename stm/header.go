package stm

import (
	"sync/atomic"
	"unsafe"
)

// This file defines Header, the per-object transactional word set, and the
// version-word encoding.

// lockedBit marks a version word whose object is being written back by a
// committing transaction. Readers never use a state they loaded while this
// bit was set, and commit-time validation treats it as a conflict.
const lockedBit = uint64(1) << 63

// Header is the transactional header that every mutable object of a client
// (the Python runtime) embeds. Its zero value means the object is
// thread-local: only the thread that created it can reach it, so it is read
// and written in place with no barrier (see Tx.LogUndo for aborts). Publish
// marks it shared, after which every access goes through the barriers.
//
// For a shared object:
//   - state points to the committed state, an immutable value: nobody ever
//     writes memory a reader may be reading.
//   - version holds the commit timestamp of the last write to state, or
//     lockedBit|old while a committing owner is publishing a new state.
//   - owner names the write-set entry of the transaction that took
//     ownership at its first write (encounter-time locking), so a read of
//     one's own write is one load and one compare.
//
// For a thread-local object only the version word is used: it holds the
// serial of the transaction attempt that allocated it (see Tx.Born).
type Header struct {
	owner   atomic.Pointer[wentry]
	version atomic.Uint64
	state   unsafe.Pointer // accessed only with atomic.LoadPointer/StorePointer
	shared  atomic.Bool
	// lastSite is the site of the last committed write, for the winner's
	// side of read/write conflict records.
	lastSite atomic.Pointer[Site]
}

// IsShared reports whether the object has been published to other threads.
func (h *Header) IsShared() bool { return h.shared.Load() }

// Version returns the commit timestamp of the last committed write, or 0 for
// an object never written since publication. It is a non-transactional
// peek meant for diagnostics and tests.
func (h *Header) Version() uint64 { return h.version.Load() &^ lockedBit }

func (h *Header) loadState() unsafe.Pointer { return atomic.LoadPointer(&h.state) }

func (h *Header) storeState(p unsafe.Pointer) { atomic.StorePointer(&h.state, p) }

// initShared makes h a shared object whose committed state is p at version 0.
// Only valid before h is reachable by other goroutines.
func (h *Header) initShared(p unsafe.Pointer) {
	h.storeState(p)
	h.shared.Store(true)
}
