package stress

import (
	"math/rand"
	"sync"
	"testing"
	"time"

	"github.com/pystm/pystm/stm"
)

// TestSTMContainersStress hammers a Map and a Vec from more goroutines
// than cores with mixed operations whose net effect is known: each worker
// increments per-key counters in the map and appends its own tagged
// entries to the vector, then pops exactly as many as it appended. The
// map's counters must add up and the vector must end as it started.
func TestSTMContainersStress(t *testing.T) {
	stmNoLeaks(t)
	e := stm.NewEngine(stm.Config{InjectRate: 0.1})
	m := stm.NewMap[int, int]()
	base := make([]int, 40)
	v := stm.NewVec(base...)
	per := stmScale(1500)
	deadline := time.Now().Add(stmBudget)
	done := make([]int, stmWorkers)
	var wg sync.WaitGroup
	for w := 0; w < stmWorkers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w)))
			for i := 0; i < per && time.Now().Before(deadline); i++ {
				k := r.Intn(64)
				idx := r.Intn(40)
				err := tx.Atomically(func(tx *stm.Tx) error {
					c, _, err := m.Get(tx, k)
					if err != nil {
						return err
					}
					if err := m.Set(tx, k, c+1); err != nil {
						return err
					}
					// Reads of the fixed prefix must always see a valid index.
					if _, ok, err := v.Get(tx, idx); err != nil || !ok {
						if err != nil {
							return err
						}
						t.Errorf("index %d vanished", idx)
					}
					if i%2 == 0 {
						return v.Append(tx, w)
					}
					n, err := v.Len(tx)
					if err != nil {
						return err
					}
					if n <= 40 {
						t.Errorf("length %d below the base", n)
					}
					_, _, err = v.Pop(tx)
					return err
				})
				if err != nil {
					t.Error(err)
					return
				}
				done[w]++
			}
			if done[w]%2 == 1 { // balance the last append
				tx.Atomically(func(tx *stm.Tx) error { _, _, err := v.Pop(tx); return err })
			}
		}(w)
	}
	wg.Wait()
	total := 0
	for _, d := range done {
		total += d
	}
	tx := e.NewTx()
	defer tx.Close()
	tx.Begin()
	ks, vs, err := m.Items(tx)
	n, _ := v.Len(tx)
	if err != nil || tx.Commit() != nil {
		t.Fatal("final read failed")
	}
	sum := 0
	for _, c := range vs {
		sum += c
	}
	if sum != total {
		t.Errorf("map counters sum to %d, %d transactions ran", sum, total)
	}
	if len(ks) > 64 {
		t.Errorf("%d keys", len(ks))
	}
	if n != 40 {
		t.Errorf("vector length %d, want 40", n)
	}
	t.Logf("%d transactions; stats %+v", total, e.Stats().Aborts)
}

// TestSTMRetryQueue: producers and consumers exchange items through a
// transactional queue; consumers wait with STM retry when it is empty.
// Every item is consumed exactly once and nobody stays blocked.
func TestSTMRetryQueue(t *testing.T) {
	stmNoLeaks(t)
	e := stm.NewEngine(stm.Config{})
	q := stm.NewVec[int]()
	items := min(stmScale(4000), 200000) // bounded: about 10 s under -race
	const producers, consumers = 4, 12
	seen := make([]int, items)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			for i := p; i < items; i += producers {
				tx.Atomically(func(tx *stm.Tx) error { return q.Append(tx, i) })
			}
		}(p)
	}
	per := items / consumers
	for c := 0; c < consumers; c++ {
		n := per
		if c == 0 {
			n += items % consumers
		}
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			for i := 0; i < n; i++ {
				var got int
				tx.Atomically(func(tx *stm.Tx) error {
					x, ok, err := q.Pop(tx)
					if err != nil {
						return err
					}
					if !ok {
						return tx.Retry()
					}
					got = x
					return nil
				})
				mu.Lock()
				seen[got]++
				mu.Unlock()
			}
		}(n)
	}
	wg.Wait()
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("item %d consumed %d times", i, c)
		}
	}
	t.Logf("retries: %d", e.Stats().Aborts[stm.CauseRetry])
}
