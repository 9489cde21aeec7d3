package runtime

import "github.com/pystm/pystm/compiler/bytecode"

// pairResult says what forIterPair did.
type pairResult uint8

const (
	pairNone      pairResult = iota // not an unpack of 2 over pairs: nothing done
	pairStored                      // the pair is stored or pushed, f.pc/f.sp moved on
	pairExhausted                   // the iterator is exhausted: FOR_ITER's jump is due
	pairFailed                      // NextPair raised
)

// forIterPair is FOR_ITER over an enumerate, zip or dict-items iterator
// when the next instruction unpacks exactly 2 (`for i, x in
// enumerate(xs)`, `for k, v in d.items()`, `for a, b in zip(p, q)`): it
// takes the next pair without building its tuple (never observable
// there) and stores it into the unpack's two locals, or pushes it in
// UNPACK_SEQUENCE's order (the first element on top). f.pc is at the
// unpack. NextPair does the iterator's barriers and undo logging, as Next
// does. The iterator's state is untouched when it returns pairNone.
func (t *Thread) forIterPair(f *Frame, pi PairIterator) (pairResult, error) {
	instrs := f.bc.Instrs
	nx := instrs[f.pc]
	if nx.Arg() != 2 || (nx.Op() != bytecode.UNPACK_SEQUENCE__STORE_FAST && nx.Op() != bytecode.UNPACK_SEQUENCE) || !pi.Pairs() {
		return pairNone, nil
	}
	a, b, more, err := pi.NextPair(t)
	if err != nil {
		return pairFailed, err
	}
	if !more {
		return pairExhausted, nil
	}
	vals := f.vals
	if nx.Op() == bytecode.UNPACK_SEQUENCE__STORE_FAST {
		// In the stores' order: a repeated target keeps b.
		vals[instrs[f.pc+1].Arg()] = a
		vals[instrs[f.pc+2].Arg()] = b
		f.pc += 3
		return pairStored, nil
	}
	vals[f.sp] = b
	vals[f.sp+1] = a
	f.sp += 2
	f.pc++
	return pairStored, nil
}
