package stm

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"testing"
	"time"
)

// A recorded container operation and its result, for replay against a
// sequential model.
type cop struct {
	kind   byte // g(et) s(et) d(elete) l(en) i(tems) a(ppend) p(op)
	key    int
	val    int
	result string
}

type ctx struct {
	ts       uint64
	readOnly bool
	ops      []cop
}

func sortHistory(h []ctx) {
	sort.SliceStable(h, func(i, j int) bool {
		if h[i].ts != h[j].ts {
			return h[i].ts < h[j].ts
		}
		return !h[i].readOnly && h[j].readOnly
	})
}

// orderedModel is a sequential dict with Python's ordering rules.
type orderedModel struct {
	vals  map[int]int
	order []int
}

func (m *orderedModel) apply(o cop) string {
	switch o.kind {
	case 'g':
		v, ok := m.vals[o.key]
		return fmt.Sprint(v, ok)
	case 's':
		if _, ok := m.vals[o.key]; !ok {
			m.order = append(m.order, o.key)
		}
		m.vals[o.key] = o.val
		return ""
	case 'd':
		_, ok := m.vals[o.key]
		if ok {
			delete(m.vals, o.key)
			for i, k := range m.order {
				if k == o.key {
					m.order = append(m.order[:i:i], m.order[i+1:]...)
					break
				}
			}
		}
		return fmt.Sprint(ok)
	case 'l':
		return fmt.Sprint(len(m.vals))
	case 'i':
		s := ""
		for _, k := range m.order {
			s += fmt.Sprintf("%d:%d ", k, m.vals[k])
		}
		return s
	}
	panic("bad op")
}

// intMap is what the model test needs of Map and HashMap.
type intMap interface {
	Get(tx *Tx, k int) (int, bool, error)
	Set(tx *Tx, k, v int) error
	Delete(tx *Tx, k int) (bool, error)
	Len(tx *Tx) (int, error)
	Items(tx *Tx) ([]int, []int, error)
}

func TestMapAgainstModel(t *testing.T) { mapAgainstModel(t, Config{}, NewMap[int, int]()) }

// TestMapAgainstModelStaged injects aborts so that many transactions
// reach priority and irrevocability.
func TestMapAgainstModelStaged(t *testing.T) {
	mapAgainstModel(t, Config{InjectRate: 0.4, PriorityAfter: 1, IrrevocableAfter: 2}, NewMap[int, int]())
}

// TestHashMapCollisionsAgainstModel uses a hash with many collisions, so
// buckets hold several keys.
func TestHashMapCollisionsAgainstModel(t *testing.T) {
	m := NewHashMap[int, int](func(k int) uint64 { return uint64(k % 3) }, func(a, b int) (bool, error) { return a == b, nil })
	mapAgainstModel(t, Config{InjectRate: 0.1}, m)
}

// TestHashMapEqError: an error from the key comparison reaches the caller.
func TestHashMapEqError(t *testing.T) {
	bad := errors.New("__eq__ raised")
	m := NewHashMap[string, int](func(string) uint64 { return 0 }, func(a, b string) (bool, error) {
		if a == "boom" || b == "boom" {
			return false, bad
		}
		return a == b, nil
	})
	e := NewEngine(Config{})
	tx := e.NewTx()
	defer tx.Close()
	if err := tx.Atomically(func(tx *Tx) error { return m.Set(tx, "a", 1) }); err != nil {
		t.Fatal(err)
	}
	if err := tx.Atomically(func(tx *Tx) error { _, _, err := m.Get(tx, "boom"); return err }); err != bad {
		t.Fatalf("Get: %v", err)
	}
	if err := tx.Atomically(func(tx *Tx) error { return m.Set(tx, "boom", 2) }); err != bad {
		t.Fatalf("Set: %v", err)
	}
	tx.Begin()
	if n, _ := m.Len(tx); n != 1 {
		t.Fatalf("len %d", n)
	}
	tx.Commit()
}

func mapAgainstModel(t *testing.T, cfg Config, m intMap) {
	e := NewEngine(cfg)
	const workers, keys = 6, 12
	per := scale(3000)
	logs := make([][]ctx, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			tx := e.NewTx()
			defer tx.Close()
			r := rand.New(rand.NewSource(int64(w) * 77))
			for i := 0; i < per; i++ {
				plan := make([]cop, 1+r.Intn(3))
				for k := range plan {
					kinds := "gggssdl"
					if r.Intn(20) == 0 {
						kinds = "i"
					}
					plan[k] = cop{kind: kinds[r.Intn(len(kinds))], key: r.Intn(keys), val: w*100000 + i}
				}
				var ops []cop
				tx.Atomically(func(tx *Tx) error {
					ops = ops[:0]
					for _, p := range plan {
						switch p.kind {
						case 'g':
							v, ok, err := m.Get(tx, p.key)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(v, ok)
						case 's':
							if err := m.Set(tx, p.key, p.val); err != nil {
								return err
							}
						case 'd':
							ok, err := m.Delete(tx, p.key)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(ok)
						case 'l':
							n, err := m.Len(tx)
							if err != nil {
								return err
							}
							p.result = fmt.Sprint(n)
						case 'i':
							ks, vs, err := m.Items(tx)
							if err != nil {
								return err
							}
							p.result = ""
							for j := range ks {
								p.result += fmt.Sprintf("%d:%d ", ks[j], vs[j])
							}
						}
						ops = append(ops, p)
					}
					return nil
				})
				ro := true
				for _, o := range ops {
					ro = ro && o.kind != 's' && (o.kind != 'd' || o.result == "false") // deleting an absent key only reads
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
	model := &orderedModel{vals: map[int]int{}}
	for n, h := range hist {
		for _, o := range h.ops {
			if got := model.apply(o); got != o.result {
				t.Fatalf("tx %d (ts %d) op %c(%d): engine said %q, serial model %q", n, h.ts, o.kind, o.key, o.result, got)
			}
		}
	}
	tx := e.NewTx()
	defer tx.Close()
	tx.Begin()
	ks, vs, err := m.Items(tx)
	n, err2 := m.Len(tx)
	tx.Commit()
	if err != nil || err2 != nil || n != len(model.vals) || len(ks) != n {
		t.Fatalf("final len %d (%d keys), model %d", n, len(ks), len(model.vals))
	}
	for i := range ks {
		if ks[i] != model.order[i] || vs[i] != model.vals[ks[i]] {
			t.Fatalf("final item %d: %d:%d, model %d:%d", i, ks[i], vs[i], model.order[i], model.vals[model.order[i]])
		}
	}
}

// TestMapDisjointKeysDoNotConflict checks the granularity: two open
// transactions inserting different keys both commit, and a Len reader
// conflicts only with a size change.
func TestMapDisjointKeysDoNotConflict(t *testing.T) {
	e := NewEngine(Config{})
	m := NewMap[string, int]()
	a, b, c := e.NewTx(), e.NewTx(), e.NewTx()
	defer a.Close()
	defer b.Close()
	defer c.Close()
	a.Begin()
	b.Begin()
	c.Begin()
	if err := m.Set(a, "x", 1); err != nil {
		t.Fatal(err)
	}
	if err := m.Set(b, "y", 2); err != nil {
		t.Fatal(err)
	}
	if n, err := m.Len(c); err != nil || n != 0 {
		t.Fatal(n, err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal("a:", err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal("b: inserts of different keys conflicted:", err)
	}
	// c read the size before both inserts and now writes: it must abort.
	if err := m.Set(c, "z", 3); err == nil {
		if err := c.Commit(); err == nil {
			t.Fatal("c committed a stale Len")
		}
	} else {
		c.Abort()
	}
	// An update of an existing key does not change the size: a Len reader
	// that is also a writer commits.
	a.Begin()
	b.Begin()
	if n, err := m.Len(a); err != nil || n != 2 {
		t.Fatal(n, err)
	}
	if err := m.Set(b, "x", 10); err != nil || b.Commit() != nil {
		t.Fatal("update failed")
	}
	if err := m.Set(a, "w", 5); err != nil {
		t.Fatal(err)
	}
	if err := a.Commit(); err != nil {
		t.Fatal("Len conflicted with an update that kept the size:", err)
	}
}

// TestMapIrrevocableLenThenInsert: an irrevocable transaction owns the
// size cell once it reads it; its own inserts must fold into that cell
// instead of waiting for it at commit.
func TestMapIrrevocableLenThenInsert(t *testing.T) {
	e := NewEngine(Config{})
	m := NewMap[int, int]()
	tx := e.NewTx()
	defer tx.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		tx.BeginIrrevocable()
		m.Len(tx)
		m.Set(tx, 1, 1)
		if n, _ := m.Len(tx); n != 1 {
			t.Errorf("len %d after insert, want 1", n)
		}
		tx.Commit()
		tx.BeginIrrevocable()
		m.Set(tx, 2, 2) // recorded as a delta first
		if n, _ := m.Len(tx); n != 2 {
			t.Errorf("len %d, want 2", n)
		}
		m.Set(tx, 3, 3)
		if n, _ := m.Len(tx); n != 3 {
			t.Errorf("len %d, want 3", n)
		}
		tx.Commit()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("irrevocable commit hangs")
	}
	tx.Begin()
	if n, _ := m.Len(tx); n != 3 {
		t.Errorf("final len %d, want 3", n)
	}
	tx.Commit()
}
