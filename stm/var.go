package stm

import "unsafe"

// This file defines Var, a shared transactional cell holding one value.

// Var is a shared transactional variable holding a T. The zero Var is not
// usable; make one with NewVar.
type Var[T any] struct {
	h Header
}

// NewVar returns a shared variable holding v.
func NewVar[T any](v T) *Var[T] {
	x := new(Var[T])
	Publish(nil, &x.h, &v)
	return x
}

// Get reads the variable in tx.
func (x *Var[T]) Get(tx *Tx) (T, error) {
	p, err := Load[T](tx, &x.h)
	if err != nil {
		var zero T
		return zero, err
	}
	return *p, nil
}

// Set writes v to the variable in tx.
func (x *Var[T]) Set(tx *Tx, v T) error {
	p, err := Modify(tx, &x.h, newBox[T])
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Header returns the variable's header (for conflict diagnostics).
func (x *Var[T]) Header() *Header { return &x.h }

// Peek returns the committed value outside any transaction.
func (x *Var[T]) Peek() T { return *Peek[T](&x.h) }

// newBox is the clone function of blind writes: the old value is not
// needed, only fresh storage for the new one.
func newBox[T any](*T) *T { return new(T) }

func newBoxPtr[T any]() unsafe.Pointer { return unsafe.Pointer(new(T)) }
