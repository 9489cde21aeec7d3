package runtime

import "unsafe"

// This file defines the write buffer of a span (a redo log, issue #7,
// stage 2): stores into shared dicts that an abortable span makes
// without the token, applied to the dicts when the span commits.
//
// Why a buffer and not in-place writes: a shared dict's entries and index
// are one Go structure, read in place by every thread that holds the
// token and by the lock-free read side's builders; a span that wrote it
// in place without the token would race with them, and with the token it
// serialises every writer (stage 1: threads updating disjoint keys of one
// dict ran one at a time). Buffered, the span's stores cost a probe of a
// small private table; the commit takes the token once, validates the
// span's reads, applies the stores (the same code as a store made holding
// the token, so the read side's version words are locked and then moved
// on at commit) and releases it at once. Two spans that stored into one
// dict serialise only for their commits; one that read a key another
// then committed a store to fails validation and re-runs (TL2's
// write-back with commit-time locking, here the token).
//
// What is buffered (bufferDictStore): d[k] = v on an exact shared dict
// made as a data dict (a literal, a comprehension, dict(), copy or
// fromkeys: never a module, class, instance or exec namespace, which are
// read by paths that do not know the buffer), with a key that hashes and
// compares without Python code (pureKey) and a key and value that need no
// publication. Anything else takes the token path as before.
//
// Read-your-writes: the span's own lock-free reads of a dict it stored
// into look in the buffer first (d[k], k in d, d.get); len(d) takes the
// token path. Every token path of a span (spanTakeToken) and every step
// that makes it irrevocable applies the buffer first, so whatever reads
// a dict holding the token sees the span's stores.

// dictWrite is one buffered store: d[k] = v, k hashing to h.
type dictWrite struct {
	d    *Dict
	k, v Value
	h    int64
	// node is the key's read-side node when the span read the key
	// lock-free just before (d[k] += 1): the commit updates it without
	// a probe.
	node *dictReadNode
	at   codeSite // where the store was made (only for -stm-report)
	// probe is where the key was found or would go, probed before the
	// commit took the token (span_dictprepare.go); zero if not probed.
	probe dictProbe
}

// lastDictRead is the span's last lock-free read of a dict key that found
// a node (shared_read_dict.go): a store to the same key object right
// after (d[k] op= x, d[k] = d.get(k) + 1) reuses its hash and node.
type lastDictRead struct {
	d    *Dict
	k    Value
	h    int64
	node *dictReadNode
}

// dictWrites is a span's buffer. A store to a key already buffered
// replaces the value in place, so each (dict, key) appears once and the
// order of first stores is the order in which new keys are inserted at
// commit (as they would have been in place).
type dictWrites struct {
	ws []dictWrite
	// names counts the stores buffered into namespaces (bufferNameStore:
	// globals, module attributes). Only those are read back by name
	// (LOAD_GLOBAL, LOAD_NAME, module attribute reads), so those paths
	// look in the buffer only when it is not zero: a span that buffers
	// stores into a data dict keeps the inline global hit. (A data dict
	// is never a frame's globals: frames get module dicts and exec's
	// namespaces, which are marked and never buffered as data.)
	names int
	// idx is an open-addressing index of ws by (dict, hash) once the
	// buffer outgrows a linear scan (empty: no index); entries are
	// positions + 1.
	idx []int32
}

// dictWritesLinear is the buffer size up to which lookups scan.
const dictWritesLinear = 8

// maxSpanWrites bounds a span's buffered stores: it commits at the next
// boundary past it (spanEnds), and a store beyond twice as many takes the
// token path.
const maxSpanWrites = 1024

// slotOf is the index position where a store to (d, h) is probed first.
func (b *dictWrites) slotOf(d *Dict, h int64) uint64 {
	x := uint64(uintptr(unsafe.Pointer(d))) ^ uint64(h)*0x9E3779B97F4A7C15
	return (x ^ x>>29) & uint64(len(b.idx)-1)
}

// find returns the position of the store to key k of d, or -1.
func (b *dictWrites) find(d *Dict, k Value, h int64) int {
	if len(b.idx) == 0 {
		for i := range b.ws {
			w := &b.ws[i]
			if w.d == d && w.h == h && pureEqual(w.k, k) {
				return i
			}
		}
		return -1
	}
	mask := uint64(len(b.idx) - 1)
	for i := b.slotOf(d, h); ; i = (i + 1) & mask {
		p := b.idx[i]
		if p == 0 {
			return -1
		}
		if w := &b.ws[p-1]; w.d == d && w.h == h && pureEqual(w.k, k) {
			return int(p - 1)
		}
	}
}

// put buffers d[k] = v.
func (b *dictWrites) put(d *Dict, k Value, h int64, v Value, node *dictReadNode, at codeSite) {
	if i := b.find(d, k, h); i >= 0 {
		b.ws[i].v = v
		return
	}
	b.ws = append(b.ws, dictWrite{d: d, k: k, h: h, v: v, node: node, at: at})
	switch {
	case len(b.ws) <= dictWritesLinear:
	case len(b.idx) == 0 || 2*len(b.ws) > len(b.idx):
		b.reindex()
	default:
		b.index(len(b.ws) - 1)
	}
}

// reindex makes the index anew, with room for twice the stores.
func (b *dictWrites) reindex() {
	size := 32
	for size < 4*len(b.ws) {
		size <<= 1
	}
	if cap(b.idx) >= size {
		// The last span's index array, kept by reset: a span of
		// hundreds of stores made a new one every time, on fresh pages.
		b.idx = b.idx[:size]
		clear(b.idx)
	} else {
		b.idx = make([]int32, size)
	}
	for i := range b.ws {
		b.index(i)
	}
}

// index enters store i into the index.
func (b *dictWrites) index(i int) {
	mask := uint64(len(b.idx) - 1)
	w := &b.ws[i]
	j := b.slotOf(w.d, w.h)
	for b.idx[j] != 0 {
		j = (j + 1) & mask
	}
	b.idx[j] = int32(i + 1)
}

// has reports whether a store to d is buffered.
func (b *dictWrites) has(d *Dict) bool {
	for i := range b.ws {
		if b.ws[i].d == d {
			return true
		}
	}
	return false
}

// reset empties the buffer, keeping its arrays for the next span.
func (b *dictWrites) reset() {
	clear(b.ws)
	b.ws = b.ws[:0]
	b.idx = b.idx[:0]
	b.names = 0
}

// bufferDictStore buffers container[k] = x when the running span may
// (see the file comment); false means the caller takes the token path.
func (t *Thread) bufferDictStore(container, k, x Value) bool {
	d, ok := container.obj.(*Dict)
	if !ok || d.typ != nil || !d.isData() || !t.sp.optimistic || t.spanHoldsToken() {
		return false
	}
	b := &t.sp.dw
	if len(b.ws) >= 2*maxSpanWrites || !publishedAlready(x) {
		return false
	}
	var h int64
	var node *dictReadNode
	if last := &t.sp.lastRead; last.d == d && last.k.Is(k) && k.obj != nil {
		h, node = last.h, last.node // pure and published: read lock-free
	} else {
		var ok bool
		if h, ok = bufferableKeyHash(k); !ok {
			return false
		}
	}
	var at codeSite
	if t.interp.spans.sites {
		at = t.site()
	}
	b.put(d, k, h, x, node, at)
	t.sp.stats.BufferedStores++
	return true
}

// bufferDictUpdate buffers d.update(src) and d |= src, for a shared data
// dict d (dv) and an exact thread-local dict src (srcv) whose items may
// all be buffered as stores (bufferDictStore): each item becomes d[k] = v,
// in src's order, as update stores them. false (nothing buffered): the
// caller takes the token path.
func (t *Thread) bufferDictUpdate(dv, srcv Value) bool {
	d, ok := dv.obj.(*Dict)
	if !ok || d.typ != nil || !d.isData() || !d.IsShared() || !t.sp.optimistic || t.spanHoldsToken() {
		return false
	}
	src, ok := srcv.obj.(*Dict)
	if !ok || src.typ != nil || src.IsShared() || len(t.sp.dw.ws)+src.used > 2*maxSpanWrites {
		return false
	}
	for i := range src.entries {
		e := &src.entries[i]
		if e.key.IsValid() && (!pureKey(e.key) || !publishedAlready(e.key) || !publishedAlready(e.value)) {
			return false
		}
	}
	for i := range src.entries {
		if e := &src.entries[i]; e.key.IsValid() && !t.bufferDictStore(dv, e.key, e.value) {
			panic("runtime: a checked dict update item could not be buffered")
		}
	}
	return true
}

// bufferedDictGet looks key k (hash h) of d up in the running span's
// buffer.
func (t *Thread) bufferedDictGet(d *Dict, k Value, h int64) (Value, bool) {
	b := &t.sp.dw
	if len(b.ws) == 0 {
		return Value{}, false
	}
	if i := b.find(d, k, h); i >= 0 {
		return b.ws[i].v, true
	}
	return Value{}, false
}

// bufferedWrites is how many writes the running span has buffered: dict
// stores and list appends (span_listappends.go).
func (t *Thread) bufferedWrites() int {
	return len(t.sp.dw.ws) + len(t.sp.la) + len(t.sp.is) + len(t.sp.sw.ws) + t.lockWrites() +
		len(t.sp.nd.ws) // (span_namedeletes.go)
}

// applyBufferedWrites applies every buffered write (see applyDictWrites);
// false (nothing applied) when an attribute store is no longer the plain
// store it was (span_inststores.go): the span must abort.
func (t *Thread) applyBufferedWrites() bool {
	if !t.instStoresApply() || !t.setWritesApply() {
		return false
	}
	t.applyDictWrites()
	t.applyNameDeletes() // (span_namedeletes.go)
	t.applyListAppends()
	t.applyInstStores()
	t.applySetWrites()
	return true
}

// dropBufferedWrites forgets them (a rollback).
func (t *Thread) dropBufferedWrites() {
	t.sp.dw.reset()
	t.sp.nd.reset() // (span_namedeletes.go)
	t.dropListAppends()
	t.dropInstStores()
	t.sp.sw.reset()
}

// applyDictWrites applies the span's buffered stores, in the order of
// their first store, and empties the buffer. The caller holds the token
// and has validated the span's reads (or the span is irrevocable), so
// the stores are the span's final ones: they need no undo record.
func (t *Thread) applyDictWrites() {
	b := &t.sp.dw
	if len(b.ws) == 0 {
		return
	}
	for ws := b.ws; len(ws) > 0; {
		n := dictRun(ws)
		ws[0].d.storeBatch(t, ws[:n])
		ws = ws[n:]
	}
	t.sp.applySite = nil
	b.reset()
}

// dictRun is how many stores at the head of ws are into the same dict
// (at least one): the buffer is applied, and probed ahead, a dict's run
// at a time.
func dictRun(ws []dictWrite) int {
	n := 1
	for n < len(ws) && ws[n].d == ws[0].d {
		n++
	}
	return n
}

// storeBatch applies stores to the shared dict d, holding the token,
// under one write lock. The keys are pure: the lookups run no Python
// code and cannot fail. This is the serial part of committing spans that
// stored into one dict, and in a big dict it is mostly cache misses (the
// index slot, then the entry it names), so a first pass loads, for every
// store, the slot and the entry its probe starts at: independent loads
// the processor overlaps, where the stores' own probes would wait for one
// miss after another.
func (d *Dict) storeBatch(t *Thread, ws []dictWrite) {
	if len(ws) > 1 && len(d.index) > 1<<12 {
		if ws[0].probe.view == nil {
			t.sp.warmSink += d.warm(ws)
		} else {
			t.sp.warmSink += d.warmProbed(ws)
		}
	}
	sites := t.interp.spans.sites
	rs := d.readSide()
	var copies []Value // the read side's value copies, one allocation
	lk := d.beginWrite()
	for i := range ws {
		w := &ws[i]
		if sites {
			t.sp.applySite = &w.at
		}
		ix, free, ok := d.probed(w) // probed before the token (span_dictprepare.go)
		if !ok {
			ix, free = d.lookupPure(w.k, w.h), -1
		}
		if ix >= 0 && rs != nil && w.node != nil && w.node.val.Load() != nil {
			// The live node of this very key (nodes are never reused):
			// the read side's set without its probe.
			d.entries[ix].value = w.v
			if copies == nil {
				copies = make([]Value, len(ws))
			}
			copies[i] = w.v
			w.node.store(t, &copies[i])
			continue
		}
		if free >= 0 && !d.mustGrow() {
			d.insertAt(t, free, w.k, w.h, w.v)
			continue
		}
		d.storeLocked(t, ix, w.k, w.h, w.v, lk)
	}
	d.endWrite(lk)
}

// warm loads the first index slot and entry of each store's probe (see
// storeBatch); the sum only keeps the loads from being dropped.
func (d *Dict) warm(ws []dictWrite) int64 {
	mask := uint64(len(d.index) - 1)
	var sum int64
	for i := range ws {
		sum += int64(d.index[uint64(ws[i].h)&mask])
	}
	for i := range ws {
		if x := d.index[uint64(ws[i].h)&mask]; x >= 0 {
			if em, tag := slotCode(len(d.index), ws[i].h); x&^em == tag {
				sum += d.entries[x&em].hash
			}
		}
	}
	return sum
}

// warmProbed loads the free slot each probed store will fill, before the
// stores: the slot is written atomically (storeSlot), and an atomic store
// to a line not in cache stalls until the line arrives, where a plain
// store would have waited in the store buffer (these stalls were most of
// insertAt at 2 threads). Token held.
func (d *Dict) warmProbed(ws []dictWrite) int64 {
	v := d.lk.view.Load()
	var sum int64
	for i := range ws {
		if p := &ws[i].probe; p.view == v && p.free >= 0 {
			sum += int64(d.index[p.free])
		}
	}
	return sum
}

// bufferableKeyHash returns the hash of k if a span may buffer a store
// under it (a dict key, a set element): k is pure (its hash and equality
// run no Python code) and already published (the commit need not publish
// it); ok false otherwise.
func bufferableKeyHash(k Value) (h int64, ok bool) {
	if !pureKey(k) || !publishedAlready(k) {
		return 0, false
	}
	h, err := hashValue(nil, k)
	return h, err == nil
}

// lookupPure is lookup for a pure key (pureKey): compared with
// pureEqual, it needs no thread and never restarts.
func (d *Dict) lookupPure(k Value, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			if e := &d.entries[i]; e.hash == h && e.key.IsValid() && pureEqual(e.key, k) {
				return i
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	em, tag := slotCode(len(d.index), h)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		switch x := d.index[i]; {
		case x == dictEmpty:
			return -1
		case x >= 0 && x&^em == tag:
			if e := &d.entries[x&em]; e.hash == h && e.key.IsValid() && pureEqual(e.key, k) {
				return int(x & em)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// markData marks the new dict d (not yet reachable by another thread) as
// a data dict whose stores a span may buffer; dicts that become
// namespaces (exec's globals and locals, an instance's assigned
// __dict__) are unmarked by asNamespace.
func (d *Dict) markData() *Dict {
	d.data = true
	return d
}

// asNamespace unmarks a dict about to be read as a namespace (atomic: a
// thread without the token may be testing it on a shared dict). Module
// dicts are marked too: read by name as an instance's __dict__ or as
// exec's namespaces, their stores are not buffered (span_globals.go).
func (d *Dict) asNamespace() {
	if d != nil && !d.namespace.Load() {
		d.namespace.Store(true)
	}
}

// isData reports whether d is a data dict that is no namespace.
func (d *Dict) isData() bool { return d.data && !d.namespace.Load() }
