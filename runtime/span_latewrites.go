package runtime

import (
	"sync/atomic"

	"github.com/pystm/pystm/sched"
)

// This file defines commits finished outside the token (issue #7, stage
// 2): a span whose only buffered writes replace the values of keys it
// read from shared dicts (d[k] += 1, d[k] = f(d[k])) validates its reads
// and locks those keys' version words holding the token, as every commit
// does, then releases the token and writes the values after.
//
// Why: with threads updating disjoint keys of one dict
// (bench/scaling/updict.py) the commits were the serial part, and half of
// a commit's time under the token went to the writes themselves: finding
// each key's entry, storing the value there and in the key's read-side
// node, and unlocking the words. Written after the token is released,
// they overlap the next committer's validation.
//
// Why that is still one atomic commit (the argument):
//   - Its point is the validation under the token. The key words it
//     writes are locked (odd) before the token is released, so from then
//     on a lock-free reader of those keys sees a locked word and takes
//     the token path, and a span that read them earlier fails validation:
//     both see the commit as done.
//   - Every ordinary taker of the token waits until the commits left
//     unfinished outside it are finished (sched.Thread.WaitOutside,
//     called by AcquireToken), so whatever reads a dict holding the token
//     sees the commit whole. Committers take the token without waiting
//     (AcquireTokenToCommit); one that could meet the unfinished writes
//     waits itself: any commit but another of this kind, and one of this
//     kind that writes a key whose word is locked.
//   - So while an unfinished commit writes, the dicts it writes are
//     written by nobody else but committers of this kind writing other
//     keys (other entries, other nodes), and nobody restructures them (an
//     insert, a deletion, a rebuild): those run only holding the token,
//     after the wait. Each key's entry is found again after the token is
//     released, in a dict whose index nobody changes meanwhile. The
//     dict's own lock is held for the writes, as for every write of a
//     shared dict, for the readers that read it without the token under
//     that lock (GetStr).

// lateWritesFit reports whether the running span's commit may finish
// outside the token (see the file comment): its only writes are buffered
// value replacements of keys of shared dicts with a read side, each
// through the live node it read just before, none of them locked; it
// wrote nothing holding the token and has no output to write in commit
// order. Token held.
func (t *Thread) lateWritesFit() bool {
	if len(t.sp.la) > 0 || len(t.sp.is) > 0 || len(t.sp.sw.ws) > 0 || t.lockWrites() > 0 ||
		len(t.sp.nd.ws) > 0 || t.sp.dw.names > 0 || len(t.sp.locked) > 0 ||
		t.sp.out.pending() {
		return false
	}
	for i := range t.sp.dw.ws {
		w := &t.sp.dw.ws[i]
		if w.node == nil || w.d.lk == nil || w.d.lk.rd.Load() == nil ||
			w.node.val.Load() == nil || w.node.w.load()&1 != 0 {
			return false
		}
	}
	return true
}

// commitLate finishes the span's commit outside the token (see the file
// comment): it locks the written keys' words, releases the token, and
// writes the values. The span's reads are valid; st holds the token.
func (t *Thread) commitLate(st *sched.Thread) {
	ws := t.sp.dw.ws
	sites := t.interp.spans.sites
	for i := range ws {
		if sites {
			t.sp.applySite = &ws[i].at // the writer's side of a conflict record
		}
		ws[i].node.w.bump(t)
	}
	t.sp.applySite = nil
	t.sp.stats.LateCommits++
	st.BeginOutside()
	st.ReleaseToken()
	copies := make([]Value, len(ws)) // the read side's value copies, one allocation
	for i := 0; i < len(ws); {
		n := dictRun(ws[i:])
		ws[i].d.writeLate(ws[i:i+n], copies[i:i+n])
		i += n
	}
	t.unlockWords()
	st.EndOutside()
	t.sp.dw.reset()
}

// writeLate writes the values of ws, replacements of keys of d through
// their nodes, whose words the caller has locked (commitLate).
func (d *Dict) writeLate(ws []dictWrite, copies []Value) {
	d.lk.Lock()
	for i := range ws {
		w := &ws[i]
		ix := d.lookupPure(w.k, w.h)
		if ix < 0 {
			panic("runtime: a key written outside the token vanished") // see the file comment
		}
		d.entries[ix].value = w.v
		copies[i] = w.v
		w.node.val.Store(&copies[i])
	}
	atomic.AddUint64(&d.valsVersion, 1)
	d.lk.Unlock()
}
