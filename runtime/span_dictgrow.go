package runtime

import "sync/atomic"

// This file defines the arrays a big shared dict's next rebuild will use,
// made ahead of it by a committer outside the token (issue #7, stage 2).
//
// Why: threads inserting new keys into one dict (bench/scaling/insdict.py)
// commit their stores one at a time under the token, and most of that
// serial time was the rebuilds: at 2,000,000 keys, 24% of a one-thread
// run was Dict.rebuild, 17% of it the kernel faulting in and zeroing the
// new arrays (populate, bigarray.go), work that does not depend on the
// dict's contents at all. So a committer that finds, probing ahead, that
// the dict is near its next growth makes the next entries array and an
// index already filled with dictEmpty, before it takes the token, while
// the other threads run; the rebuild under the token then only copies
// the entries and enters them into the index.
//
// One committer makes them (preparing is taken by compare-and-swap): two
// making the same arrays would each page in a hundred megabytes for one
// rebuild. A spare whose sizes no longer fit (the dict was cleared, or
// lost items) is dropped by the rebuild that finds it; the collector
// frees it.

// dictSpare is a rebuild's arrays made ahead: an index of len(index)
// slots, all dictEmpty, and an empty entries array with the capacity
// rebuild gives an index of that size.
type dictSpare struct {
	entries []dictEntry
	index   []int32
}

// dictGrowth is the part of dictShared that holds the spare.
type dictGrowth struct {
	spare     atomic.Pointer[dictSpare]
	preparing atomic.Bool
	// taken is the index size of the rebuild that last took a spare (or
	// found none): while it copies, before it publishes its arrays,
	// probers still see the old index and would make that size again, a
	// hundred megabytes paged in to be dropped.
	taken atomic.Int64
}

// growSoonEighths: a committer prepares the spare once the dict's
// entries reach this fraction (in eighths) of what its index takes
// before it must grow.
const growSoonEighths = 6

// growsSoon reports whether a dict of n entries (those of its pending
// inserts included) and an index of size slots is near its next growth
// (see growSoonEighths).
func growsSoon(n, size int) bool {
	return 8*n >= growSoonEighths*(2*size/3)
}

// prepareSpare makes the arrays for an index of size slots unless a
// spare of that size exists or another committer is making it. Called
// without the token or any lock of d.
func (g *dictGrowth) prepareSpare(size int) {
	if sp := g.spare.Load(); sp != nil && len(sp.index) == size || g.taken.Load() == int64(size) {
		return
	}
	if !g.preparing.CompareAndSwap(false, true) {
		return
	}
	defer g.preparing.Store(false)
	index := makeIndex(size)
	for i := range index {
		index[i] = dictEmpty
	}
	g.spare.Store(&dictSpare{entries: makeEntries(0, 2*size/3), index: index})
}

// takeSpare returns the spare if it is an index of size slots with room
// for n entries, and forgets it; nil otherwise (a spare that does not
// fit is dropped). Token held.
func (g *dictGrowth) takeSpare(size, n int) *dictSpare {
	g.taken.Store(int64(size))
	sp := g.spare.Load()
	if sp == nil {
		return nil
	}
	g.spare.CompareAndSwap(sp, nil)
	if len(sp.index) != size || cap(sp.entries) < n {
		return nil
	}
	return sp
}
