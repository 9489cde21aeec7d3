//go:build !linux

package runtime

// physicalMemory returns 0 (unknown) outside Linux: allocLimit then
// bounds single allocations at 1 TiB.
func physicalMemory() int64 { return 0 }
