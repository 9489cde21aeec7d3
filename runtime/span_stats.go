package runtime

import "sync"

// This file keeps the interpreter-wide span figures for -stm-report:
// the threads' counters and the first conflict records.

// spanStatsAcc is the sum of the threads' SpanStats.
type spanStatsAcc struct {
	mu sync.Mutex
	s  SpanStats
}

func (a *spanStatsAcc) add(s *SpanStats) {
	a.mu.Lock()
	a.s.add(s)
	a.mu.Unlock()
}

func (a *spanStatsAcc) get() SpanStats {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.s
}

// maxConflictSites bounds the distinct conflict sites kept.
const maxConflictSites = 16

// conflictLog counts read-validation conflicts by site.
type conflictLog struct {
	mu    sync.Mutex
	sites []ConflictSite
}

// ConflictSite is one place where a lock-free read went stale: the
// reader's site, what it read, the writer's site, and how often.
type ConflictSite struct {
	Reader, What, Writer string
	Count                uint64
}

func (l *conflictLog) add(c readConflict) {
	r, w, what := c.reader.String(), c.writer.String(), c.what.describe()
	l.mu.Lock()
	defer l.mu.Unlock()
	for i := range l.sites {
		s := &l.sites[i]
		if s.Reader == r && s.Writer == w && s.What == what {
			s.Count++
			return
		}
	}
	if len(l.sites) < maxConflictSites {
		l.sites = append(l.sites, ConflictSite{Reader: r, What: what, Writer: w, Count: 1})
	}
}

func (l *conflictLog) get() []ConflictSite {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]ConflictSite(nil), l.sites...)
}

// SpanStats returns the span figures of the threads whose outermost loops
// have ended, and the conflict sites seen. Call it after RunMain returned.
func (in *Interpreter) SpanStats() (SpanStats, []ConflictSite) {
	return in.spans.stats.get(), in.spans.conflicts.get()
}
