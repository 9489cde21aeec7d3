package runtime

// This file routes l.extend(it) on a shared exact list, for an iterable
// whose iteration runs Python code (a generator, a map or filter of a
// Python function, ...: consume.go's callsPython), to a hidden frame of
// the interpreter loop (consume_lib.go's list_extend) while the thread
// runs abortable spans (issue #7, stage 2). Called from Go, extend
// takes the token for the shared list and then resumes the generator
// from a nested loop, so the whole extend ran as one irrevocable
// transaction. As a hidden frame, each item is l.append(x): buffered in
// the span without the token (span_listappends.go), with boundaries
// between items, and an abort restarts from a frame the loop knows.
//
// CPython's list.extend appends each item as the iterator yields it, so
// the generator sees the list grow; the span's appends are seen the same
// way through its view of the list (span_listops.go's overlay). An
// exception from the iterator leaves the items appended before it, as
// CPython does.
//
// Not routed (the Go path stays): a thread-local list (no token to
// avoid, and the Go loop is faster), an instance as the iterable (the Go
// path's handling of a non-iterable instance and of its length hint
// stays the one reference), keyword arguments, a nested loop (no
// boundary could fall anyway).

// listExtendFrame is consumeFrame for l.extend(it) (bf is list.extend,
// bound or called with l as its first argument), or nil for the Go path.
func (t *Thread) listExtendFrame(bf *BuiltinFunction, args []Value, kw []string) *Frame {
	self, it, ok := t.fillMethodCall(bf, args, kw)
	if !ok {
		return nil
	}
	if l, ok := self.obj.(*List); !ok || l.typ != nil || !l.IsShared() {
		return nil
	}
	return t.hiddenFrame(t.consumeLibOf().listExtend, self, it)
}
