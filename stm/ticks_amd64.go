package stm

// cputicks reads the processor's time-stamp counter: a few nanoseconds,
// against tens for the monotonic clock, which matters at the start of
// every transaction. Engine.Stats converts ticks to time.
func cputicks() int64
