package runtime

// This file defines sys._getframe. The thread's frames are reused once
// they return (frame.go's pool) and are never shared with other threads,
// so Python code gets a frozen copy of the chain, as tracebacks keep a
// frozen copy of their frames: its f_lineno, f_locals and f_globals are
// those of the moment of the call.

// sysGetframe is sys._getframe([depth]).
func sysGetframe(t *Thread, args []Value, kwnames []string) (Value, error) {
	var depthV Value
	if err := UnpackArgs("_getframe", args, kwnames, []string{"depth?"}, &depthV); err != nil {
		return Value{}, err
	}
	depth := int64(0)
	if depthV.IsValid() {
		if !depthV.IsInt() {
			return Value{}, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(depthV).Name)
		}
		depth = depthV.AsInt()
	}
	f := t.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
		for f != nil && f.code.hidden { // a builtin's hidden frame (consume.go)
			f = f.back
		}
	}
	if f == nil {
		return Value{}, Errorf(ValueErrorType, "call stack is not deep enough")
	}
	return FromObject(frozenFrames(f)), nil
}

// frozenFrames copies the chain of frames from f outwards.
func frozenFrames(f *Frame) *Frame {
	var head, prev *Frame
	for ; f != nil; f = f.back {
		if f.code.hidden { // a builtin's hidden frame (consume.go): not shown
			continue
		}
		c := &Frame{code: f.code, bc: f.bc, fn: f.fn, globals: f.globals, builtins: f.builtins,
			locals: f.locals, sp: f.sp, pc: f.pc, lastLine: f.lastLine}
		c.vals = append([]Value(nil), f.vals...)
		c.cells = append([]*Cell(nil), f.cells...)
		if prev == nil {
			head = c
		} else {
			prev.back = c
		}
		prev = c
	}
	return head
}
