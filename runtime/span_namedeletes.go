package runtime

// This file buffers the deletes of module globals that an abortable span
// makes (issue #7, stage 2): `del x` of a global (DELETE_GLOBAL, and
// DELETE_NAME of module-level code), `del mod.x`, and `del globals()[k]`.
// Before, each took the token and made the span irrevocable (a delete in
// place has no undo record lock-free readers could live with: GetStr and
// the read side would show the uncommitted delete to other threads).
//
// Now the delete is decided like a read and done like a store
// (span_globals.go's buffered stores):
//
//   - Decided at once: the span looks the name up in the namespace's read
//     side, which records what it saw. Absent (its miss stripe recorded),
//     the delete raises NameError (AttributeError, KeyError) now, as
//     CPython does. Present (its node's word recorded), the delete is
//     buffered; the commit validates that word, so the name is still
//     there, with the value the span saw, when the delete is applied.
//   - Applied at commit, holding the token, after the span's reads were
//     validated: the dict's own delete (its read side locks the node's
//     word and the keys word; the commit's unlock moves them on), so
//     readers of that name or of len() fail validation, and nobody else.
//   - Read your deletes: every path that reads a namespace by name on the
//     span's own thread looks in this buffer after the stores'
//     (spanGlobalHit and spanGlobalLookup: a deleted global falls through
//     to the builtins, or raises NameError; module attribute reads; the
//     dict read side: globals()[k], k in globals(), globals().get(k)).
//     len(globals()) and every other read takes the token path, which
//     applies the buffers first (irrevocably). A delete counts in the
//     store buffer's namespace count (dictWrites.names), which turns off
//     the inline LOAD_GLOBAL hit while the span holds one.
//
// Why a separate buffer and not a mark in the stores' (dictWrites): the
// stores' buffer is applied and prepared by code that expects stores;
// keeping deletes apart keeps that code as it is. Order: the deletes are
// applied after the stores (applyBufferedWrites), so when both buffers
// hold a name, the delete must be the later: a span's store then delete
// of x (x = 1; del x) buffers both (the delete needs no read: x is
// there in the span's view) and leaves x absent, as in place (an insert
// then a delete moves no other key); a store of a name the span deleted
// (del x; x = 2) takes the token path instead, since in place x would
// move to the end of the dict's order. Every reader looks in the deletes
// before the stores.
//
// What stays irrevocable: dunder names (Go code reads them with GetStr,
// which sees no buffer), namespaces also read as something else
// (asNamespace: an instance's __dict__, exec's namespaces), data dicts,
// and `del globals()[k]` where the dict is not the running frame's
// globals (mod.__dict__ of another module: nothing says it is a module
// namespace whose by-name readers look in the buffer).

// nameDelete is one buffered delete: key k (an exact str hashing to h)
// of the shared namespace d.
type nameDelete struct {
	d  *Dict
	k  Value
	h  int64
	at codeSite // where the delete was made (only for -stm-report)
}

// nameDeletes is a span's buffered deletes: few, scanned linearly.
type nameDeletes struct {
	ws []nameDelete
}

// find returns the position of the delete of key k of d, or -1.
func (b *nameDeletes) find(d *Dict, k Value, h int64) int {
	for i := range b.ws {
		if w := &b.ws[i]; w.d == d && w.h == h && pureEqual(w.k, k) {
			return i
		}
	}
	return -1
}

// has reports whether a delete from d is buffered.
func (b *nameDeletes) has(d *Dict) bool {
	for i := range b.ws {
		if b.ws[i].d == d {
			return true
		}
	}
	return false
}

// reset empties the buffer, keeping its array for the next span.
func (b *nameDeletes) reset() {
	clear(b.ws)
	b.ws = b.ws[:0]
}

// nameDeleted reports whether the running span deleted key k (hash h)
// of d.
func (t *Thread) nameDeleted(d *Dict, k Value, h int64) bool {
	return len(t.sp.nd.ws) > 0 && t.sp.nd.find(d, k, h) >= 0
}

// deleteNameSpan is the delete of name from the shared namespace d in
// an abortable span: ok false means the caller deletes through the token
// path (which makes the span irrevocable); otherwise found says whether
// the name was there (false: the caller raises its error).
func (t *Thread) deleteNameSpan(d *Dict, name string) (found, ok bool) {
	if t == nil || !t.spActive || dunderName(name) {
		return false, false
	}
	return t.deleteKeySpan(d, NewStr(name), strHashString(name))
}

// deleteKeySpan is deleteNameSpan for the exact str key k hashing to h.
func (t *Thread) deleteKeySpan(d *Dict, k Value, h int64) (found, ok bool) {
	if !t.sp.optimistic || d.typ != nil || !d.IsShared() || d.data || d.namespace.Load() || t.spanHoldsToken() {
		return false, false
	}
	if len(t.sp.nd.ws) >= 2*maxSpanWrites {
		return false, false
	}
	if t.nameDeleted(d, k, h) {
		return false, true // deleted by this span already
	}
	if _, stored := t.bufferedDictGet(d, k, h); !stored {
		// Not stored by this span: the namespace decides.
		rs := t.nameReadSide(d)
		if rs == nil {
			return false, false // built now, under the token the caller keeps
		}
		t.sp.lastRead = lastDictRead{}
		_, found, ok = rs.get(t, k, h) // recorded: validated at commit
		t.sp.lastRead = lastDictRead{}
		if !ok || !found {
			return false, ok
		}
	}
	var at codeSite
	if t.interp.spans.sites {
		at = t.site()
	}
	t.sp.nd.ws = append(t.sp.nd.ws, nameDelete{d: d, k: k, h: h, at: at})
	t.sp.dw.names++ // readers by name look in the buffers (the file comment)
	t.sp.stats.BufferedStores++
	return true, true
}

// applyNameDeletes applies the span's buffered deletes and empties the
// buffer. The caller holds the token and has validated the span's reads
// (or the span is irrevocable): each name is still present.
func (t *Thread) applyNameDeletes() {
	b := &t.sp.nd
	if len(b.ws) == 0 {
		return
	}
	sites := t.interp.spans.sites
	for i := range b.ws {
		w := &b.ws[i]
		if sites {
			t.sp.applySite = &w.at
		}
		if ix := w.d.lookupPure(w.k, w.h); ix >= 0 {
			w.d.deleteEntry(t, ix)
		}
	}
	t.sp.applySite = nil
	b.reset()
	if len(t.sp.dw.ws) == 0 {
		t.sp.dw.names = 0 // (it counted the deletes too)
	}
}
