package runtime

import "math"

// This file holds the hashing and key-equality fast paths that dict and
// set use before falling back to the general protocol (Hash, Equal).

// hashModulus is CPython's _PyHASH_MODULUS (2**61 - 1).
const hashModulus = 1<<61 - 1

// intHash is CPython's hash of a small int.
func intHash(i int64) int64 {
	var h int64
	if i >= 0 {
		h = int64(uint64(i) % hashModulus)
	} else {
		h = -int64(uint64(-i) % hashModulus)
	}
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is CPython's hash of a float (_Py_HashDouble), so that
// 1.0 and 1 are the same key. NaN hashes to 0 (CPython uses its identity).
func floatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 60 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>uint(61-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// hashValue returns the hash of v, with fast paths for the common key
// kinds.
func hashValue(t *Thread, v Value) (int64, error) {
	switch o := v.obj.(type) {
	case intTag:
		return intHash(v.AsInt()), nil
	case *Str:
		return o.Hash(), nil
	case boolTag:
		return int64(v.num), nil
	case floatTag:
		return floatHash(v.AsFloat()), nil
	case noneTag:
		return noneHash, nil
	case *Tuple:
		if o.typ == nil {
			return tupleHash(t, o.items)
		}
	case *Set:
		if o.frozen && o.typ == nil {
			return o.frozenHash(t)
		}
	}
	return hashSlow(t, v)
}

// hashSlow hashes other values through the general protocol.
func hashSlow(t *Thread, v Value) (int64, error) {
	return Hash(t, v)
}

// keysEqual reports whether two keys whose hashes are equal are equal:
// identity first, then fast paths, then __eq__.
func keysEqual(t *Thread, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	switch x := a.obj.(type) {
	case *Str:
		if y, ok := b.obj.(*Str); ok && x.typ == nil && y.typ == nil {
			return x.s == y.s, nil
		}
	case intTag, boolTag:
		switch b.obj.(type) {
		case intTag, boolTag:
			return a.num == b.num, nil
		case floatTag:
			return float64(int64(a.num)) == b.AsFloat(), nil
		}
	case floatTag:
		switch b.obj.(type) {
		case intTag, boolTag:
			return a.AsFloat() == float64(int64(b.num)), nil
		case floatTag:
			return a.AsFloat() == b.AsFloat(), nil
		}
	case *Tuple:
		if y, ok := b.obj.(*Tuple); ok && x.typ == nil && y.typ == nil {
			return tuplesEqual(t, x.items, y.items)
		}
	}
	return equalSlow(t, a, b)
}

// tuplesEqual compares two item slices element-wise.
func tuplesEqual(t *Thread, a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		eq, err := keysEqual(t, a[i], b[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// equalSlow compares through the general protocol.
func equalSlow(t *Thread, a, b Value) (bool, error) {
	return Equal(t, a, b)
}
