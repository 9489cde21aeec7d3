package runtime

// This file defines the token: the lock a thread holds while it touches
// shared objects in parallel mode (see share.go).

// acquireToken takes the token for t unless it holds it already. Stub:
// under the GIL the running thread holds it; filled in by the scheduler
// work.
func (t *Thread) acquireToken() {}
