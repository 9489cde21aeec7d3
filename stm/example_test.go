package stm_test

import (
	"fmt"

	"github.com/pystm/pystm/stm"
)

// point is a client object as the runtime writes them: it embeds
// stm.Header, keeps its fields in place while thread-local, and once
// shared keeps an immutable *pointState behind the header.
type point struct {
	stm.Header
	x, y int // thread-local state
}

type pointState struct{ x, y int }

func (p *point) X(tx *stm.Tx) (int, error) {
	if !p.IsShared() {
		return p.x, nil
	}
	st, err := stm.Load[pointState](tx, &p.Header)
	if err != nil {
		return 0, err
	}
	return st.x, nil
}

func (p *point) SetX(tx *stm.Tx, v int) error {
	if !p.IsShared() {
		if tx.NeedsUndo(&p.Header) {
			tx.LogUndo(stm.UndoRecord{Target: p, Word: uint64(p.x)})
		}
		p.x = v
		return nil
	}
	st, err := stm.Modify(tx, &p.Header, func(old *pointState) *pointState { c := *old; return &c })
	if err != nil {
		return err
	}
	st.x = v
	return nil
}

// Undo restores x from a record logged by SetX.
func (p *point) Undo(r *stm.UndoRecord) { p.x = int(r.Word) }

// publish is what the runtime does when a reference to p is stored into a
// shared object: hand the engine an immutable copy of the fields.
func (p *point) publish(tx *stm.Tx) {
	stm.Publish(tx, &p.Header, &pointState{x: p.x, y: p.y})
}

// Example shows the object protocol: a local object written in place and
// rolled back by its undo log, then published and written through the
// barriers.
func Example() {
	e := stm.NewEngine(stm.Config{})
	tx := e.NewTx()
	defer tx.Close()

	p := &point{x: 1, y: 2}
	tx.Begin()
	p.SetX(tx, 10)
	tx.Abort() // the undo log puts x back
	fmt.Println("after abort:", p.x)

	tx.Begin()
	p.publish(tx)
	tx.Commit()

	tx.Atomically(func(tx *stm.Tx) error { return p.SetX(tx, 3) })
	tx.Begin()
	x, _ := p.X(tx)
	tx.Commit()
	fmt.Println("shared:", p.IsShared(), "x:", x, "commit ts:", tx.CommitTimestamp())
	// Output:
	// after abort: 1
	// shared: true x: 3 commit ts: 2
}
