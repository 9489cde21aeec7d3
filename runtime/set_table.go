package runtime

import (
	"runtime"
	"sync"
	"unsafe"
)

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

// makeBigArray returns a slice of length n and capacity c whose pages are
// faulted in writable at once when it is big (populateSplit). It is the
// generic form of makeEntries and makeIndex.
func makeBigArray[T any](n, c int) []T {
	s := make([]T, n, c)
	populateSplit(unsafe.Pointer(unsafe.SliceData(s)), uintptr(c)*unsafe.Sizeof(*new(T)))
	return s
}

// splitPopulateBytes is the least each goroutine of populateSplit faults
// in: below it, starting a goroutine costs more than it saves.
const splitPopulateBytes = 4 << 20

// populateSplit is populate (bigarray.go) with the range cut into pieces
// of whole pages, faulted in by as many goroutines as there are
// processors (see the file comment).
func populateSplit(p unsafe.Pointer, n uintptr) {
	populatePieces(p, n, min(runtime.GOMAXPROCS(0), int(n/splitPopulateBytes)))
}

// populatePieces is populateSplit in the given number of pieces: the
// last one takes what the others' whole pages leave.
func populatePieces(p unsafe.Pointer, n uintptr, pieces int) {
	if pieces < 2 {
		populate(p, n)
		return
	}
	const page = 4096
	step := (n / uintptr(pieces)) &^ (page - 1)
	var wg sync.WaitGroup
	for i := 1; i < pieces; i++ {
		off, size := uintptr(i)*step, step
		if i == pieces-1 {
			size = n - off
		}
		wg.Go(func() { populate(unsafe.Add(p, off), size) })
	}
	populate(p, step)
	wg.Wait()
}
