package runtime

import "unsafe"

// This file defines what a span that buffered stores into shared dicts
// does for its commit before it takes the token (issue #7, stage 2): the
// probes of the dicts' indexes, moved off the serial path.
//
// Why: the commit applies the stores holding the token, one committer at
// a time (span_dictwrites.go). In a big dict that is mostly waiting for
// memory: each store probes index slots and entries that are rarely in
// cache (an index of millions of slots, entries of tens of megabytes),
// and with threads inserting new keys into one dict that serial part was
// two thirds of a thread's time at one thread (bench/scaling/insdict.py),
// which bounds two threads to 1.5x, and far less once both threads'
// traffic shares the last-level cache.
//
// So the committer probes first, under the dict's read lock (which every
// write of a shared dict excludes, and which committers probing the same
// dict share), and records for each store where its key was found or the
// free slot where it would go. Holding the token and the write lock, the
// apply then trusts a probe whose dict has not changed in a way that
// could make it wrong, and re-probes otherwise:
//
//   - The index must be the same array (a rebuild, a clear or a rollback
//     makes a new one) and the dict must have no more holes than at the
//     probe (holes = entries - live items: only a deletion adds one while
//     the index array stays, and only a rebuild removes them).
//   - Then no slot of the index has gone from holding an entry to free
//     since the probe: deletions are the only way, and there were none.
//     Inserts only fill free slots. So a key found at entry ix is still
//     there; and for a key that was absent, every slot of its probe
//     sequence before the recorded free one still holds another key's
//     entry, so had anyone inserted this key since, it would sit in the
//     recorded slot. If that slot is still free, the key is still absent
//     and that slot is where it goes: the apply writes it at once, on a
//     cache line the probe has just loaded.
//
// A store whose probe is stale (another committer filled its slot, or the
// dict grew in between) probes again under the token, as every store did
// before. The read lock is taken for a few stores at a time so that a
// committer waiting for the write lock, token in hand, waits for at most
// a few probes.

// dictProbe is the outcome of probing for a store's key before the
// commit: index is the index array probed (nil: not probed), holes the
// dict's holes then; ix the key's entry number if it was there, else -1
// and free the slot where it would be inserted.
type dictProbe struct {
	index *int32
	holes int
	ix    int
	free  int
}

// probeAheadMinIndex is the index length from which committers probe
// ahead: smaller indexes stay in cache, and probing twice would cost
// more than it saves.
const probeAheadMinIndex = 1 << 12

// probeAheadChunk is how many stores are probed per hold of the read
// lock: their first index loads are overlapped (warmSlots).
const probeAheadChunk = 16

// prepareDictWrites probes ahead, before the token, for the stores the
// span buffered into big shared dicts (see the file comment).
func (t *Thread) prepareDictWrites() {
	ws := t.sp.dw.ws
	for len(ws) > 0 {
		n := dictRun(ws)
		t.sp.warmSink += int64(ws[0].d.probeAhead(ws[:n]))
		ws = ws[n:]
	}
}

// probeAhead records in each of ws, stores into d, where its key is or
// would go (nothing when the stores may make d grow). What it returns
// only keeps warmSlots's loads from being dropped.
func (d *Dict) probeAhead(ws []dictWrite) (warm int32) {
	s := d.lk
	if s == nil || !s.bigIndex.Load() {
		return
	}
	for i := 0; i < len(ws); i += probeAheadChunk {
		s.RLock()
		if len(d.index) < probeAheadMinIndex {
			s.RUnlock()
			return warm
		}
		index, holes := unsafe.SliceData(d.index), len(d.entries)-d.used
		if i == 0 && d.growsSoon(len(ws)) {
			// Near its next growth: make that rebuild's arrays now,
			// outside the token (span_dictgrow.go).
			next := 2 * len(d.index)
			grows := 3*(len(d.entries)+len(ws)) > 2*len(d.index)
			s.RUnlock()
			s.growth.prepareSpare(next)
			if grows {
				return warm // the stores would grow d: their probes would be stale after the rebuild
			}
			s.RLock()
			if unsafe.SliceData(d.index) != index {
				s.RUnlock()
				return warm // rebuilt meanwhile
			}
			holes = len(d.entries) - d.used
		}
		chunk := ws[i:min(i+probeAheadChunk, len(ws))]
		warm += d.warmSlots(chunk)
		for j := range chunk {
			w := &chunk[j]
			if w.node != nil {
				continue // read just before: the apply stores through its node
			}
			ix, free := d.probePure(w.k, w.h)
			w.probe = dictProbe{index: index, holes: holes, ix: ix, free: free}
		}
		s.RUnlock()
	}
	return warm
}

// warmSlots loads the first index slot of each store's probe before any
// probe runs: independent loads that the processor overlaps, where each
// probe's own first load would wait for the miss before it (the index
// of a dict of millions of keys is tens of megabytes: nearly every slot
// a miss). Returned only so that the loads are not dropped.
func (d *Dict) warmSlots(ws []dictWrite) int32 {
	mask := uint64(len(d.index) - 1)
	var sum int32
	for i := range ws {
		sum += d.index[uint64(ws[i].h)&mask]
	}
	return sum
}

// probePure is lookupPure that also returns, for an absent key, the slot
// where insertNew would put it: the first free (empty or dummy) slot of
// its probe sequence. The dict has an index.
func (d *Dict) probePure(k Value, h int64) (ix, free int) {
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free = -1
	for {
		switch x := d.index[i]; {
		case x == dictEmpty:
			if free < 0 {
				free = int(i)
			}
			return -1, free
		case x == dictDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			if e := &d.entries[x]; e.hash == h && e.key.IsValid() && pureEqual(e.key, k) {
				return int(x), -1
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// probed returns what w's probe says, if it still holds (see the file
// comment): the entry number of w's key, or -1 and the free slot where
// it goes. ok false: probe again. Token and write lock held.
func (d *Dict) probed(w *dictWrite) (ix, free int, ok bool) {
	p := &w.probe
	if p.index == nil || len(d.index) == 0 || p.index != unsafe.SliceData(d.index) ||
		p.holes != len(d.entries)-d.used {
		return 0, 0, false
	}
	if p.ix >= 0 {
		return p.ix, -1, true
	}
	if d.index[p.free] >= 0 {
		return 0, 0, false // filled since: by another key, or by this one
	}
	return -1, p.free, true
}
