package stm

import (
	"math/rand"
	"sync"
	"testing"
	"time"
)

// TestLongTransactionProgress: a long transaction that reads every
// variable, against writers that keep changing random ones, commits. (On
// two cores scheduling luck can also let it through; the stage tests
// below check the mechanism itself.)
func TestLongTransactionProgress(t *testing.T) {
	e := NewEngine(Config{PriorityAfter: 3, IrrevocableAfter: 8})
	vars := make([]*Var[int], 200)
	for i := range vars {
		vars[i] = NewVar(1)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w)))
			for {
				select {
				case <-stop:
					return
				default:
				}
				a, b := r.Intn(len(vars)), r.Intn(len(vars))
				tx.Atomically(func(tx *Tx) error {
					x, err := vars[a].Get(tx)
					if err != nil {
						return err
					}
					y, err := vars[b].Get(tx)
					if err != nil {
						return err
					}
					if a == b {
						return nil
					}
					if err := vars[a].Set(tx, x-1); err != nil {
						return err
					}
					return vars[b].Set(tx, y+1)
				})
			}
		}(w)
	}
	long := e.NewTx()
	done := make(chan int)
	go func() {
		var sum int
		for k := 0; k < 20; k++ {
			long.Atomically(func(tx *Tx) error {
				sum = 0
				first := 0
				for i, v := range vars {
					x, err := v.Get(tx)
					if err != nil {
						return err
					}
					if i == 0 {
						first = x
					}
					sum += x
					time.Sleep(time.Microsecond) // make it long
				}
				return vars[0].Set(tx, first)
			})
		}
		done <- sum
	}()
	select {
	case sum := <-done:
		if sum != len(vars) {
			t.Errorf("long transaction saw total %d", sum)
		}
	case <-time.After(30 * time.Second):
		t.Error("long transaction did not commit in 30 s")
		<-done
	}
	close(stop)
	wg.Wait()
	long.Close()
	s := e.Stats()
	t.Logf("aborts %v, irrevocable %d", s.Aborts, s.Irrevocable)
}

// TestContentionStages: consecutive aborts give priority, then
// irrevocability, and a commit resets both.
func TestContentionStages(t *testing.T) {
	e := NewEngine(Config{PriorityAfter: 2, IrrevocableAfter: 4})
	tx := e.NewTx()
	defer tx.Close()
	for i := 0; i < 4; i++ {
		tx.Begin()
		if got, want := tx.prio.Load() != 0, i >= 2; got != want {
			t.Errorf("attempt %d: priority %v", i, got)
		}
		if tx.Irrevocable() {
			t.Errorf("attempt %d irrevocable too early", i)
		}
		tx.Abort()
	}
	tx.Begin()
	if !tx.Irrevocable() {
		t.Fatal("not irrevocable after 4 aborts")
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	tx.Begin()
	if tx.Irrevocable() || tx.prio.Load() != 0 || tx.Attempts() != 0 {
		t.Fatal("stages not reset by commit")
	}
	tx.Commit()
}

// TestPriorityKillsOwner: a transaction with priority that wants an object
// owned by one without kills it, waits, and gets the object; the victim
// learns it at its next barrier.
func TestPriorityKillsOwner(t *testing.T) {
	e := NewEngine(Config{PriorityAfter: 1})
	x, y := NewVar(0), NewVar(0)
	victim, strong := e.NewTx(), e.NewTx()
	defer victim.Close()
	defer strong.Close()
	victim.Begin()
	if err := x.Set(victim, 1); err != nil {
		t.Fatal(err)
	}
	strong.Begin()
	strong.Abort() // one abort: the next attempt has priority
	got := make(chan error)
	go func() {
		strong.Begin()
		err := x.Set(strong, 2) // waits for the victim to release x
		if err == nil {
			err = strong.Commit()
		} else {
			strong.Abort()
		}
		got <- err
	}()
	for victim.status.Load() != stKilled {
		time.Sleep(time.Millisecond)
	}
	if err := y.Set(victim, 1); err != ErrAbort {
		t.Fatalf("killed victim's barrier returned %v", err)
	}
	victim.Abort()
	if err := <-got; err != nil {
		t.Fatal("prioritised transaction failed:", err)
	}
	if x.Peek() != 2 || y.Peek() != 0 {
		t.Fatalf("x %d y %d", x.Peek(), y.Peek())
	}
	if s := e.Stats(); s.Aborts[CauseKilled] != 1 {
		t.Fatalf("killed aborts: %v", s.Aborts)
	}
}
