package stm

import "testing"

// Costs of the container and quasi-immutable barriers, one operation per
// transaction plus Begin/Commit.

func BenchmarkQCellRead(b *testing.B) {
	e := NewEngine(Config{})
	q := NewQCell(e, 42)
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		for k := 0; k < 10; k++ {
			if v, err := q.Get(tx); err != nil || v != 42 {
				b.Fatal(v, err)
			}
		}
		tx.Commit()
	}
}

func BenchmarkMapGet(b *testing.B) {
	e := NewEngine(Config{})
	m := NewMap[int, int]()
	tx := e.NewTx()
	defer tx.Close()
	tx.Atomically(func(tx *Tx) error {
		for k := 0; k < 1000; k++ {
			if err := m.Set(tx, k, k); err != nil {
				return err
			}
		}
		return nil
	})
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		if v, ok, err := m.Get(tx, i%1000); err != nil || !ok || v != i%1000 {
			b.Fatal(v, ok, err)
		}
		tx.Commit()
	}
}

func BenchmarkMapSet(b *testing.B) {
	e := NewEngine(Config{})
	m := NewMap[int, int]()
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		if err := m.Set(tx, i%1000, i); err != nil {
			b.Fatal(err)
		}
		tx.Commit()
	}
}

func BenchmarkVecGet(b *testing.B) {
	e := NewEngine(Config{})
	v := NewVec(make([]int, 1000)...)
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		if _, ok, err := v.Get(tx, i%1000); err != nil || !ok {
			b.Fatal(ok, err)
		}
		tx.Commit()
	}
}

func BenchmarkVecSet(b *testing.B) {
	e := NewEngine(Config{})
	v := NewVec(make([]int, 1<<16)...)
	tx := e.NewTx()
	defer tx.Close()
	b.ReportAllocs()
	defer reportCPU(b)()
	for i := 0; i < b.N; i++ {
		tx.Begin()
		if ok, err := v.Set(tx, i%(1<<16), i); err != nil || !ok {
			b.Fatal(ok, err)
		}
		tx.Commit()
	}
}
