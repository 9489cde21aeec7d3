package stm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// TestQuasiOpacity: writers set a quasi-immutable cell and an ordinary
// variable to the same value in one transaction; readers must never see
// them differ, neither while the cell stays quasi-immutable nor across
// its demotion to an ordinary cell.
func TestQuasiOpacity(t *testing.T) {
	for _, demote := range []int{1 << 30, 50} {
		e := NewEngine(Config{QuasiDemoteAfter: demote})
		q := NewQCell(e, 0)
		v := NewVar(0)
		other := NewVar(0)
		var bad, reads atomic.Int64
		stop := make(chan struct{})
		var wg, rg sync.WaitGroup
		n := scale(2000)
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				tx := e.NewTx()
				defer tx.Close()
				for i := 1; i <= n; i++ {
					val := w*n + i
					tx.Atomically(func(tx *Tx) error {
						if err := q.Set(tx, val); err != nil {
							return err
						}
						return v.Set(tx, val)
					})
				}
			}(w)
		}
		for r := 0; r < 3; r++ {
			rg.Add(1)
			go func(r int) {
				defer rg.Done()
				tx := e.NewTx()
				defer tx.Close()
				for {
					select {
					case <-stop:
						return
					default:
					}
					tx.Atomically(func(tx *Tx) error {
						a, err := q.Get(tx)
						if err != nil {
							return err
						}
						if _, err := other.Get(tx); err != nil {
							return err
						}
						if r != 0 {
							runtime.Gosched() // widen the window for a writer to commit
						}
						b, err := v.Get(tx)
						if err != nil {
							return err
						}
						reads.Add(1)
						if a != b {
							bad.Add(1)
						}
						if r == 0 { // a writer too, so its commit validates
							return other.Set(tx, a)
						}
						return nil
					})
				}
			}(r)
		}
		wg.Wait()
		close(stop)
		rg.Wait()
		if bad.Load() != 0 {
			t.Errorf("demote after %d: %d of %d reads saw the cell and the variable differ", demote, bad.Load(), reads.Load())
		}
		if (demote == 50) != q.Demoted() {
			t.Errorf("demote after %d: demoted %v", demote, q.Demoted())
		}
		if q.Peek() != v.Peek() {
			t.Errorf("final cell %d, variable %d", q.Peek(), v.Peek())
		}
	}
}
