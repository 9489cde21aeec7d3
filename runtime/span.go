package runtime

// This file defines spans: the transactions of the GIL-free runtime
// (issue #7, stage 2). A span runs from one boundary of a thread's
// outermost interpreter loop (a backward jump where no Go code above the
// loop holds state, or the start of that loop) to the next one. An
// abortable span can be rolled back to its beginning and run again:
// its writes to objects that existed before it are in its undo log
// (span_undo.go), the frames and thread state it began with are saved
// (span_snapshot.go), and its output to stdout and stderr waits in a
// buffer until commit (span_output.go). Lock-free reads (readlog.go)
// and injected aborts (-stm-abort-rate) rely on that.
//
// Whatever a span cannot undo makes it irrevocable first: it leaves the
// abortable state (validating its read log, holding the token if it has
// one) and the rest of it runs as stage 1 does, which never aborts.
// That covers every access to a shared object (acquireToken), calls of
// built-in functions outside a short list of audited ones, writes
// through the barriers' write form that have no undo record (touchW), and
// the other effects named where they happen (import, class attribute
// writes, descriptor setters).
//
// Abort is a status, errAbort, never a Python exception: the interpreter
// loop returns it without unwinding (no except, finally or __exit__ runs),
// nested loops and Thread.Call hand it to their Go callers, and the
// outermost loop (runBase) rolls back and runs the span again. Code that
// cannot return an error requests the abort with a flag that every
// boundary checks, or, when it must not go on (an irrevocable step whose
// read log turned out stale), panics with abortPanic, which runBase
// recovers.

import (
	"errors"
	"sync/atomic"
	"time"
)

// errAbort is the status of an aborted span.
var errAbort = errors.New("pystm: transaction aborted (internal status)")

// abortPanic is the value panicked with where an abort cannot be returned.
type abortPanic struct{}

// spanState is a Thread's current span (a field of Thread).
type spanState struct {
	// (Thread.spOn and Thread.spActive, the flags the hot paths test, are
	// fields of Thread itself, next to the fields those paths use.)
	// optimistic says the span is abortable, so shared objects may be
	// read without the token (readlog.go). Equal to active today.
	optimistic bool
	// abortReq asks for an abort at the next boundary or error check
	// (set by code that cannot return errAbort).
	abortReq bool
	// cause is what the requested abort is counted as.
	cause abortCause
	// cooldown counts outermost boundaries to pass before an abortable
	// span begins again: a span re-run after an abort runs irrevocably.
	cooldown int
	// reads is the read log of lock-free reads; notes says what each
	// read and where, kept only when conflict sites are reported.
	reads []readEntry
	notes []readNote
	// locked are the version words this thread's transaction locked
	// (readlog.go): unlocked where the transaction ends.
	locked []*versionWord
	// conflict is the last failed validation (for -stm-report).
	conflict readConflict
	// undo is the undo log (span_undo.go).
	undo undoLog
	// snap is the saved thread state and frames (span_snapshot.go).
	snap spanSnapshot
	// out is the output waiting for commit (span_output.go).
	out spanOutput
	// dw are the stores into shared dicts waiting for commit
	// (span_dictwrites.go); applySite, while they are applied with
	// -stm-report, is where the one being applied was made.
	dw        dictWrites
	lastRead  lastDictRead // (span_dictwrites.go)
	la        []listAppend // appends and item stores to shared lists (span_listappends.go)
	ls        listSpan     // list read sides to sync, buffer index (span_liststores.go)
	is        []instStore  // attribute stores (span_inststores.go)
	isSlots   []slotInfo   // applyInstStores's scratch: one instance's stored slots
	sw        setWrites    // set adds and discards (span_setwrites.go)
	nd        nameDeletes  // deletes of module globals (span_namedeletes.go)
	applySite *codeSite
	warmSink  int64 // keeps storeBatch's warming loads (never read)
	// nameReads is the filter of the globals' reads (span_globals.go).
	nameReads nameReadFilter
	// begun is when the span began (time lost to aborts), taken only
	// for -stm-report (reading the clock costs more than a short span).
	begun time.Time
	// boundaries counts the outermost boundaries the span ran across;
	// at length it commits.
	boundaries, length int
	// fit is the length the next span gets: spanBoundaries at first,
	// cut to a quarter by each conflict, grown by a quarter (plus one) by
	// each commit up to spanMaxBoundaries, so a thread whose spans keep
	// meeting other threads' writes re-runs little work each time.
	fit int
	// deepFrom is the call depth at which a span last could not begin
	// (tooDeepForSpan); 0 when none.
	deepFrom int
	// contention rises with each conflict (by penalty) and falls by 1
	// with each commit (and each atomic block it sends to the token): at
	// contentionPessimistic atomic blocks run holding the token (token.go).
	// penalty doubles when a conflict comes while contention is still
	// above zero (the optimism tried again and failed again) and starts
	// over at contentionPessimistic otherwise: a thread on a structure
	// every transaction writes stays pessimistic longer and longer.
	contention, penalty int
	// id names the running span, unique among all threads' spans: the
	// thread's number above spanIDBits, its span count below; lastID is
	// the last one given. Objects stamped with it (Generator.spanMark)
	// were made or logged in the running span.
	id, lastID uint64
	// rng is the injection PRNG state (xorshift64*), per thread.
	rng uint64
	// stats are this thread's counters, added to the interpreter's when
	// the thread's outermost loop ends.
	stats SpanStats
	// locks are the locks the span touched (span_locks.go); retry is a
	// retry's saved reads (span_retry.go).
	locks spanLocks
	retry retryState
}

// abortCause says why a span aborted.
type abortCause uint8

const (
	causeInjected abortCause = iota
	causeConflict
	causeRetry // a wait inside an atomic block (span_retry.go)
)

// spanConfig is the interpreter's span policy (a field of Interpreter).
type spanConfig struct {
	// sites says conflict sites are recorded for -stm-report (writers'
	// sites on version words).
	sites bool
	// abortRate is -stm-abort-rate: the probability that an abortable
	// span is aborted at commit.
	abortRate float64
	// enabled says spans may be abortable: parallel mode with sharing
	// begun or abortRate > 0.
	enabled atomic.Bool
	// threads counts the threads made (the injection PRNG's seeds).
	threads atomic.Uint64
	// stats accumulates the threads' counters.
	stats spanStatsAcc
	// conflicts keeps the first conflict records for the report.
	conflicts conflictLog
	// retry holds the waiters of retrying threads (span_retry.go).
	retry retryHub
}

// SpanStats are the counts -stm-report prints about spans.
type SpanStats struct {
	// Begun counts abortable spans begun, Committed those committed
	// while abortable, Irrevocable those that became irrevocable.
	Begun, Committed, Irrevocable uint64
	// Injected and Conflicts count aborts by cause; Retries counts
	// rollbacks for a wait inside an atomic block (span_retry.go).
	Injected, Conflicts, Retries uint64
	// Lost is the time spent in spans that aborted.
	Lost time.Duration
	// UndoRecords counts undo records written.
	UndoRecords uint64
	// BufferedStores counts stores into shared dicts buffered until
	// commit (span_dictwrites.go) instead of taking the token.
	BufferedStores uint64
	// BufferedAppends counts appends to shared lists buffered likewise.
	BufferedAppends uint64
	// BufferedItemStores counts l[i] = v stores into shared lists
	// buffered likewise (span_liststores.go).
	BufferedItemStores uint64
	// BufferedListMoves counts pops, inserts, deletes, clears and
	// extends of shared lists buffered likewise (span_listops.go).
	BufferedListMoves uint64
	// BufferedSetWrites counts adds and discards of shared sets
	// buffered likewise (span_setwrites.go).
	BufferedSetWrites uint64
	// LateCommits counts commits finished outside the token
	// (span_latewrites.go).
	LateCommits uint64
}

func (s *SpanStats) add(o *SpanStats) {
	s.Begun += o.Begun
	s.Committed += o.Committed
	s.Irrevocable += o.Irrevocable
	s.Injected += o.Injected
	s.Conflicts += o.Conflicts
	s.Retries += o.Retries
	s.Lost += o.Lost
	s.UndoRecords += o.UndoRecords
	s.BufferedStores += o.BufferedStores
	s.BufferedAppends += o.BufferedAppends
	s.BufferedItemStores += o.BufferedItemStores
	s.BufferedListMoves += o.BufferedListMoves
	s.BufferedSetWrites += o.BufferedSetWrites
	s.LateCommits += o.LateCommits
}

// initSpans sets the interpreter's span policy from opts.
func (in *Interpreter) initSpans(opts Options) {
	in.spans.abortRate = opts.STMAbortRate
	in.spans.sites = opts.STMReport
	if opts.Parallel && opts.STMAbortRate > 0 {
		in.spans.enabled.Store(true)
	}
	markSafeBuiltins(in)
}

// enableSpans turns abortable spans on (sharing has begun: a second
// thread starts). t is the thread starting it.
func (in *Interpreter) enableSpans(t *Thread) {
	if !in.threads.parallel {
		return
	}
	in.spans.enabled.Store(true)
	t.spOn = true
	if in.onParallel != nil { // (called once: shareWithThread)
		in.onParallel()
	}
}

// initThreadSpans prepares a new thread's span state: spans on when they
// are enabled, and an injection PRNG seeded by the thread's number.
func (t *Thread) initThreadSpans() {
	id := t.interp.spans.threads.Add(1)
	t.sp.rng = id*0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D
	t.sp.lastID = id << spanIDBits
	if t.sp.rng == 0 {
		t.sp.rng = 1
	}
	t.spOn = t.interp.threads != nil && t.interp.spans.enabled.Load()
}

// spanBoundary is the span's part of a loop boundary: at the outermost
// loop it commits the running span (errAbort: it aborted instead). It
// reports whether a new span may begin after the boundary's scheduling.
func (t *Thread) spanBoundary() (outermost bool, err error) {
	if t.sp.abortReq {
		return false, errAbort
	}
	if !t.outermostLoopSpan() {
		return false, nil
	}
	if t.spActive {
		if t.th.atomic > 0 {
			// Inside an atomic block the span cannot commit; grown too
			// big, it goes on irrevocably, holding the token to the exit.
			t.sp.boundaries++
			if t.spanLogsFull() {
				return false, t.becomeIrrevocable()
			}
			return false, nil
		}
		if !t.spanEnds() {
			return false, nil // the span goes on across this boundary
		}
		if err := t.commitSpan(); err != nil {
			return false, err
		}
	}
	return true, nil
}

// spanIDBits is how many low bits of a span id count a thread's spans.
const spanIDBits = 40

// spanBoundaries is how many outermost boundaries a thread's first span
// runs across before it commits, and spanMaxBoundaries how many its spans
// grow to while they commit without conflicts (spanState.fit): a span's
// fixed costs (saving the frames, the commit, a record per object it
// writes) are paid once per so many loop iterations, while a rollback
// re-runs at most that many. 64 -> 256 took 11% of the instructions off
// the generator benchmark in a worker thread (a record per generator per
// span) and 0.5-2% off chaos and go. Under injection (-stm-abort-rate)
// spans are 1 to 4 boundaries long instead, so that rollbacks start from
// as many points of a program as possible.
const (
	spanBoundaries    = 64
	spanMaxBoundaries = 256
)

// Bounds on what a span accumulates before it commits at a boundary.
const (
	maxSpanUndo   = 4096
	maxSpanReads  = 1024
	maxSpanOutput = 32 << 10
)

// spanEnds reports whether the running span commits at this outermost
// boundary: it has run spanBoundaries boundaries, it holds the token
// (committed at once, the token is released as in stage 1), or its logs
// or pending output have grown.
func (t *Thread) spanEnds() bool {
	t.sp.boundaries++
	if t.spanHoldsToken() {
		return true
	}
	if t.spanLogsFull() {
		return true
	}
	return t.sp.boundaries >= t.sp.length && !t.commitLater()
}

// commitLater says a span due to commit goes on instead, for at most
// its length again: its commit would take the token (it buffered
// writes), and another thread holds the token now. Waiting for it is
// time lost, while running on is work done; the commit is tried again at
// the next boundary. With threads inserting into one dict
// (bench/scaling/insdict.py) a committer otherwise waited for the other
// thread's commit at nearly every one of its own.
func (t *Thread) commitLater() bool {
	if t.sp.boundaries >= 2*t.sp.length || t.bufferedWrites() == 0 || t.interp.spans.abortRate > 0 {
		return false
	}
	st := t.th.st
	return st != nil && st.TokenBusy()
}

// spanLogsFull reports that the span's logs or pending output grew past
// their bounds.
func (t *Thread) spanLogsFull() bool {
	return t.sp.undo.n > maxSpanUndo || len(t.sp.reads) > maxSpanReads || len(t.sp.out.buf) > maxSpanOutput ||
		t.bufferedWrites() > maxSpanWrites
}

// spanQuiet reports that a boundary has nothing to do for spans (the
// fast path of loopBoundary and yieldGIL, taken only with spans on): no
// abort requested, no event posted and no step budget (ev.pending), no
// write locks of a stage-1 transaction to end (outside an abortable
// span), and the scheduler wants nothing of the thread (Pending: it does
// not hold the token, nobody waits for the token or a run slot). The
// slow path would then make no change: spanEvents, spanHandover and
// takeEvent return nil, and Boundary releases nothing and yields nothing
// (its shutdown test is skipped as it is with spans off whenever Pending
// is false).
func (t *Thread) spanQuiet() bool {
	if !t.spOn || t.sp.abortReq || t.ev.pending() || (!t.spActive && len(t.sp.locked) > 0) {
		return false
	}
	st := t.th.st
	return st == nil || !st.Pending()
}

// spanQuietNested is spanQuiet for a thread that holds the token in a
// nested loop (out of line, tried after spanQuiet said no, which keeps
// spanQuiet small enough to inline). Pending says the token is held, for
// its release at an outermost boundary: none can happen in a nested loop,
// so the slow path acts there only when the scheduler asks for a yield (a
// waiter, a run slot, shutdown) or the thread has something of its own
// pending. A program run by exec in a worker thread holds the token there
// for long stretches.
//
//go:noinline
func (t *Thread) spanQuietNested() bool {
	st := t.th.st
	if st == nil || t.goLoops <= 1 || !st.HoldsToken() || !t.spOn || t.sp.abortReq || t.ev.pending() ||
		(!t.spActive && len(t.sp.locked) > 0) {
		return false
	}
	return !st.Scheduler().ShouldYield()
}

// spanJumpQuiet is the common backward jump of a running abortable span,
// tested in the loop before loopBoundary: nothing pending (no abort
// asked, no event, the scheduler wants nothing: spanQuiet), the span
// goes on (below its length), and the jump is in the outermost loop; it
// only counts the boundary. Seven jumps in eight: on the eighth, and in
// any other case, loopBoundary runs its own fast path, which also looks
// at the logs' sizes (their bounds are soft: a span commits at the first
// boundary past them). In a worker thread, the call chain of a quiet jump
// was about 58 instructions per iteration of a tight loop.
func (t *Thread) spanJumpQuiet() bool {
	if !t.spActive || !t.spOn || t.sp.abortReq || t.ev.pending() || t.goLoops > 1 {
		return false
	}
	b := t.sp.boundaries + 1
	if b >= t.sp.length || b&7 == 0 {
		return false
	}
	if st := t.th.st; st != nil && st.Pending() {
		return false
	}
	t.sp.boundaries = b
	t.th.touched = false
	return true
}

// spanGoesOn reports that the running abortable span goes on at this
// backward jump if it is outermost: spanEnds would report false (the
// counter below length, the logs small; the token is not held, as
// spanQuiet checked).
func (t *Thread) spanGoesOn() bool {
	return t.sp.boundaries+1 < t.sp.length &&
		t.sp.undo.n <= maxSpanUndo && len(t.sp.reads) <= maxSpanReads && len(t.sp.out.buf) <= maxSpanOutput &&
		t.bufferedWrites() <= maxSpanWrites
}

// outermostLoopSpan is outermostLoop with no depth bound: spans must know
// for sure. The loops on the Go stack are counted by t.goLoops (runFrame
// and Generator.run count the loop they start), and each of them runs
// from an entry frame of the frame chain that stays there until the loop
// returns, so the chain holds at most one entry frame exactly when at
// most one loop runs: an O(1) test instead of walking the chain at every
// backward jump. A rollback restores goLoops with the frames
// (span_snapshot.go), so the two agree again before the re-run. Race
// builds (the CI's tests) check the equivalence at every call.
func (t *Thread) outermostLoopSpan() bool {
	if spanChecks && t.depth < maxCheckedDepth {
		t.checkLoopCount()
	}
	return t.goLoops <= 1
}

// maxCheckedDepth bounds the call depth at which checkLoopCount walks the
// frame chain: the walk at every call made deep recursion quadratic in
// race builds (a 25,000-deep sum(gen) recursion inside a span took ten
// minutes under -race).
const maxCheckedDepth = 1000

// checkLoopCount panics when t.goLoops disagrees with the entry frames of
// the frame chain (spanChecks builds only).
func (t *Thread) checkLoopCount() {
	entries := 0
	for f := t.frame; f != nil; f = f.back {
		if f.entry {
			entries++
		}
	}
	if (entries <= 1) != (t.goLoops <= 1) {
		panic("span: " + itoa(int64(entries)) + " entry frames in the frame chain but " + itoa(int64(t.goLoops)) + " loops counted")
	}
}

// maybeBeginSpan begins an abortable span at an outermost boundary when
// the policy allows. pcBack says the current frame's pc is just past the
// boundary instruction (a JUMP), which a re-run executes again.
func (t *Thread) maybeBeginSpan(pcBack int) {
	if !t.spOn || t.spActive {
		return
	}
	if t.sp.cooldown > 0 {
		t.sp.cooldown--
		return
	}
	if t.th.atomic > 0 || !t.interp.spans.enabled.Load() {
		return
	}
	if st := t.th.st; st != nil && st.HoldsToken() {
		// The transaction before ended at this outermost boundary; a
		// span begun holding the token would keep it (and stay
		// irrevocable) for as long as each iteration touches a shared
		// object (stage 1's keep policy), so it begins without.
		t.unlockWords()
		st.ReleaseToken()
	}
	if t.tooDeepForSpan() {
		return
	}
	t.newSpanID() // stamped on the frames snapshotBegin saves
	if !t.snapshotBegin(pcBack) {
		t.sp.deepFrom = t.depth
		return
	}
	t.sp.deepFrom = 0
	t.spActive = true
	t.sp.optimistic = true
	t.sp.boundaries = 0
	if t.sp.fit == 0 {
		t.sp.fit = spanBoundaries
	}
	t.sp.length = t.sp.fit
	if t.interp.spans.abortRate > 0 {
		t.sp.length = 1 + int(t.randFloat()*4)
	}
	if t.interp.spans.sites {
		t.sp.begun = time.Now()
	}
	t.sp.stats.Begun++
}

// tooDeepForSpan reports that no span can begin at this boundary: one
// could not at this call depth or a shallower one (its frame chain was
// longer than maxSpanFrames), and the thread has not returned above that
// depth since. A deep recursion then runs its loops as stage 1 does
// without trying, at every backward jump, to save a chain it cannot
// (hexiom in a worker thread: the attempts and the slow boundary path
// around them were 6% of its instructions).
func (t *Thread) tooDeepForSpan() bool { return t.sp.deepFrom > 0 && t.depth >= t.sp.deepFrom }

// newSpanID names the span about to begin (spanState.id).
func (t *Thread) newSpanID() {
	t.sp.lastID++
	t.sp.id = t.sp.lastID
}

// commitSpan ends the running abortable span: it may be aborted by
// injection or by a stale read log (errAbort); otherwise its output is
// written and its logs dropped.
func (t *Thread) commitSpan() error {
	if t.sp.abortReq {
		return errAbort
	}
	if r := t.interp.spans.abortRate; r > 0 && t.randFloat() < r {
		t.sp.abortReq, t.sp.cause = true, causeInjected
		return errAbort
	}
	if t.bufferedWrites() > 0 {
		// Buffered stores: validate and apply them holding the token,
		// which the boundary then releases at once (touched false: the
		// stage-1 policy keeps it for a thread that goes on touching
		// shared objects; this one touched none until its commit).
		t.prepareDictWrites() // probes outside the token (span_dictprepare.go)
		st := t.schedThread()
		late := !st.HoldsToken()
		st.AcquireTokenToCommit()
		t.th.touched = true
		if late = late && t.lateWritesFit(); !late {
			st.WaitOutside() // commits finished outside the token (span_latewrites.go)
		}
		if !t.readsValid() {
			t.sp.abortReq, t.sp.cause = true, causeConflict
			return errAbort
		}
		if late {
			t.commitLate(st)
		} else if !t.applyBufferedWrites() {
			t.sp.abortReq, t.sp.cause = true, causeConflict
			return errAbort
		}
		t.th.touched = false
	} else if len(t.sp.reads) > 0 {
		if t.sp.out.pending() {
			// Output goes out in commit order: validate and write it
			// holding the token, so no writer of what was read commits
			// between the two.
			t.acquireTokenRaw()
		}
		if !t.readsValid() {
			t.sp.abortReq, t.sp.cause = true, causeConflict
			return errAbort
		}
	}
	t.sp.stats.Committed++
	if t.sp.fit < spanMaxBoundaries {
		t.sp.fit = min(spanMaxBoundaries, t.sp.fit+t.sp.fit/4+1)
	}
	if t.sp.contention > 0 {
		t.sp.contention--
	}
	t.endSpan(true)
	t.unlockWords()
	return nil
}

// endSpan drops the span's logs; flush says its output is written.
func (t *Thread) endSpan(flush bool) {
	if flush {
		if t.bufferedWrites() > 0 {
			// Only a span ended by a status that stops its thread gets
			// here with stores left: it ends as it is, stores included.
			t.acquireTokenRaw()
			if !t.applyBufferedWrites() {
				t.dropInstStores() // no longer plain stores: left out
				t.sp.sw.reset()    // nor set writes meeting impure elements
				t.applyBufferedWrites()
			}
		}
		t.sp.out.flush(t)
	} else {
		t.sp.out.drop()
		t.dropBufferedWrites()
	}
	t.endSpanLocks(flush)
	t.sp.undo.clear()
	t.sp.snap.clear()
	t.clearReads()
	// A node remembered from this span's reads is covered by its read
	// log only until the span ends (span_dictwrites.go).
	t.sp.lastRead = lastDictRead{}
	t.spActive, t.sp.optimistic = false, false
}

// becomeIrrevocable makes the running span irrevocable before an effect
// it could not undo: its output so far is written and the rest of it runs
// as stage 1 does. It returns errAbort (and then nothing may happen) when
// the span must abort instead: an abort was requested, or its read log is
// stale (checked holding the token, which it keeps).
func (t *Thread) becomeIrrevocable() error {
	if !t.spActive {
		return nil
	}
	if t.sp.abortReq {
		return errAbort
	}
	if len(t.sp.reads) > 0 || t.bufferedWrites() > 0 || t.th.atomic > 0 {
		// (In an atomic block the token is held from here to its exit.)
		t.acquireTokenRaw()
		if !t.readsValid() || !t.applyBufferedWrites() {
			t.sp.abortReq, t.sp.cause = true, causeConflict
			return errAbort
		}
	}
	t.sp.stats.Irrevocable++
	t.endSpan(true)
	return nil
}

// irrevocableNow is becomeIrrevocable for code that cannot return an
// error: an abort panics with abortPanic (recovered by runBase).
func (t *Thread) irrevocableNow() {
	if t == nil || !t.spActive {
		return
	}
	if err := t.becomeIrrevocable(); err != nil {
		panic(abortPanic{})
	}
}

// rollback undoes the running span after an abort: the undo log newest
// first, then the frames and the thread state; its output is dropped and
// the next span re-runs irrevocably.
func (t *Thread) rollback() {
	st := &t.sp.stats
	retry := t.sp.cause == causeRetry
	if t.sp.cause == causeInjected {
		st.Injected++
	} else if retry {
		st.Retries++
	} else {
		st.Conflicts++
		t.sp.fit = max(1, t.sp.fit/4)
		if t.sp.contention > 0 {
			t.sp.penalty = min(2*t.sp.penalty, 256)
		} else {
			t.sp.penalty = contentionPessimistic
		}
		t.sp.contention = min(4096, t.sp.contention+t.sp.penalty)
		if t.sp.conflict.valid {
			t.interp.spans.conflicts.add(t.sp.conflict)
			t.sp.conflict = readConflict{}
		}
	}
	if t.spActive {
		if !t.sp.begun.IsZero() {
			st.Lost += time.Since(t.sp.begun)
		}
		t.sp.undo.rollback(t)
		t.sp.snap.restore(t)
	}
	t.endSpan(false)
	t.unlockWords()
	t.sp.abortReq, t.sp.cause = false, causeInjected
	t.sp.cooldown = 1
	if retry {
		t.sp.cooldown = 0 // the re-run is abortable again (retryPark)
	}
}

// randFloat returns a pseudo-random number in [0, 1) from the thread's
// injection PRNG.
func (t *Thread) randFloat() float64 {
	x := t.sp.rng
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	t.sp.rng = x
	return float64((x*0x2545F4914F6CDD1D)>>11) / (1 << 53)
}

// runBase runs f, just pushed, as the thread's outermost loop: the loop
// where spans begin and end, which rolls an aborted span back and runs it
// again from where it began.
func (t *Thread) runBase(f *Frame) (Value, error) {
	t.maybeBeginSpan(0)
	for {
		r, err := t.runCatchingAbort(f)
		if _, isExc := err.(*Exception); err != nil && err != errAbort && !isExc {
			// A status that stops the thread (ErrStopped, ErrStepLimit,
			// shutdown): it was taken once and a re-run would not see it
			// again, so the span ends as it is, never rolled back.
			t.endSpan(true)
			t.unlockWords()
			t.flushSpanStats()
			return r, err
		}
		if err == nil || err != errAbort {
			if !t.spActive {
				t.unlockWords()
				t.flushSpanStats()
				return r, err
			}
			if t.commitSpan() == nil {
				t.flushSpanStats()
				return r, err
			}
		}
		t.rollback()
		if err := t.retryPark(); err != nil {
			t.flushSpanStats()
			return Value{}, err
		}
		f = t.frame
		if f == nil {
			// Cannot happen: every span begins with a frame.
			return Value{}, Errorf(SystemErrorType, "transaction rolled back to no frame")
		}
	}
}

// runCatchingAbort is run, turning an abortPanic into errAbort.
func (t *Thread) runCatchingAbort(f *Frame) (r Value, err error) {
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(abortPanic); !ok {
				panic(p)
			}
			r, err = Value{}, errAbort
		}
	}()
	return t.run(f)
}

// flushSpanStats adds the thread's counters to the interpreter's.
func (t *Thread) flushSpanStats() {
	if t.sp.stats != (SpanStats{}) {
		t.interp.spans.stats.add(&t.sp.stats)
		t.sp.stats = SpanStats{}
	}
}

// spanTakeToken takes the token for an abortable span and validates its
// read log: from now on no writer can change what it read. A stale log
// aborts it (abortPanic: acquireToken cannot return an error).
func (t *Thread) spanTakeToken() {
	st := t.th.st
	if st == nil {
		st = t.schedThread()
	}
	if st.HoldsToken() {
		t.th.touched = true
		return
	}
	t.acquireTokenRaw()
	if len(t.sp.reads) > 0 && !t.readsValid() {
		t.sp.abortReq, t.sp.cause = true, causeConflict
		panic(abortPanic{})
	}
	if t.bufferedWrites() > t.lockWrites() {
		// Whatever the token holder reads next must see the span's
		// buffered stores: they are applied, and as they have no undo
		// record the span goes on irrevocably. (Lock writes need not:
		// every read of a lock looks in the span's lock log first.)
		t.irrevocableNow()
	}
}

// spanHandover is called at a boundary inside a nested loop, where the
// scheduler may hand the token over to a waiting thread and take it back:
// an abortable span holding the token becomes irrevocable first, since
// the other thread would see its uncommitted writes.
func (t *Thread) spanHandover() error {
	if !t.spActive {
		return nil
	}
	st := t.th.st
	if st == nil || !st.HoldsToken() || !st.Scheduler().ShouldYield() {
		return nil
	}
	if err := t.becomeIrrevocable(); err != nil {
		return err
	}
	t.unlockWords() // the transaction ends here: the token may change hands
	return nil
}

// keepToken reports that the scheduler must not hand the token over at
// this boundary (Boundary's atomic argument): an abortable span holds it,
// and another thread would see its uncommitted writes. spanHandover made
// the span irrevocable first when a waiter had asked.
func (t *Thread) keepToken() bool {
	return t.spActive && t.th.st != nil && t.th.st.HoldsToken()
}

// acquireTokenRaw takes the token without the span transition
// (acquireToken makes an abortable span irrevocable first).
func (t *Thread) acquireTokenRaw() {
	st := t.th.st
	if st == nil {
		st = t.schedThread()
	}
	t.th.touched = true
	st.AcquireToken()
}

// spanEvents is the span's part of every boundary: a requested abort is
// returned, and an event posted by another goroutine (which the boundary
// is about to raise) makes the span irrevocable first, since a re-run
// would not see it again.
func (t *Thread) spanEvents() error {
	if t.sp.abortReq {
		return errAbort
	}
	if len(t.sp.locked) > 0 && !t.spActive {
		// Outside an abortable span every boundary ends a transaction
		// (the token may change hands here): its write locks end.
		t.unlockWords()
	}
	if t.spActive && t.ev.posted.Load() {
		return t.becomeIrrevocable()
	}
	return nil
}

// spanHoldsToken reports whether t holds the token (a plain field test).
func (t *Thread) spanHoldsToken() bool {
	st := t.th.st
	return st != nil && st.HoldsToken()
}
