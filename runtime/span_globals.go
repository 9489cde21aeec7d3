package runtime

import (
	"sync/atomic"
	"unsafe"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file makes module globals conflict per name inside abortable spans
// (issue #7, stage 2; DESIGN.md: "module globals per name").
//
// Before: a span's STORE_GLOBAL into a shared module dict took the token
// and made the span irrevocable (the store had no undo record lock-free
// readers could live with), and its LOAD_GLOBAL read a value cached
// against the dict's one values version without recording it: a store to
// any global of the module voided every such entry (the re-read took the
// token), and the reads a span did make lock-free were never validated.
//
// Now, inside an abortable span and for a shared exact globals dict:
//
//   - LOAD_GLOBAL (and LOAD_NAME of module-level code) reads the name
//     through the dict's read side (shared_read_dict.go): one node per
//     key with its own version word, recorded in the span's read log. The
//     instruction's cache entry remembers the node (gixSpanGlobal), so a
//     hit is a few atomic loads and a log append; a store to another name
//     changes neither the node nor its word. A builtin is read the same
//     way from the builtins' read side, with the globals' miss stripe of
//     the name (shared_read_dict.go) as proof that no global shadows it
//     (gixSpanBuiltin): only a new global of that stripe (about one name
//     in len(slots)/4), not a rebound or removed one nor a new one of
//     another stripe, invalidates builtin reads.
//   - STORE_GLOBAL (and STORE_NAME of module-level code, and a module
//     attribute store) is buffered in the span's write buffer
//     (span_dictwrites.go) and applied when the span commits, holding the
//     token, by the code every token holder's store runs: the key's node
//     word is locked, the values are published, the word moves on when
//     the span's words are unlocked. Two spans storing different globals
//     conflict with neither each other's reads nor their stores; a span
//     whose read of a name another committed a store to fails validation
//     and runs again (global n; n += 1 from several threads stays exact).
//
// Why buffered and not in place (encounter-time locking): a module dict's
// entries are one Go structure that token holders and GetStr readers read
// in place; a span writing it without the token would race with them, and
// with the token it would serialise every span that writes a global. The
// buffer costs a probe of a small private table per store.
//
// Read-your-writes: every path that reads a namespace by name on the
// span's own thread must see its buffered stores. LOAD_GLOBAL and LOAD_NAME
// look in the buffer first (spanLoadGlobal); module attribute reads
// (module.go) too; the dict read side (globals()[k] through a dict
// operation) already does; any path that takes the token applies the
// buffer first (spanTakeToken, becomeIrrevocable), which covers imports,
// exec, class bodies and every non-audited built-in. What remains are Go
// readers that use GetStr with no thread: they read dunder names
// (__name__, __package__, __path__, __builtins__, __getattr__, __file__,
// ...), so stores of dunder names are never buffered. A dict that is also
// read as something else by name (an instance's assigned __dict__, exec's
// namespaces) is marked by asNamespace and never buffered either.
//
// Readers with no thread (import machinery, embedders) read under the
// dict's RW lock: the commit applies a span's stores into one dict under
// one write lock, so such a reader sees all or none of them; a name a
// span inserts is absent before its commit, which is when it exists.
//
// Outside abortable spans nothing changes (stage 1: the token), except
// that a thread there may use a node entry made by a span (a committed
// value: its word is even) where it would have used a value entry.

// Kinds of LOAD_GLOBAL cache entries made inside spans (gix field).
const (
	// gixSpanGlobal: the name's node in the globals' read side (rs);
	// bver 1 marks a read-modify-write site (read under the token by
	// threads outside spans, as gixSharedStored). A node whose name is
	// deleted, or whose read side is dropped, is dead (val nil) for good.
	gixSpanGlobal = -5
	// gixSpanBuiltin: the builtin's node in the builtins' read side,
	// valid while the name's miss stripe in the globals' read side (miss)
	// has version gver: the stripe moves on when a global of the stripe
	// is inserted, and when the globals' table is replaced or their read
	// side dropped, so a matching version says the name is still absent
	// from the globals (the argument is in shared_read_dict.go).
	gixSpanBuiltin = -6
	// gixSpanStore: STORE_GLOBAL's key object (value) and its hash (gver).
	gixSpanStore = -7
)

// spanLoadGlobal is LOAD_GLOBAL in an abortable span for shared globals
// (and LOAD_NAME where the locals are the globals): the entry's node, or
// a lookup in the read sides that makes one; the token path
// (loadGlobalMiss) when the read sides cannot answer.
func (t *Thread) spanLoadGlobal(f *Frame, i int) (Value, error) {
	slot := &f.code.globalCache[f.pc-1]
	if e := slot.Load(); e != nil && e.globals == f.globals {
		if v, ok := t.spanGlobalHit(f.globals, f.builtins, e, f.bc.Names[i]); ok {
			return v, nil
		}
	}
	if v, ok, err := t.spanGlobalLookup(f, i, slot); ok {
		return v, err
	}
	return t.loadGlobalMiss(f, i)
}

// spanGlobalLogged is the common hit of a span's entry for a global's
// node n, inline in the loop: n read again by an abortable span that has
// logged it at its current version already and buffered no store; *p
// gets the value, nil if the node died meanwhile (false or nil:
// spanLoadGlobal decides). Two atomic loads and a
// look at the log filter. (A logged version is even: a locked word never
// matches.)
func (t *Thread) spanGlobalLogged(n *dictReadNode, p **Value) bool {
	v := n.w.load()
	*p = n.val.Load()
	ix := int(*t.nameReadSlot(&n.w))
	return t.sp.dw.names == 0 && ix < len(t.sp.reads) && t.sp.reads[ix] == (readEntry{w: &n.w, v: v})
}

// spanGlobalHit reads the entry e of a span: ok false when it does not
// apply (another kind, a word locked by a writer that has not committed,
// a node dead: its name deleted or its read side dropped, a name
// shadowed). (A logged version is even: an odd one is never logged.)
func (t *Thread) spanGlobalHit(g, b *Dict, e *globalCacheEntry, name string) (Value, bool) {
	if e.gix != gixSpanGlobal && e.gix != gixSpanBuiltin {
		return Value{}, false
	}
	n := e.node
	if t.sp.dw.names > 0 {
		// The span's own delete of the global (span_namedeletes.go,
		// later than any store of it): the builtins answer
		// (spanGlobalLookup).
		if t.nameDeleted(g, n.key, n.hash) {
			if e.gix == gixSpanGlobal {
				return Value{}, false
			}
		} else if v, ok := t.bufferedDictGet(g, n.key, n.hash); ok {
			// Its own store of the name (a builtin's name too: a
			// buffered global shadows it).
			return v, true
		}
	}
	if e.gix == gixSpanBuiltin {
		mv := e.miss.load()
		if mv != e.gver || b != e.builtins {
			return Value{}, false
		}
		t.recordNameRead(e.miss, mv, name)
	}
	v := n.w.load()
	if lockedVersion(v) {
		return Value{}, false
	}
	p := n.val.Load()
	if p == nil {
		return Value{}, false
	}
	t.recordNameRead(&n.w, v, name)
	return *p, true
}

// spanGlobalLookup looks name i up in the read sides of the globals, then
// of the builtins, records what it read and caches the node found in
// slot; ok false: the token path decides (a read side is locked or was
// just built under the token, or the namespaces are not plain shared
// dicts).
func (t *Thread) spanGlobalLookup(f *Frame, i int, slot *atomic.Pointer[globalCacheEntry]) (v Value, ok bool, err error) {
	g, b := f.globals, f.builtins
	if g.typ != nil || !g.IsShared() {
		return Value{}, false, nil
	}
	name := f.bc.Names[i]
	key, h := NewStr(name), strHashString(name)
	if t.nameDeleted(g, key, h) {
		// Deleted by this span (span_namedeletes.go): the builtins only,
		// no entry (nothing recorded the globals' miss).
		return t.spanBuiltinOnly(b, key, h, name)
	}
	if v, ok := t.bufferedDictGet(g, key, h); ok {
		return v, true, nil
	}
	grs := t.nameReadSide(g)
	if grs == nil {
		return Value{}, false, nil
	}
	if n, v, found, ok := t.readSideName(grs, key, h); !ok {
		return Value{}, false, nil
	} else if found {
		rmw := uint64(0)
		if codeStores(f.bc, bytecode.STORE_GLOBAL, name) {
			rmw = 1
		}
		slot.Store(&globalCacheEntry{globals: g, gix: gixSpanGlobal, rs: grs, node: n, bver: rmw})
		return v, true, nil
	}
	// The miss just logged: its stripe and version (shared_read_dict.go's
	// get records a miss last, so it is the log's newest entry).
	miss := t.sp.reads[len(t.sp.reads)-1]
	if b.typ != nil || !b.IsShared() {
		return Value{}, false, nil
	}
	brs := t.nameReadSide(b)
	if brs == nil {
		return Value{}, false, nil
	}
	n, v, found, ok := t.readSideName(brs, key, h)
	switch {
	case !ok:
		return Value{}, false, nil
	case !found:
		return Value{}, true, nameError(name)
	}
	slot.Store(&globalCacheEntry{globals: g, builtins: b, gix: gixSpanBuiltin, rs: grs, miss: miss.w, gver: miss.v, node: n})
	return v, true, nil
}

// spanBuiltinOnly reads name (key, hash h) from the builtins b alone,
// for a span that deleted the global of that name: ok false: the token
// path decides.
func (t *Thread) spanBuiltinOnly(b *Dict, key Value, h int64, name string) (v Value, ok bool, err error) {
	if b.typ != nil || !b.IsShared() {
		return Value{}, false, nil
	}
	brs := t.nameReadSide(b)
	if brs == nil {
		return Value{}, false, nil
	}
	_, v, found, ok := t.readSideName(brs, key, h)
	switch {
	case !ok:
		return Value{}, false, nil
	case !found:
		return Value{}, true, nameError(name)
	}
	return v, true, nil
}

// spanModuleAttr is mod.name (LOAD_ATTR, LOAD_METHOD) on a shared module
// in an abortable span: the module's namespace read per name from its
// read side and logged, as LOAD_GLOBAL reads globals, the node cached in
// the instruction's global-cache slot (unused by attribute instructions).
// Only names found in the namespace; ok false: GetAttr decides (dunder
// names, module subclasses, a name the module lacks: its type's
// attributes, __getattr__, AttributeError).
func (t *Thread) spanModuleAttr(f *Frame, v Value, name string) (Value, bool) {
	m, isMod := v.obj.(*Module)
	if !isMod || m.typ != nil || dunderName(name) {
		return Value{}, false
	}
	d := m.Dict
	if d.typ != nil || !d.IsShared() || !t.sp.optimistic {
		return Value{}, false
	}
	slot := &f.code.globalCache[f.pc-1]
	if e := slot.Load(); e != nil && e.globals == d && e.gix == gixSpanGlobal {
		if r, ok := t.spanGlobalHit(d, nil, e, name); ok {
			return r, true
		}
	}
	if r, ok := t.bufferedName(d, name); ok {
		return r, r.IsValid() // (invalid: deleted; GetAttr decides)
	}
	rs := t.nameReadSide(d)
	if rs == nil {
		return Value{}, false
	}
	n, r, found, ok := t.readSideName(rs, NewStr(name), strHashString(name))
	if !ok || !found {
		return Value{}, false
	}
	slot.Store(&globalCacheEntry{globals: d, gix: gixSpanGlobal, node: n})
	return r, true
}

// nameReadSide returns the read side of the shared namespace d, building
// it under the token the first time (nil then: the caller reads under
// the token it now holds).
func (t *Thread) nameReadSide(d *Dict) *dictReadSide {
	if rs := d.lk.rd.Load(); rs != nil {
		return rs
	}
	t.acquireToken()
	d.buildReadSide(t)
	return nil
}

// readSideName is the read side's lookup of the str key (recorded in the
// read log) with the node it found.
func (t *Thread) readSideName(rs *dictReadSide, key Value, h int64) (n *dictReadNode, v Value, found, ok bool) {
	t.sp.lastRead = lastDictRead{}
	v, found, ok = rs.get(t, key, h)
	n = t.sp.lastRead.node
	t.sp.lastRead = lastDictRead{} // (not a data dict's key: nothing to reuse)
	if rl := t.sp.reads; ok && len(rl) > 0 {
		// The read get logged, known to recordNameRead's filter.
		*t.nameReadSlot(rl[len(rl)-1].w) = int32(len(rl) - 1)
	}
	if found && n == nil {
		return nil, Value{}, false, false
	}
	return n, v, found, ok
}

// recordNameRead records a read of a global's word, once per span for
// each (word, version) as far as a small filter of recent positions in
// the read log remembers (and, past the filter, the last few entries):
// a loop reading a few globals per iteration logs each once, not once
// per iteration. The filter needs no clearing: a position is trusted
// only when the log holds that very read there.
func (t *Thread) recordNameRead(w *versionWord, v uint64, name string) {
	slot := t.nameReadSlot(w)
	rl := t.sp.reads
	if i := int(*slot); i < len(rl) && rl[i].w == w && rl[i].v == v {
		return
	}
	for i := len(rl) - 1; i >= 0 && i >= len(rl)-nameReadsScanned; i-- {
		if rl[i].w == w && rl[i].v == v {
			*slot = int32(i)
			return
		}
	}
	*slot = int32(len(rl))
	t.recordRead(w, v, readSite{typ: ModuleType, name: name})
}

// nameReadsScanned is how many of the newest read-log entries
// recordNameRead compares when its filter does not know the word.
const nameReadsScanned = 8

// nameReadSlot is the filter's position for the word w: by address, at
// the granularity of read-side nodes (64 bytes, their size class).
func (t *Thread) nameReadSlot(w *versionWord) *int32 {
	return &t.sp.nameReads[(uintptr(unsafe.Pointer(w))>>6)&(1<<nameReadBits-1)]
}

// nameReadFilter is recordNameRead's filter: read-log positions by word.
type nameReadFilter [1 << nameReadBits]int32

const nameReadBits = 5

// committedGlobal is the value of a node entry for a thread outside
// abortable spans: the committed value (word even), read without the
// token and without a record, as stage 1 reads cached values; ok false at
// read-modify-write sites (read under the token) or when it does not
// apply.
func (e *globalCacheEntry) committedGlobal(f *Frame) (Value, bool) {
	switch e.gix {
	case gixSpanGlobal:
		if e.bver != 0 {
			return Value{}, false
		}
	case gixSpanBuiltin:
		if mv := e.miss.load(); mv != e.gver || f.builtins != e.builtins {
			return Value{}, false
		}
	default:
		return Value{}, false
	}
	if lockedVersion(e.node.w.load()) {
		return Value{}, false
	}
	if p := e.node.val.Load(); p != nil {
		return *p, true
	}
	return Value{}, false
}

// storeGlobalSpan is STORE_GLOBAL (and STORE_NAME where the locals are
// the globals) in an abortable span: the store of x under name i is
// buffered when it may be (bufferNameStore); false: the caller stores
// through the token path.
func (t *Thread) storeGlobalSpan(f *Frame, i int, x Value) bool {
	name := f.bc.Names[i]
	if dunderName(name) {
		return false
	}
	slot := &f.code.globalCache[f.pc-1]
	e := slot.Load()
	if e == nil || e.gix != gixSpanStore {
		// The key object and its hash, made once per instruction (the
		// entry holds nothing else, so it fits every globals dict).
		k := NewStr(name)
		e = &globalCacheEntry{gix: gixSpanStore, value: k, gver: uint64(strHashString(name))}
		slot.Store(e)
	}
	return t.bufferNameStore(f.globals, e.value, int64(e.gver), x)
}

// bufferNameStore buffers d[key] = x for the str key (hash h) of the
// shared namespace d when the running span may: an abortable span not
// holding the token (a holder stores in place), an exact dict never read
// as another kind of namespace, a value that needs no publication.
func (t *Thread) bufferNameStore(d *Dict, key Value, h int64, x Value) bool {
	if !t.sp.optimistic || d.typ != nil || !d.IsShared() || d.namespace.Load() || t.spanHoldsToken() {
		return false
	}
	b := &t.sp.dw
	if len(b.ws) >= 2*maxSpanWrites || !publishedAlready(x) || t.nameDeleted(d, key, h) {
		return false // (deleted by the span: program order, span_namedeletes.go)
	}
	if t.storesBackSame(d, key, h, x) {
		return true
	}
	var at codeSite
	if t.interp.spans.sites {
		at = t.site()
	}
	b.put(d, key, h, x, nil, at)
	b.names++
	t.sp.stats.BufferedStores++
	return true
}

// storesBackSame reports that storing x under the name key (hash h) of
// the shared namespace d would store back the very object the name holds
// (nothing of the span's own stored there): the read is logged, and the
// store can be left out. "global s; s |= x" stores s back after every
// in-place operation; as a store it moved the name's version word, so
// every other thread that read s, to operate on it too, conflicted, and
// their spans aborted or went irrevocable. Left out, it is equal to the
// store (the name still holds x when the span commits: the logged read
// says so) and the operation's own writes are the only ones.
func (t *Thread) storesBackSame(d *Dict, key Value, h int64, x Value) bool {
	if _, mine := t.bufferedDictGet(d, key, h); mine {
		return false
	}
	rs := d.lk.rd.Load()
	if rs == nil {
		return false
	}
	_, v, found, ok := t.readSideName(rs, key, h)
	return ok && found && v.Is(x)
}

// storeAttrSpan is a module attribute store (mod.name = x) in an
// abortable span: buffered as a global store is; false: token path.
func (t *Thread) storeAttrSpan(d *Dict, name string, x Value) bool {
	if t == nil || !t.spActive || dunderName(name) {
		return false
	}
	return t.bufferNameStore(d, NewStr(name), strHashString(name), x)
}

// bufferedName returns the running span's buffered store of name into
// the namespace d (read-your-writes for readers by name); ok with an
// invalid value: the span deleted the name (span_namedeletes.go).
func (t *Thread) bufferedName(d *Dict, name string) (Value, bool) {
	if t == nil || t.sp.dw.names == 0 {
		return Value{}, false
	}
	k, h := NewStr(name), strHashString(name)
	if t.nameDeleted(d, k, h) {
		return Value{}, true
	}
	return t.bufferedDictGet(d, k, h)
}

// loadNameSpan is LOAD_NAME in an abortable span: module-level code
// (locals are the globals) reads as LOAD_GLOBAL does; other namespaces
// (a class body, exec with separate locals: each made the span
// irrevocable on its way in) are read by GetStr, which does not see
// buffered stores, so a span that has some applies them first. ok false:
// the caller runs LOAD_NAME's usual path.
func (t *Thread) loadNameSpan(f *Frame, i int) (Value, bool, error) {
	if f.locals == f.globals && f.globals.IsShared() && f.globals.typ == nil {
		v, err := t.spanLoadGlobal(f, i)
		return v, true, err
	}
	if len(t.sp.dw.ws) > 0 || len(t.sp.nd.ws) > 0 {
		t.irrevocableNow()
	}
	return Value{}, false, nil
}

// dunderName reports a name of the form __x__: Go code reads such names
// from namespaces by GetStr, which has no thread and cannot see a span's
// buffer, so their stores are never buffered.
func dunderName(s string) bool {
	return len(s) > 4 && s[0] == '_' && s[1] == '_' && s[len(s)-1] == '_' && s[len(s)-2] == '_'
}
