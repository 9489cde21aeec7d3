//go:build unix

package stm

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used. Single-goroutine
// benchmarks report it per operation as well as wall time, because on a
// machine shared with other work wall time includes time spent waiting for
// a core.
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
