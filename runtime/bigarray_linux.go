package runtime

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14): fault the range
// in, writable, now.
const madvPopulateWrite = 23

// populate faults in the whole pages of the n bytes at p, just made by
// the Go allocator and still zero, so that no write barrier reads a page
// before it is written (bigarray.go). Where the kernel lacks the advice,
// the pages are written with zeros instead, as plain words: the memory
// is zero already, so bypassing the barriers for it loses nothing.
func populate(p unsafe.Pointer, n uintptr) {
	if n < bigArrayBytes {
		return
	}
	const page = 4096
	start := (uintptr(p) + page - 1) &^ (page - 1)
	end := (uintptr(p) + n) &^ (page - 1)
	if end <= start {
		return
	}
	// A piece at a time: the advice holds the process's memory map lock
	// (shared) while it faults, and a thread of ours that must map more
	// heap (mmap takes that lock exclusive) waited for all of a hundred
	// megabytes, its processor idle: 120 ms of a 0.5 s run at 2 threads
	// (perf sched, bench/scaling/insdict.py).
	for a := start; a < end; a += populatePieceBytes {
		b := min(a+populatePieceBytes, end)
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, a, b-a, madvPopulateWrite); errno != 0 {
			zeroWords(p, n)
			return
		}
	}
}

// populatePieceBytes is how much one madvise of populate faults in: a
// millisecond or two of the kernel's work.
const populatePieceBytes = 4 << 20

// zeroWords writes zeros over the n bytes at p (a multiple of 8, holding
// zeros already), a piece at a time, without write barriers.
func zeroWords(p unsafe.Pointer, n uintptr) {
	words := unsafe.Slice((*uint64)(p), n/8)
	for i := 0; i < len(words); i += copyChunkBytes / 8 {
		zeroPiece(words[i:min(i+copyChunkBytes/8, len(words))])
	}
}

// zeroPiece writes one piece of populate's fallback; not inlined, so its
// entry is a preemption point.
//
//go:noinline
func zeroPiece(w []uint64) { clear(w) }
