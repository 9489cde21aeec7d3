package stm

// This file defines the support for thread-local objects: the undo log
// that makes in-place writes abortable, and birth marks that let objects
// allocated in the current transaction skip it.

// Undoer is implemented by client objects that log their in-place writes.
type Undoer interface {
	// Undo reverts one logged write. The record is the one passed to
	// LogUndo.
	Undo(r *UndoRecord)
}

// UndoRecord describes one in-place write to a thread-local object: what
// to restore is named by the client (Op, Index) and the old contents fit
// in Ref and Word (for a Value made of an interface and a word), so
// logging allocates nothing and costs O(1) per operation, never a copy of
// the object.
type UndoRecord struct {
	Target Undoer
	Op     int
	Index  int
	Ref    any
	Word   uint64
}

// LogUndo records an in-place write to a thread-local object that existed
// before the transaction began. Abort undoes the records in reverse order.
func (tx *Tx) LogUndo(r UndoRecord) { tx.undo = append(tx.undo, r) }

// Born marks a thread-local object as allocated by the running
// transaction attempt: NeedsUndo is false for it, since an abort makes it
// unreachable anyway.
func (tx *Tx) Born(h *Header) { h.version.Store(tx.serial | 1<<62 | tx.id<<40) }

// NeedsUndo reports whether in-place writes to the thread-local object h
// must be logged: false if h was born in the running transaction attempt.
func (tx *Tx) NeedsUndo(h *Header) bool {
	return h.version.Load() != tx.serial|1<<62|tx.id<<40
}

// LocalMark and SetLocalMark read and write the version word of a
// thread-local object as a client's own mark, for clients that run their
// own transactions rather than Tx (the Python runtime's spans): the
// client stamps an object with the id of the transaction attempt that
// made or logged it, as Born does for Tx, and skips logging it again in
// that attempt. Only the thread that owns the object calls them; Publish
// resets the word, and a shared object's word is the engine's.
func (h *Header) LocalMark() uint64 { return h.version.Load() }

// SetLocalMark sets the mark LocalMark returns.
func (h *Header) SetLocalMark(m uint64) { h.version.Store(m) }
