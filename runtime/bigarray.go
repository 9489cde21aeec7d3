package runtime

import (
	"runtime"
	"sync"
	"unsafe"
)

// This file defines how the runtime makes and fills arrays of many
// megabytes (a big dict's entries and index), which Go's allocator hands
// out as fresh pages the kernel has not mapped yet.
//
// Two costs of such arrays were measured, both worst with two threads
// running (bench/scaling/insdict.py; perf traces in docs/design.md):
//
//   - Read before write. While the collector marks, every pointer store
//     into the array (an append of an entry, the copy of the old entries)
//     first reads the old value for the write barrier. On a page nobody
//     has touched, that read maps the kernel's shared zero page, and the
//     store right after faults again to replace it by a private page,
//     which flushes the TLB of every CPU running the process: an
//     inter-processor interrupt per page, in a VM an exit. So the new
//     array is faulted in writable at once (populate: one madvise with
//     MADV_POPULATE_WRITE), before any barrier reads it.
//   - One long copy. A copy of tens of megabytes is one call of the
//     runtime's memmove, which the scheduler cannot preempt; a collector
//     that needs the goroutine stopped to scan its stack keeps signalling
//     it until the copy ends (at GOGC=100 that storm of signals was two
//     thirds of a one-thread insdict run). copyPreemptible copies in
//     pieces, each a call, whose entry is a preemption point.

// bigArrayBytes is the size from which arrays are faulted in at once:
// below it the pages are few and the faults cheap.
const bigArrayBytes = 1 << 20

// copyChunkBytes is how much copyPreemptible copies per call.
const copyChunkBytes = 64 << 10

// makeEntries returns a dict entries array of length n and capacity c,
// faulted in when big.
func makeEntries(n, c int) []dictEntry { return makeBigArray[dictEntry](n, c) }

// makeIndex returns a dict index of n slots, faulted in when big.
func makeIndex(n int) []int32 { return makeBigArray[int32](n, n) }

// makeBigArray returns a slice of length n and capacity c whose pages are
// faulted in writable at once when it is big (populateSplit): a dict's
// entries and index, a set's table.
func makeBigArray[T any](n, c int) []T {
	s := make([]T, n, c)
	populateSplit(unsafe.Pointer(unsafe.SliceData(s)), uintptr(c)*unsafe.Sizeof(*new(T)))
	return s
}

// splitPopulateBytes is the least each goroutine of populateSplit faults
// in: below it, starting a goroutine costs more than it saves.
const splitPopulateBytes = 4 << 20

// populateSplit is populate with the range cut into pieces of whole
// pages, faulted in by as many goroutines as there are processors: the
// pages are independent, and faulting in costs about 2 us per 4 KiB page
// on the development VM (set_table.go has the measurements).
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

// copyPreemptible copies src into dst as copy does, a piece at a time
// (see the file comment).
func copyPreemptible[T any](dst, src []T) int {
	n := min(len(dst), len(src))
	step := max(1, copyChunkBytes/int(max(1, unsafe.Sizeof(*new(T)))))
	for i := 0; i < n; i += step {
		copyPiece(dst[i:n], src[i:min(i+step, n)])
	}
	return n
}

// copyPiece is one piece of copyPreemptible: not inlined, so that its
// entry checks for a pending preemption.
//
//go:noinline
func copyPiece[T any](dst, src []T) { copy(dst, src) }
