// Package stm is pystm's software transactional memory engine.
//
// It knows nothing of Python. The algorithm and its invariants are
// described in the package documentation as the engine grows.
package stm

// Tx is one transaction, bound to one thread at a time.
type Tx struct{}
