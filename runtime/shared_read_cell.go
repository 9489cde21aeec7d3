package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/stm"
)

// This file defines the read side of a shared cell (a closure variable
// that threads share: a local of the function that made them, such as
// main()'s dict that every worker updates), read without the token in an
// abortable span as dicts and instances are (shared_read.go). Before it,
// every LOAD_DEREF of a shared cell took the token, so a worker reading
// its closure in a loop held the token for every span it ran.
//
// Layout: in the cell's stm.Header state, set at publication, a version
// word and the value behind an atomic pointer to an immutable copy.
// Writers hold the token (Cell.Set): they lock the word, then publish the
// new copy (lock before publish, shared_read_dict.go explains why); the
// word is unlocked where the writer's transaction ends. A span that wrote
// the cell finds its own lock and reads the cell holding the token, so
// it sees its write.

// cellReadSide is a shared cell's lock-free-readable value.
type cellReadSide struct {
	w   versionWord
	val atomic.Pointer[Value]
}

// markShared publishes the cell with its read side; false if it already
// was shared. Called with the token held (publication).
func (c *Cell) markShared() bool {
	if c.IsShared() {
		return false
	}
	rs := &cellReadSide{}
	v := c.v
	rs.val.Store(&v)
	stm.Publish(nil, &c.Header, rs)
	return true
}

// readSide returns a shared cell's read side.
func (c *Cell) readSide() *cellReadSide { return stm.PeekFixed[cellReadSide](&c.Header) }

// readLockFree reads the shared cell c without the token; ok false: the
// token path (a writer's transaction has it locked).
func (c *Cell) readLockFree(t *Thread) (Value, bool) {
	rs := c.readSide()
	if rs == nil {
		return Value{}, false
	}
	v := rs.w.load()
	if lockedVersion(v) {
		return Value{}, false
	}
	p := rs.val.Load()
	t.recordRead(&rs.w, v, readSite{typ: CellType})
	return *p, true
}

// published is the writer's side: the shared cell c now holds v (token
// held; c.v already written).
func (c *Cell) published(t *Thread, v Value) {
	if rs := c.readSide(); rs != nil {
		rs.w.bump(t)
		rs.val.Store(&v)
	}
}
