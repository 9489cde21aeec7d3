package runtime

// This file defines _itertools.comb, the Go core of itertools' product,
// permutations, combinations and combinations_with_replacement: iterators
// that step an index vector in CPython's order and build each tuple from a
// pool, without a Python frame per item. The Python wrappers in
// mod_itertools.go check the arguments first.

import "sync"

// combIter is one of the four combinatoric iterators.
type combIter struct {
	mu      sync.Mutex // next() from two threads must not tear the indices
	kind    string
	pools   [][]Value // product: one pool per position; others: pools[0]
	indices []int
	cycles  []int // permutations only
	r       int
	first   bool
	done    bool
}

// The types of the combinatoric iterators, named as CPython's are.
var (
	ProductType                     = &Type{Name: "product", Module: "itertools", flags: flagFinal}
	PermutationsType                = &Type{Name: "permutations", Module: "itertools", flags: flagFinal}
	CombinationsType                = &Type{Name: "combinations", Module: "itertools", flags: flagFinal}
	CombinationsWithReplacementType = &Type{Name: "combinations_with_replacement", Module: "itertools", flags: flagFinal}
)

// Type returns the iterator's type.
func (c *combIter) Type() *Type {
	switch c.kind {
	case "product":
		return ProductType
	case "permutations":
		return PermutationsType
	case "combinations":
		return CombinationsType
	}
	return CombinationsWithReplacementType
}

func (c *combIter) tuple() Value {
	items := make([]Value, len(c.indices))
	if c.kind == "product" {
		for i, j := range c.indices {
			items[i] = c.pools[i][j]
		}
	} else {
		pool := c.pools[0]
		for i := 0; i < c.r; i++ {
			items[i] = pool[c.indices[i]]
		}
		items = items[:c.r]
	}
	return NewTuple(items)
}

// advance moves the indices to the next result; false when exhausted.
func (c *combIter) advance() bool {
	switch c.kind {
	case "product":
		for i := len(c.indices) - 1; i >= 0; i-- {
			c.indices[i]++
			if c.indices[i] < len(c.pools[i]) {
				return true
			}
			c.indices[i] = 0
		}
		return false
	case "permutations":
		n := len(c.pools[0])
		for i := c.r - 1; i >= 0; i-- {
			c.cycles[i]--
			if c.cycles[i] == 0 {
				// rotate indices[i:] left by one
				x := c.indices[i]
				copy(c.indices[i:], c.indices[i+1:])
				c.indices[n-1] = x
				c.cycles[i] = n - i
			} else {
				j := c.cycles[i]
				c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
				return true
			}
		}
		return false
	case "combinations":
		n := len(c.pools[0])
		i := c.r - 1
		for i >= 0 && c.indices[i] == i+n-c.r {
			i--
		}
		if i < 0 {
			return false
		}
		c.indices[i]++
		for j := i + 1; j < c.r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
		return true
	default: // combinations_with_replacement
		n := len(c.pools[0])
		i := c.r - 1
		for i >= 0 && c.indices[i] == n-1 {
			i--
		}
		if i < 0 {
			return false
		}
		v := c.indices[i] + 1
		for j := i; j < c.r; j++ {
			c.indices[j] = v
		}
		return true
	}
}

func (c *combIter) next() (Value, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		return Value{}, false
	}
	if c.first {
		c.first = false
	} else if !c.advance() {
		c.done = true
		c.pools = nil
		return Value{}, false
	}
	return c.tuple(), true
}

func init() {
	for _, typ := range []*Type{ProductType, PermutationsType, CombinationsType, CombinationsWithReplacementType} {
		typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
			x, _ := v.obj.(*combIter).next()
			return x, nil
		}
	}
	RegisterModule("_itertools", func(t *Thread) (*Module, error) {
		m := NewModule("_itertools")
		m.Dict.SetStr("comb", NewBuiltin("comb", newCombIter))
		return m, nil
	})
}

// newCombIter is comb(kind, pools, r): pools is a tuple of tuples (one
// per position for product, a single pool otherwise); r >= 0 was checked.
func newCombIter(t *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) != 3 {
		return Value{}, Errorf(TypeErrorType, "comb expects 3 arguments")
	}
	kind, _ := AsString(args[0])
	outer, ok := args[1].obj.(*Tuple)
	r64, rok := AsInt64(args[2])
	if !ok || !rok || r64 < 0 {
		return Value{}, Errorf(TypeErrorType, "comb: bad arguments")
	}
	c := &combIter{kind: kind, r: int(r64), first: true}
	for _, p := range outer.items {
		pt, ok := p.obj.(*Tuple)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "comb: pools must be tuples")
		}
		c.pools = append(c.pools, pt.items)
	}
	switch kind {
	case "product":
		c.indices = make([]int, len(c.pools))
		for _, p := range c.pools {
			if len(p) == 0 {
				c.done = true
			}
		}
	case "permutations", "combinations", "combinations_with_replacement":
		if len(c.pools) != 1 {
			return Value{}, Errorf(TypeErrorType, "comb: one pool expected")
		}
		n := len(c.pools[0])
		switch kind {
		case "permutations":
			if c.r > n {
				c.done = true
				break
			}
			c.indices = make([]int, n)
			for i := range c.indices {
				c.indices[i] = i
			}
			c.cycles = make([]int, c.r)
			for i := range c.cycles {
				c.cycles[i] = n - i
			}
		case "combinations":
			if c.r > n {
				c.done = true
				break
			}
			c.indices = make([]int, c.r)
			for i := range c.indices {
				c.indices[i] = i
			}
		default:
			if n == 0 && c.r > 0 {
				c.done = true
				break
			}
			c.indices = make([]int, c.r)
		}
	default:
		return Value{}, Errorf(ValueErrorType, "comb: unknown kind")
	}
	return FromObject(c), nil
}
