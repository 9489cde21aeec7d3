package stm

import (
	"sync"
	"sync/atomic"
	"time"
)

// This file defines Engine, the state shared by all transactions of one
// interpreter: the global version clock, the quasi-immutable epoch, the
// irrevocable token and the commit-hook sequencer.

// Config tunes an Engine. The zero value is a sensible default.
type Config struct {
	// InjectRate is the fraction (0..1) of transaction attempts that are
	// aborted at a random barrier or at commit, for testing that aborts are
	// invisible. Irrevocable transactions are never injected.
	InjectRate float64
	// Seed seeds the per-transaction random generators (injection, backoff
	// jitter). Zero picks a fixed default, so runs are repeatable.
	Seed uint64
	// PriorityAfter is the number of consecutive aborts after which a
	// transaction gets priority in write/write conflicts (default 6).
	PriorityAfter int
	// IrrevocableAfter is the number of consecutive aborts after which a
	// transaction runs irrevocably (default 24).
	IrrevocableAfter int
	// TrackPeak counts the transactions running at once so Stats can
	// report the peak. It costs two atomic additions on a shared word per
	// transaction, so it is off unless asked for (-stm-report).
	TrackPeak bool
	// QuasiDemoteAfter is the number of committed writes after which a
	// quasi-immutable cell is demoted to an ordinary cell (default 8).
	QuasiDemoteAfter int
}

// Engine is one transactional memory: every object and transaction used
// together must belong to the same engine. Several engines coexist in one
// process; none keeps package-level state.
type Engine struct {
	// The clock is written by every writer commit: it gets a cache line of
	// its own, so that it does not drag the read-mostly fields below with it.
	_     [64]byte
	clock atomic.Uint64 // global version clock: last commit timestamp
	_     [56]byte
	epoch atomic.Uint64 // bumped by every write to a quasi-immutable cell
	cfg   Config

	irrev   sync.Mutex         // the irrevocable token
	irrevTx atomic.Pointer[Tx] // its holder, or nil
	hookMu  sync.Mutex         // orders commits that carry hooks by timestamp
	nextTx  atomic.Uint64
	active  atomic.Int64
	peak    atomic.Int64
	waiters atomic.Int32 // transactions blocked in WaitForChange

	wakeMu sync.Mutex
	wake   chan struct{} // closed and replaced when a writer commits while waiters > 0

	tick0 int64     // cputicks at creation, to convert ticks to time
	time0 time.Time // the time at creation

	statsMu   sync.Mutex
	txs       map[*Tx]struct{}
	closed    counters // statistics of closed transactions
	conflicts map[conflictKey]*ConflictRecord
}

// NewEngine returns an engine with the given configuration.
func NewEngine(cfg Config) *Engine {
	if cfg.PriorityAfter <= 0 {
		cfg.PriorityAfter = 6
	}
	if cfg.IrrevocableAfter <= 0 {
		cfg.IrrevocableAfter = 24
	}
	if cfg.QuasiDemoteAfter <= 0 {
		cfg.QuasiDemoteAfter = 8
	}
	if cfg.Seed == 0 {
		cfg.Seed = 0x9e3779b97f4a7c15
	}
	return &Engine{
		tick0:     cputicks(),
		time0:     time.Now(),
		cfg:       cfg,
		wake:      make(chan struct{}),
		txs:       make(map[*Tx]struct{}),
		conflicts: make(map[conflictKey]*ConflictRecord),
	}
}

// Clock returns the current value of the global version clock: the
// timestamp of the latest commit of a writer.
func (e *Engine) Clock() uint64 { return e.clock.Load() }

// Epoch returns the quasi-immutable epoch. It changes whenever a
// quasi-immutable cell is written, so caches keyed on it (JIT traces,
// inline caches) can tell that a class or global may have changed.
func (e *Engine) Epoch() uint64 { return e.epoch.Load() }

// changed wakes every transaction waiting in WaitForChange so it can
// re-check its read set.
func (e *Engine) changed() {
	if e.waiters.Load() == 0 {
		return
	}
	e.wakeMu.Lock()
	close(e.wake)
	e.wake = make(chan struct{})
	e.wakeMu.Unlock()
}

func (e *Engine) wakeChan() <-chan struct{} {
	e.wakeMu.Lock()
	defer e.wakeMu.Unlock()
	return e.wake
}

func (e *Engine) noteActive() {
	n := e.active.Add(1)
	for {
		p := e.peak.Load()
		if n <= p || e.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

// ticksToDuration converts a number of cputicks to time, by the rate the
// tick counter advanced since the engine was made.
func (e *Engine) ticksToDuration(t int64) time.Duration {
	dt := time.Since(e.time0)
	dk := cputicks() - e.tick0
	if dk <= 0 || dt <= 0 {
		return time.Duration(t)
	}
	return time.Duration(float64(t) * float64(dt) / float64(dk))
}
