package runtime

// This file defines the MemoryError check for absurd allocations. Go
// cannot recover from a failed allocation (the process dies with "fatal
// error: out of memory"), so every operation whose result size a program
// chooses with one number ([0]*n, 'x'*n, bytearray(n), str.ljust(n),
// str.join, int shifts and powers, format widths) checks the size first
// and raises MemoryError, as CPython's failing malloc does. The bound is
// what Linux's default overcommit heuristic refuses to a single
// allocation: more than the machine's RAM plus swap.

import (
	"math"
	"os"
	"strconv"
	"sync"
)

// allocLimit returns the largest single allocation, in bytes, that is
// tried at all. The environment variable PYSTM_MAX_ALLOC (bytes), read
// once per process, lowers it: the fuzz target sets it so that fuzzed
// programs cannot take the machine's memory.
var allocLimit = sync.OnceValue(func() int64 {
	limit := physicalMemory()
	if limit <= 0 {
		limit = 1 << 40
	}
	if n, err := strconv.ParseInt(os.Getenv("PYSTM_MAX_ALLOC"), 10, 64); err == nil && n > 0 && n < limit {
		limit = n
	}
	return limit
})

// checkAlloc returns MemoryError when count elements of size bytes each
// exceed allocLimit (or overflow).
func checkAlloc(count, size int64) error {
	if count < 0 || size < 0 || (size != 0 && count > math.MaxInt64/size) || count*size > allocLimit() {
		return memoryError()
	}
	return nil
}

// CPython's Py_ssize_t and C int bounds, for its OverflowErrors.
const (
	maxSsize = math.MaxInt64
	maxCInt  = math.MaxInt32
	minCInt  = math.MinInt32
)

// memoryError returns a MemoryError with no arguments, as CPython's
// PyErr_NoMemory raises it.
func memoryError() *Exception { return NewException(MemoryErrorType) }

// maxNextDepth bounds nested Next calls of built-in iterators (map of
// map of ...). CPython 3.11 has no bound and crashes on its C stack far
// below Go's 1 GB limit; 100000 levels use a few tens of MB of Go stack.
const maxNextDepth = 100000

// maxGoLoops bounds interpreter loops nested on the Go stack (a property
// whose getter reads the property, __eq__ calling ==, ...). The recursion
// limit bounds them first unless a program raises it far (sys.
// setrecursionlimit(10**7)); then this bound turns what would be Go's
// fatal 1 GB stack overflow into RecursionError. CPython 3.11 crashes on
// its C stack there.
const maxGoLoops = 20000
