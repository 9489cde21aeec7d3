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
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvPopulateWrite)
	if errno == 0 {
		return
	}
	zeroWords(p, n)
}

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
