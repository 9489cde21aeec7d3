package stm

import (
	"math/rand"
	"sort"
	"sync"
	"testing"
)

// An op is one access in a recorded transaction.
type histOp struct {
	write    bool
	variable int
	value    int
}

type histTx struct {
	ts       uint64
	readOnly bool
	ops      []histOp
}

// runHistory runs random short transactions on nvars variables from
// workers goroutines and returns the committed ones with their commit
// timestamps, and the final values.
func runHistory(t testing.TB, cfg Config, nvars, workers, perWorker int) ([]histTx, []int) {
	e := NewEngine(cfg)
	vars := make([]*Var[int], nvars)
	for i := range vars {
		vars[i] = NewVar(0)
	}
	logs := make([][]histTx, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w) + 1))
			for i := 0; i < perWorker; i++ {
				n := 1 + r.Intn(5)
				plan := make([]histOp, n)
				ro := r.Intn(3) == 0
				for k := range plan {
					plan[k] = histOp{write: !ro && r.Intn(3) == 0, variable: r.Intn(nvars)}
				}
				var ops []histOp
				tx.Atomically(func(tx *Tx) error {
					ops = ops[:0]
					acc := w*1000003 + i
					for _, p := range plan {
						if p.write {
							val := acc*31 + p.variable + 1
							if err := vars[p.variable].Set(tx, val); err != nil {
								return err
							}
							ops = append(ops, histOp{write: true, variable: p.variable, value: val})
							continue
						}
						v, err := vars[p.variable].Get(tx)
						if err != nil {
							return err
						}
						acc += v
						ops = append(ops, histOp{variable: p.variable, value: v})
					}
					return nil
				})
				writes := false
				for _, o := range ops {
					writes = writes || o.write
				}
				logs[w] = append(logs[w], histTx{ts: tx.CommitTimestamp(), readOnly: !writes, ops: append([]histOp(nil), ops...)})
			}
		}(w)
	}
	wg.Wait()
	var all []histTx
	for _, l := range logs {
		all = append(all, l...)
	}
	final := make([]int, nvars)
	for i, v := range vars {
		final[i] = v.Peek()
	}
	return all, final
}

// checkSerial replays the history in commit-timestamp order (a read-only
// transaction after the writer whose timestamp is its snapshot) and
// reports the first read that the serial execution contradicts.
func checkSerial(t testing.TB, hist []histTx, final []int) {
	sort.SliceStable(hist, func(i, j int) bool {
		a, b := hist[i], hist[j]
		if a.ts != b.ts {
			return a.ts < b.ts
		}
		return !a.readOnly && b.readOnly
	})
	seen := map[uint64]bool{}
	state := make([]int, len(final))
	for n, h := range hist {
		if !h.readOnly {
			if seen[h.ts] {
				t.Fatalf("two writers share timestamp %d", h.ts)
			}
			seen[h.ts] = true
		}
		for _, o := range h.ops {
			if o.write {
				state[o.variable] = o.value
			} else if state[o.variable] != o.value {
				t.Fatalf("transaction %d (ts %d, read-only %v) read %d from v%d; serial order has %d",
					n, h.ts, h.readOnly, o.value, o.variable, state[o.variable])
			}
		}
	}
	for i := range final {
		if final[i] != state[i] {
			t.Fatalf("final v%d = %d, serial replay gives %d", i, final[i], state[i])
		}
	}
}

func TestSerializableHistory(t *testing.T) {
	hist, final := runHistory(t, Config{}, 12, 6, scale(20000))
	checkSerial(t, hist, final)
	t.Logf("%d transactions replayed", len(hist))
}

func TestSerializableHistoryInjected(t *testing.T) {
	hist, final := runHistory(t, Config{InjectRate: 0.3}, 8, 4, scale(3000))
	checkSerial(t, hist, final)
}

// TestSerializableHistoryStaged sends many transactions through priority
// and irrevocability.
func TestSerializableHistoryStaged(t *testing.T) {
	hist, final := runHistory(t, Config{InjectRate: 0.4, PriorityAfter: 1, IrrevocableAfter: 2}, 8, 6, scale(3000))
	checkSerial(t, hist, final)
}

// TestCheckSerialCatchesBadHistory makes sure the checker is not vacuous.
func TestCheckSerialCatchesBadHistory(t *testing.T) {
	hist := []histTx{
		{ts: 1, ops: []histOp{{write: true, variable: 0, value: 5}}},
		{ts: 1, readOnly: true, ops: []histOp{{variable: 0, value: 0}}}, // stale read
	}
	ft := &fakeT{}
	func() {
		defer func() { recover() }()
		checkSerial(ft, hist, []int{5})
	}()
	if !ft.failed {
		t.Fatal("checkSerial accepted a stale read")
	}
}

type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Fatalf(string, ...any) { f.failed = true; panic("fatal") }
func (f *fakeT) Helper()               {}
