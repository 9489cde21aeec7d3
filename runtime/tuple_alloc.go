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
