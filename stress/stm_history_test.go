package stress

import (
	"math/rand"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/pystm/pystm/stm"
)

type stmOp struct {
	write bool
	v     int
	val   int64
}

type stmRec struct {
	ts       uint64
	readOnly bool
	ops      []stmOp
}

// TestSTMSerializability runs random short transactions from more
// goroutines than cores and replays the committed ones in commit-timestamp
// order; every read must see what the serial replay has. The default run
// checks about 200,000 transactions; STM_STRESS_SCALE=5 checks a million.
func TestSTMSerializability(t *testing.T) {
	stmNoLeaks(t)
	const nvars = 24
	e := stm.NewEngine(stm.Config{InjectRate: 0.05})
	vars := make([]*stm.Var[int64], nvars)
	for i := range vars {
		vars[i] = stm.NewVar[int64](0)
	}
	per := stmScale(200000) / stmWorkers
	deadline := time.Now().Add(stmBudget)
	logs := make([][]stmRec, stmWorkers)
	var wg sync.WaitGroup
	for w := 0; w < stmWorkers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w) * 13))
			plan := make([]stmOp, 6)
			var ops []stmOp
			for i := 0; i < per && (i%256 != 0 || time.Now().Before(deadline)); i++ {
				n := 1 + r.Intn(6)
				ro := r.Intn(3) == 0
				for k := 0; k < n; k++ {
					plan[k] = stmOp{write: !ro && r.Intn(3) == 0, v: r.Intn(nvars)}
				}
				tx.Atomically(func(tx *stm.Tx) error {
					ops = ops[:0]
					acc := int64(w)<<40 | int64(i)<<8
					for _, p := range plan[:n] {
						if p.write {
							p.val = acc + int64(p.v)
							if err := vars[p.v].Set(tx, p.val); err != nil {
								return err
							}
						} else {
							x, err := vars[p.v].Get(tx)
							if err != nil {
								return err
							}
							p.val = x
							acc ^= x
						}
						ops = append(ops, p)
					}
					return nil
				})
				rec := stmRec{ts: tx.CommitTimestamp(), readOnly: true, ops: append([]stmOp(nil), ops...)}
				for _, o := range ops {
					rec.readOnly = rec.readOnly && !o.write
				}
				logs[w] = append(logs[w], rec)
			}
		}(w)
	}
	wg.Wait()
	var hist []stmRec
	for _, l := range logs {
		hist = append(hist, l...)
	}
	sort.SliceStable(hist, func(i, j int) bool {
		if hist[i].ts != hist[j].ts {
			return hist[i].ts < hist[j].ts
		}
		return !hist[i].readOnly && hist[j].readOnly
	})
	state := make([]int64, nvars)
	for n, h := range hist {
		if n > 0 && !h.readOnly && hist[n-1].ts == h.ts && !hist[n-1].readOnly {
			t.Fatalf("two writers with timestamp %d", h.ts)
		}
		for _, o := range h.ops {
			if o.write {
				state[o.v] = o.val
			} else if state[o.v] != o.val {
				t.Fatalf("transaction at ts %d read %d from v%d, serial replay has %d", h.ts, o.val, o.v, state[o.v])
			}
		}
	}
	for i, v := range vars {
		if v.Peek() != state[i] {
			t.Fatalf("final v%d = %d, replay %d", i, v.Peek(), state[i])
		}
	}
	s := e.Stats()
	t.Logf("%d transactions replayed in timestamp order; %d commits, aborts %v", len(hist), s.Commits, s.Aborts)
}
