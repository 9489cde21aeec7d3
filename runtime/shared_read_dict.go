package runtime

import (
	"sync"
	"sync/atomic"
)

// This file defines the read side of a shared dict: what threads read
// when they look a key up without the token (stage 2 of issue #7; the
// common part is in shared_read.go).
//
// Layout: a hash table of nodes, one per key, separate from the dict's
// own entries and index (which the token holder keeps using as in stage
// 1, so thread-local dicts pay nothing). A node holds the key (the same
// object as the dict's entry), its hash, a version word and the value
// behind an atomic pointer to an immutable copy. The table's slots are
// atomic pointers that only ever go from nil to a node; a deleted key's
// node stays in its slot with a nil value (dead) until the table is
// rebuilt, so a reader walking an old table still ends at a nil slot.
//
// Versions: one word per key (a write to one key does not disturb the
// readers of the others) plus one for membership (keys), bumped when a
// key is added or removed, which len() (and a set's iteration) records.
// gen is bumped by the build: the builder's span may have written the
// dict before, so the side stays locked (lockedVersion) until that span
// commits.
//
// Striped misses (dicts and sets alike): per table, words for absent
// keys (miss stripes, a quarter as many as slots, at least 32), chosen
// by hash. A lookup that finds nothing (`k in d` false, d.get(k)'s
// default, KeyError, a global that falls through to the builtins)
// records its key's stripe, which only an insert of a key of that stripe
// bumps, so `if k not in d: d[k] = v` on disjoint keys does not conflict
// with the inserts of other keys (except those that share the stripe:
// about one in len(slots)/4). A removal moves no stripe: a lookup that
// passes a dead node of its key records the node's word instead (bumped
// by the removal), and a regrow carries over the dead nodes whose removal
// is uncommitted (locked). A new table (regrow, clear) has new stripes:
// the old table's are moved on after the new table is published
// (retireMisses), and a miss counts only if the table it probed was
// still the side's table after its stripe was loaded, so a reader either
// sees its record invalidated or takes the token path. A dropped side
// bumps every stripe of its table. So a recorded (stripe, version) stays
// current exactly as long as no key of that stripe was inserted into the
// table, and the table was not replaced: a cache that keeps the stripe
// word and compares its version (LOAD_GLOBAL's builtin entries,
// span_globals.go: "no global shadows this builtin") learns of every
// insert that could make its key present.
//
// Why stripes and not the keys word for misses: every insert bumps the
// keys word, so threads doing `if k not in d: d[k] = v` on disjoint keys
// failed validation at nearly every commit of another thread (894 of
// 10,931 spans in bench/scaling/checkins.py at 2 threads).
//
// Costs: a write to a shared dict that has a read side allocates the new
// value's copy and probes the node table: O(1). Growing the node table
// copies node pointers, amortised O(1) per insert. The side is built,
// once, by the first thread that wanted to read the dict without the
// token (O(n), under the token); dicts nobody reads that way (most
// module and class namespaces) never get one.

// dictShared is what a dict gets when it is published: the write lock of
// the no-thread readers (GetStr) and the read side, once built.
type dictShared struct {
	sync.RWMutex
	sideHolder
	// view is the dict's arrays for lock-free probes, and entries and
	// holes its counts as of its last write (span_dictprepare.go).
	view           atomic.Pointer[dictView]
	entries, holes atomic.Int64
	// growth holds the arrays of the next rebuild, made ahead by a
	// committer (span_dictgrow.go).
	growth dictGrowth
}

// sideHolder holds the read side of a shared dict or set, once built.
type sideHolder struct {
	rd atomic.Pointer[dictReadSide]
	// tokenReads counts the reads that wanted the read side before it
	// was built (buildAfter).
	tokenReads atomic.Int64
}

// tokenRead is for a lock-free reader that found no read side in h: its
// read takes the token path (the token is taken here). It returns how
// many reads have wanted the side, for the caller to build it once
// buildAfter says so — reading the object's size only now, holding the
// token.
func (h *sideHolder) tokenRead(t *Thread) int64 {
	t.acquireToken()
	return h.tokenReads.Add(1)
}

// buildAfter is how many reads of a dict of n items that wanted its read
// side take the token path before the side is built: at once for small
// dicts, after n/1024 reads for big ones, so that building it (O(n))
// costs at most about one token-path read per 1024 items of it — a
// program that reads a dict of millions once at its end (len(d) after the
// threads joined) does not pay a copy of it.
func buildAfter(n int) int64 { return 1 + int64(n)/1024 }

// dictReadSide is the lock-free-readable copy of a shared dict's items.
type dictReadSide struct {
	gen  versionWord
	keys versionWord
	n    atomic.Int64 // live keys, for len()
	tab  atomic.Pointer[dictReadTable]
	typ  *Type // dict or set, for conflict reports
}

// minMissStripes is the fewest miss stripes a table has.
const minMissStripes = 32

// missWord is the word of tab that guards the absence of keys hashing
// to h.
func (tab *dictReadTable) missWord(h int64) *versionWord {
	return &tab.miss[uint64(h)&uint64(len(tab.miss)-1)]
}

// retireMisses moves every miss stripe of tab, a table no longer the
// side's, on by a whole version: readers that recorded one are
// invalidated, and one that loads it now finds the table replaced
// (dictReadSide.get). Token held, after the new table was published.
// (No lock is needed: the retired table's misses stay true; what must
// not happen is that a miss recorded on it outlives an insert into the
// new one.)
func (tab *dictReadTable) retireMisses() {
	for i := range tab.miss {
		tab.miss[i].v.Add(2)
	}
}

// dictReadTable is an open-addressing table of nodes, probed as the
// dict's index is; its length is a power of two and at most two thirds
// of its slots are used, so every probe sequence reaches a nil slot.
type dictReadTable struct {
	slots []atomic.Pointer[dictReadNode]
	miss  []versionWord // guard absent keys (see above)
	fill  int           // slots holding a node, live or dead (writers only)
}

// dictReadNode is one key of a shared dict as lock-free readers see it.
type dictReadNode struct {
	key  Value // the dict entry's key object; never changes
	hash int64
	pure bool // pureKey(key): compared without Python code
	w    versionWord
	val  atomic.Pointer[Value] // the value, immutable; nil once deleted
}

// newDictReadTable returns an empty table with room for n keys and its
// miss stripes.
func newDictReadTable(n int) *dictReadTable {
	size := 8
	for 2*size < 3*(n+1) {
		size <<= 1
	}
	return &dictReadTable{
		slots: make([]atomic.Pointer[dictReadNode], size),
		miss:  make([]versionWord, max(minMissStripes, size/4)),
	}
}

// place puts a node into the first nil slot of its probe sequence.
func (tab *dictReadTable) place(n *dictReadNode) {
	mask := uint64(len(tab.slots) - 1)
	perturb := uint64(n.hash)
	i := uint64(n.hash) & mask
	for tab.slots[i].Load() != nil {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	tab.slots[i].Store(n)
	tab.fill++
}

// newDictReadNode returns a node for key k holding v.
func newDictReadNode(k Value, h int64, v Value) *dictReadNode {
	n := &dictReadNode{key: k, hash: h, pure: pureKey(k)}
	n.val.Store(&v)
	return n
}

// readSide returns the dict's read side, nil when it has none.
func (d *Dict) readSide() *dictReadSide {
	if d.lk == nil {
		return nil
	}
	return d.lk.rd.Load()
}

// buildReadSide makes the read side of the shared dict d from its
// entries. The caller holds the token, so no other writer is active; the
// caller's own span may have written d, hence gen.
func (d *Dict) buildReadSide(t *Thread) *dictReadSide {
	if rs := d.lk.rd.Load(); rs != nil {
		return rs
	}
	rs, tab := newReadSide(t, d.used, DictType)
	for i := range d.entries {
		if e := &d.entries[i]; e.key.IsValid() {
			tab.place(newDictReadNode(e.key, e.hash, e.value))
		}
	}
	d.lk.rd.Store(rs)
	return rs
}

// newReadSide returns a new read side of a typ (dict or set), locked by
// its builder t (gen), for n items, and its table, which the builder
// fills before it publishes the side.
func newReadSide(t *Thread, n int, typ *Type) (*dictReadSide, *dictReadTable) {
	rs := &dictReadSide{typ: typ}
	rs.gen.bump(t)
	tab := newDictReadTable(n)
	rs.n.Store(int64(n))
	rs.tab.Store(tab)
	return rs, tab
}

// Writer side: called with the token and the dict's write lock held,
// after the dict's own entries were changed, when the dict has a read
// side. Each bumps (locks: an odd version, readlog.go) the version words
// it is about to change BEFORE it publishes the new, uncommitted state:
// a reader that loaded the old even version and then sees the new state
// has recorded a version that is stale already. Publishing first would
// leave a window in which a reader sees the new state of one key at its
// old version and validates before the lock, while the writer's other
// keys are still old (a half-done transaction; the race tests caught it).

// find returns the live node of the key object k (identity: the node
// holds the very key object of the dict's entry), or nil.
func (rs *dictReadSide) find(k Value, h int64) *dictReadNode {
	tab := rs.tab.Load()
	mask := uint64(len(tab.slots) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		n := tab.slots[i].Load()
		if n == nil {
			return nil
		}
		if n.hash == h && n.key.Is(k) && n.val.Load() != nil {
			return n
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// set records that the existing key k now maps to v.
func (rs *dictReadSide) set(t *Thread, k Value, h int64, v Value) {
	n := rs.find(k, h)
	if n == nil {
		rs.insert(t, k, h, v)
		return
	}
	n.store(t, &v)
}

// store publishes *p, an immutable copy, as the node's value: locked
// first, then published (see above).
func (n *dictReadNode) store(t *Thread, p *Value) {
	n.w.bump(t)
	n.val.Store(p)
}

// insert records the new key k with value v.
func (rs *dictReadSide) insert(t *Thread, k Value, h int64, v Value) {
	tab := rs.tab.Load()
	if 3*(tab.fill+1) > 2*len(tab.slots) {
		tab = rs.regrow(tab)
	}
	n := newDictReadNode(k, h, v)
	// Locked before it is reachable: readers must not use the new key
	// before the writer's span commits.
	n.w.bump(t)
	rs.keys.bump(t)
	tab.missWord(h).bump(t)
	tab.place(n)
	rs.n.Add(1)
}

// regrow replaces a full table by one holding only the live nodes (the
// same node objects, so their versions carry over) and publishes it.
// Dead nodes whose deletion is not committed yet (a locked word) are
// carried over too: a reader of the new table must find the key's locked
// word (and take the token path), not miss it (its stripe does not move
// on a removal).
func (rs *dictReadSide) regrow(old *dictReadTable) *dictReadTable {
	keep := func(n *dictReadNode) bool {
		return n != nil && (n.val.Load() != nil || lockedVersion(n.w.load()))
	}
	count := 0
	for i := range old.slots {
		if keep(old.slots[i].Load()) {
			count++
		}
	}
	tab := newDictReadTable(count + 1)
	for i := range old.slots {
		if n := old.slots[i].Load(); keep(n) {
			tab.place(n)
		}
	}
	rs.tab.Store(tab)
	old.retireMisses()
	return tab
}

// remove records that the key k was deleted.
func (rs *dictReadSide) remove(t *Thread, k Value, h int64) {
	n := rs.find(k, h)
	if n == nil {
		return
	}
	n.w.bump(t)
	rs.keys.bump(t)
	n.val.Store(nil)
	rs.n.Add(-1)
}

// clear records that every key was removed.
func (rs *dictReadSide) clear(t *Thread) {
	old := rs.tab.Load()
	rs.keys.bump(t)
	for i := range old.slots {
		if n := old.slots[i].Load(); n != nil && n.val.Load() != nil {
			n.w.bump(t)
			n.val.Store(nil)
		}
	}
	// The keys removed are absent in the new table until this
	// transaction commits: its stripes start locked (a removal moves no
	// stripe, and no dead node is carried over to guard them).
	tab := newDictReadTable(0)
	for i := range tab.miss {
		tab.miss[i].bump(t)
	}
	rs.tab.Store(tab)
	old.retireMisses()
	rs.n.Store(0)
}

// Reader side: no token, only atomic loads of the side and immutable
// data. ok false means "take the token path" (the side is locked by an
// uncommitted write, or the lookup would need Python code).

// get looks up the pure key k (pureKey) with hash h.
func (rs *dictReadSide) get(t *Thread, k Value, h int64) (v Value, found, ok bool) {
	if lockedVersion(rs.gen.load()) {
		return Value{}, false, false
	}
	tab := rs.tab.Load()
	mw := tab.missWord(h) // what a miss records
	mv := mw.load()
	mask := uint64(len(tab.slots) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		n := tab.slots[i].Load()
		if n == nil {
			break
		}
		if n.hash == h {
			if n.key.Is(k) || (n.pure && pureEqual(n.key, k)) {
				nv := n.w.load()
				if lockedVersion(nv) {
					return Value{}, false, false
				}
				if p := n.val.Load(); p != nil {
					t.recordRead(&n.w, nv, readSite{typ: rs.typ, key: k})
					t.sp.lastRead.k, t.sp.lastRead.h, t.sp.lastRead.node = k, h, n
					return *p, true, true
				}
				// A deleted key: it may have been added again further on.
				// Its deletion is recorded by its word (the stripes do
				// not move on a removal): read before the deletion was
				// published, it is stale at validation.
				t.recordRead(&n.w, nv, readSite{typ: rs.typ, key: k})
			} else if !n.pure {
				return Value{}, false, false // its __eq__ could be Python code
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	if lockedVersion(mv) || rs.tab.Load() != tab {
		return Value{}, false, false // (see retireMisses)
	}
	t.recordRead(mw, mv, readSite{typ: rs.typ, key: k})
	return Value{}, false, true
}

// length returns the number of items.
func (rs *dictReadSide) length(t *Thread) (int, bool) {
	if lockedVersion(rs.gen.load()) {
		return 0, false
	}
	kv := rs.keys.load()
	if lockedVersion(kv) {
		return 0, false
	}
	n := rs.n.Load()
	t.recordRead(&rs.keys, kv, readSite{typ: rs.typ})
	return int(n), true
}

// lockFreeDict returns the exact shared dict v is when t should read it
// through its read side, building the side (under the token) the first
// time; nil means the token path.
func (t *Thread) lockFreeDict(v Value) (*Dict, *dictReadSide) {
	d, ok := v.obj.(*Dict)
	if !ok || d.typ != nil || !d.IsShared() || !t.lockFreeReads() {
		return nil, nil
	}
	rs := d.lk.rd.Load()
	if rs == nil {
		// This read takes the token path; later ones need not.
		if n := d.lk.tokenRead(t); n >= buildAfter(d.used) {
			d.buildReadSide(t)
		}
		return nil, nil
	}
	return d, rs
}

// sharedDictGet is d[k] (found false: KeyError) for a shared exact dict
// read without the token; ok false means take the token path.
func (t *Thread) sharedDictGet(v, k Value) (r Value, found, ok bool) {
	if !pureKey(k) {
		return Value{}, false, false
	}
	d, rs := t.lockFreeDict(v)
	if d == nil {
		return Value{}, false, false
	}
	h, err := hashValue(nil, k)
	if err != nil {
		return Value{}, false, false
	}
	if t.nameDeleted(d, k, h) {
		return Value{}, false, true // the span's own delete (span_namedeletes.go)
	}
	if r, ok := t.bufferedDictGet(d, k, h); ok {
		return r, true, true // its own store (span_dictwrites.go)
	}
	t.sp.lastRead.d, t.sp.lastRead.node = nil, nil
	r, found, ok = rs.get(t, k, h)
	if t.sp.lastRead.node != nil {
		t.sp.lastRead.d = d
	}
	return r, found, ok
}

// sharedDictLen is len(d) read without the token; ok false: token path.
func (t *Thread) sharedDictLen(v Value) (int, bool) {
	d, rs := t.lockFreeDict(v)
	if d == nil || t.sp.dw.has(d) || t.sp.nd.has(d) {
		return 0, false // (the token path applies the span's stores)
	}
	return rs.length(t)
}

// readGetItem, readContains and readLen are the lock-free attempts the
// barrier wrappers of the shared layouts' slots (type_share.go) make
// before taking the token, when t is in an abortable span (the wrappers
// test that inline: every list, set and dict operation passes there).
func (t *Thread) readGetItem(v, k Value) (Value, bool, error) {
	if l := t.listLockFree(v); l != nil { // LISTREAD (shared_read_list.go)
		return t.sharedListGetItem(l, k)
	}
	r, found, ok := t.sharedDictGet(v, k)
	if !ok {
		return Value{}, false, nil
	}
	if !found {
		return Value{}, true, keyError(k)
	}
	return r, true, nil
}

func (t *Thread) readContains(v, k Value) (found, ok bool) {
	if l := t.listLockFree(v); l != nil { // LISTREAD (shared_read_list.go)
		return t.sharedListContains(l, k)
	}
	if _, ok := v.obj.(*Set); ok { // shared_read_set.go
		return t.sharedSetContains(v, k)
	}
	_, found, ok = t.sharedDictGet(v, k)
	return found, ok
}

func (t *Thread) readLen(v Value) (int, bool) {
	if l := t.listLockFree(v); l != nil { // LISTREAD (shared_read_list.go)
		return t.sharedListLen(l)
	}
	if _, ok := v.obj.(*Set); ok { // shared_read_set.go
		return t.sharedSetLen(v)
	}
	return t.sharedDictLen(v)
}

// readSideSet is the writer-side hook for a value replaced in entry ix
// of a shared dict (write lock held).
func (d *Dict) readSideSet(t *Thread, ix int) {
	if rs := d.lk.rd.Load(); rs != nil {
		e := &d.entries[ix]
		rs.set(t, e.key, e.hash, e.value)
	}
}

// touchingMethodLockFree is touchingMethod for a read-only built-in
// method of a shared layout with a lock-free form: in an abortable span
// it tries read first (ok false: it could not decide without the token).
// The name keeps "touchingMethod": the barrier test finds it that way.
func touchingMethodLockFree(read func(t *Thread, args []Value, kwnames []string) (Value, bool),
	fn func(t *Thread, args []Value, kwnames []string) (Value, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) > 0 && args[0].obj != nil && sharedObject(args[0].obj) && t != nil {
			if t.optimisticReads() {
				if r, ok := read(t, args, kwnames); ok {
					return r, nil
				}
			}
			// As touchingMethod.
			t.acquireToken()
			for _, a := range args[1:] {
				t.publish(a)
			}
		}
		return fn(t, args, kwnames)
	}
}

// dictGetLockFree is dict.get(key[, default]) on a shared exact dict
// read without the token; ok false: the token path decides (and raises
// the argument errors).
func dictGetLockFree(t *Thread, args []Value, kwnames []string) (Value, bool) {
	if len(kwnames) > 0 || len(args) < 2 || len(args) > 3 {
		return Value{}, false
	}
	r, found, ok := t.sharedDictGet(args[0], args[1])
	switch {
	case !ok:
		return Value{}, false
	case found:
		return r, true
	case len(args) == 3:
		return args[2], true
	}
	return None, true
}

// addMethodLockFree is AddMethod for a method of a shared layout that has
// a lock-free form (touchingMethodLockFree).
func (typ *Type) addMethodLockFree(name string, read func(t *Thread, args []Value, kwnames []string) (Value, bool),
	fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	f := touchingMethodLockFree(read, fn)
	typ.Dict.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: f, Method: true, Owner: typ}))
}

// readSideRestored is for a rollback that put back a dict's entries
// wholesale (span_undo.go): the read side no longer matches them, so
// every reader of it is invalidated (every word bumped) and it is
// dropped; the next lock-free reader builds a new one under the token.
// Token held; a no-op when the dict has no read side.
func (d *Dict) readSideRestored(t *Thread) {
	if d.lk != nil {
		d.lk.drop(t)
	}
}

// drop invalidates every reader of h's read side (each of its words
// bumped) and forgets the side. Token held; a no-op without a side.
func (h *sideHolder) drop(t *Thread) {
	rs := h.rd.Load()
	if rs == nil {
		return
	}
	tab := rs.tab.Load()
	for i := range tab.slots {
		if n := tab.slots[i].Load(); n != nil {
			n.w.bump(t)
			// Dead, as a deleted key's: a node kept beyond the side
			// (LOAD_GLOBAL's entries, span_globals.go) is no longer
			// written by the dict's writers.
			n.val.Store(nil)
		}
	}
	rs.keys.bump(t)
	for i := range tab.miss {
		tab.miss[i].bump(t)
	}
	rs.gen.bump(t)
	h.rd.Store(nil)
}
