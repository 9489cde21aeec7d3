package sched

// This file defines parking: a thread gives up the GIL until it is woken
// or its deadline passes, then takes the GIL again.

import "time"

// Waiter is one wait of one thread: the thread parks on it and another
// thread wakes it. A Waiter is used for one wait only, so a late wake-up
// of an earlier wait can never end a later one.
type Waiter struct {
	ch chan struct{}
}

// NewWaiter returns a waiter for one wait.
func NewWaiter() *Waiter { return &Waiter{ch: make(chan struct{}, 1)} }

// Wake ends the wait (now, or as soon as the thread parks). Waking twice
// or waking a waiter whose wait timed out is harmless.
func (w *Waiter) Wake() {
	select {
	case w.ch <- struct{}{}:
	default:
	}
}

// Park releases the GIL held by th (parallel mode: the token, if held,
// and the run slot), waits until w is woken or deadline passes (a zero
// deadline: no limit; a nil w: only the deadline, as sleep does), and
// takes the GIL again (parallel mode: a run slot, then the token if th
// held it). woken says w was woken. After Shutdown it returns ErrShutdown
// holding nothing.
func (th *Thread) Park(w *Waiter, deadline time.Time) (woken bool, err error) {
	s := th.s
	hadToken := th.tok
	th.Release()
	var timeout <-chan time.Time
	if !deadline.IsZero() {
		d := time.Until(deadline)
		if d < 0 {
			d = 0
		}
		t := time.NewTimer(d)
		defer t.Stop()
		timeout = t.C
	}
	var wake chan struct{}
	if w != nil {
		wake = w.ch
	}
	select {
	case <-wake:
		woken = true
	case <-timeout:
	case <-s.done:
		return false, ErrShutdown
	}
	if err := th.Acquire(); err != nil {
		return woken, err
	}
	if hadToken {
		th.AcquireToken()
	}
	return woken, nil
}

// WaitQueue is a FIFO of waiters on one object (a lock). It is not
// synchronised itself: it is touched only by the holder of the GIL or,
// in parallel mode, of the token.
type WaitQueue struct {
	ws []*Waiter
}

// Push adds w at the end.
func (q *WaitQueue) Push(w *Waiter) { q.ws = append(q.ws, w) }

// Len returns the number of waiters.
func (q *WaitQueue) Len() int { return len(q.ws) }

// WakeOne wakes and removes the longest waiter; false if there is none.
func (q *WaitQueue) WakeOne() bool {
	if len(q.ws) == 0 {
		return false
	}
	w := q.ws[0]
	copy(q.ws, q.ws[1:])
	q.ws[len(q.ws)-1] = nil
	q.ws = q.ws[:len(q.ws)-1]
	w.Wake()
	return true
}

// Remove takes w out of the queue if it is there (a wait that timed out).
func (q *WaitQueue) Remove(w *Waiter) {
	for i, x := range q.ws {
		if x == w {
			copy(q.ws[i:], q.ws[i+1:])
			q.ws[len(q.ws)-1] = nil
			q.ws = q.ws[:len(q.ws)-1]
			return
		}
	}
}
