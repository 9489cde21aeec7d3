// Package stm is pystm's software transactional memory engine.
//
// It knows nothing of Python.
package stm
