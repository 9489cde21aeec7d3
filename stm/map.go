package stm

import "hash/maphash"

// This file defines Map, the HashMap of Go-comparable keys.

// Map is a shared transactional map of comparable keys: a HashMap hashed
// with hash/maphash and compared with ==. Make one with NewMap.
type Map[K comparable, V any] struct {
	HashMap[K, V]
}

// NewMap returns an empty shared map.
func NewMap[K comparable, V any]() *Map[K, V] {
	seed := maphash.MakeSeed()
	m := &Map[K, V]{}
	m.init(
		func(k K) uint64 { return maphash.Comparable(seed, k) },
		func(a, b K) (bool, error) { return a == b, nil })
	return m
}
