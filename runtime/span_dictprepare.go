package runtime

import "sync/atomic"

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
// So the committer probes first, without any lock, and records for each
// store where its key may be or the free slot where it would go. Holding
// the token and the write lock, the apply then trusts a probe whose dict
// has not changed in a way that could make it wrong, and re-probes
// otherwise:
//
//   - The dict must still have the arrays the probe read (a rebuild, a
//     clear or a rollback publishes a new view of them, below) and no
//     more holes than at the probe (holes = entries - live items: only a
//     deletion adds one while the index array stays, and only a rebuild
//     removes them).
//   - Then no slot of the index has gone from holding an entry to free
//     since the probe: deletions are the only way, and there were none.
//     Inserts only fill free slots. So for a key that was absent, every
//     slot of its probe sequence before the recorded free one still holds
//     another key's entry, so had anyone inserted this key since, it
//     would sit in the recorded slot. If that slot is still free, the key
//     is still absent and that slot is where it goes: the apply writes it
//     at once, on a cache line the probe has just loaded.
//   - The probe compares hashes only (a key's equality may not be read
//     while another thread writes the entry): an entry of the same hash
//     is the key's if the apply, under the lock, finds the keys equal.
//
// A store whose probe is stale (another committer filled its slot, the
// dict grew in between, or a hash matched another key) probes again under
// the token, as every store did before.
//
// Why without a lock: under the dict's read lock, a committer that had
// run its span waited while another applied its stores under the write
// lock, and the two threads alternated, each probing only while the
// other ran Python code. At 2 threads inserting into one dict that wait
// was a quarter of each thread's time (bench/scaling/insdict.py, design
// notes). Reading the index while a committer writes it takes three
// rules, which make the reads race-free in Go's memory model:
//
//   - The probe reads the arrays of a view (dictView) published
//     atomically whenever the dict's index or entries array is replaced;
//     arrays are never written in place again once replaced, except the
//     entries array a rebuild keeps, whose new entries the old index
//     never names.
//   - Once a view is published, the index slots of its array are
//     written atomically (storeSlot), and an entry is complete before the
//     slot naming it is stored: a probe that loads the slot sees the
//     entry's hash.
//   - An entry's hash is never written again while a view can name it: a
//     deletion clears the key and the value, not the hash, and a dict
//     emptied by deletions starts a new entries array.

// dictView is the index and entries arrays of a shared dict with a big
// index, as lock-free probes read them (see the file comment). entries
// is sliced to its capacity: the index may name entries appended since.
type dictView struct {
	index   []int32
	entries []dictEntry
}

// dictProbe is the outcome of probing for a store's key before the
// commit: view is the arrays probed (nil: not probed), holes the dict's
// holes then; ix the entry number of the first entry with the key's hash
// (the key's if the keys are equal), else -1 and free the slot where the
// key would be inserted.
type dictProbe struct {
	view  *dictView
	holes int
	ix    int
	free  int
}

// probeAheadMinIndex is the index length from which committers probe
// ahead: smaller indexes stay in cache, and probing twice would cost
// more than it saves.
const probeAheadMinIndex = 1 << 12

// probeAheadChunk is how many stores are probed at a time: their first
// index loads are overlapped (warmSlots).
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
	if s == nil {
		return
	}
	v := s.view.Load()
	if v == nil {
		return
	}
	// holes before any slot: a deletion the probe might see is then
	// counted at the apply (its holes are published after its slot).
	holes := int(s.holes.Load())
	n, size := int(s.entries.Load()), len(v.index)
	if growsSoon(n+len(ws), size) {
		// Near its next growth: make that rebuild's arrays now, outside
		// the token (span_dictgrow.go).
		s.growth.prepareSpare(2 * size)
		if 3*(n+len(ws)) > 2*size {
			return // the stores would grow d: their probes would be stale after the rebuild
		}
	}
	for i := 0; i < len(ws); i += probeAheadChunk {
		chunk := ws[i:min(i+probeAheadChunk, len(ws))]
		warm += v.warmSlots(chunk)
		for j := range chunk {
			w := &chunk[j]
			if w.node != nil {
				continue // read just before: the apply stores through its node
			}
			ix, free := v.probeHash(w.h)
			w.probe = dictProbe{view: v, holes: holes, ix: ix, free: free}
		}
	}
	return warm
}

// warmSlots loads the first index slot of each store's probe before any
// probe runs: independent loads that the processor overlaps, where each
// probe's own first load would wait for the miss before it (the index
// of a dict of millions of keys is tens of megabytes: nearly every slot
// a miss). Returned only so that the loads are not dropped.
func (v *dictView) warmSlots(ws []dictWrite) int32 {
	mask := uint64(len(v.index) - 1)
	var sum int32
	for i := range ws {
		sum += atomic.LoadInt32(&v.index[uint64(ws[i].h)&mask])
	}
	return sum
}

// probeHash follows the probe sequence of hash h through v, reading
// slots atomically and comparing hashes only (see the file comment). It
// returns the first entry of hash h, or -1 and the first free (empty or
// dummy) slot of the sequence.
func (v *dictView) probeHash(h int64) (ix, free int) {
	mask := uint64(len(v.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free = -1
	for {
		switch x := atomic.LoadInt32(&v.index[i]); {
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
			if v.entries[x].hash == h {
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
	if p.view == nil || p.view != d.lk.view.Load() || p.holes != len(d.entries)-d.used {
		return 0, 0, false
	}
	if p.ix >= 0 {
		if e := &d.entries[p.ix]; !e.key.IsValid() || !pureEqual(e.key, w.k) {
			return 0, 0, false // another key of the same hash: probe in full
		}
		return p.ix, -1, true
	}
	if d.index[p.free] >= 0 {
		return 0, 0, false // filled since: by another key, or by this one
	}
	return -1, p.free, true
}

// publishView publishes d's arrays for lock-free probes if d is shared
// and its index big, or says there are none: called whenever a shared
// dict's index or entries array is replaced, holding its write lock (or
// before any other thread can reach it).
func (d *Dict) publishView() {
	s := d.lk
	if s == nil {
		return
	}
	if len(d.index) < probeAheadMinIndex {
		if s.view.Load() != nil {
			s.view.Store(nil)
		}
		return
	}
	s.view.Store(&dictView{index: d.index, entries: d.entries[:cap(d.entries)]})
	s.publishCounts(d)
}

// publishCounts publishes d's entry and hole counts for probes (their
// growth check and the holes they record); called at the end of every
// write of a shared dict.
func (s *dictShared) publishCounts(d *Dict) {
	s.entries.Store(int64(len(d.entries)))
	s.holes.Store(int64(len(d.entries) - d.used))
}

// storeSlot stores x into index slot i: atomically once lock-free probes
// may read d's index (see the file comment).
func (d *Dict) storeSlot(i int, x int32) {
	if d.lk != nil && d.lk.view.Load() != nil {
		atomic.StoreInt32(&d.index[i], x)
		return
	}
	d.index[i] = x
}
