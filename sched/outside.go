package sched

import (
	"runtime"
	"time"
)

// This file defines commits that finish outside the token (parallel
// mode): a committer that has validated its transaction and locked what
// it writes, holding the token, may release the token before it writes
// the new values, when nobody but token holders could see them half
// written. Every ordinary taker of the token then waits for such
// unfinished commits before it goes on (AcquireToken), so a token holder
// sees each commit whole, as it did when commits wrote everything
// holding the token; a committer takes the token without waiting
// (AcquireTokenToCommit) and decides itself whether its writes can
// overlap the unfinished ones (runtime/span_latewrites.go).

// outsideSpins is how many times a waiter for unfinished commits looks
// again, yielding its processor in between, before it sleeps between
// looks: a commit finishes its writes within microseconds.
const outsideSpins = 1000

// BeginOutside records that th, holding the token, is about to release it
// with its commit unfinished; EndOutside records that it has finished.
func (th *Thread) BeginOutside() { th.s.outside.Add(1) }

// EndOutside: see BeginOutside.
func (th *Thread) EndOutside() { th.s.outside.Add(-1) }

// WaitOutside returns once no commit is unfinished outside the token.
// The caller holds the token, so no new one begins.
func (th *Thread) WaitOutside() {
	s := th.s
	for i := 0; s.outside.Load() != 0; i++ {
		if i < outsideSpins {
			runtime.Gosched()
		} else {
			time.Sleep(10 * time.Microsecond) // descheduled mid-commit, perhaps
		}
	}
}

// AcquireTokenToCommit takes the token as AcquireToken does but does not
// wait for unfinished commits: the committer waits itself if its writes
// could meet theirs (WaitOutside).
func (th *Thread) AcquireTokenToCommit() { th.acquireToken(false) }

// TokenBusy reports, as a hint, that another thread holds the token: a
// committer may then go on running its transaction a while and commit
// later, rather than wait for it.
func (th *Thread) TokenBusy() bool { return !th.tok && th.s.state.Load()&lockHeld != 0 }
