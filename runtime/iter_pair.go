package runtime

import "math"

// PairIterator is implemented by the iterators whose items are fresh
// 2-tuples: enumerate, zip of two iterables, and dict.items()'
// iterator. `for i, x in enumerate(xs)` makes a tuple per item only to
// unpack it at once; an interpreter loop that sees FOR_ITER followed by
// an unpack of 2 can call NextPair instead and push the two elements
// (no tuple: its identity is never observable there). Pairs reports
// whether this iterator can do so (exact types only: a subclass may
// override __next__).
type PairIterator interface {
	Pairs() bool
	// NextPair returns the next item's two elements; ok is false when
	// the iterator is exhausted or err is set.
	NextPair(t *Thread) (a, b Value, ok bool, err error)
}

var (
	_ PairIterator = (*Enumerate)(nil)
	_ PairIterator = (*Zip)(nil)
	_ PairIterator = (*DictIterator)(nil)
)

// Pairs reports whether e is an exact enumerate.
func (e *Enumerate) Pairs() bool { return e.typ == EnumerateType }

// NextPair returns the next count and item.
func (e *Enumerate) NextPair(t *Thread) (Value, Value, bool, error) { return e.nextPair(t) }

func (e *Enumerate) nextPair(t *Thread) (Value, Value, bool, error) {
	t.touchIter(&e.shareFlag, e)
	x, err := Next(t, e.it)
	if err != nil || !x.IsValid() {
		return Value{}, Value{}, false, err
	}
	n := e.count
	if n.IsInt() && n.AsInt() < math.MaxInt64 {
		e.count = Int(n.AsInt() + 1)
	} else if e.count, err = BinaryOp(t, OpAdd, n, Int(1)); err != nil {
		return Value{}, Value{}, false, err
	}
	return n, x, true, nil
}

// Pairs reports whether z is an exact zip of two iterables.
func (z *Zip) Pairs() bool { return z.typ == ZipType && len(z.its) == 2 }

// NextPair returns the next row of a zip of two iterables.
func (z *Zip) NextPair(t *Thread) (Value, Value, bool, error) {
	t.touchIter(&z.shareFlag, z)
	var xs [2]Value
	ok, err := z.fill(t, xs[:])
	return xs[0], xs[1], ok, err
}

// Pairs reports whether it iterates over a dict's items.
func (it *DictIterator) Pairs() bool { return it.kind == dictIterItems }

// NextPair returns the next key and value.
func (it *DictIterator) NextPair(t *Thread) (Value, Value, bool, error) { return it.nextEntry(t) }
