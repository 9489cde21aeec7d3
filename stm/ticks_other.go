//go:build !amd64

package stm

// cputicks falls back to the monotonic clock (one tick per nanosecond).
func cputicks() int64 { return nanotime() }
