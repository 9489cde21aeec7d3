package runtime

import (
	"math"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file lets FOR_ITER run the Python function of a map or filter
// object as a frame of the loop (consume.go explains why: boundaries and
// restart points between elements). It covers `for x in map(f, xs)` in
// user code and the consumers' hidden loops over map and filter objects
// alike. The map's or filter's own iterators are still advanced from Go.
// enumerate over a generator resumes the generator inline and makes the
// pair at each yield. iter(f, sentinel) of a Python function runs f as a
// frame and compares its result with the sentinel when it returns.

// forIterStatus says what inlineMap and inlineFilter did.
type forIterStatus uint8

const (
	forIterGeneric   forIterStatus = iota // not handled: call Next as before
	forIterPushed                         // the function's frame is pushed
	forIterExhausted                      // an underlying iterator is exhausted
	forIterFailed                         // an error (returned beside it)
)

// inlineFunc returns fn as a Python function the loop can run as a frame
// for an iterator step, or nil.
func inlineFunc(fn Value) *Function {
	pf, ok := fn.obj.(*Function)
	if !ok || pf.code.bc.Flags&genFlags != 0 {
		return nil
	}
	return pf
}

// inlineMap advances m's iterators and pushes the frame of m's function
// on the values, with continuation contForIter (its result is the loop's
// next value; a StopIteration it raises ends the loop, as CPython's map
// lets it through to the for loop).
func (t *Thread) inlineMap(m *Map) (*Frame, forIterStatus, error) {
	fn := inlineFunc(m.fn)
	if fn == nil || m.typ != MapType || m.IsShared() {
		return nil, forIterGeneric, nil
	}
	t.touchIter(&m.shareFlag, m)
	var one [1]Value
	xs := one[:]
	if len(m.its) != 1 {
		xs = make([]Value, len(m.its))
	}
	for i, it := range m.its {
		x, err := Next(t, it)
		if err != nil {
			return nil, forIterFailed, err
		}
		if !x.IsValid() {
			return nil, forIterExhausted, nil
		}
		xs[i] = x
	}
	nf, err := t.frameForCall(fn, xs, nil)
	if err != nil {
		return nil, forIterFailed, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, forIterFailed, err
	}
	nf.cont = contForIter
	return nf, forIterPushed, nil
}

// inlineFilter takes the next item of f's iterator and pushes the frame
// of f's function on it, with continuation contFilter: a true result
// makes the item the loop's next value, a false one runs the FOR_ITER
// again (eval.go's RETURN_VALUE).
func (t *Thread) inlineFilter(flt *Filter) (*Frame, forIterStatus, error) {
	fn := inlineFunc(flt.fn)
	if fn == nil || flt.typ != FilterType || flt.IsShared() {
		return nil, forIterGeneric, nil
	}
	t.touchIter(&flt.shareFlag, flt)
	x, err := Next(t, flt.it)
	if err != nil {
		return nil, forIterFailed, err
	}
	if !x.IsValid() {
		return nil, forIterExhausted, nil
	}
	nf, err := t.frameForCall(fn, []Value{x}, nil)
	if err != nil {
		return nil, forIterFailed, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, forIterFailed, err
	}
	nf.cont, nf.contVal = contFilter, x
	return nf, forIterPushed, nil
}

// inlineEnumerate resumes the generator under an enumerate object as a
// frame of the loop, with continuation contEnumerate: each value it
// yields comes back as the pair (count, value) (enumerateYield). It
// returns nil when the ordinary Next must run (another iterator, a
// subclass, a shared enumerate, a generator that cannot run inline).
func (t *Thread) inlineEnumerate(e *Enumerate) *Frame {
	if e.typ != EnumerateType || e.IsShared() {
		return nil
	}
	g, ok := e.it.obj.(*Generator)
	if !ok {
		return nil
	}
	return t.inlineResume(g, contEnumerate, None)
}

// enumerateYield delivers a value v yielded to the FOR_ITER of the
// enumerate on f's stack: as forIterPair does, a pair unpacked at once
// is stored into its two locals or pushed unpacked (f.pc and f.sp move
// past the unpacking; it returns false), otherwise it returns the pair
// to push. The enumerate is touched here,
// at the yield, not at the resume: a span may have begun in between
// (span_undo.go logs e's count for the span that changes it).
func (t *Thread) enumerateYield(f *Frame, v Value) (Value, bool) {
	e := f.vals[f.sp-1].obj.(*Enumerate)
	t.touchIter(&e.shareFlag, e)
	n := e.count
	if n.IsInt() && n.AsInt() < math.MaxInt64 {
		e.count = Int(n.AsInt() + 1)
	} else {
		e.count, _ = BinaryOp(t, OpAdd, n, Int(1)) // int + 1 cannot fail
	}
	instrs := f.bc.Instrs
	if nx := instrs[f.pc]; nx.Arg() == 2 && instrs[f.pc-1].Op() == bytecode.FOR_ITER {
		switch nx.Op() {
		case bytecode.UNPACK_SEQUENCE__STORE_FAST:
			// In the stores' order: a repeated target keeps v.
			f.vals[instrs[f.pc+1].Arg()] = n
			f.vals[instrs[f.pc+2].Arg()] = v
			f.pc += 3
			return Value{}, false
		case bytecode.UNPACK_SEQUENCE:
			f.vals[f.sp] = v
			f.vals[f.sp+1] = n
			f.sp += 2
			f.pc++
			return Value{}, false
		}
	}
	return newTuple2(n, v), true
}

// inlineCallIter pushes the frame of the Python function of an
// iter(f, sentinel) object, with continuation contCallIter: eval.go's
// RETURN_VALUE compares the result with the sentinel (Equal, as
// CPython's calliter_iternext: an equal result ends the loop and the
// iterator), and a StopIteration raised by f ends them too
// (eval_unwind.go).
func (t *Thread) inlineCallIter(c *CallableIter) (*Frame, forIterStatus, error) {
	fn := inlineFunc(c.fn)
	if fn == nil || c.IsShared() {
		return nil, forIterGeneric, nil
	}
	t.touchIter(&c.shareFlag, c) // (the undo record of done)
	if c.done {
		return nil, forIterExhausted, nil
	}
	nf, err := t.frameForCall(fn, nil, nil)
	if err != nil {
		return nil, forIterFailed, err
	}
	if err := t.pushFrame(nf); err != nil {
		return nil, forIterFailed, err
	}
	nf.cont, nf.contVal = contCallIter, FromObject(c)
	return nf, forIterPushed, nil
}

// Statuses of inlineZip besides forIterStatus's own.
const (
	forIterValue  forIterStatus = iota + forIterFailed + 1 // the row is returned, to push
	forIterStored                                          // the row is unpacked into the loop (f.pc, f.sp moved)
)

// zipInline reports whether FOR_ITER drives z itself (inlineZip): a row
// is half made, or z qualifies (zipInlines) and the thread runs spans in
// its outermost loop. Without spans the Go Next resuming the generators
// is cheaper (a loop over zip(g(100000), g(100000)): 2,336M instructions
// in Go, 2,444M inline) and no boundary is needed.
func (t *Thread) zipInline(z *Zip) bool {
	if z.IsShared() {
		// Its row is read holding the token: another thread's rollback
		// writes it back holding the token (its undo record).
		t.acquireToken()
		return len(z.pend) > 0
	}
	return len(z.pend) > 0 || t.spOn && t.goLoops <= 1 && zipInlines(z)
}

// zipInlines reports whether FOR_ITER can drive z itself (inlineZip):
// an exact, thread-local, non-strict zip that has a row half made or a
// generator among the iterators of the rest of the row that the loop can
// resume as a frame. Over other iterators the Go Next is as good.
func zipInlines(z *Zip) bool {
	if z.typ != ZipType || z.strict || z.IsShared() {
		return false
	}
	if len(z.pend) > 0 {
		return true
	}
	for _, it := range z.its {
		if g, ok := it.obj.(*Generator); ok && g.kind == genPlain && !g.IsShared() && !g.finished {
			return true
		}
	}
	return false
}

// inlineZip makes the next row of z for the FOR_ITER on f's stack,
// resuming the generators among z's iterators as frames of the loop:
// the items are taken in order into z.pend; at a generator that can run
// inline, its frame is pushed with continuation contZip (forIterPushed)
// and its yield appends the item and runs the FOR_ITER again (zipYield),
// which comes back here for the rest of the row. Other iterators are
// advanced from Go. A complete row is returned (forIterValue) or, for a
// pair unpacked at once, stored into the loop's targets (forIterStored).
// An exhausted iterator ends the loop (the row's items taken so far are
// dropped, as CPython's zip_next drops them); an error drops them too.
func (t *Thread) inlineZip(f *Frame, z *Zip) (*Frame, Value, forIterStatus, error) {
	t.touchIter(&z.shareFlag, z)
	for i := len(z.pend); i < len(z.its); i++ {
		it := z.its[i]
		if g, ok := it.obj.(*Generator); ok {
			if nf := t.inlineResume(g, contZip, None); nf != nil {
				return nf, Value{}, forIterPushed, nil
			}
		}
		x, err := Next(t, it)
		if err != nil {
			z.dropRow()
			return nil, Value{}, forIterFailed, err
		}
		if !x.IsValid() {
			z.dropRow()
			return nil, Value{}, forIterExhausted, nil
		}
		z.pend = append(z.pend, x)
	}
	row := z.pend
	instrs := f.bc.Instrs
	if nx := instrs[f.pc]; len(row) == 2 && nx.Arg() == 2 && instrs[f.pc-1].Op() == bytecode.FOR_ITER {
		switch nx.Op() {
		case bytecode.UNPACK_SEQUENCE__STORE_FAST:
			// In the stores' order: a repeated target keeps the second.
			f.vals[instrs[f.pc+1].Arg()] = row[0]
			f.vals[instrs[f.pc+2].Arg()] = row[1]
			f.pc += 3
			z.dropRow()
			return nil, Value{}, forIterStored, nil
		case bytecode.UNPACK_SEQUENCE:
			f.vals[f.sp] = row[1]
			f.vals[f.sp+1] = row[0]
			f.sp += 2
			f.pc++
			z.dropRow()
			return nil, Value{}, forIterStored, nil
		}
	}
	tu := newTupleN(len(row))
	copy(tu.items, row)
	z.dropRow()
	return nil, FromObject(tu), forIterValue, nil
}

// dropRow empties the row being made (keeping its array: the undo record
// of z holds a copy of the items, span_undo.go).
func (z *Zip) dropRow() {
	clear(z.pend)
	z.pend = z.pend[:0]
}

// zipYield takes the value v a generator under the zip on f's stack
// yielded as the next item of the row; the caller runs the FOR_ITER
// again, which goes on with the row (inlineZip). The zip is touched here,
// not at the resume: a span may have begun in between.
func (t *Thread) zipYield(f *Frame, v Value) {
	z := f.vals[f.sp-1].obj.(*Zip)
	t.touchIter(&z.shareFlag, z)
	z.pend = append(z.pend, v)
}

// zipEnded drops the row of the zip on f's stack when a generator under
// it returned (the loop ends) or raised: as in CPython, the zip goes on
// at its first iterator next time.
func (t *Thread) zipEnded(f *Frame) {
	z := f.vals[f.sp-1].obj.(*Zip)
	t.touchIter(&z.shareFlag, z)
	z.dropRow()
}
