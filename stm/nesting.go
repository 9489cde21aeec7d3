package stm

// This file defines flat nesting: an atomic block inside a transaction is
// part of that transaction. The depth tells the client (the interpreter)
// whether it may end the transaction at a bytecode boundary.

// EnterAtomic opens an atomic block in the running transaction. Blocks
// nest flatly: the transaction commits only at its end, as a whole, and an
// abort anywhere rolls back all of it.
func (tx *Tx) EnterAtomic() { tx.depth++ }

// LeaveAtomic closes the innermost atomic block.
func (tx *Tx) LeaveAtomic() {
	if tx.depth == 0 {
		panic("stm: LeaveAtomic without EnterAtomic")
	}
	tx.depth--
}

// AtomicDepth returns how many atomic blocks are open. While it is not
// zero, the client must not end the transaction at a bytecode boundary.
// Abort restores the depth the transaction began with, since the client
// re-runs from there.
func (tx *Tx) AtomicDepth() int { return tx.depth }
