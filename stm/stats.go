package stm

import (
	"sort"
	"sync/atomic"
	"time"
)

// This file defines statistics and conflict records.

// Cause is why a transaction attempt aborted.
type Cause uint8

// Abort causes.
const (
	CauseNone        Cause = iota
	CauseWriteWrite        // another transaction owned an object we wanted to write
	CauseReadWrite         // an object we read was changed by a commit
	CauseRetry             // the transaction asked to wait (STM retry)
	CauseInjected          // fault injection
	CauseIrrevocable       // an irrevocable transaction was in the way, or the token was busy
	CauseKilled            // killed by a transaction with priority
	CauseQuasi             // a quasi-immutable cell changed (epoch moved)
	CauseExplicit          // the client called Abort for its own reasons
	numCauses
)

var causeNames = [numCauses]string{"none", "write-write", "read-write", "retry", "injected", "irrevocable", "killed", "quasi-immutable", "explicit"}

// String names the cause.
func (c Cause) String() string {
	if c < numCauses {
		return causeNames[c]
	}
	return "unknown"
}

// counters are one transaction's statistics. The owner updates the plain
// fields and stores them into the atomic mirror, which the engine reads.
type counters struct {
	commits     uint64
	aborts      [numCauses]uint64
	lost        int64
	irrevocable uint64

	pub struct {
		commits     atomic.Uint64
		aborts      [numCauses]atomic.Uint64
		lost        atomic.Int64
		irrevocable atomic.Uint64
	}
}

func (c *counters) abort(cause Cause, lost int64) {
	c.aborts[cause]++
	c.lost += lost
	c.store()
}

// store publishes the plain counters. The stores are plain moves on
// common hardware: no read-modify-write, no shared cache line.
func (c *counters) store() {
	c.pub.commits.Store(c.commits)
	c.pub.irrevocable.Store(c.irrevocable)
	for i := range c.aborts {
		c.pub.aborts[i].Store(c.aborts[i])
	}
	c.pub.lost.Store(c.lost)
}

// storeCommit is store for the commit path, which changes fewer fields.
func (c *counters) storeCommit() {
	c.pub.commits.Store(c.commits)
	c.pub.irrevocable.Store(c.irrevocable)
}

// add folds o's published counters into c's plain ones.
func (c *counters) add(o *counters) {
	c.commits += o.pub.commits.Load()
	for i := range c.aborts {
		c.aborts[i] += o.pub.aborts[i].Load()
	}
	c.lost += o.pub.lost.Load()
	c.irrevocable += o.pub.irrevocable.Load()
}

// Stats is a snapshot of an engine's statistics.
type Stats struct {
	Commits     uint64
	Aborts      map[Cause]uint64 // by cause; causes with no abort are absent
	TimeLost    time.Duration    // time spent in attempts that aborted
	Irrevocable uint64           // transactions that ran irrevocably
	PeakActive  int64            // most transactions active at once
	Conflicts   []ConflictRecord // most frequent first
}

// TotalAborts sums the aborts of every cause.
func (s *Stats) TotalAborts() uint64 {
	var n uint64
	for _, v := range s.Aborts {
		n += v
	}
	return n
}

// ConflictRecord counts aborts of one cause between two sites: the site
// of the transaction that lost (aborted) and, where known, that of the one
// that won (owned the object, or was irrevocable).
type ConflictRecord struct {
	Cause    Cause
	Winner   string
	Loser    string
	Count    uint64
	TimeLost time.Duration // in the losers' aborted attempts
	lost     int64         // ticks
}

type conflictKey struct {
	cause         Cause
	winner, loser *Site
}

func (e *Engine) recordConflict(c Cause, loser, winner *Site, lost int64) {
	if c == CauseNone || c == CauseExplicit || c == CauseInjected {
		return
	}
	k := conflictKey{cause: c, loser: loser, winner: winner}
	e.statsMu.Lock()
	r := e.conflicts[k]
	if r == nil {
		r = &ConflictRecord{Cause: c, Winner: winner.String(), Loser: loser.String()}
		e.conflicts[k] = r
	}
	r.Count++
	r.lost += lost
	e.statsMu.Unlock()
}

// Stats returns the engine's statistics so far. Counters of running
// transactions are included up to their last commit or abort.
func (e *Engine) Stats() Stats {
	e.statsMu.Lock()
	defer e.statsMu.Unlock()
	var sum counters
	sum.commits = e.closed.commits
	sum.aborts = e.closed.aborts
	sum.lost = e.closed.lost
	sum.irrevocable = e.closed.irrevocable
	for tx := range e.txs {
		sum.add(&tx.stats)
	}
	s := Stats{
		Commits:     sum.commits,
		Aborts:      make(map[Cause]uint64),
		TimeLost:    e.ticksToDuration(sum.lost),
		Irrevocable: sum.irrevocable,
		PeakActive:  e.peak.Load(),
	}
	for c, n := range sum.aborts {
		if n != 0 {
			s.Aborts[Cause(c)] = n
		}
	}
	for _, r := range e.conflicts {
		c := *r
		c.TimeLost = e.ticksToDuration(r.lost)
		s.Conflicts = append(s.Conflicts, c)
	}
	sort.Slice(s.Conflicts, func(i, j int) bool { return s.Conflicts[i].Count > s.Conflicts[j].Count })
	return s
}
