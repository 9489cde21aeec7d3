package runtime

// This file defines how set tables are made. A set of millions of
// elements has a table of tens of megabytes (32 bytes a slot, CPython's
// 16), which Go's allocator hands out as fresh pages the kernel has not
// mapped yet; the inserts after a resize then read each page before they
// write it (a probe looks at the slot first), so every page faulted
// twice, the second time with a flush of every CPU's TLB (bigarray.go
// explains the cost). Threads adding to one shared set
// (bench/scaling/addset.py) spent a third of their time in those faults,
// under the token. So big tables are faulted in at once, when made.
//
// Faulting in is still about 2 us per 4 KiB page on this VM (64 ms for
// the 128 MB table of 2,000,000 elements), and a resize of a shared set
// happens inside a commit, holding the token. The pages are independent,
// so the work is split between goroutines, one piece per processor: with
// two threads adding, the other one is waiting for the token and its
// processor is free; with one, the second processor is idle anyway.

// makeSetTable returns an empty table of n slots, faulted in at once when
// big.
func makeSetTable(n int) []setEntry {
	return makeBigArray[setEntry](n, n)
}
