package stm

import "testing"

// TestLocalMarkAndPeekFixed: the entry points for clients that run their
// own transactions. A thread-local object keeps the mark it was given;
// publishing it resets the mark (a shared object's version word is the
// engine's), and PeekFixed returns the state it was published with.
func TestLocalMarkAndPeekFixed(t *testing.T) {
	var h Header
	if h.LocalMark() != 0 {
		t.Fatalf("new header's mark %d, want 0", h.LocalMark())
	}
	h.SetLocalMark(1<<40 | 7)
	if got := h.LocalMark(); got != 1<<40|7 {
		t.Fatalf("mark %d, want %d", got, uint64(1<<40|7))
	}
	state := &struct{ n int }{n: 3}
	Publish(nil, &h, state)
	if !h.IsShared() {
		t.Fatal("not shared after Publish")
	}
	if got := h.LocalMark(); got != 0 {
		t.Errorf("mark %d after Publish, want 0", got)
	}
	if got := PeekFixed[struct{ n int }](&h); got != state {
		t.Errorf("PeekFixed returned %p, want the published state %p", got, state)
	}
}
