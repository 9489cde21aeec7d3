package runtime

// This file defines Frame, one activation of a code object. Frames live on
// the heap: a Python-to-Python call pushes one and the interpreter loop
// continues in it without growing the Go stack.

import "github.com/pystm/pystm/compiler/bytecode"

// contKind says what to do with a frame's return value when it returns
// into its caller's loop (a continuation): most frames push it, the
// __init__ frame of a class call replaces it by the new instance.
type contKind uint8

const (
	contPush contKind = iota // push the result
	contInit                 // check the result is None, push contVal (the instance)
	// contForIter: a generator or __next__ run for FOR_ITER: a value (yield,
	// return of __next__) is pushed; the generator's return or
	// __next__'s StopIteration ends the loop.
	contForIter
	// contBinary: a Python operator method (__add__ ...) run for BINARY_OP
	// on two instances of one class: NotImplemented becomes the TypeError.
	contBinary
	// contSend: a generator resumed by SEND (yield from) in the loop: a
	// yield goes back to the SEND's YIELD_VALUE, the return value ends the
	// yield from.
	contSend
	// contCompare: a Python comparison method (__eq__ ...) run for
	// COMPARE_OP: NotImplemented goes on to the reflected method and the
	// identity fallback; the comparison counts one extra recursion level
	// (CPython's " in comparison" guard), given back when the frame pops.
	contCompare
	// contFilter: a filter's Python function run for FOR_ITER
	// (consume_iter.go): a true result pushes contVal (the item), a false
	// one runs the FOR_ITER again; StopIteration ends the loop.
	contFilter
	// contEnumerate: a generator under enumerate resumed for FOR_ITER
	// (consume_iter.go): a yield pushes (count, value); the generator's
	// return ends the loop.
	contEnumerate
	// contCallIter: the Python function of iter(f, sentinel) run for
	// FOR_ITER (consume_iter.go): a result equal to the sentinel ends
	// the loop (and the iterator), another is pushed; StopIteration
	// ends them too.
	contCallIter
	// contZip: a generator under zip resumed for FOR_ITER
	// (consume_iter.go): a yield adds the item to the zip's row and runs
	// the FOR_ITER again; the generator's return ends the loop.
	contZip
)

// Frame is one activation of a code object.
type Frame struct {
	code      *Code
	bc        *bytecode.Code
	fn        *Function // nil for module code and exec
	globals   *Dict
	builtins  *Dict
	locals    *Dict // the namespace of NAME ops: module globals, a class body's dict
	vals      []Value
	sp        int // index in vals of the first free stack slot
	cells     []*Cell
	pc        int
	back      *Frame
	kwnames   []string // set by KW_NAMES for the next CALL
	entry     bool     // returning from this frame leaves the run loop
	cont      contKind
	contVal   Value
	contArg   Value      // contCompare: the right operand
	contOp    uint8      // contBinary: the bytecode.BinOp; contCompare: the bytecode.CompareOp
	gen       *Generator // the generator that owns this frame, if any
	yielded   bool       // the frame suspended at a YIELD_VALUE
	yieldKind int        // that YIELD_VALUE's argument
	outerExc  *Exception // inline generator: the handled exception of the resuming frame
	lastLine  int
	// spanOwned is the span (spanState.id) whose rollback restores this
	// frame: saved at its beginning or with a generator it logged
	// (span_snapshot.go). Span ids are never reused, so a pooled frame
	// needs no reset of it.
	spanOwned uint64
}

// newFrame makes a frame for code with the given namespaces, reusing a
// released frame when one is free. The caller fills the fast locals
// (arguments) and cells.
func (t *Thread) newFrame(code *Code, globals, builtins, locals *Dict) *Frame {
	bc := code.bc
	n := code.nlocals + bc.MaxStack
	var f *Frame
	if k := len(t.framePool); k > 0 {
		f = t.framePool[k-1]
		t.framePool = t.framePool[:k-1]
		if cap(f.vals) >= n {
			f.vals = f.vals[:n]
		} else {
			f.vals = make([]Value, n)
		}
		if cap(f.cells) >= code.ncells {
			f.cells = f.cells[:code.ncells]
		} else {
			f.cells = make([]*Cell, code.ncells)
		}
	} else {
		f = &Frame{vals: make([]Value, n)}
		if code.ncells > 0 {
			f.cells = make([]*Cell, code.ncells)
		}
	}
	f.code, f.bc, f.globals, f.builtins, f.locals = code, bc, globals, builtins, locals
	f.sp = code.nlocals
	return f
}

// framePoolSize bounds the frames a thread keeps for reuse.
const framePoolSize = 32

// releaseFrame returns a finished frame for reuse. Generator frames are
// never reused (the generator keeps its frame).
func (t *Thread) releaseFrame(f *Frame) {
	if f.gen != nil || len(t.framePool) >= framePoolSize || (t.spActive && t.spanOwnsFrame(f)) {
		// SPAN: a frame a rollback restores may be live again after it,
		// so it is not reused while the span can roll back.
		return
	}
	// Most pops clear their slots, but STORE_FAST and CALL leave theirs
	// (saving write barriers), so the stack part is cleared too: a reused
	// frame must start with unbound locals and an empty stack.
	clearVals(f.vals)
	for i := range f.cells {
		f.cells[i] = nil
	}
	// Field by field rather than *f = Frame{...}: the struct copy went
	// through a bulk write barrier on every return. code, bc and the
	// namespaces are always set again by newFrame. A new Frame field
	// must be reset here too.
	f.fn, f.back, f.kwnames, f.gen, f.outerExc = nil, nil, nil, nil, nil
	f.sp, f.pc, f.entry, f.lastLine = 0, 0, false, 0
	f.cont, f.contVal, f.contArg, f.contOp = 0, Value{}, Value{}, 0
	f.yielded, f.yieldKind = false, 0
	t.framePool = append(t.framePool, f)
}

// initCells creates the frame's cells: new ones for its cell variables
// (moving parameters that are cells into them) and the closure's for its
// free variables.
func (f *Frame) initCells(closure []*Cell) {
	bc := f.bc
	for i := range bc.CellVars {
		c := &Cell{}
		if a := bc.Cell2Arg[i]; a >= 0 {
			c.v = f.vals[a]
		}
		f.cells[i] = c
	}
	copy(f.cells[len(bc.CellVars):], closure)
}

// line returns the source line of the instruction being run.
func (f *Frame) line() int {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return f.bc.LineOf(pc)
}

// pushFrame makes f the thread's current frame, counting it against the
// recursion limit.
func (t *Thread) pushFrame(f *Frame) error {
	if t.callYieldRequested() { // THREADS: switch interval at calls
		if err := t.yieldGIL(); err != nil {
			return err
		}
	}
	if t.depth >= t.recursionLimit() {
		return t.recursionError("")
	}
	t.depth++
	f.back = t.frame
	t.frame = f
	return nil
}

// popFrame removes f, the current frame.
func (t *Thread) popFrame(f *Frame) {
	t.depth--
	if f.cont == contCompare {
		t.depth-- // the comparison's own level
	}
	t.frame = f.back
}

// superArgs returns the arguments of a zero-argument super() call in the
// current frame: the class in the __class__ cell and the first argument.
func (t *Thread) superArgs() (*Type, Value, error) {
	f := t.frame
	if f == nil || f.fn == nil {
		return nil, Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
	}
	bc := f.bc
	if bc.ArgCount == 0 && bc.Flags&bytecode.FlagVarargs == 0 {
		return nil, Value{}, Errorf(RuntimeErrorType, "super(): no arguments")
	}
	self := f.vals[0]
	if len(bc.CellVars) > 0 && bc.Cell2Arg[0] == 0 {
		self = f.cells[0].v
	}
	for i, name := range bc.FreeVars {
		if name != "__class__" {
			continue
		}
		cv := f.cells[len(bc.CellVars)+i].v
		if !cv.IsValid() {
			return nil, Value{}, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
		}
		cls, ok := cv.Object().(*Type)
		if !ok {
			return nil, Value{}, Errorf(RuntimeErrorType, "super(): __class__ is not a type (%s)", TypeOf(cv).Name)
		}
		if !self.IsValid() {
			return nil, Value{}, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
		return cls, self, nil
	}
	return nil, Value{}, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
}

// globalsName returns __name__ of the current frame's globals (the
// __module__ of classes made by type(name, bases, dict)).
func (t *Thread) globalsName() string {
	if t.frame == nil {
		return "builtins"
	}
	if v, ok := t.frame.globals.GetStr("__name__"); ok {
		if s, ok := AsString(v); ok {
			return s
		}
	}
	return "builtins"
}

// endForIter ends the FOR_ITER before f.pc: pop the iterator and jump
// past the loop.
func (f *Frame) endForIter() {
	f.sp--
	f.vals[f.sp] = Value{}
	f.pc = f.bc.Instrs[f.pc-1].Arg()
}
