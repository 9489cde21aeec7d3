package runtime

// This file defines the read log of a span (a transaction, span.go): the
// version words that shared objects' lock-free-readable state carries,
// the record a reader keeps of what it read without the token, and the
// validation that tells whether those reads are still current.
//
// Protocol (STAGE 2 of issue #7):
//   - A writer holds the token, publishes the new state so that a
//     lock-free reader sees either the old or the new one (atomic
//     pointers to immutable data), then bumps the state's version word.
//   - A reader outside the token (only when t.optimisticReads()) loads
//     the word, reads the state, and records (word, version) with
//     recordRead. It may see a state newer than the version it loaded;
//     validation then fails, which is only conservative.
//   - The span validates its log when it takes the token (becoming a
//     writer or irrevocable) and at commit. Versions only grow, so if
//     every word still holds its recorded version when it is checked, all
//     the reads were current together at the moment validation began:
//     the span serialises there. An invalid log aborts the span.
//   - Write locks (TL2's): a word is odd while a token holder that
//     changed its state has not finished its transaction, so a reader
//     never commits having seen one write of a transaction and not a
//     later one (half a transfer). bump makes an even word odd and lists
//     it on the writing thread; unlockWords makes every listed word even
//     again (a new version) where the transaction ends: at an abortable
//     span's commit or rollback, and otherwise at the boundary or wait
//     where the token may change hands (stage 1's transaction ends; every
//     boundary is a point where the GIL could have switched). Readers
//     treat an odd word as "take the token" (lockedVersion); an odd
//     version never equals a recorded (even) one, so validation needs
//     nothing more. A bump with no thread (set-up code) locks the word
//     too; the next writer with a thread adopts the lock.

import (
	"sync/atomic"

	"github.com/pystm/pystm/compiler/bytecode"
)

// versionWord is the version of a shared object's (or a shared dict's
// key's) lock-free-readable state: writers bump it, holding the token,
// after publishing a new state, so a reader that saw v and still sees v
// read the current state.
type versionWord struct {
	v atomic.Uint64
	// last is the site of the last bump made while conflict sites are
	// reported (-stm-report): the writer's side of a conflict record.
	last atomic.Pointer[codeSite]
}

// load returns the word's version.
func (w *versionWord) load() uint64 { return w.v.Load() }

// bump announces a new state; called by the writer, holding the token,
// after the new state is published. The word stays locked (odd) until
// the writer's transaction ends (unlockWords).
func (w *versionWord) bump(t *Thread) {
	if w.v.Load()&1 == 0 {
		w.v.Add(1)
		if t != nil {
			t.sp.locked = append(t.sp.locked, w)
		}
	} else if t != nil && !t.lockedBy(w) {
		// Locked by a writer with no thread (set-up code, which unlocks
		// itself or not at all): the token holder adopts the lock, so
		// its transaction's end unlocks the word.
		t.sp.locked = append(t.sp.locked, w)
	}
	if t != nil && t.interp != nil && t.interp.spans.sites {
		s := t.site()
		if a := t.sp.applySite; a != nil {
			s = *a // a buffered store applied at commit (span_dictwrites.go)
		}
		w.last.Store(&s)
	}
}

// lockedBy reports whether w is one of the words t's transaction locked.
func (t *Thread) lockedBy(w *versionWord) bool {
	for _, x := range t.sp.locked {
		if x == w {
			return true
		}
	}
	return false
}

// unlockWords ends the write locks of t's transaction: each word it
// locked gets a new even version.
func (t *Thread) unlockWords() {
	if len(t.sp.ls.dirty) > 0 {
		t.syncListReads() // list read sides catch up first (shared_read_list.go)
	}
	if len(t.sp.locked) == 0 {
		return
	}
	for i, w := range t.sp.locked {
		w.v.Add(1)
		t.sp.locked[i] = nil
	}
	t.sp.locked = t.sp.locked[:0]
	if t.interp != nil {
		t.interp.spans.retry.wake() // threads retrying a wait may go on (span_retry.go)
	}
}

// codeSite is a place in Python code: a code object and an instruction.
type codeSite struct {
	bc *bytecode.Code
	pc int
}

// site returns where t's current frame is (zero when it runs no Python).
func (t *Thread) site() codeSite {
	if f := t.frame; f != nil {
		return codeSite{bc: f.bc, pc: f.pc - 1}
	}
	return codeSite{}
}

// String formats the site as file:line (function), as -stm-report
// prints it.
func (s codeSite) String() string {
	if s.bc == nil {
		return "(no Python code)"
	}
	pc := s.pc
	if pc < 0 {
		pc = 0
	}
	return s.bc.Filename + ":" + itoa(int64(s.bc.LineOf(pc))) + " (" + s.bc.Name + ")"
}

// readSite says what a lock-free read read, for conflict reports: the
// object's type and the key (dict) or attribute name (instance). Either
// may be left zero.
type readSite struct {
	typ  *Type
	name string // an attribute name
	key  Value  // a dict key
}

// describe formats the site as "type key" for -stm-report.
func (r readSite) describe() string {
	s := "object"
	if r.typ != nil {
		s = r.typ.Name
	}
	switch {
	case r.name != "":
		s += " attribute " + r.name
	case r.key.IsValid():
		s += " key " + safeKeyRepr(r.key)
	}
	return s
}

// safeKeyRepr formats a dict key without running Python code: the
// common immutable keys exactly, anything else by its type.
func safeKeyRepr(v Value) string {
	switch {
	case v.IsInt():
		return itoa(v.AsInt())
	}
	if s, ok := v.obj.(*Str); ok && TypeOf(v) == StrType {
		return "'" + s.s + "'"
	}
	return "<" + TypeOf(v).Name + ">"
}

// readEntry is one lock-free read of a span: the word and the version
// read. 16 bytes, so that a span reading many keys writes little.
type readEntry struct {
	w *versionWord
	v uint64
}

// readNote says what the read log's entry of the same index read and
// where, for conflict reports. Kept only while conflict sites are
// reported (-stm-report): finding the site costs a load of the frame per
// read, and the note is 64 bytes.
type readNote struct {
	what readSite
	at   codeSite
}

// optimisticReads reports whether t may read shared objects without the
// token (recording them with recordRead): only inside an abortable span,
// which can be rolled back when a read turns out stale.
func (t *Thread) optimisticReads() bool { return t.sp.optimistic }

// recordRead records that t read, without the token, the state guarded
// by w at version v. Call it only when t.optimisticReads().
func (t *Thread) recordRead(w *versionWord, v uint64, what readSite) {
	rl := t.sp.reads
	n := len(rl)
	if n > 0 && rl[n-1].w == w && rl[n-1].v == v {
		return // the same state read again (a loop over one key)
	}
	if n > 1 && rl[n-2].w == w && rl[n-2].v == v {
		// Two words read in turn (a.x, a.y of an instance in slot
		// mode, shared_read_instance.go).
		return
	}
	t.sp.reads = append(rl, readEntry{w: w, v: v})
	if t.interp != nil && t.interp.spans.sites {
		t.noteRead(what)
	}
}

// noteRead keeps the note of the read just logged (sites reported only).
// Notes and entries have the same indexes: both are appended together
// and cleared together.
func (t *Thread) noteRead(what readSite) {
	t.sp.notes = append(t.sp.notes, readNote{what: what, at: t.site()})
}

// readsValid reports whether every read of t's log is still current. On
// the first stale read it returns false, having recorded the conflict
// in t.sp.conflict when sites are reported (-stm-report).
func (t *Thread) readsValid() bool {
	for i := range t.sp.reads {
		e := &t.sp.reads[i]
		if v := e.w.load(); v != e.v && !(v == e.v+1 && t.lockedBy(e.w)) {
			// (A word this thread locked right after the version it
			// read is its own write, not another's: a span that read a
			// shared list's length and then popped it on the token path
			// aborted at its own commit, every time.)
			if i < len(t.sp.notes) {
				// Sites are reported: the conflict record for it.
				c := &t.sp.conflict
				c.valid = true
				c.reader, c.what = t.sp.notes[i].at, t.sp.notes[i].what
				c.writer = codeSite{}
				if p := e.w.last.Load(); p != nil {
					c.writer = *p
				}
			}
			return false
		}
	}
	return true
}

// clearReads empties the read log (commit, abort), keeping its storage
// unless it grew large.
func (t *Thread) clearReads() {
	rl := t.sp.reads
	if cap(rl) > maxKeptReads {
		t.sp.reads = nil
	} else {
		clear(rl)
		t.sp.reads = rl[:0]
	}
	if t.sp.notes != nil {
		if nl := t.sp.notes; cap(nl) > maxKeptReads {
			t.sp.notes = nil
		} else {
			clear(nl)
			t.sp.notes = nl[:0]
		}
	}
}

// maxKeptReads bounds the read-log storage kept between spans.
const maxKeptReads = 1024

// readConflict is the last failed validation of a thread: the reader's
// site and what it read, and the site of the writer that bumped the word.
type readConflict struct {
	valid          bool
	reader, writer codeSite
	what           readSite
}
