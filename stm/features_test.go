package stm

import (
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// counterRun has each worker add 1 to a shared counter and to its own
// counter n times, and returns the final values: the same for any
// injection rate if aborts are invisible.
func counterRun(t *testing.T, rate float64, workers, n int) ([]int, Stats) {
	e := NewEngine(Config{InjectRate: rate, Seed: 7})
	shared := NewVar(0)
	own := make([]*Var[int], workers)
	for i := range own {
		own[i] = NewVar(0)
	}
	m := NewMap[int, int]()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			for i := 0; i < n; i++ {
				tx.Atomically(func(tx *Tx) error {
					s, err := shared.Get(tx)
					if err != nil {
						return err
					}
					o, err := own[w].Get(tx)
					if err != nil {
						return err
					}
					if err := shared.Set(tx, s+1); err != nil {
						return err
					}
					if err := own[w].Set(tx, o+1); err != nil {
						return err
					}
					c, _, err := m.Get(tx, i%5)
					if err != nil {
						return err
					}
					return m.Set(tx, i%5, c+1)
				})
			}
		}(w)
	}
	wg.Wait()
	out := []int{shared.Peek()}
	for _, o := range own {
		out = append(out, o.Peek())
	}
	tx := e.NewTx()
	defer tx.Close()
	tx.Begin()
	for k := 0; k < 5; k++ {
		c, _, _ := m.Get(tx, k)
		out = append(out, c)
	}
	tx.Commit()
	return out, e.Stats()
}

func TestInjectedAbortsChangeNothing(t *testing.T) {
	const workers = 4
	n := scale(1000)
	want, _ := counterRun(t, 0, workers, n)
	if want[0] != workers*n {
		t.Fatalf("shared counter %d, want %d", want[0], workers*n)
	}
	for _, rate := range []float64{0.1, 0.5} {
		got, s := counterRun(t, rate, workers, n)
		inj := s.Aborts[CauseInjected]
		if inj == 0 {
			t.Errorf("rate %v: no injected abort", rate)
		}
		total := float64(s.Commits + s.TotalAborts())
		t.Logf("rate %v: %d injected of %.0f attempts (%.2f)", rate, inj, total, float64(inj)/total)
		if frac := float64(inj) / total; frac < rate/2 {
			t.Errorf("rate %v: only %.3f of attempts injected", rate, frac)
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("rate %v: result[%d] = %d, want %d", rate, i, got[i], want[i])
			}
		}
	}
}

// TestRetryWakesOnChange: a transaction that retries runs again exactly
// when something it read changes, not when unrelated objects change.
func TestRetryWakesOnChange(t *testing.T) {
	e := NewEngine(Config{})
	flag, unrelated := NewVar(0), NewVar(0)
	var runs atomic.Int32
	done := make(chan int)
	go func() {
		tx := e.NewTx()
		defer tx.Close()
		var got int
		tx.Atomically(func(tx *Tx) error {
			runs.Add(1)
			v, err := flag.Get(tx)
			if err != nil {
				return err
			}
			if v == 0 {
				return tx.Retry()
			}
			got = v
			return nil
		})
		done <- got
	}()
	w := e.NewTx()
	defer w.Close()
	for runs.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 50; i++ {
		w.Atomically(func(tx *Tx) error { return unrelated.Set(tx, i) })
	}
	time.Sleep(20 * time.Millisecond)
	select {
	case <-done:
		t.Fatal("retry returned before the flag changed")
	default:
	}
	if r := runs.Load(); r != 1 {
		t.Fatalf("body ran %d times before the flag changed, want 1", r)
	}
	w.Atomically(func(tx *Tx) error { return flag.Set(tx, 42) })
	select {
	case v := <-done:
		if v != 42 {
			t.Fatalf("woke with %d", v)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("retry did not wake after the flag changed")
	}
	if r := runs.Load(); r != 2 {
		t.Fatalf("body ran %d times, want 2", r)
	}
	if s := e.Stats(); s.Aborts[CauseRetry] != 1 {
		t.Fatalf("retry aborts %d, want 1", s.Aborts[CauseRetry])
	}
}

// TestQuasiImmutable: reads are not logged, a write makes a reader that
// read the cell fail its next extension or commit, and a cell written
// often is demoted.
func TestQuasiImmutable(t *testing.T) {
	e := NewEngine(Config{QuasiDemoteAfter: 3})
	q := NewQCell(e, "A")
	x := NewVar(0)
	r, w := e.NewTx(), e.NewTx()
	defer r.Close()
	defer w.Close()

	r.Begin()
	if v, err := q.Get(r); err != nil || v != "A" {
		t.Fatal(v, err)
	}
	if len(r.reads) != 0 {
		t.Fatal("quasi-immutable read was logged")
	}
	ep := e.Epoch()
	if err := w.Atomically(func(tx *Tx) error { return q.Set(tx, "B") }); err != nil {
		t.Fatal(err)
	}
	if e.Epoch() == ep {
		t.Fatal("write did not bump the epoch")
	}
	if err := x.Set(r, 1); err != nil {
		t.Fatal(err)
	}
	if err := r.Commit(); err == nil {
		t.Fatal("a transaction that read the old class value committed a write")
	}
	// A transaction that never read the cell is unaffected by writes to it.
	r.Begin()
	if _, err := x.Get(r); err != nil {
		t.Fatal(err)
	}
	w.Atomically(func(tx *Tx) error { return q.Set(tx, "C") })
	if err := x.Set(r, 2); err != nil || r.Commit() != nil {
		t.Fatal("unrelated transaction aborted by a quasi-immutable write")
	}
	if q.Demoted() {
		t.Fatal("demoted too early")
	}
	w.Atomically(func(tx *Tx) error { return q.Set(tx, "D") })
	if !q.Demoted() {
		t.Fatal("not demoted after 3 writes")
	}
	ep = e.Epoch()
	w.Atomically(func(tx *Tx) error { return q.Set(tx, "E") })
	if e.Epoch() != ep {
		t.Fatal("demoted cell still bumps the epoch")
	}
	r.Begin()
	if v, _ := q.Get(r); v != "E" || len(r.reads) != 1 {
		t.Fatalf("demoted read: %q, %d reads logged", v, len(r.reads))
	}
	r.Commit()
}

// TestIrrevocable: an irrevocable transaction never aborts, even against
// many writers of the same objects, and there is at most one at a time.
func TestIrrevocable(t *testing.T) {
	e := NewEngine(Config{})
	vars := []*Var[int]{NewVar(0), NewVar(0), NewVar(0)}
	var inIrrev, maxIrrev atomic.Int32
	var wg sync.WaitGroup
	n := scale(300)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			for i := 0; i < n; i++ {
				if g < 2 && i%10 == 0 {
					tx.BeginIrrevocable()
					k := inIrrev.Add(1)
					if k > maxIrrev.Load() {
						maxIrrev.Store(k)
					}
					for _, v := range vars {
						x, err := v.Get(tx)
						if err != nil {
							t.Error("irrevocable read failed:", err)
						}
						if err := v.Set(tx, x+1); err != nil {
							t.Error("irrevocable write failed:", err)
						}
					}
					inIrrev.Add(-1)
					if err := tx.Commit(); err != nil {
						t.Error("irrevocable commit failed:", err)
					}
					continue
				}
				tx.Atomically(func(tx *Tx) error {
					for _, v := range vars {
						x, err := v.Get(tx)
						if err != nil {
							return err
						}
						if err := v.Set(tx, x+1); err != nil {
							return err
						}
					}
					return nil
				})
			}
		}(g)
	}
	wg.Wait()
	for _, v := range vars {
		if v.Peek() != 6*n {
			t.Errorf("counter %d, want %d", v.Peek(), 6*n)
		}
	}
	if maxIrrev.Load() > 1 {
		t.Errorf("%d irrevocable transactions at once", maxIrrev.Load())
	}
}

// TestBecomeIrrevocable: a running transaction becomes irrevocable; if a
// read is stale it aborts first and the next attempt starts irrevocable.
func TestBecomeIrrevocable(t *testing.T) {
	e := NewEngine(Config{})
	x := NewVar(1)
	a, b := e.NewTx(), e.NewTx()
	defer a.Close()
	defer b.Close()
	a.Begin()
	x.Get(a)
	b.Atomically(func(tx *Tx) error { return x.Set(tx, 2) })
	if err := a.BecomeIrrevocable(); err == nil {
		t.Fatal("became irrevocable with a stale read")
	}
	a.Abort()
	a.Begin()
	if !a.Irrevocable() {
		t.Fatal("next attempt is not irrevocable")
	}
	if v, _ := x.Get(a); v != 2 {
		t.Fatal(v)
	}
	// b cannot write what a has read while a is irrevocable.
	b.Begin()
	if err := x.Set(b, 3); err == nil {
		t.Fatal("write to an object an irrevocable transaction read")
	}
	b.Abort()
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	a.Begin()
	x.Get(a)
	if err := a.BecomeIrrevocable(); err != nil || !a.Irrevocable() {
		t.Fatal("could not become irrevocable:", err)
	}
	a.Commit()
}

// TestCommitHooksInTimestampOrder: hooks run after commit in the order of
// the commit timestamps, across threads.
func TestCommitHooksInTimestampOrder(t *testing.T) {
	e := NewEngine(Config{})
	x := NewVar(0)
	var mu sync.Mutex
	var seen []uint64
	var wg sync.WaitGroup
	n := scale(500)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			for i := 0; i < n; i++ {
				tx.Atomically(func(tx *Tx) error {
					if g%2 == 0 { // half of them only read and print
						if _, err := x.Get(tx); err != nil {
							return err
						}
					} else if err := x.Set(tx, i); err != nil {
						return err
					}
					tx.OnCommit(func(ts uint64) {
						mu.Lock()
						seen = append(seen, ts)
						mu.Unlock()
					})
					return nil
				})
			}
		}(g)
	}
	wg.Wait()
	if len(seen) != 4*n {
		t.Fatalf("%d hooks ran, want %d", len(seen), 4*n)
	}
	for i := 1; i < len(seen); i++ {
		if seen[i] <= seen[i-1] {
			t.Fatalf("hook %d ran with ts %d after ts %d", i, seen[i], seen[i-1])
		}
	}
}

// TestAbortedHooksDropped: an aborted transaction's hooks never run.
func TestAbortedHooksDropped(t *testing.T) {
	e := NewEngine(Config{})
	tx := e.NewTx()
	defer tx.Close()
	ran := false
	tx.Begin()
	tx.OnCommit(func(uint64) { ran = true })
	tx.Abort()
	tx.Begin()
	tx.Commit()
	if ran {
		t.Fatal("hook of an aborted transaction ran")
	}
}

// localList is a thread-local client object that logs its writes.
type localList struct {
	Header
	items []int
}

const (
	opSet = iota
	opAppend
)

func (l *localList) Undo(r *UndoRecord) {
	switch r.Op {
	case opSet:
		l.items[r.Index] = int(r.Word)
	case opAppend:
		l.items = l.items[:r.Index]
	}
}

func TestUndoLogAndPublish(t *testing.T) {
	e := NewEngine(Config{})
	tx := e.NewTx()
	defer tx.Close()
	l := &localList{items: []int{1, 2, 3}}
	tx.Begin()
	if !tx.NeedsUndo(&l.Header) {
		t.Fatal("old object needs no undo")
	}
	tx.LogUndo(UndoRecord{Target: l, Op: opSet, Index: 1, Word: uint64(l.items[1])})
	l.items[1] = 20
	tx.LogUndo(UndoRecord{Target: l, Op: opAppend, Index: len(l.items)})
	l.items = append(l.items, 4)
	tx.LogUndo(UndoRecord{Target: l, Op: opSet, Index: 3, Word: uint64(l.items[3])})
	l.items[3] = 40
	fresh := &localList{}
	tx.Born(&fresh.Header)
	if tx.NeedsUndo(&fresh.Header) {
		t.Fatal("object born in the transaction needs undo")
	}
	st := []int{9}
	Publish(tx, &fresh.Header, &st)
	if !fresh.IsShared() {
		t.Fatal("not shared after Publish")
	}
	tx.Abort()
	if got := l.items; len(got) != 3 || got[1] != 2 {
		t.Fatalf("undo restored %v", got)
	}
	if fresh.IsShared() {
		t.Fatal("publication survived the abort")
	}
	// Published in a committed transaction: shared, and readable by others.
	tx.Begin()
	Publish(tx, &fresh.Header, &st)
	if tx.Commit() != nil {
		t.Fatal("commit")
	}
	o := e.NewTx()
	defer o.Close()
	o.Begin()
	p, err := Load[[]int](o, &fresh.Header)
	if err != nil || (*p)[0] != 9 || !fresh.IsShared() {
		t.Fatal("published state not visible", err)
	}
	o.Commit()
	if tx.NeedsUndo(&(&localList{}).Header) != true {
		t.Fatal("a never-marked object must need undo")
	}
}

// TestConflictRecords: conflicts name both parties' sites and the cause.
func TestConflictRecords(t *testing.T) {
	e := NewEngine(Config{})
	x := NewVar(0)
	a, b := e.NewTx(), e.NewTx()
	a.SetSite(&Site{Label: "a.py:1 f"})
	b.SetSite(&Site{Label: "b.py:2 g"})
	b.Begin()
	b.Abort() // explicit, not a conflict; makes the next attempt a timed retry
	a.Begin()
	b.Begin()
	if err := x.Set(a, 1); err != nil {
		t.Fatal(err)
	}
	if err := x.Set(b, 2); err != ErrAbort {
		t.Fatal("no write/write conflict:", err)
	}
	b.Abort()
	a.Commit()
	// Read/write: b reads x, a commits a write to it (from site a2), b's
	// commit fails; the winner is the site of a's write.
	b.Begin()
	if _, err := x.Get(b); err != nil {
		t.Fatal(err)
	}
	a.SetSite(&Site{Label: "a.py:9 h"})
	if err := a.Atomically(func(tx *Tx) error { return x.Set(tx, 5) }); err != nil {
		t.Fatal(err)
	}
	if err := NewVar(0).Set(b, 1); err != nil {
		t.Fatal(err)
	}
	if err := b.Commit(); err != ErrAbort {
		t.Fatal("stale read committed")
	}
	a.Close()
	b.Close()
	s := e.Stats()
	if len(s.Conflicts) != 2 {
		t.Fatalf("conflicts %+v", s.Conflicts)
	}
	sort.Slice(s.Conflicts, func(i, j int) bool { return s.Conflicts[i].Cause < s.Conflicts[j].Cause })
	c := s.Conflicts[0]
	if c.Cause != CauseWriteWrite || c.Winner != "a.py:1 f" || c.Loser != "b.py:2 g" || c.Count != 1 || c.TimeLost <= 0 {
		t.Fatalf("record %+v", c)
	}
	c = s.Conflicts[1]
	if c.Cause != CauseReadWrite || c.Winner != "a.py:9 h" || c.Loser != "b.py:2 g" || c.Count != 1 {
		t.Fatalf("record %+v", c)
	}
	if s.Aborts[CauseWriteWrite] != 1 || s.Aborts[CauseReadWrite] != 1 || s.Aborts[CauseExplicit] != 1 || s.Commits != 2 {
		t.Fatalf("stats %+v", s)
	}
	if s.TimeLost <= 0 {
		t.Fatalf("time lost %v", s.TimeLost)
	}
}

// TestFlatNesting: an inner atomic block is part of the outer transaction;
// an abort inside it rolls back the outer writes too, and the depth is
// restored.
func TestFlatNesting(t *testing.T) {
	e := NewEngine(Config{})
	x, y := NewVar(0), NewVar(0)
	tx, other := e.NewTx(), e.NewTx()
	defer tx.Close()
	defer other.Close()
	attempts := 0
	err := tx.Atomically(func(tx *Tx) error {
		attempts++
		if err := x.Set(tx, attempts); err != nil {
			return err
		}
		return tx.Atomically(func(tx *Tx) error {
			if tx.AtomicDepth() != 1 {
				t.Errorf("depth %d inside the inner block", tx.AtomicDepth())
			}
			if attempts == 1 {
				// Someone else writes y, which we then read stale: abort.
				if _, err := y.Get(tx); err != nil {
					return err
				}
				other.Atomically(func(o *Tx) error { return y.Set(o, 5) })
				if err := y.Set(tx, 1); err != nil {
					return err
				}
				return ErrAbort
			}
			return y.Set(tx, 100)
		})
	})
	if err != nil || attempts != 2 || tx.AtomicDepth() != 0 {
		t.Fatalf("err %v attempts %d depth %d", err, attempts, tx.AtomicDepth())
	}
	if x.Peek() != 2 || y.Peek() != 100 {
		t.Fatalf("x %d y %d", x.Peek(), y.Peek())
	}
}
