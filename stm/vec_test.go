package stm

import (
	"fmt"
	"math/rand"
	"runtime"
	"sync"
	"testing"
)

func TestVecAgainstModel(t *testing.T) { vecAgainstModel(t, Config{}) }

// TestVecAgainstModelStaged injects aborts so that many transactions
// reach priority and irrevocability.
func TestVecAgainstModelStaged(t *testing.T) {
	vecAgainstModel(t, Config{InjectRate: 0.4, PriorityAfter: 1, IrrevocableAfter: 2})
}

func vecAgainstModel(t *testing.T, cfg Config) {
	e := NewEngine(cfg)
	init := make([]int, 70)
	for i := range init {
		init[i] = -i
	}
	v := NewVec(init...)
	const workers = 6
	per := scale(3000)
	logs := make([][]ctx, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w) * 91))
			for i := 0; i < per; i++ {
				plan := make([]cop, 1+r.Intn(3))
				for k := range plan {
					kinds := "gggggsssaaapl"
					if r.Intn(300) == 0 { // moving the tail conflicts with everything
						kinds = "ID"
					}
					plan[k] = cop{kind: kinds[r.Intn(len(kinds))], key: r.Intn(110) - 5, val: w*100000 + i}
				}
				var ops []cop
				tx.Atomically(func(tx *Tx) error {
					ops = ops[:0]
					for _, p := range plan {
						switch p.kind {
						case 'g':
							x, ok, err := v.Get(tx, p.key)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(x, ok)
						case 's':
							ok, err := v.Set(tx, p.key, p.val)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(ok)
						case 'a':
							if err := v.Append(tx, p.val); err != nil {
								return err
							}
						case 'p':
							x, ok, err := v.Pop(tx)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(x, ok)
						case 'l':
							n, err := v.Len(tx)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(n)
						case 'I':
							ok, err := v.Insert(tx, p.key, p.val)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(ok)
						case 'D':
							x, ok, err := v.RemoveAt(tx, p.key)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(x, ok)
						}
						ops = append(ops, p)
					}
					return nil
				})
				ro := true
				for _, o := range ops {
					ro = ro && (o.kind == 'g' || o.kind == 'l' || (o.kind == 's' || o.kind == 'I') && o.result == "false" || o.kind == 'D' && o.result == "0 false")
				}
				logs[w] = append(logs[w], ctx{ts: tx.CommitTimestamp(), readOnly: ro, ops: append([]cop(nil), ops...)})
			}
		}(w)
	}
	wg.Wait()
	var hist []ctx
	for _, l := range logs {
		hist = append(hist, l...)
	}
	sortHistory(hist)
	model := append([]int(nil), init...)
	for n, h := range hist {
		for _, o := range h.ops {
			var got string
			switch o.kind {
			case 'g':
				if o.key >= 0 && o.key < len(model) {
					got = fmt.Sprint(model[o.key], true)
				} else {
					got = fmt.Sprint(0, false)
				}
			case 's':
				ok := o.key >= 0 && o.key < len(model)
				if ok {
					model[o.key] = o.val
				}
				got = fmt.Sprint(ok)
			case 'a':
				model = append(model, o.val)
			case 'p':
				if len(model) == 0 {
					got = fmt.Sprint(0, false)
				} else {
					got = fmt.Sprint(model[len(model)-1], true)
					model = model[:len(model)-1]
				}
			case 'l':
				got = fmt.Sprint(len(model))
			case 'I':
				ok := o.key >= 0 && o.key <= len(model)
				if ok {
					model = append(model[:o.key], append([]int{o.val}, model[o.key:]...)...)
				}
				got = fmt.Sprint(ok)
			case 'D':
				if o.key >= 0 && o.key < len(model) {
					got = fmt.Sprint(model[o.key], true)
					model = append(model[:o.key], model[o.key+1:]...)
				} else {
					got = fmt.Sprint(0, false)
				}
			}
			if got != o.result {
				t.Fatalf("tx %d (ts %d) op %c(%d): engine said %q, serial model %q", n, h.ts, o.kind, o.key, o.result, got)
			}
		}
	}
	st := e.Stats()
	t.Logf("commits %d aborts %v lost %v irrevocable %d", st.Commits, st.Aborts, st.TimeLost, st.Irrevocable)
	tx := e.NewTx()
	defer tx.Close()
	tx.Begin()
	n, _ := v.Len(tx)
	if n != len(model) {
		t.Fatalf("final length %d, model %d", n, len(model))
	}
	for i := range model {
		if x, _, _ := v.Get(tx, i); x != model[i] {
			t.Fatalf("final [%d] = %d, model %d", i, x, model[i])
		}
	}
	tx.Commit()
}

// TestVecGranularity: a read of index i does not conflict with an append
// that leaves i valid, nor with a write of another slot of the same chunk;
// it does conflict with a write of slot i and with a pop that removes it.
func TestVecGranularity(t *testing.T) {
	e := NewEngine(Config{})
	v := NewVec(1, 2, 3)
	r, w, peek := e.NewTx(), e.NewTx(), e.NewTx()
	defer r.Close()
	defer w.Close()
	defer peek.Close()
	run := func(name string, i int, write func(tx *Tx) error, wantConflict bool) {
		t.Helper()
		r.Begin()
		peek.Begin()
		n, _ := v.Len(peek)
		peek.Commit()
		if _, ok, err := v.Get(r, i); err != nil || ok != (i < n) {
			t.Fatalf("%s: get: %v %v", name, ok, err)
		}
		if err := w.Atomically(write); err != nil {
			t.Fatal(err)
		}
		// Make r a writer so commit validates its reads.
		other := NewVar(0)
		if err := other.Set(r, 1); err != nil {
			t.Fatal(err)
		}
		err := r.Commit()
		if (err != nil) != wantConflict {
			t.Errorf("%s: commit error %v, want conflict %v", name, err, wantConflict)
		}
	}
	run("append that makes it valid", 3, func(tx *Tx) error { return v.Append(tx, 4) }, true)
	run("append", 0, func(tx *Tx) error { return v.Append(tx, 5) }, false)
	run("other slot", 0, func(tx *Tx) error { _, err := v.Set(tx, 1, 20); return err }, false)
	run("same slot", 0, func(tx *Tx) error { _, err := v.Set(tx, 0, 10); return err }, true)
	run("pop of it", 4, func(tx *Tx) error { _, _, err := v.Pop(tx); return err }, true)
}

// TestVecLargeSetCopiesOneChunk checks that changing one element of a
// large vector costs a chunk, not the vector.
func TestVecLargeSetCopiesOneChunk(t *testing.T) {
	e := NewEngine(Config{})
	big := make([]int, 1<<16)
	v := NewVec(big...)
	tx := e.NewTx()
	defer tx.Close()
	allocs := testing.AllocsPerRun(100, func() {
		tx.Begin()
		if _, err := v.Set(tx, 40000, 7); err != nil {
			t.Fatal(err)
		}
		tx.Commit()
	})
	if allocs > 2 {
		t.Errorf("%v allocations per element write", allocs)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	const n = 200
	for i := 0; i < n; i++ {
		tx.Begin()
		v.Set(tx, i*300%len(big), i)
		tx.Commit()
	}
	runtime.ReadMemStats(&after)
	bytes := (after.TotalAlloc - before.TotalAlloc) / n
	if bytes > 4*chunkLen*8+256 {
		t.Errorf("%d bytes allocated per element write of a %d-element vector", bytes, len(big))
	}
}
