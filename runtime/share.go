package runtime

import "github.com/pystm/pystm/stm"

// This file defines the two hooks every mutable object type calls so that
// threads can run in parallel (DESIGN.md, "Objects are immutable,
// thread-local or shared"): touch, the barrier in front of each access to a
// mutable object's state, and publish, which makes an object and what it
// reaches shared when a reference to it escapes to another thread.
//
// Stage 1 of the GIL-free runtime (docs/design.md, "Parallel threads"):
// thread-local and immutable objects are used with no synchronisation, in
// parallel; the first access to a shared object in a transaction takes the
// interpreter's token, the degenerate irrevocable transaction, which is
// held until the thread's next bytecode boundary. Under -gil the running
// thread always holds the token and nothing is ever published, so touch
// costs one atomic load.

// touch must be called before reading or writing the state of the mutable
// object whose header is h.
func (t *Thread) touch(h *stm.Header) {
	if h.IsShared() {
		t.acquireToken()
	}
}

// publish makes v, and every mutable object reachable from it, shared. It
// is called when v is stored into a shared object or handed to another
// thread. Stub: filled in by the objects work.
func (t *Thread) publish(v Value) {}
