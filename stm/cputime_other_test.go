//go:build !unix

package stm

import "time"

var cpuEpoch = time.Now()

// processCPU falls back to wall time where getrusage is missing.
func processCPU() time.Duration { return time.Since(cpuEpoch) }
