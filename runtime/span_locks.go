package runtime

// This file makes _thread locks transactional objects inside abortable
// spans (DESIGN.md, concurrency contract point 4; issue #7): acquiring or
// releasing a lock no longer makes the span irrevocable.
//
//   - A shared lock's state is read lock-free (its version word goes into
//     the span's read log, as a dict key's does) and the span's writes
//     wait in its lock log until it commits; the commit, holding the token
//     with a valid read log, writes the final state, bumps the word and,
//     for a release, wakes the lock's longest waiter. So a waiter is woken
//     only by a release that committed, and two spans that take and give
//     back one lock conflict only through what they did under it: a span
//     that leaves the lock as it found it writes nothing to it at all
//     (both read it free and left it free: either order is a serial one),
//     while the data the lock protects conflicts through its own words.
//   - A thread-local lock is written in place; the lock log keeps the
//     state it had before the span, which a rollback puts back.
//   - A span's later operations on a lock it touched see the state its
//     log holds (read-your-writes) before anything else.
//   - An acquire that must wait: outside an atomic block the span becomes
//     irrevocable (it commits as of the start of this call: the acquire
//     has changed nothing yet) and the wait goes on as outside spans:
//     queue, park, re-run the call. Inside an atomic block, which cannot
//     commit early, an acquire retries (span_retry.go), one with a
//     timeout with a deadline that survives the rollback
//     (span_timedwaits.go).
//   - A failed non-blocking acquire returns False having logged the read,
//     so the span's commit checks that the lock was still held.
//   - A release does not shorten the span (atomic blocks' exits do): a
//     loop of short critical sections over disjoint data would commit,
//     taking the token, at every iteration instead of every 64 (2
//     threads x 300,000 `with lock: obj.n += 1`: 0.22 -> 0.43 s user),
//     and it did not help bench/parallel/pipeline measurably.
//   - Contention: an acquire of a shared lock whose spans keep conflicting
//     (Lock.hot, below) or by a thread whose spans do (spanState.
//     contention at contentionPessimistic, the rule atomic blocks follow)
//     makes the span irrevocable first, so the critical section runs
//     holding the token, as before this file: threads taking turns on a
//     queue's lock would otherwise re-run each other's critical sections
//     (bench/parallel/pipeline: 540 conflicts cost 0.5 s of 1.2).

// Lock contention scores (Lock.hot): a conflict of a span that wrote a
// shared lock adds lockHotPenalty to its score; each commit of such a
// span and each acquire that took the token subtract one; at lockHot or
// more the lock's acquires take the token. A lock whose critical sections
// conflict (a queue's: threads take turns on the same data) then runs
// about one optimistic section per lockHotPenalty acquires, while a lock
// whose sections never conflict (disjoint data behind one lock) stays
// optimistic. (A penalty of 64 left bench/parallel/pipeline 40% slower
// than with locks always taking the token: 1 conflict in ~200 acquires,
// each re-running a long span.)
const (
	lockHot        = 8
	lockHotPenalty = 1024
	lockHotMax     = 4096
)

// conflicted raises l's score after the rollback of a span that wrote it
// (racy read-modify-writes between threads are harmless: bookkeeping).
func (l *Lock) conflicted() {
	if h := l.hot.Load(); h < lockHotMax {
		l.hot.Store(min(h+lockHotPenalty, lockHotMax))
	}
}

// lockEntry is a lock the running span touched.
type lockEntry struct {
	l *Lock
	// held is the state the span leaves; orig the state it found (a
	// local lock gets orig back on rollback, a shared one gets held at
	// commit when the two differ).
	held, orig bool
}

// spanLocks is a span's lock log (a field of spanState).
type spanLocks struct {
	// shared are writes to shared locks, applied at commit; local are
	// thread-local locks written in place.
	shared, local []lockEntry
}

// find returns the span's entry for l, or nil.
func (s *spanLocks) find(l *Lock) *lockEntry {
	for i := range s.shared {
		if s.shared[i].l == l {
			return &s.shared[i]
		}
	}
	for i := range s.local {
		if s.local[i].l == l {
			return &s.local[i]
		}
	}
	return nil
}

// spanLockHeld returns l's state as the running abortable span sees it,
// logging the read of a shared lock. Reading may take the token, which
// can make the span irrevocable (it has other buffered writes): callers
// that go on to write check t.spActive and, when it is false, take the
// path for no span (the lock log is gone with the span).
func (t *Thread) spanLockHeld(l *Lock) bool {
	if e := t.sp.locks.find(l); e != nil {
		return e.held
	}
	if !l.IsShared() {
		return l.locked.Load()
	}
	if t.spanHoldsToken() {
		// Validated when it was taken; no writer runs until the span ends.
		return l.locked.Load()
	}
	v := l.ver.load()
	if v&1 == 0 {
		held := l.locked.Load()
		if l.ver.load() == v {
			t.recordRead(&l.ver, v, readSite{typ: LockType})
			return held
		}
	}
	// A writer's transaction has not ended (odd word) or wrote meanwhile:
	// read holding the token (it validates the read log; abortPanic when
	// stale, recovered by runBase).
	t.spanTakeToken()
	return l.locked.Load()
}

// spanLockSet writes l's state in the span's lock log; found is the state
// the span saw just before (spanLockHeld).
func (t *Thread) spanLockSet(l *Lock, held, found bool) {
	if e := t.sp.locks.find(l); e != nil {
		e.held = held
		if t.sp.locks.isLocal(e) {
			l.locked.Store(held)
		}
		return
	}
	if !l.IsShared() {
		t.sp.locks.local = append(t.sp.locks.local, lockEntry{l: l, held: held, orig: found})
		l.locked.Store(held)
		t.counted()
		return
	}
	t.sp.locks.shared = append(t.sp.locks.shared, lockEntry{l: l, held: held, orig: found})
}

// isLocal reports whether e is one of the in-place entries.
func (s *spanLocks) isLocal(e *lockEntry) bool {
	for i := range s.local {
		if &s.local[i] == e {
			return true
		}
	}
	return false
}

// spanLockTry is TryAcquire in an abortable span; done false: the span
// became irrevocable on the way and the caller goes on without it.
func (t *Thread) spanLockTry(l *Lock) (ok, done bool) {
	held := t.spanLockHeld(l)
	if !t.spActive {
		return false, false
	}
	if held {
		return false, true
	}
	t.spanLockSet(l, true, false)
	return true, true
}

// spanLockAcquire is Acquire in an abortable span. done says the call is
// over (ok its result); otherwise the span has become irrevocable and
// the caller waits as outside spans. err is errAbort for a retry (or a
// stale read log found on the way to irrevocability).
func (t *Thread) spanLockAcquire(l *Lock, blocking bool, timeout float64) (ok, done bool, err error) {
	if l.IsShared() && (l.hot.Load() >= lockHot || t.sp.contention >= contentionPessimistic) {
		// Spans that touched this lock keep conflicting (threads taking
		// turns on one lock and the data behind it: a queue), or this
		// thread's do: the acquire takes the token, as stage 1 did,
		// instead of re-running critical sections (as atomic blocks
		// do, token.go).
		if l.hot.Load() > 0 {
			l.hot.Add(-1)
		}
		if t.sp.contention > 0 {
			t.sp.contention--
		}
		if err := t.becomeIrrevocable(); err != nil {
			return false, true, err
		}
		return false, false, nil
	}
	held := t.spanLockHeld(l)
	if !t.spActive {
		return false, false, nil
	}
	if !held {
		t.spanLockSet(l, true, false)
		return true, true, nil
	}
	if !blocking {
		return false, true, nil
	}
	if t.th.atomic > 0 && timeout < 0 {
		return false, true, t.retrySpan(l)
	}
	if t.th.atomic > 0 {
		// A timed wait retries with a deadline; past it, the acquire
		// returns False (span_timedwaits.go).
		_, err := t.timedRetry(l, timeout)
		return false, true, err
	}
	// Commit as of the start of this call: nothing has changed yet.
	if err := t.becomeIrrevocable(); err != nil {
		return false, true, err
	}
	return false, false, nil
}

// spanLockRelease is Release in an abortable span; done false as for
// spanLockTry.
func (t *Thread) spanLockRelease(l *Lock) (done bool, err error) {
	held := t.spanLockHeld(l)
	if !t.spActive {
		return false, nil
	}
	if !held {
		return true, Errorf(RuntimeErrorType, "release unlocked lock")
	}
	t.spanLockSet(l, false, true)
	return true, nil
}

// lockWrites counts the writes the span's commit must apply holding the
// token (part of bufferedWrites).
func (t *Thread) lockWrites() int { return len(t.sp.locks.shared) }

// endSpanLocks ends the span's lock log: at commit (or irrevocability,
// flush true; the token is held and the read log valid, since
// lockWrites counts in bufferedWrites) the shared locks get their final
// state and a release wakes the lock's longest waiter; at rollback
// the local locks get their old state back and the shared writes are
// dropped.
func (t *Thread) endSpanLocks(flush bool) {
	t.endTimedRetry(flush)
	s := &t.sp.locks
	if flush {
		for i := range s.shared {
			e := &s.shared[i]
			if e.l.hot.Load() > 0 {
				e.l.hot.Add(-1)
			}
			if e.held != e.l.locked.Load() {
				e.l.set(t, e.held)
				if !e.held {
					e.l.waiters.WakeOne()
				}
			}
		}
	} else {
		if t.sp.cause == causeConflict {
			for i := range s.shared {
				s.shared[i].l.conflicted()
			}
		}
		for i := len(s.local) - 1; i >= 0; i-- {
			s.local[i].l.locked.Store(s.local[i].orig)
		}
	}
	clear(s.shared)
	s.shared = s.shared[:0]
	clear(s.local)
	s.local = s.local[:0]
}
