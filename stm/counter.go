package stm

import "sync/atomic"

// Counter is a non-transactional atomic counter for runtime bookkeeping
// (hotness counters, cache statistics): updates take effect at once, are
// never rolled back, and never cause conflicts.
type Counter struct{ n atomic.Int64 }

// Add adds d and returns the new value.
func (c *Counter) Add(d int64) int64 { return c.n.Add(d) }

// Load returns the current value.
func (c *Counter) Load() int64 { return c.n.Load() }

// Store sets the value.
func (c *Counter) Store(v int64) { c.n.Store(v) }
