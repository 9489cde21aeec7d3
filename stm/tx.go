package stm

import (
	"errors"
	"sync/atomic"
	"time"
	"unsafe"
)

// This file defines Tx, its life cycle (Begin, Commit, Abort) and the
// statuses a barrier returns.

// ErrAbort is the status of a transaction that must be rolled back and run
// again: a conflict, an injected abort, or a kill by a transaction with
// priority. It is not a Python exception; the interpreter returns it up the
// Go stack to where the transaction began.
var ErrAbort = errors.New("stm: transaction aborted")

// ErrRetry is the status of a transaction that asked to wait (STM retry):
// roll it back, call WaitForChange, and run it again.
var ErrRetry = errors.New("stm: transaction retry")

// Transaction status values (Tx.status). Only the owner moves a
// transaction between active and committing; another transaction may move
// it from active to killed. The word stays active between transactions, so
// a read-only transaction never stores to it; a kill that arrives after
// its target finished aborts the target's next attempt at worst, and Begin
// clears it.
const (
	stNew uint32 = iota
	stActive
	stCommitting
	stKilled
)

// Site labels a place in the client program (a file, line and function,
// or a benchmark name). Conflict records name the sites of both parties.
// Sites are compared by pointer; a client interns one per place.
type Site struct{ Label string }

// String returns the label, or "?" for a nil site.
func (s *Site) String() string {
	if s == nil {
		return "?"
	}
	return s.Label
}

// rkind says how a read-set entry is validated.
type rkind uint8

const (
	rPlain rkind = iota // the version word still equals ver
	rSlot               // vector chunk: slot aux still has version ver
	rLenGT              // vector length: still greater than aux
	rLenLE              // vector length: still at most aux
)

// rentry is one read-set entry.
type rentry struct {
	h    *Header
	ver  uint64
	aux  int
	kind rkind
}

// wentry is one write-set entry, and the value of Header.owner while a
// transaction owns the object. Entries live in per-transaction slabs that
// are reused, so a pointer to one stays valid; tx is set when the slab is
// made and never changes, which is what lets other transactions read it.
type wentry struct {
	tx      *Tx
	h       *Header
	private unsafe.Pointer // the private copy (or, until dirty, the committed state)
	oldVer  uint64
	dirty   bool // private is a copy that commit publishes
	publish bool // the object was published by this transaction
	quasi   *quasiMeta
	finish  func(e *wentry, wv uint64) // fixes the private copy at write-back
	delta   int64                      // commit-time size change (Map length cells)
	isDelta bool                       // acquired at commit only (see acquireDeltas)
	site    *Site                      // the owner's site at the first write
}

const slabSize = 32

// timeSample is the sampling period for timing first attempts.
const timeSample = 8

// Tx is one transaction, bound to one thread at a time: it is reused for
// every transaction that thread runs, so steady-state transactions do not
// allocate. The thread drives it with Begin, the barriers, and Commit or
// Abort.
type Tx struct {
	e      *Engine
	id     uint64
	status atomic.Uint32
	site   atomic.Pointer[Site]
	prio   atomic.Uint64 // 0: none; otherwise smaller wins
	irrev  atomic.Bool

	running bool // between Begin and Commit/Abort
	slow    bool // injection or irrevocability: barriers take the slow path

	rv     uint64 // snapshot: the clock value all reads are consistent with
	epoch  uint64 // quasi-immutable epoch the snapshot was checked against
	readQ  bool   // read a quasi-immutable cell without logging
	serial uint64 // unique per attempt, marks objects born in it

	reads  []rentry
	slabs  [][]wentry
	nw     int
	deltas []*wentry // commit-time length changes
	undo   []UndoRecord
	hooks  []func(ts uint64)

	commitTS   uint64
	attempts   int
	ops        int
	injectAt   int
	rng        uint64
	start      int64 // tick count at Begin, if timed
	timeWeight int64 // 0: attempt not timed; else how many attempts it stands for
	lastCause  Cause
	qbumps     uint64
	localSeq   uint64
	winner     *Site   // the other party of the conflict that doomed this attempt
	conflictAt *Header // the read found invalid by the last validation
	yielded    bool    // the attempt aborted because an irrevocable transaction was in the way
	depth      int     // open atomic blocks (flat nesting)
	depth0     int     // depth at Begin, restored by Abort

	stats counters
}

// NewTx returns a transaction object for one thread. Close it when the
// thread ends so its statistics are folded into the engine's.
func (e *Engine) NewTx() *Tx {
	id := e.nextTx.Add(1)
	tx := &Tx{e: e, id: id, rng: e.cfg.Seed ^ (id * 0xbf58476d1ce4e5b9)}
	e.statsMu.Lock()
	e.txs[tx] = struct{}{}
	e.statsMu.Unlock()
	return tx
}

// Close folds the transaction's statistics into the engine and forgets it.
// The Tx must be idle.
func (tx *Tx) Close() {
	tx.stats.store()
	e := tx.e
	e.statsMu.Lock()
	delete(e.txs, tx)
	e.closed.add(&tx.stats)
	e.statsMu.Unlock()
}

// Engine returns the engine the transaction belongs to.
func (tx *Tx) Engine() *Engine { return tx.e }

// SetSite names the place in the client program the transaction is at; the
// conflict records of its next conflict carry it.
func (tx *Tx) SetSite(s *Site) { tx.site.Store(s) }

// Active reports whether a transaction is running (between Begin and
// Commit or Abort).
func (tx *Tx) Active() bool { return tx.running }

// Irrevocable reports whether the running transaction is irrevocable.
func (tx *Tx) Irrevocable() bool { return tx.irrev.Load() }

// Attempts returns how many times in a row the current logical transaction
// has aborted.
func (tx *Tx) Attempts() int { return tx.attempts }

// CommitTimestamp returns the timestamp of the last commit: the clock tick
// of a writer, or the snapshot of a read-only transaction. Deferred effects
// are ordered by it.
func (tx *Tx) CommitTimestamp() uint64 { return tx.commitTS }

// Begin starts a transaction. If the previous one aborted, this is a retry
// of the same logical transaction, and contention management applies:
// after Config.PriorityAfter aborts it runs with priority, after
// Config.IrrevocableAfter it runs irrevocably (waiting for the token).
func (tx *Tx) Begin() {
	if tx.running {
		panic("stm: Begin on an active transaction")
	}
	e := tx.e
	tx.reads = tx.reads[:0]
	tx.nw = 0
	tx.deltas = tx.deltas[:0]
	tx.undo = tx.undo[:0]
	tx.hooks = tx.hooks[:0]
	tx.readQ = false
	tx.conflictAt = nil
	tx.qbumps = 0
	tx.ops = 0
	tx.injectAt = 0
	tx.serial++
	tx.depth0 = tx.depth
	// Reading the tick counter costs about a quarter of a short read-only
	// transaction, so first attempts are timed one in timeSample and their
	// lost time counted timeSample times (an unbiased estimate); retries
	// are always timed.
	tx.timeWeight = 0
	if tx.attempts > 0 {
		tx.timeWeight = 1
	} else if tx.serial%timeSample == 0 {
		tx.timeWeight = timeSample
	}
	if tx.timeWeight != 0 {
		tx.start = cputicks()
	}
	switch {
	case tx.attempts == 0:
		if tx.prio.Load() != 0 { // an atomic store costs a locked instruction
			tx.prio.Store(0)
		}
	case tx.attempts >= e.cfg.IrrevocableAfter:
		tx.becomeIrrevocableAtBegin()
	case tx.attempts >= e.cfg.PriorityAfter && tx.prio.Load() == 0:
		tx.prio.Store(e.clock.Load()<<20 | tx.id&(1<<20-1))
	}
	if !tx.irrev.Load() && e.cfg.InjectRate > 0 && tx.randFloat() < e.cfg.InjectRate {
		tx.injectAt = 1 + int(tx.rand()%8)
	}
	tx.slow = tx.injectAt != 0 || tx.irrev.Load()
	if tx.status.Load() != stActive {
		tx.status.Store(stActive)
	}
	tx.rv = e.clock.Load()
	tx.epoch = e.epoch.Load()
	if e.cfg.TrackPeak {
		e.noteActive()
	}
	tx.running = true
}

// BeginIrrevocable starts a transaction that runs irrevocably from the
// start: it waits for the token and can never abort.
func (tx *Tx) BeginIrrevocable() {
	tx.attempts = tx.e.cfg.IrrevocableAfter
	tx.Begin()
}

// checkpoint is called by every barrier: it notices kills and injected
// aborts.
func (tx *Tx) checkpoint() error {
	if tx.status.Load() == stKilled {
		if !tx.irrev.Load() {
			return tx.fail(CauseKilled, nil)
		}
		tx.status.CompareAndSwap(stKilled, stActive) // irrevocable: kills are void
	}
	if tx.injectAt != 0 {
		tx.ops++
		if tx.ops >= tx.injectAt {
			return tx.fail(CauseInjected, nil)
		}
	}
	return nil
}

// fail records why the attempt must abort and returns ErrAbort. The
// caller returns the status; the client then calls Abort.
func (tx *Tx) fail(c Cause, other *Tx) error {
	if tx.lastCause == CauseNone {
		tx.lastCause = c
		tx.winner = nil
		if other != nil {
			tx.winner = other.site.Load()
		} else if h := tx.conflictAt; h != nil {
			if w := h.owner.Load(); w != nil && w.tx != tx {
				tx.winner = w.tx.site.Load()
			} else {
				tx.winner = h.lastSite.Load()
			}
		}
	}
	tx.conflictAt = nil
	return ErrAbort
}

// Abort rolls the transaction back: owned objects are released unchanged,
// objects published by it become local again, and the undo log restores
// thread-local objects in reverse order. The read set is kept until the
// next Begin so WaitForChange can use it.
func (tx *Tx) Abort() {
	if !tx.running {
		return
	}
	tx.rollback()
	for i := len(tx.undo) - 1; i >= 0; i-- {
		r := &tx.undo[i]
		r.Target.Undo(r)
		tx.undo[i] = UndoRecord{}
	}
	tx.undo = tx.undo[:0]
	clear(tx.hooks)
	tx.hooks = tx.hooks[:0]
	c := tx.lastCause
	if c == CauseNone {
		c = CauseExplicit
	}
	var lost int64
	if tx.timeWeight != 0 {
		lost = (cputicks() - tx.start) * tx.timeWeight
	}
	tx.stats.abort(c, lost)
	tx.e.recordConflict(c, tx.site.Load(), tx.winner, lost)
	tx.winner = nil
	tx.lastCause = CauseNone
	if !tx.yielded { // losing to the irrevocable transaction does not escalate
		tx.attempts++
	}
	tx.depth = tx.depth0
	tx.end()
}

// rollback releases every owned object without publishing anything.
func (tx *Tx) rollback() {
	for i := 0; i < tx.nw; i++ {
		w := tx.entry(i)
		h := w.h
		switch {
		case w.isDelta:
			// Held only during commit, if at all.
			h.owner.CompareAndSwap(w, nil)
		case w.publish:
			h.storeState(nil)
			h.shared.Store(false)
			h.version.Store(w.oldVer)
			h.owner.Store(nil)
		default:
			h.owner.Store(nil)
		}
		w.clear()
	}
	tx.nw = 0
	clear(tx.deltas)
	tx.deltas = tx.deltas[:0]
}

func (tx *Tx) end() {
	if tx.irrev.Load() {
		tx.irrev.Store(false)
		tx.e.irrevTx.Store(nil)
		tx.e.hookMu.Unlock()
		tx.e.irrev.Unlock()
	}
	tx.slow = false
	if tx.e.cfg.TrackPeak {
		tx.e.active.Add(-1)
	}
	tx.running = false
}

func (w *wentry) clear() {
	w.h = nil
	w.private = nil
	w.dirty = false
	w.publish = false
	w.quasi = nil
	w.finish = nil
	w.delta = 0
	w.isDelta = false
	w.site = nil
}

// entry returns the i-th write-set entry.
func (tx *Tx) entry(i int) *wentry { return &tx.slabs[i/slabSize][i%slabSize] }

// newEntry returns a fresh write-set entry for h.
func (tx *Tx) newEntry(h *Header) *wentry {
	if tx.nw/slabSize == len(tx.slabs) {
		s := make([]wentry, slabSize)
		for i := range s {
			s[i].tx = tx
		}
		tx.slabs = append(tx.slabs, s)
	}
	w := tx.entry(tx.nw)
	tx.nw++
	w.h = h
	w.site = tx.site.Load()
	return w
}

// dropLast forgets the entry newEntry just returned (acquisition failed).
func (tx *Tx) dropLast() {
	tx.nw--
	tx.entry(tx.nw).clear()
}

// OnCommit registers a hook that runs after the transaction commits, with
// its commit timestamp. Hooks of all transactions run in timestamp order;
// a transaction with hooks commits as a writer (it takes a clock tick).
// Hooks of an aborted transaction are dropped.
func (tx *Tx) OnCommit(f func(ts uint64)) { tx.hooks = append(tx.hooks, f) }

// processStart anchors nanotime; it is set once and never changes.
var processStart = time.Now()

func nanotime() int64 { return int64(time.Since(processStart)) }
