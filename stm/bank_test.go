package stm

import (
	"math/rand"
	"sync"
	"sync/atomic"
	"testing"
)

// bank runs transfers between accounts on several goroutines while
// auditors sum all accounts inside transactions. Every sum that a
// transaction body sees, even in an attempt that later aborts, must be the
// total: that is opacity. It returns the engine statistics.
func bank(t *testing.T, cfg Config, accounts, workers, transfers int) Stats {
	t.Helper()
	const initial = 100
	e := NewEngine(cfg)
	acc := make([]*Var[int], accounts)
	for i := range acc {
		acc[i] = NewVar(initial)
	}
	want := accounts * initial
	var bad, audits atomic.Int64
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(seed int64) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			tx.SetSite(&Site{Label: "transfer"})
			r := rand.New(rand.NewSource(seed))
			for i := 0; i < transfers; i++ {
				a, b := r.Intn(accounts), r.Intn(accounts)
				amt := r.Intn(20)
				tx.Atomically(func(tx *Tx) error {
					x, err := acc[a].Get(tx)
					if err != nil {
						return err
					}
					y, err := acc[b].Get(tx)
					if err != nil {
						return err
					}
					if a == b {
						return nil
					}
					if err := acc[a].Set(tx, x-amt); err != nil {
						return err
					}
					return acc[b].Set(tx, y+amt)
				})
			}
		}(int64(w))
	}
	var awg sync.WaitGroup
	for w := 0; w < 2; w++ {
		awg.Add(1)
		go func() {
			defer awg.Done()
			tx := e.NewTx()
			defer tx.Close()
			tx.SetSite(&Site{Label: "audit"})
			for {
				select {
				case <-stop:
					return
				default:
				}
				tx.Atomically(func(tx *Tx) error {
					sum := 0
					for _, a := range acc {
						v, err := a.Get(tx)
						if err != nil {
							return err
						}
						sum += v
					}
					audits.Add(1)
					if sum != want {
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
	if n := bad.Load(); n != 0 {
		t.Errorf("%d of %d audits saw an inconsistent total", n, audits.Load())
	}
	if audits.Load() == 0 {
		t.Errorf("no audit ran")
	}
	sum := 0
	for _, a := range acc {
		sum += a.Peek()
	}
	if sum != want {
		t.Errorf("final total %d, want %d", sum, want)
	}
	s := e.Stats()
	if int(s.Commits) < workers*transfers {
		t.Errorf("commits %d < %d transfers", s.Commits, workers*transfers)
	}
	return s
}

func TestBank(t *testing.T) {
	s := bank(t, Config{}, 64, 8, scale(3000))
	t.Logf("commits %d aborts %v lost %v peak %d", s.Commits, s.Aborts, s.TimeLost, s.PeakActive)
}

func TestBankHighContention(t *testing.T) {
	// Eight workers on a loaded machine may happen to run one at a time
	// for a whole short run: overlap is required of one of a few runs.
	for run := 1; ; run++ {
		s := bank(t, Config{TrackPeak: true}, 4, 8, scale(2000))
		t.Logf("commits %d aborts %v lost %v peak %d irrevocable %d", s.Commits, s.Aborts, s.TimeLost, s.PeakActive, s.Irrevocable)
		if s.PeakActive >= 2 {
			return
		}
		if run == 5 {
			t.Fatalf("peak active %d in %d runs: transactions never overlapped", s.PeakActive, run)
		}
	}
}
