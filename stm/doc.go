// Package stm is pystm's software transactional memory engine: the layer
// under every object that more than one Python thread can reach. It knows
// nothing of Python; the runtime builds on it.
//
// # Using it
//
// An Engine is one transactional memory (one per interpreter; the package
// keeps no global state). Each thread owns one Tx, made by Engine.NewTx and
// reused for every transaction the thread runs, so steady-state
// transactions allocate nothing. The runtime drives it at bytecode
// boundaries:
//
//	tx.Begin()
//	... barriers: Load/Modify on client objects, Var, QCell, Map, Vec ...
//	err := tx.Commit() // nil, or ErrAbort: already rolled back
//
// A barrier that finds the transaction doomed returns ErrAbort, a plain
// error value that the interpreter returns up the Go stack to where the
// transaction began; it then calls Abort and Begin again (Backoff in
// between). ErrRetry, from Tx.Retry, asks to wait: Abort, WaitForChange,
// Begin. Neither is ever a panic or a Python exception. Tx.Atomically
// packages this loop for Go callers and tests.
//
// The other entry points: Publish (an object becomes shared), LogUndo,
// Born and NeedsUndo (thread-local objects), BecomeIrrevocable and
// BeginIrrevocable (effects that cannot be undone), OnCommit and
// CommitTimestamp (deferred effects in serial order), SetSite and
// Engine.Stats (conflict reports), Config.InjectRate (fault injection),
// Counter (non-transactional bookkeeping).
//
// # Objects
//
// Go forbids racy reads of multiword values: a torn slice or interface can
// crash the process before any validation runs. So this engine never lets
// anyone read memory that is being written. The committed state of a shared
// object is an immutable value reached through one pointer, and each object
// has a Header of three words, all read and written with sync/atomic:
//
//   - state: the pointer to the committed state;
//   - version: the commit timestamp of that state, with a lock bit set
//     only while a committing transaction writes back a new state;
//   - owner: the write-set entry of the transaction that is writing the
//     object, or nil.
//
// A writer never modifies the committed state. At its first write it takes
// ownership (compare-and-swap of owner from nil to its entry) and makes a
// private copy; later reads and writes by the same transaction find the
// copy with one load and one compare (owner.tx == tx), with no search of a
// write set. At commit the copy becomes the new committed state by one
// atomic pointer store.
//
// # Snapshots: TL2 with extension (LSA)
//
// A global version clock counts writer commits. A transaction begins by
// sampling it into its snapshot rv. Its read barrier loads owner, version,
// state and version again; if the two version loads agree, the lock bit is
// clear and version <= rv, the state is the one committed at that version,
// and it is logged as (header, version). Nothing is written to shared
// memory, so readers are invisible and read-mostly sharing scales.
//
// If an object is newer than the snapshot, the transaction does not abort
// at once: it samples the clock again and validates its whole read set (each
// version unchanged, no lock held by another). If that succeeds, every value
// it read is still current, so the snapshot moves to the new clock value and
// the read proceeds (lazy snapshot algorithm).
//
// A writer commits in five steps:
//
//  1. lock: set the lock bit on the version word of every object it
//     owns and changed (it already owns them, so no one else can);
//  2. tick: wv := clock.Add(1);
//  3. validate the read set against the current versions, unless wv ==
//     rv+1 (no one committed since the snapshot); a version locked by
//     another committer is a conflict here, never a wait;
//  4. write back: store each private copy into state, then wv into
//     version (clearing the lock bit);
//  5. release ownership and run commit hooks.
//
// Invariant 1 (consistency of a snapshot). Every state a transaction has
// read was the latest committed state of its object at time rv. Proof: a
// writer with wv <= rv locked its objects before taking its tick, and the
// reader sampled rv after that tick; so when the reader loads such an
// object it sees either the lock bit (it waits and reloads) or the state
// written at wv. A writer with wv > rv leaves version > rv, which sends the
// reader to extension. So no read mixes states from either side of a
// commit: opacity, for every transaction, including one that will abort.
//
// Invariant 2 (extension preserves it). Extension samples now, then checks
// that no read object changed or is locked. Any writer with tick <= now is
// locked or published by the time of the check, so a passing check means
// no writer in (rv, now] touched what was read: the read set is consistent
// at now, and rv may move there.
//
// Invariant 3 (serializability). A writer's reads are valid at wv-1
// (step 3 ran after the tick, with the write set locked), and its writes
// take effect at wv, so it serialises at wv. A read-only transaction
// serialises at rv and needs no validation and no tick. The tests replay
// histories in this order (commit timestamps; a read-only transaction
// after the writer whose tick equals its snapshot) and check every read.
//
// Ownership at the first write (encounter-time locking) makes write/write
// conflicts show at once: the second writer finds the owner word taken and
// contention management decides (below). Read/write conflicts show at
// validation. Readers do not wait for owners: until the owner's commit,
// the committed state is still the right one to read.
//
// # Containers
//
// HashMap (and Map, its form for Go-comparable keys) groups keys by hash
// into buckets, each a transactional object of its own (created empty on
// first mention, outside transactions, which is invisible); hashing and
// equality are the client's (Python's __hash__ and __eq__, which may
// fail). Inserts and updates of keys with different hashes touch different
// buckets and never conflict. The size is a separate cell: an insert or
// delete records a delta that commit applies while holding the size cell
// for its write-back only, so only transactions that read the size (Len,
// Items) conflict with size changes. Insertion order is (commit timestamp,
// order within the transaction), settled at write-back, which is the
// serial order.
//
// Vec stores elements in chunks of 32; each chunk is a transactional
// object whose state also holds, per slot, the timestamp of the slot's last
// write. A read of element i logs the slot version and the predicate
// "length > i" instead of versions of the chunk and the length, and
// validation checks those: a read conflicts with a write of that slot or a
// change of length that makes i invalid, not with an append or a write of
// a neighbour. Writing an element copies one chunk, so a change to a large
// vector costs O(1), not a copy of the vector; write/write conflicts are
// per chunk. Insert and RemoveAt move the tail, as list.insert and
// list.pop(i) do.
//
// # Quasi-immutable cells
//
// Classes and global names are read constantly and written rarely. A
// QCell read checks the cell's timestamp against the snapshot, as any read,
// but is not logged; the transaction only notes that it read one. A
// committed write bumps the engine's epoch before taking its tick, and
// extension and commit of a transaction that read a quasi-immutable cell
// fail if the epoch moved. The argument of Invariant 2 carries over: the
// bump precedes the tick, so a transaction that sees the tick sees the
// bump. A cell written more than Config.QuasiDemoteAfter times is demoted
// for good to an ordinary cell; the demoting write still bumps the epoch,
// which catches any unlogged read made before the demotion.
//
// # Thread-local objects and publication
//
// A Header's zero value means thread-local. The runtime reads and writes
// such an object in place; an in-place write to an object that existed
// before the transaction is logged with LogUndo (old element, old length:
// O(1), never a copy), and Abort replays the log backwards. Born marks
// objects allocated by the running attempt, for which NeedsUndo is false.
// Publish makes an object shared, with an immutable state built from its
// fields; done inside a transaction it is part of it (an abort makes the
// object local again; no other thread could have reached it).
//
// # Contention, irrevocability, progress
//
// A transaction that finds an object owned by another aborts itself and
// backs off for a random time that grows with its consecutive aborts.
// After Config.PriorityAfter aborts it gets a priority (older first): a
// prioritised transaction kills a lower owner (moves its status from
// active to killed; the victim notices at its next barrier or commit and
// rolls back) and waits for the release. After Config.IrrevocableAfter
// aborts it takes the irrevocable token: at most one transaction holds it;
// it takes ownership of everything it reads as well as writes, kills
// whatever is in its way, and is never killed, so it commits. A
// transaction that loses to the irrevocable one waits for it to end and
// does not count that abort toward escalation; otherwise everyone queues
// for the token behind it and the engine degrades into a convoy. Transactions
// that are committing are never killed and wait for others only a bounded
// time (then they abort), so waiting forms no cycle. Every transaction
// therefore eventually commits, unless irrevocable transactions of other
// threads follow each other without end (the aborts it suffers from them
// are not counted). BecomeIrrevocable switches a running transaction
// (for an effect that cannot be undone): it locks its read set and fails,
// so that the next attempt starts irrevocable, if a read is already stale.
//
// # Commit hooks and deferred effects
//
// OnCommit registers a hook that runs after commit with the commit
// timestamp. A transaction with hooks commits as a writer (it takes a
// tick), and commits with hooks take, tick and run their hooks under one
// lock, so hooks run in timestamp order: buffered output appears in the
// serial order. An irrevocable transaction holds that lock until it ends,
// so output of other transactions follows it.
//
// # Retry
//
// Tx.Retry returns ErrRetry. After Abort, WaitForChange blocks until some
// object the attempt read has a newer version (writers wake waiters only
// when there are any; a waiter rechecks its read set before sleeping
// again), so the transaction runs again exactly when its outcome may
// differ.
//
// # Statistics and fault injection
//
// Each Tx counts commits, aborts by Cause, and the time spent in attempts
// that aborted (read from the processor's tick counter, converted to time
// by Engine.Stats; retries are always timed, first attempts one in eight,
// weighted by eight, because reading the counter costs a quarter of a short
// transaction); counters of live transactions are published every 32
// commits and at every abort, exactly at Close. Conflicts are recorded by
// cause and by the Sites of both parties, with their count and the time the
// losers lost: the loser's site; the winner's is the owner's (write/write,
// kills, irrevocability) or, for a read that turned stale, the site of the
// last committed write to that object, which every write-back leaves in
// the header. The client sets the site per access (file, line, function,
// type and attribute or key) with SetSite. Config.TrackPeak makes the engine
// count transactions running at once. Config.InjectRate aborts that
// fraction of attempts at a random barrier or at commit; Abort makes this
// invisible, which the tests check by comparing final states.
//
// # Costs
//
// On the development machine (2-core AMD EPYC, shared, medians of 5): a
// read-only transaction over 10 objects 43 ns (35-39 ns of CPU) with no
// allocation, against 10.5 ns for the same reads under a sync.Mutex; a
// two-object transfer 125 ns with two allocations (the new immutable
// states), against 11 ns; ten quasi-immutable reads 25 ns. On 1 µs
// transactions over disjoint objects the CPU time per transaction is the
// same with one goroutine and two (1039 and 1050 ns), because the only
// shared word written per transaction is the padded version clock.
// anacrolix/stm takes 9-18 times as long for the read-only transaction and
// is not opaque (bench/stmcompare).
package stm
