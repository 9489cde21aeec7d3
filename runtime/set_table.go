package runtime

import "unsafe"

// This file defines how set tables are made. A set of millions of
// elements has a table of tens of megabytes (32 bytes a slot, CPython's
// 16), which Go's allocator hands out as fresh pages the kernel has not
// mapped yet; the inserts after a resize then read each page before they
// write it (a probe looks at the slot first), so every page faults twice,
// the second time with a flush of every CPU's TLB (bigarray.go explains
// the cost). Threads adding to one shared set (bench/scaling/addset.py)
// spent a third of their time in those faults, under the token.

// makeSetTable returns an empty table of n slots, faulted in at once when
// big.
func makeSetTable(n int) []setEntry {
	return makeBigArray[setEntry](n, n)
}

// makeBigArray returns a slice of length n and capacity c whose pages are
// faulted in writable at once when it is big (populate, bigarray.go).
// It is the generic form of makeEntries and makeIndex.
func makeBigArray[T any](n, c int) []T {
	s := make([]T, n, c)
	populate(unsafe.Pointer(unsafe.SliceData(s)), uintptr(c)*unsafe.Sizeof(*new(T)))
	return s
}
