package runtime

// This file defines spans: the transactions of the GIL-free runtime
// (issue #7, stage 2). A span runs from one boundary of a thread's
// outermost interpreter loop to a later one; an abortable span can be
// rolled back to its beginning and run again (span_rollback.go), which is
// what lock-free reads (readlog.go) and injected aborts need.

// spanState is a Thread's current span (a field of Thread).
type spanState struct {
	// optimistic says the span is abortable, so shared objects may be
	// read without the token (readlog.go).
	optimistic bool
	// reads is the read log of lock-free reads.
	reads []readEntry
	// conflict is the last failed validation (for -stm-report).
	conflict readConflict
}

// spanConfig is the interpreter's span policy (a field of Interpreter).
type spanConfig struct {
	// sites says conflict sites are recorded for -stm-report (writers'
	// sites on version words).
	sites bool
}
