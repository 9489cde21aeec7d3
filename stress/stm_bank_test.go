package stress

import (
	"math/rand"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pystm/pystm/stm"
)

// TestSTMBankStress: many goroutines move money between accounts, with
// random abort injection, while auditors check inside transactions that
// the total never changes. Any inconsistent observation fails.
func TestSTMBankStress(t *testing.T) {
	stmNoLeaks(t)
	for _, rate := range []float64{0, 0.1, 0.5} {
		e := stm.NewEngine(stm.Config{InjectRate: rate, TrackPeak: true})
		const accounts, initial = 200, 1000
		acc := make([]*stm.Var[int64], accounts)
		for i := range acc {
			acc[i] = stm.NewVar[int64](initial)
		}
		deadline := time.Now().Add(stmBudget / 3)
		perWorker := stmScale(4000)
		var bad, audits atomic.Int64
		stop := make(chan struct{})
		var wg, awg sync.WaitGroup
		for w := 0; w < stmWorkers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				tx := e.NewTx()
				defer tx.Close()
				r := rand.New(rand.NewSource(int64(w)))
				for i := 0; i < perWorker && time.Now().Before(deadline); i++ {
					n := 2 + r.Intn(3) // multi-account transfers
					idx := make([]int, n)
					for k := range idx {
						idx[k] = r.Intn(accounts)
					}
					tx.Atomically(func(tx *stm.Tx) error {
						var moved int64
						for k, a := range idx[1:] {
							v, err := acc[a].Get(tx)
							if err != nil {
								return err
							}
							amt := int64(k + 1)
							if err := acc[a].Set(tx, v-amt); err != nil {
								return err
							}
							moved += amt
						}
						v, err := acc[idx[0]].Get(tx)
						if err != nil {
							return err
						}
						return acc[idx[0]].Set(tx, v+moved)
					})
				}
			}(w)
		}
		for a := 0; a < 3; a++ {
			awg.Add(1)
			go func() {
				defer awg.Done()
				tx := e.NewTx()
				defer tx.Close()
				for {
					select {
					case <-stop:
						return
					default:
					}
					tx.Atomically(func(tx *stm.Tx) error {
						var sum int64
						for _, a := range acc {
							v, err := a.Get(tx)
							if err != nil {
								return err
							}
							sum += v
						}
						audits.Add(1)
						if sum != accounts*initial {
							bad.Add(1)
						}
						return nil
					})
				}
			}()
		}
		wg.Wait()
		close(stop)
		awg.Wait()
		var sum int64
		for _, a := range acc {
			sum += a.Peek()
		}
		s := e.Stats()
		t.Logf("inject %.1f: %d commits, aborts %v, %d audits, peak %d, lost %v", rate, s.Commits, s.Aborts, audits.Load(), s.PeakActive, s.TimeLost)
		if bad.Load() != 0 {
			t.Errorf("inject %.1f: %d inconsistent audits", rate, bad.Load())
		}
		if sum != accounts*initial {
			t.Errorf("inject %.1f: final total %d", rate, sum)
		}
		if rate > 0 && s.Aborts[stm.CauseInjected] == 0 {
			t.Errorf("inject %.1f: nothing injected", rate)
		}
	}
}
