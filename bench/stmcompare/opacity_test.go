package stmcompare

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	astm "github.com/anacrolix/stm"
	"github.com/pystm/pystm/stm"
)

// TestOpacityProbe runs the same probe on both engines: writers move
// amounts between two variables whose sum is fixed, and readers check the
// sum inside the transaction body. pystm must never show an inconsistent
// state; for anacrolix/stm the count is reported.
func TestOpacityProbe(t *testing.T) {
	const total = 1000
	run := func(write func(i int), read func() bool) (bad, runs int64) {
		var wg sync.WaitGroup
		stop := make(chan struct{})
		var b, n atomic.Int64
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					write(i)
				}
			}()
		}
		for r := 0; r < 2; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-stop:
						return
					default:
					}
					n.Add(1)
					if !read() {
						b.Add(1)
					}
				}
			}()
		}
		time.Sleep(time.Second)
		close(stop)
		wg.Wait()
		return b.Load(), n.Load()
	}

	e := stm.NewEngine(stm.Config{})
	x, y := stm.NewVar(total), stm.NewVar(0)
	var txPool sync.Pool
	getTx := func() *stm.Tx {
		if tx, ok := txPool.Get().(*stm.Tx); ok {
			return tx
		}
		return e.NewTx()
	}
	pbad, pruns := run(func(i int) {
		tx := getTx()
		defer txPool.Put(tx)
		tx.Atomically(func(tx *stm.Tx) error {
			a, err := x.Get(tx)
			if err != nil {
				return err
			}
			if err := x.Set(tx, a-i%7); err != nil {
				return err
			}
			b, err := y.Get(tx)
			if err != nil {
				return err
			}
			return y.Set(tx, b+i%7)
		})
	}, func() bool {
		tx := getTx()
		defer txPool.Put(tx)
		ok := true
		tx.Atomically(func(tx *stm.Tx) error {
			a, err := x.Get(tx)
			if err != nil {
				return err
			}
			b, err := y.Get(tx)
			if err != nil {
				return err
			}
			if a+b != total {
				ok = false
			}
			return nil
		})
		return ok
	})

	ax, ay := astm.NewVar(total), astm.NewVar(0)
	abad, aruns := run(func(i int) {
		astm.Atomically(func(tx *astm.Tx) interface{} {
			a := tx.Get(ax).(int)
			tx.Set(ax, a-i%7)
			b := tx.Get(ay).(int)
			tx.Set(ay, b+i%7)
			return nil
		})
	}, func() bool {
		ok := true
		astm.Atomically(func(tx *astm.Tx) interface{} {
			if tx.Get(ax).(int)+tx.Get(ay).(int) != total {
				ok = false
			}
			return nil
		})
		return ok
	})
	t.Logf("pystm: %d inconsistent of %d probes; anacrolix/stm: %d inconsistent of %d probes", pbad, pruns, abad, aruns)
	if pbad != 0 {
		t.Errorf("pystm showed %d inconsistent states", pbad)
	}
}
