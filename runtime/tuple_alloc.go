package runtime

// Short tuples made by builtins in hot loops (enumerate's and
// dict.items()' pairs, zip's rows, divmod) come with their items in one
// allocation instead of two (the Tuple header and the items array).

type (
	tupleBuf2 struct {
		tu Tuple
		a  [2]Value
	}
	tupleBuf3 struct {
		tu Tuple
		a  [3]Value
	}
	tupleBuf4 struct {
		tu Tuple
		a  [4]Value
	}
)

// newTuple2 returns the tuple (a, b).
func newTuple2(a, b Value) Value {
	p := &tupleBuf2{a: [2]Value{a, b}}
	p.tu.items = p.a[:]
	return FromObject(&p.tu)
}

// newTupleN returns an exact tuple of n (>= 1) unset items for its
// creator to fill before the tuple is used anywhere else.
func newTupleN(n int) *Tuple {
	switch n {
	case 2:
		p := &tupleBuf2{}
		p.tu.items = p.a[:]
		return &p.tu
	case 3:
		p := &tupleBuf3{}
		p.tu.items = p.a[:]
		return &p.tu
	case 4:
		p := &tupleBuf4{}
		p.tu.items = p.a[:]
		return &p.tu
	}
	return &Tuple{items: make([]Value, n)}
}

// tupleFromList is tuple(l) for an exact list: the items are copied
// straight into a tuple allocated with them (no snapshot slice).
func tupleFromList(t *Thread, l *List) Value {
	t.touch(&l.Header)
	n := l.Len()
	if n == 0 {
		return FromObject(emptyTuple)
	}
	tu := newTupleN(n)
	l.copyValues(tu.items)
	return FromObject(tu)
}

// TupleOf is tuple(v) for the exact tuple type: v itself for an exact
// tuple, a direct copy of an exact list, else the items v iterates.
func TupleOf(t *Thread, v Value) (Value, error) {
	switch o := v.obj.(type) {
	case *Tuple:
		if o.typ == nil {
			return v, nil
		}
	case *List:
		if o.typ == nil {
			return tupleFromList(t, o), nil
		}
	}
	items, err := collect(t, v)
	if err != nil {
		return Value{}, err
	}
	return NewTuple(items), nil
}
