//go:build !unix

package runtime

import "time"

// cpuTime is not available here: time.process_time falls back to the
// monotonic clock.
func cpuTime() (time.Duration, bool) { return 0, false }
