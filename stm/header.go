package stm

import "sync/atomic"

// Header is the transactional header that every mutable object of a
// client (the Python runtime) embeds. Its zero value means the object is
// thread-local: only the thread that created it can reach it, so it is read
// and written in place with no barrier. Publication (see Publish) marks it
// shared, after which every access goes through the engine.
//
// The owner word names the transaction that took ownership at its first
// write (encounter-time locking), so a read of one's own write is one
// compare; the version word holds the commit timestamp of the last write,
// which invisible readers validate against.
type Header struct {
	owner   atomic.Pointer[Tx]
	version atomic.Uint64
	shared  atomic.Bool
}

// IsShared reports whether the object has been published to other threads.
func (h *Header) IsShared() bool { return h.shared.Load() }
