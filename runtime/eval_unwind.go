package runtime

// This file defines how an exception unwinds: each frame it leaves gets a
// traceback entry, the exception table of the frame's code says where a
// handler is, and a frame without one is popped.

// unwind handles err raised by the instruction before f.pc. It returns the
// frame to continue in (its pc at a handler), or nil and the error to
// return from run when the entry frame was left. reraise says the
// exception was re-raised (RERAISE, bare raise): it gets no new
// traceback entry.
func (t *Thread) unwind(f *Frame, err error, reraise bool) (*Frame, error) {
	for {
		exc, ok := err.(*Exception)
		if !ok {
			if err == errAbort {
				// An aborted span (span.go): the frames stay as they are;
				// the outermost loop restores them and runs again.
				return nil, err
			}
			// Not a Python exception (a transaction status): no handler
			// runs; leave every frame up to the entry frame.
			for {
				t.popFrame(f)
				if f.gen != nil {
					if t.logging() {
						t.logGen(f.gen)
					}
					f.gen.finish()
				}
				if f.entry {
					return nil, err
				}
				f = f.back
			}
		}
		if t.logging() { // SPAN: undo record (span_undo.go)
			t.logExc(exc)
		}
		if !reraise {
			t.setContext(exc)
		}
		if !reraise && !f.code.hidden { // a builtin's hidden frame shows no entry (consume.go)
			exc.Traceback = &Traceback{Next: exc.Traceback, Filename: f.bc.Filename, Name: f.bc.Name, Line: f.line()}
		}
		reraise = false
		if h, ok := f.bc.HandlerFor(f.pc - 1); ok {
			base := f.code.nlocals + h.Depth
			clearVals(f.vals[base:f.sp])
			f.sp = base
			f.vals[f.sp] = FromObject(exc)
			f.sp++
			f.pc = h.Handler
			f.kwnames = nil
			return f, nil
		}
		clearVals(f.vals[f.code.nlocals:f.sp])
		f.sp = f.code.nlocals
		t.popFrame(f)
		entry, back, cont, gen := f.entry, f.back, f.cont, f.gen
		if gen != nil && !entry {
			gen.finishInline(t, f)
			if exc.Matches(StopIterationType) {
				re := Errorf(RuntimeErrorType, "generator raised StopIteration")
				re.Cause, re.Context, re.SuppressContext = exc, exc, true
				exc = re
			}
		}
		t.releaseFrame(f)
		if entry {
			return nil, exc
		}
		f = back
		err = exc
		if cont == contZip && gen != nil { // zip over generators: the row is dropped (consume_iter.go)
			t.zipEnded(f)
		}
		if (cont == contForIter || cont == contFilter || cont == contCallIter) && gen == nil && exc.Matches(StopIterationType) {
			if cont == contCallIter { // iter(f, sentinel) ends for good
				f.vals[f.sp-1].obj.(*CallableIter).done = true
			}
			// __next__ raised StopIteration: the loop is done.
			f.endForIter()
			return f, nil
		}
	}
}

// setContext links exc to the exception being handled, as raising inside
// an except block does, and breaks any cycle that would make.
func (t *Thread) setContext(exc *Exception) {
	handled := t.excInfo
	if handled == nil || handled == exc || exc.Context != nil {
		return
	}
	for o := handled; o != nil; o = o.Context {
		if o.Context == exc {
			if t.logging() { // SPAN: undo record (span_undo.go)
				t.logExc(o)
			}
			o.Context = nil
			break
		}
	}
	exc.Context = handled
}
