package runtime

import "math/big"

// This file defines the hash of big ints, equal to CPython's (the small
// int and float hashes, intHash and floatHash, are in dict_hash.go).

// noneHash is hash(None); CPython 3.11 derives it from None's address.
const noneHash = 0xFCA86420

var bigHashModulus = big.NewInt(hashModulus)

// hashBig is hash(b) for a big int.
func hashBig(b *big.Int) int64 {
	if b.IsInt64() {
		return intHash(b.Int64())
	}
	m := new(big.Int).Abs(b)
	m.Mod(m, bigHashModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}
