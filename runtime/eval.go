package runtime

// This file defines the interpreter loop: run executes frames until the
// frame it was entered with returns or suspends. Python-to-Python calls
// push a frame and continue in the same loop; errors unwind through the
// exception table (eval_unwind.go).

import (
	"math"
	"sync/atomic"

	"github.com/pystm/pystm/compiler/bytecode"
)

// run executes f, which the caller has pushed with pushFrame and marked
// entry, until it returns (result) or yields (f.yielded).
func (t *Thread) run(f *Frame) (Value, error) {
	var err error
	reraise := false
	for {
		if err != nil {
			var nf *Frame
			nf, err = t.unwind(f, err, reraise)
			reraise = false
			if nf == nil {
				return Value{}, err
			}
			f = nf
		}
		instrs := f.bc.Instrs
		pc := f.pc // authoritative in the loop; every change is also stored to f.pc
		sp := f.sp // likewise
		vals := f.vals
	loop:
		for {
			in := instrs[pc]
			pc++
			f.pc = pc
			switch in.Op() {
			case bytecode.NOP:
			case bytecode.POP_TOP:
				sp--
				f.sp = sp
				vals[sp] = Value{}
			case bytecode.PUSH_NULL:
				vals[sp] = Value{}
				sp++
				f.sp = sp
			case bytecode.COPY:
				vals[sp] = vals[sp-in.Arg()]
				sp++
				f.sp = sp
			case bytecode.SWAP:
				i := sp - in.Arg()
				vals[i], vals[sp-1] = vals[sp-1], vals[i]
			case bytecode.LOAD_CONST:
				vals[sp] = f.code.consts[in.Arg()]
				sp++
				f.sp = sp
			case bytecode.LOAD_FAST:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.bc.VarNames[in.Arg()])
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.STORE_FAST:
				// The popped slot is left as is: the local now holds the
				// same reference, and releaseFrame clears the whole frame.
				// Not clearing saves a write (and its barrier) per store.
				sp--
				f.sp = sp
				vals[in.Arg()] = vals[sp]
			case bytecode.DELETE_FAST:
				if !vals[in.Arg()].IsValid() {
					err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.bc.VarNames[in.Arg()])
					break loop
				}
				vals[in.Arg()] = Value{}
			case bytecode.LOAD_DEREF:
				v := f.cells[in.Arg()].Get(t)
				if !v.IsValid() {
					err = f.unboundDeref(in.Arg())
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.LOAD_CLASSDEREF:
				name := f.derefName(in.Arg())
				v, ok := f.locals.GetStr(name)
				if !ok {
					v = f.cells[in.Arg()].Get(t)
					if !v.IsValid() {
						err = f.unboundDeref(in.Arg())
						break loop
					}
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.STORE_DEREF:
				sp--
				f.sp = sp
				f.cells[in.Arg()].Set(t, vals[sp])
				vals[sp] = Value{}
			case bytecode.DELETE_DEREF:
				c := f.cells[in.Arg()]
				if !c.Get(t).IsValid() {
					err = f.unboundDeref(in.Arg())
					break loop
				}
				c.Set(t, Value{})
			case bytecode.LOAD_CLOSURE:
				vals[sp] = FromObject(f.cells[in.Arg()])
				sp++
				f.sp = sp
			case bytecode.PUSH_NULL__LOAD_GLOBAL:
				// Superinstructions that end in the case below: the first
				// half here, then the second instruction becomes in.
				vals[sp] = Value{}
				sp++
				f.sp = sp
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.LOAD_GLOBAL, bytecode.LOAD_GLOBAL__COMPARE_OP:
				var v Value
				// loadGlobal's hits for a module global, inline (loadGlobal
				// does the rest): an entry number in thread-local globals
				// (the shared flag is tested before the dict's words are
				// read), or a value cached from shared globals.
				g := f.globals
				e := f.code.globalCache[pc-1].Load()
				if e != nil && e.globals == g && e.gix >= 0 &&
					!g.IsShared() && e.gver == g.version && e.gix < len(g.entries) {
					v = g.entries[e.gix].value
				} else if e != nil && e.globals == g && e.gix == gixSharedGlobal && !t.spActive && atomic.LoadUint64(&g.valsVersion) == e.gver {
					v = e.value
				} else if p := (*Value)(nil); e != nil && e.globals == g && e.gix == gixSpanGlobal && t.spActive && t.spanGlobalLogged(e.node, &p) && p != nil {
					v = *p // SPAN: a global read again (span_globals.go)
				} else if v, err = t.loadGlobal(f, in.Arg()); err != nil {
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
				if in.Op() != bytecode.LOAD_GLOBAL__COMPARE_OP {
					break
				}
				// x == GLOBAL as a condition: the compare and jump below.
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.COMPARE_OP__POP_JUMP_IF_FALSE:
				a, b := vals[sp-2], vals[sp-1]
				op := bytecode.CompareOp(in.Arg())
				if r, ok := fastCompare(op, a, b); ok {
					// Two unboxed numbers: their slots hold no pointer
					// worth clearing.
					sp -= 2
					f.sp = sp
					if r {
						pc++
						f.pc = pc
					} else {
						pc = instrs[pc].Arg()
						f.pc = pc
					}
					break
				}
				// Other operands: the COMPARE_OP alone; the
				// POP_JUMP_IF_FALSE runs next.
				if fn := t.compareDunder(f, op, a, b); fn != nil {
					nf, e := t.compareFrame(fn, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					sp -= 2
					f.sp = sp
					vals[sp], vals[sp+1] = Value{}, Value{}
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				}
				r, e := Compare(t, op, a, b)
				if e != nil {
					err = e
					break loop
				}
				vals[sp-2] = r
				sp--
				f.sp = sp
				vals[sp] = Value{}
			case bytecode.STORE_GLOBAL:
				sp--
				f.sp = sp
				if !t.spActive || !t.storeGlobalSpan(f, in.Arg(), vals[sp]) { // SPAN: buffered (span_globals.go)
					f.globals.SetStrT(t, f.bc.Names[in.Arg()], vals[sp])
				}
				vals[sp] = Value{}
			case bytecode.DELETE_GLOBAL:
				name := f.bc.Names[in.Arg()]
				if t.spActive { // SPAN: buffered (span_namedeletes.go)
					if found, ok := t.deleteNameSpan(f.globals, name); ok {
						if !found {
							err = nameError(name)
							break loop
						}
						break
					}
				}
				if !f.globals.DelStrT(t, name) {
					err = nameError(name)
					break loop
				}
			case bytecode.LOAD_NAME:
				name := f.bc.Names[in.Arg()]
				var v Value
				var ok bool
				if t.spActive { // SPAN: read per name, logged (span_globals.go)
					if v, ok, err = t.loadNameSpan(f, in.Arg()); ok {
						if err != nil {
							break loop
						}
						vals[sp] = v
						sp++
						f.sp = sp
						break
					}
				}
				if f.locals.typ != nil {
					// A dict subclass from __prepare__: its __getitem__
					// (and __missing__) answers (namespace_mapping.go).
					if v, ok, err = loadNameMapping(t, f.locals, name); err != nil {
						break loop
					}
				} else {
					v, ok = f.locals.GetStr(name)
				}
				if !ok {
					v, ok = f.globals.GetStr(name)
					if !ok {
						v, ok = f.builtins.GetStr(name)
						if !ok {
							err = nameError(name)
							break loop
						}
					}
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.STORE_NAME:
				sp--
				f.sp = sp
				if f.locals.typ != nil {
					// A dict subclass from a metaclass's __prepare__ (enum's):
					// its __setitem__ sees each assignment of the class body.
					err = SetItem(t, FromObject(f.locals), NewStr(f.bc.Names[in.Arg()]), vals[sp])
					vals[sp] = Value{}
					if err != nil {
						break loop
					}
					break
				}
				if !t.spActive || f.locals != f.globals || !t.storeGlobalSpan(f, in.Arg(), vals[sp]) { // SPAN (span_globals.go)
					f.locals.SetStrT(t, f.bc.Names[in.Arg()], vals[sp])
				}
				vals[sp] = Value{}
			case bytecode.DELETE_NAME:
				name := f.bc.Names[in.Arg()]
				if t.spActive && f.locals == f.globals { // SPAN: buffered (span_namedeletes.go)
					if found, ok := t.deleteNameSpan(f.globals, name); ok {
						if !found {
							err = nameError(name)
							break loop
						}
						break
					}
				}
				if !f.locals.DelStrT(t, name) {
					err = nameError(name)
					break loop
				}
			case bytecode.LOAD_ATTR:
				var v Value
				v, err = t.loadAttrCached(f, vals[sp-1], f.bc.Names[in.Arg()])
				if err != nil {
					break loop
				}
				vals[sp-1] = v
			case bytecode.STORE_ATTR:
				err = t.storeAttrCached(f, vals[sp-1], f.bc.Names[in.Arg()], vals[sp-2])
				sp -= 2
				f.sp = sp
				vals[sp], vals[sp+1] = Value{}, Value{}
				if err != nil {
					break loop
				}
			case bytecode.DELETE_ATTR:
				sp--
				f.sp = sp
				err = DelAttr(t, vals[sp], f.bc.Names[in.Arg()])
				vals[sp] = Value{}
				if err != nil {
					break loop
				}
			case bytecode.KW_NAMES:
				f.kwnames = f.code.kwnames[in.Arg()]
			case bytecode.LOAD_FAST__LOAD_METHOD:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.LOAD_METHOD, bytecode.LOAD_METHOD__CALL:
				obj := vals[sp-1]
				fn, unbound, e := t.loadMethodCached(f, obj, f.bc.Names[in.Arg()])
				if e != nil {
					err = e
					break loop
				}
				if unbound {
					vals[sp-1] = fn
					vals[sp] = obj
				} else {
					vals[sp-1] = Value{}
					vals[sp] = fn
				}
				sp++
				f.sp = sp
				if in.Op() != bytecode.LOAD_METHOD__CALL {
					break
				}
				// obj.meth(): the CALL below, in this dispatch.
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.LOAD_FAST__CALL:
				if in.Op() == bytecode.LOAD_FAST__CALL {
					// f(..., x): push the local, then the CALL below.
					// (Reached from LOAD_METHOD__CALL, in is the CALL.)
					v := vals[in.Arg()]
					if !v.IsValid() {
						err = f.unboundLocal(in.Arg())
						break loop
					}
					vals[sp] = v
					sp++
					f.sp = sp
					in = instrs[pc]
					pc++
					f.pc = pc
				}
				fallthrough
			case bytecode.CALL:
				argc := in.Arg()
				base := sp - argc - 2
				kw := f.kwnames
				f.kwnames = nil
				callable := vals[base]
				var args []Value
				if callable.IsValid() {
					args = vals[base+1 : sp]
				} else {
					callable = vals[base+1]
					if m, ok := callable.obj.(*Method); ok {
						// Unpack a bound method in place: no allocation.
						vals[base], vals[base+1] = m.Func, m.Self
						callable = m.Func
						args = vals[base+1 : sp]
					} else {
						args = vals[base+2 : sp]
					}
				}
				if typ, ok := callable.obj.(*Type); ok && !vals[base].IsValid() {
					// A class whose __init__ is a Python function: make the
					// instance here and run __init__ as a frame of this loop.
					if init, inst := t.fastClassCall(f, typ); init != nil {
						vals[base], vals[base+1] = FromObject(init), FromObject(inst)
						nf, e := t.frameForCall(init, vals[base+1:sp], kw)
						if e != nil {
							err = e
							break loop
						}
						nf.cont, nf.contVal = contInit, FromObject(inst)
						// The argument slots are not cleared (a write barrier each): later
						// pushes overwrite them and releaseFrame clears the whole frame.
						sp = base
						f.sp = sp
						if e := t.pushFrame(nf); e != nil {
							err = e
							break loop
						}
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
				}
				if fn, ok := callable.obj.(*Function); ok && fn.code.bc.Flags&genFlags == 0 {
					nf, e := t.frameForCall(fn, args, kw)
					if e != nil {
						err = e
						break loop
					}
					// The argument slots are not cleared (a write barrier each): later
					// pushes overwrite them and releaseFrame clears the whole frame.
					sp = base
					f.sp = sp
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				}
				if m, ok := callable.obj.(*Method); ok {
					// A bound method object called as such (a with
					// statement's __exit__, a stored callback): its
					// Python function runs as a frame, self bound in it.
					nf, e := t.methodFrame(m, args, kw)
					if e != nil {
						err = e
						break loop
					}
					if nf != nil {
						sp = base
						f.sp = sp
						if e := t.pushFrame(nf); e != nil {
							err = e
							break loop
						}
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
				}
				var r Value
				var e error
				if bf, ok := callable.obj.(*BuiltinFunction); ok {
					if bf.consume != consumeNone {
						// sum(gen), sorted(xs, key=f) ...: the builtin's
						// loop runs as a hidden frame (consume.go).
						nf, e := t.consumeFrame(bf, args, kw)
						if e != nil {
							sp = base
							f.sp = sp
							err = e
							break loop
						}
						if nf != nil {
							sp = base
							f.sp = sp
							if e := t.pushFrame(nf); e != nil {
								err = e
								break loop
							}
							f = nf
							instrs = f.bc.Instrs
							pc = f.pc
							sp = f.sp
							vals = f.vals
							continue
						}
					}
					done := false
					if len(args) == 2 && len(kw) == 0 && !bf.Self.IsValid() {
						r, e, done = t.callMethod2(bf, args)
					}
					if !done {
						r, e = bf.Call(t, args, kw) // the commonest callee here, without callValue's switch
					}
				} else {
					if typ, ok := callable.obj.(*Type); ok {
						// list(gen), tuple(gen), set(gen) (consume.go).
						if nf := t.consumeTypeFrame(typ, args, kw); nf != nil {
							sp = base
							f.sp = sp
							if e := t.pushFrame(nf); e != nil {
								err = e
								break loop
							}
							f = nf
							instrs = f.bc.Instrs
							pc = f.pc
							sp = f.sp
							vals = f.vals
							continue
						}
					}
					r, e = t.callValue(callable, args, kw)
				}
				if e != nil && isParkStatus(e) { // THREADS: blocking wait: park, then run this CALL again
					f.kwnames = kw
					pc--
					f.pc = pc
					if e = t.park(e); e == nil {
						continue
					}
				}
				// The argument slots are not cleared (a write barrier each): later
				// pushes overwrite them and releaseFrame clears the whole frame.
				sp = base
				f.sp = sp
				if e != nil {
					err = e
					break loop
				}
				vals[sp] = r
				sp++
				f.sp = sp
			case bytecode.CALL_FUNCTION_EX:
				var kwargs Value
				if in.Arg()&1 != 0 {
					sp--
					f.sp = sp
					kwargs = vals[sp]
					vals[sp] = Value{}
				}
				sp--
				f.sp = sp
				argv := vals[sp]
				fn := vals[sp-1]
				vals[sp] = Value{}
				args, kw, e := t.exArgs(argv, kwargs)
				if e != nil {
					err = e
					break loop
				}
				pf, ok := fn.obj.(*Function)
				if m, isMethod := fn.obj.(*Method); isMethod {
					// A bound method (threading's run calls its target
					// this way) runs as a frame of this loop too.
					if mf, isFunc := m.Func.obj.(*Function); isFunc && mf.code.bc.Flags&genFlags == 0 {
						pf, ok = mf, true
						args = append(append(make([]Value, 0, len(args)+1), m.Self), args...)
					}
				}
				if ok && pf.code.bc.Flags&genFlags == 0 {
					nf, e := t.frameForCall(pf, args, kw)
					if e != nil {
						err = e
						break loop
					}
					sp--
					f.sp = sp
					vals[sp] = Value{}
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				}
				var r Value
				r, err = t.Call(fn, args, kw) // THREADS: Call parks a blocking wait
				if err != nil {
					break loop
				}
				vals[sp-1] = r
			case bytecode.MAKE_FUNCTION:
				err = t.makeFunction(f, in.Arg())
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.BINARY_OP__STORE_FAST:
				if a, b := vals[sp-2], vals[sp-1]; a.IsFloat() && b.IsFloat() {
					// Two floats: inline, no call.
					if r, ok := quickFloat(bytecode.BinOp(in.Arg()).Base(), a.AsFloat(), b.AsFloat()); ok {
						sp -= 2
						f.sp = sp
						vals[instrs[pc].Arg()] = Float(r)
						pc++
						f.pc = pc
						break
					}
				}
				if r, ok := fastBinary(bytecode.BinOp(in.Arg()).Base(), vals[sp-2], vals[sp-1]); ok {
					// Two numbers (no pointers to clear) to a local.
					sp -= 2
					f.sp = sp
					vals[instrs[pc].Arg()] = r
					pc++
					f.pc = pc
					break
				}
				fallthrough // the BINARY_OP alone; the STORE_FAST runs next
			case bytecode.BINARY_OP:
				a, b := vals[sp-2], vals[sp-1]
				op := bytecode.BinOp(in.Arg())
				if a.IsFloat() && b.IsFloat() {
					if r, ok := quickFloat(op.Base(), a.AsFloat(), b.AsFloat()); ok {
						// Two floats: inline, no call; no pointer to clear.
						vals[sp-2] = Float(r)
						sp--
						f.sp = sp
						break
					}
				}
				if r, ok := fastBinary(op.Base(), a, b); ok {
					vals[sp-2] = r
				} else if fn := t.binaryDunder(f, op, a, b); fn != nil {
					// A Python operator method: run it as a frame.
					nf, e := t.frameForCall(fn, vals[sp-2:sp], nil)
					if e != nil {
						err = e
						break loop
					}
					sp -= 2
					f.sp = sp
					vals[sp], vals[sp+1] = Value{}, Value{}
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					nf.cont, nf.contVal, nf.contOp = contBinary, a, uint8(op)
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				} else {
					r, e := BinaryOp(t, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					vals[sp-2] = r
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
			case bytecode.COMPARE_OP:
				a, b := vals[sp-2], vals[sp-1]
				op := bytecode.CompareOp(in.Arg())
				if r, ok := fastCompare(op, a, b); ok {
					vals[sp-2] = Bool(r)
				} else if fn := t.compareDunder(f, op, a, b); fn != nil {
					// A Python comparison method: run it as a frame.
					nf, e := t.compareFrame(fn, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					sp -= 2
					f.sp = sp
					vals[sp], vals[sp+1] = Value{}, Value{}
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				} else {
					r, e := Compare(t, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					vals[sp-2] = r
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
			case bytecode.IS_OP:
				r := vals[sp-2].Is(vals[sp-1])
				sp--
				f.sp = sp
				vals[sp] = Value{}
				vals[sp-1] = Bool(r != (in.Arg() == 1))
			case bytecode.CONTAINS_OP:
				var r bool
				var e error
				if st, ok := vals[sp-1].obj.(*Set); ok && st.typ == nil && vals[sp-2].IsInt() && !st.IsShared() {
					// An int in a thread-local exact set (go.py's `q not in
					// seen`): no slot wrapper, no lock-free read attempt.
					var j int
					j, e = st.find(t, vals[sp-2], intHash(vals[sp-2].AsInt()))
					r = j >= 0
				} else {
					r, e = Contains(t, vals[sp-1], vals[sp-2])
				}
				if e != nil {
					err = e
					break loop
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
				vals[sp-1] = Bool(r != (in.Arg() == 1))
			case bytecode.UNARY_OP:
				v := vals[sp-1]
				op := bytecode.UnaryOp(in.Arg())
				if op == bytecode.OpNot {
					b, e := truth(t, v)
					if e != nil {
						err = e
						break loop
					}
					vals[sp-1] = Bool(!b)
					break
				}
				if op == bytecode.OpNeg && v.IsInt() && v.AsInt() != math.MinInt64 {
					vals[sp-1] = Int(-v.AsInt())
					break
				}
				r, e := UnaryOp(t, op, v)
				if e != nil {
					err = e
					break loop
				}
				vals[sp-1] = r
			case bytecode.LOAD_FAST__BINARY_SUBSCR:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.BINARY_SUBSCR:
				r, e := t.subscr(vals[sp-2], vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
				vals[sp-1] = r
			case bytecode.STORE_SUBSCR:
				c, k, v := vals[sp-2], vals[sp-1], vals[sp-3]
				if l, ok := c.obj.(*List); ok && k.IsInt() && l.Type() == ListType {
					i := k.AsInt()
					if t.spActive && t.storeSharedItem(l, i, v) { // buffered (span_liststores.go)
						sp -= 3
						f.sp = sp
						clearVals(vals[sp : sp+3])
						break
					}
					t.touch(&l.Header)
					n := int64(l.Len())
					if i < 0 {
						i += n
					}
					if i >= 0 && i < n {
						l.Set(t, int(i), v)
						sp -= 3
						f.sp = sp
						clearVals(vals[sp : sp+3])
						break
					}
				}
				err = SetItem(t, c, k, v)
				sp -= 3
				f.sp = sp
				clearVals(vals[sp : sp+3])
				if err != nil {
					break loop
				}
			case bytecode.DELETE_SUBSCR:
				err = DelItem(t, vals[sp-2], vals[sp-1])
				sp -= 2
				f.sp = sp
				clearVals(vals[sp : sp+2])
				if err != nil {
					break loop
				}
			case bytecode.BUILD_SLICE:
				n := in.Arg()
				step := None
				if n == 3 {
					step = vals[sp-1]
				}
				if pc < len(instrs) && n == 2 && instrs[pc].Op() == bytecode.STORE_SUBSCR &&
					fastListSetSlice(t, vals[sp-3], vals[sp-2], vals[sp-1], vals[sp-4]) {
					// lst[a:b] = other_list: assigned here, no slice object.
					sp -= 4
					f.sp = sp
					clearVals(vals[sp : sp+4])
					pc++
					f.pc = pc
					break
				}
				if pc < len(instrs) && instrs[pc].Op() == bytecode.BINARY_SUBSCR {
					// lst[a:b:c] on an exact list with None/int bounds: slice
					// it here, without allocating the slice object.
					if r, ok := fastListSlice(t, vals[sp-n-1], vals[sp-n], vals[sp-n+1], step); ok {
						sp -= n
						f.sp = sp
						clearVals(vals[sp : sp+n])
						vals[sp-1] = r
						pc++
						f.pc = pc
						break
					}
				}
				s := NewSlice(vals[sp-n], vals[sp-n+1], step)
				sp -= n
				f.sp = sp
				clearVals(vals[sp : sp+n])
				vals[sp] = s
				sp++
				f.sp = sp
			case bytecode.BUILD_TUPLE:
				n := in.Arg()
				tu := newTupleCopy(vals[sp-n : sp])
				sp -= n
				f.sp = sp
				clearVals(vals[sp : sp+n])
				vals[sp] = tu
				sp++
				f.sp = sp
			case bytecode.BUILD_LIST:
				n := in.Arg()
				items := make([]Value, n)
				copy(items, vals[sp-n:sp])
				sp -= n
				f.sp = sp
				clearVals(vals[sp : sp+n])
				l := NewList(items)
				if t.spActive { // SPAN: writes to it need no undo records
					t.spanMade(&l.Header)
				}
				vals[sp] = FromObject(l)
				sp++
				f.sp = sp
			case bytecode.BUILD_SET:
				n := in.Arg()
				s := NewSet()
				if t.spActive { // SPAN: writes to it need no undo records
					t.spanMade(&s.Header)
				}
				for _, x := range vals[sp-n : sp] {
					if err = s.Add(t, x); err != nil {
						break
					}
				}
				sp -= n
				f.sp = sp
				clearVals(vals[sp : sp+n])
				if err != nil {
					break loop
				}
				vals[sp] = FromObject(s)
				sp++
				f.sp = sp
			case bytecode.BUILD_MAP:
				n := in.Arg()
				d := NewDict().markData()
				if t.spActive { // SPAN: writes to it need no undo records
					t.spanMade(&d.Header)
				}
				for i := sp - 2*n; i < sp; i += 2 {
					if err = d.SetItem(t, vals[i], vals[i+1]); err != nil {
						break
					}
				}
				sp -= 2 * n
				f.sp = sp
				clearVals(vals[sp : sp+2*n])
				if err != nil {
					break loop
				}
				vals[sp] = FromObject(d)
				sp++
				f.sp = sp
			case bytecode.BUILD_STRING:
				n := in.Arg()
				size := 0
				for _, x := range vals[sp-n : sp] {
					s, _ := AsString(x)
					size += len(s)
				}
				buf := make([]byte, 0, size)
				for _, x := range vals[sp-n : sp] {
					s, _ := AsString(x)
					buf = append(buf, s...)
				}
				sp -= n
				f.sp = sp
				clearVals(vals[sp : sp+n])
				vals[sp] = NewStr(string(buf))
				sp++
				f.sp = sp
			case bytecode.LIST_APPEND:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				vals[sp-in.Arg()].obj.(*List).Append(t, v)
			case bytecode.SET_ADD:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				if err = vals[sp-in.Arg()].obj.(*Set).Add(t, v); err != nil {
					break loop
				}
			case bytecode.MAP_ADD:
				sp -= 2
				f.sp = sp
				k, v := vals[sp], vals[sp+1]
				vals[sp], vals[sp+1] = Value{}, Value{}
				if err = vals[sp-in.Arg()].obj.(*Dict).SetItem(t, k, v); err != nil {
					break loop
				}
			case bytecode.LIST_EXTEND:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				depth := in.Arg() &^ bytecode.ExtendCallArgs
				if err = vals[sp-depth].obj.(*List).Extend(t, v); err != nil {
					if in.Arg()&bytecode.ExtendCallArgs != 0 {
						err = starError(t, err, v, funcDesc(vals[sp-depth-1])+" argument after * must be an iterable, not %s")
					} else {
						err = starError(t, err, v, "Value after * must be an iterable, not %s")
					}
					break loop
				}
			case bytecode.SET_UPDATE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				depth := in.Arg() &^ bytecode.SetUpdateConstDisplay
				set := vals[sp-depth].obj.(*Set)
				if in.Arg()&bytecode.SetUpdateConstDisplay != 0 {
					err = set.UpdateFromConstDisplay(t, v.obj.(*Tuple).Items())
				} else {
					err = set.Update(t, v)
				}
				if err != nil {
					break loop
				}
			case bytecode.DICT_UPDATE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				if err = t.dictUpdate(vals[sp-in.Arg()].obj.(*Dict), v, Value{}); err != nil {
					break loop
				}
			case bytecode.DICT_MERGE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				if err = t.dictUpdate(vals[sp-in.Arg()].obj.(*Dict), v, vals[sp-in.Arg()-2]); err != nil {
					break loop
				}
			case bytecode.LIST_TO_TUPLE:
				l := vals[sp-1].obj.(*List)
				vals[sp-1] = NewTuple(l.Items(t))
			case bytecode.FORMAT_VALUE:
				var r Value
				r, err = t.formatValue(f, in.Arg())
				sp = f.sp
				if err != nil {
					break loop
				}
				vals[sp-1] = r
			case bytecode.UNPACK_SEQUENCE:
				err = t.unpackSequence(f, in.Arg())
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.UNPACK_SEQUENCE__STORE_FAST:
				// seq followed by n STORE_FASTs: store the items straight
				// into the locals when seq is a tuple or list of length n;
				// otherwise unpack onto the stack and let the stores run.
				n := in.Arg()
				if t.unpackToLocals(f, n) {
					sp = f.sp
					pc += n
					f.pc = pc
					break
				}
				err = t.unpackSequence(f, n)
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.UNPACK_EX:
				err = t.unpackEx(f, in.Arg()&0xff, in.Arg()>>8)
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.GET_ITER:
				v := vals[sp-1]
				r, e := Iter(t, v)
				if e != nil {
					err = e
					break loop
				}
				if t.spActive { // SPAN: its steps need no undo records
					t.stampNewIter(v, r)
				}
				vals[sp-1] = r
			case bytecode.JUMP:
				if in.Arg() < pc && t.yieldRequested() && !t.spanJumpQuiet() { // THREADS: switch interval, token release at backward jumps
					if err = t.loopBoundary(); err != nil {
						break loop
					}
				}
				pc = in.Arg()
				f.pc = pc
				// The back edge of a for loop: its FOR_ITER runs in this
				// dispatch (the case below).
				if op := instrs[pc].Op(); op != bytecode.FOR_ITER__STORE_FAST && op != bytecode.FOR_ITER {
					break
				}
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.FOR_ITER, bytecode.FOR_ITER__STORE_FAST:
				var v Value
				ok := false
				switch it := vals[sp-1].obj.(type) {
				case *RangeIterator:
					v, ok = it.Next(t)
				case *ListIterator:
					v, ok = it.Next(t)
				case *TupleIterator:
					v, ok = it.Next(t)
				case *Enumerate, *Zip, *DictIterator:
					if z, isZip := it.(*Zip); isZip && t.zipInline(z) {
						// zip over generators: they run as frames of this
						// loop (consume_iter.go).
						nf, zv, st, e := t.inlineZip(f, z)
						switch st {
						case forIterPushed:
							f = nf
							instrs = f.bc.Instrs
							pc = f.pc
							sp = f.sp
							vals = f.vals
							continue
						case forIterStored:
							pc, sp = f.pc, f.sp
							continue
						case forIterFailed:
							err = e
							break loop
						case forIterValue:
							v, ok = zv, true
						}
						break // ok false when exhausted: the jump below
					}
					if e, isEnum := it.(*Enumerate); isEnum {
						// enumerate(generator): the generator runs as a
						// frame of this loop (consume_iter.go).
						if nf := t.inlineEnumerate(e); nf != nil {
							f = nf
							instrs = f.bc.Instrs
							pc = f.pc
							sp = f.sp
							vals = f.vals
							continue
						}
					}
					if in.Op() == bytecode.FOR_ITER {
						r, e := t.forIterPair(f, it.(PairIterator))
						switch r {
						case pairStored:
							pc, sp = f.pc, f.sp
							continue
						case pairFailed:
							err = e
							break loop
						case pairExhausted:
							break // ok is false: the exhaustion jump below
						default: // pairNone: not followed by an unpack of 2
							v, err = Next(t, vals[sp-1])
							if err != nil {
								break loop
							}
							ok = v.IsValid()
						}
						break
					}
					v, err = Next(t, vals[sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				case *Generator:
					// Resume the generator as a frame of this loop.
					if nf := t.inlineGenerator(it); nf != nil {
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
					v, err = Next(t, vals[sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				case *Map, *Filter, *CallableIter:
					// A Python function of map/filter/iter(f, sentinel)
					// runs as a frame of this loop (consume_iter.go).
					var nf *Frame
					var st forIterStatus
					var e error
					switch x := it.(type) {
					case *Map:
						nf, st, e = t.inlineMap(x)
					case *Filter:
						nf, st, e = t.inlineFilter(x)
					default:
						nf, st, e = t.inlineCallIter(x.(*CallableIter))
					}
					switch st {
					case forIterPushed:
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					case forIterFailed:
						err = e
						break loop
					case forIterGeneric:
						v, err = Next(t, vals[sp-1])
						if err != nil {
							break loop
						}
						ok = v.IsValid()
					}
				case *Instance:
					// A Python __next__ runs as a frame of this loop.
					nf, e := t.inlineNext(it, vals[sp-1])
					if e != nil {
						err = e
						break loop
					}
					if nf != nil {
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
					v, err = Next(t, vals[sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				default:
					v, err = Next(t, vals[sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				}
				if !ok {
					sp--
					f.sp = sp
					vals[sp] = Value{}
					pc = in.Arg()
					f.pc = pc
				} else if in.Op() == bytecode.FOR_ITER__STORE_FAST {
					// The STORE_FAST that follows, done here. (Frames run
					// for the next value return to it instead.)
					vals[instrs[pc].Arg()] = v
					pc++
					f.pc = pc
				} else {
					vals[sp] = v
					sp++
					f.sp = sp
				}
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if b == (in.Op() == bytecode.POP_JUMP_IF_TRUE) {
					pc = in.Arg()
					f.pc = pc
				}
			case bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				if v.IsNone() == (in.Op() == bytecode.POP_JUMP_IF_NONE) {
					pc = in.Arg()
					f.pc = pc
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				v := vals[sp-1]
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if b == (in.Op() == bytecode.JUMP_IF_TRUE_OR_POP) {
					pc = in.Arg()
					f.pc = pc
				} else {
					sp--
					f.sp = sp
					vals[sp] = Value{}
				}
			case bytecode.LOAD_CONST__RETURN_VALUE:
				// return CONST (often the implicit return None).
				vals[sp] = f.code.consts[in.Arg()]
				sp++
				f.sp = sp
				in = instrs[pc]
				pc++
				f.pc = pc
				fallthrough
			case bytecode.RETURN_VALUE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				t.popFrame(f)
				if f.entry {
					t.releaseFrame(f)
					return v, nil
				}
				back := f.back
				if f.cont != contPush { // the common return skips the checks
					if (f.cont == contForIter || f.cont == contEnumerate || f.cont == contZip) && f.gen != nil {
						// The end of an inline generator: the loop is done.
						zipEnd := f.cont == contZip
						f.gen.finishInline(t, f)
						// The finished generator dropped its frame: reuse it.
						f.gen = nil
						t.releaseFrame(f)
						f = back
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						if zipEnd { // zip over generators (consume_iter.go)
							t.zipEnded(f)
						}
						f.endForIter()
						pc = f.pc
						sp = f.sp
						break
					}
					if f.cont == contSend && f.gen != nil {
						// The end of a generator resumed by SEND: its value
						// replaces the receiver and the yield from is done.
						f.gen.finishInline(t, f)
						f.gen = nil
						t.releaseFrame(f)
						f = back
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						vals[sp-1] = v
						pc = instrs[pc-1].Arg()
						f.pc = pc
						break
					}
					if f.cont == contCompare && IsNotImplemented(v) {
						// The reflected method and the fallback, from Go.
						op, a, b := bytecode.CompareOp(f.contOp), f.contVal, f.contArg
						t.releaseFrame(f)
						f = back
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						if v, err = t.compareRest(op, a, b); err != nil {
							break loop
						}
						vals[sp] = v
						sp++
						f.sp = sp
						break
					}
					if f.cont == contBinary && IsNotImplemented(v) {
						name := TypeOf(f.contVal).Name
						err = Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", bytecode.BinOp(f.contOp).Symbol(), name, name)
						t.releaseFrame(f)
						f = back
						break loop
					}
					if f.cont == contFilter {
						// filter's function returned (consume_iter.go).
						x := f.contVal
						t.releaseFrame(f)
						f = back
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						keep, e := Truth(t, v)
						if e != nil {
							err = e
							break loop
						}
						if !keep { // run the FOR_ITER again
							pc--
							f.pc = pc
							break
						}
						vals[sp] = x // (FOR_ITER__STORE_FAST: its STORE_FAST runs next)
						sp++
						f.sp = sp
						break
					}
					if f.cont == contCallIter {
						// iter(f, sentinel)'s function returned (consume_iter.go).
						c := f.contVal.obj.(*CallableIter)
						t.releaseFrame(f)
						f = back
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						eq, e := Equal(t, v, c.sentinel)
						if e != nil {
							err = e
							break loop
						}
						if eq {
							c.done = true // (logged when the frame was pushed)
							f.endForIter()
							pc = f.pc
							sp = f.sp
							break
						}
						vals[sp] = v // (FOR_ITER__STORE_FAST: its STORE_FAST runs next)
						sp++
						f.sp = sp
						break
					}
					if f.cont == contInit {
						if !v.IsNone() {
							err = Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeOf(v).Name)
							t.releaseFrame(f)
							f = back
							break loop
						}
						v = f.contVal
					}
				}
				t.releaseFrame(f)
				f = back
				instrs = f.bc.Instrs
				pc = f.pc
				sp = f.sp
				vals = f.vals
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.YIELD_VALUE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				f.yielded = true
				f.yieldKind = in.Arg()
				t.popFrame(f)
				if f.entry {
					return v, nil
				}
				// A generator resumed inline by FOR_ITER or SEND: back to the loop.
				f.gen.suspendInline(t, f)
				cont := f.cont
				f = f.back
				instrs = f.bc.Instrs
				pc = f.pc
				sp = f.sp
				vals = f.vals
				if cont == contEnumerate { // enumerate(generator) (consume_iter.go)
					var push bool
					if v, push = t.enumerateYield(f, v); !push {
						pc, sp = f.pc, f.sp
						break
					}
				} else if cont == contZip { // zip over generators: the row goes on
					t.zipYield(f, v)
					pc--
					f.pc = pc
					break
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.GET_YIELD_FROM_ITER:
				v := vals[sp-1]
				if _, ok := v.obj.(*Generator); !ok {
					r, e := Iter(t, v)
					if e != nil {
						err = e
						break loop
					}
					vals[sp-1] = r
				}
			case bytecode.SEND:
				recv, v := vals[sp-2], vals[sp-1]
				if g, ok := recv.obj.(*Generator); ok {
					// yield from a generator: resume its frame in this
					// loop (contSend) instead of a nested loop per level.
					if nf := t.inlineSend(g, v); nf != nil {
						sp--
						f.sp = sp
						vals[sp] = Value{}
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
				}
				r, done, e := t.send(recv, v)
				if e != nil {
					err = e
					break loop
				}
				if done {
					sp--
					f.sp = sp
					vals[sp] = Value{}
					vals[sp-1] = r
					pc = in.Arg()
					f.pc = pc
				} else {
					vals[sp-1] = r
				}
			case bytecode.RAISE_VARARGS:
				err = t.raise(f, in.Arg())
				sp = f.sp
				if e, ok := err.(*Exception); ok && in.Arg() == 0 && e == t.excInfo {
					reraise = true
				}
				break loop
			case bytecode.RERAISE:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				err = v.obj.(*Exception)
				reraise = true
				break loop
			case bytecode.PUSH_EXC_INFO:
				exc := vals[sp-1]
				prev := None
				if t.excInfo != nil {
					prev = FromObject(t.excInfo)
				}
				vals[sp-1] = prev
				vals[sp] = exc
				sp++
				f.sp = sp
				t.excInfo = exc.obj.(*Exception)
			case bytecode.POP_EXCEPT:
				sp--
				f.sp = sp
				prev := vals[sp]
				vals[sp] = Value{}
				if prev.IsNone() {
					t.excInfo = nil
				} else {
					t.excInfo = prev.obj.(*Exception)
				}
			case bytecode.CHECK_EXC_MATCH:
				var r bool
				r, err = exceptionMatches(t, vals[sp-2], vals[sp-1])
				if err != nil {
					break loop
				}
				vals[sp-1] = Bool(r)
			case bytecode.BEFORE_WITH:
				// A Python __enter__ runs as a frame; its result is pushed
				// when it returns.
				nf, e := t.enterFrame(f)
				if e != nil {
					err = e
					break loop
				}
				if nf != nil {
					f = nf
					instrs = f.bc.Instrs
					pc = f.pc
					sp = f.sp
					vals = f.vals
					continue
				}
				err = t.beforeWith(f)
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.WITH_EXCEPT_START:
				exit := vals[sp-3]
				exc := vals[sp-1].obj.(*Exception)
				var tb Value = None
				if exc.Traceback != nil {
					tb = FromObject(exc.Traceback)
				}
				args := [3]Value{FromObject(exc.Type()), FromObject(exc), tb}
				if m, ok := exit.obj.(*Method); ok {
					// A Python __exit__ runs as a frame; its result is
					// pushed when it returns.
					nf, e := t.methodFrame(m, args[:], nil)
					if e != nil {
						err = e
						break loop
					}
					if nf != nil {
						if e := t.pushFrame(nf); e != nil {
							err = e
							break loop
						}
						f = nf
						instrs = f.bc.Instrs
						pc = f.pc
						sp = f.sp
						vals = f.vals
						continue
					}
				}
				r, e := t.Call(exit, args[:], nil)
				if e != nil {
					err = e
					break loop
				}
				vals[sp] = r
				sp++
				f.sp = sp
			case bytecode.LOAD_ASSERTION_ERROR:
				vals[sp] = FromObject(AssertionErrorType)
				sp++
				f.sp = sp
			case bytecode.LOAD_BUILD_CLASS:
				v, ok := f.builtins.GetStr("__build_class__")
				if !ok {
					err = Errorf(NameErrorType, "__build_class__ not found")
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.IMPORT_NAME:
				var m Value
				m, err = t.importName(f, f.bc.Names[in.Arg()], vals[sp-1], vals[sp-2])
				sp = f.sp
				sp--
				f.sp = sp
				vals[sp] = Value{}
				if err != nil {
					break loop
				}
				vals[sp-1] = m
			case bytecode.IMPORT_FROM:
				var v Value
				v, err = t.importFrom(vals[sp-1], f.bc.Names[in.Arg()])
				if err != nil {
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.IMPORT_STAR:
				sp--
				f.sp = sp
				m := vals[sp]
				vals[sp] = Value{}
				err = t.importStar(f, m)
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.SETUP_ANNOTATIONS:
				if _, ok := f.locals.GetStr("__annotations__"); !ok {
					f.locals.SetStr("__annotations__", FromObject(NewDict()))
				}
			case bytecode.PRINT_EXPR:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				if err = t.printExpr(v); err != nil {
					break loop
				}
			case bytecode.GET_LEN:
				n, e := Len(t, vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[sp] = Int(int64(n))
				sp++
				f.sp = sp
			case bytecode.CHECK_EG_MATCH:
				rest, match, e := t.checkEGMatch(vals[sp-2], vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[sp-2], vals[sp-1] = rest, match
			case bytecode.PREP_RERAISE_STAR:
				r, e := t.prepReraiseStar(vals[sp-2], vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
				vals[sp-1] = r
			case bytecode.GET_AWAITABLE:
				r, e := t.getAwaitable(vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[sp-1] = r
			case bytecode.GET_AITER:
				r, e := t.getAIter(vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[sp-1] = r
			case bytecode.GET_ANEXT:
				r, e := t.getANext(vals[sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[sp] = r
				sp++
				f.sp = sp
			case bytecode.END_ASYNC_FOR:
				exc := vals[sp-1].obj.(*Exception)
				if !exc.Matches(StopAsyncIterationType) {
					sp--
					f.sp = sp
					vals[sp] = Value{}
					err = exc
					reraise = true
					break loop
				}
				sp -= 2
				f.sp = sp
				vals[sp], vals[sp+1] = Value{}, Value{}
			case bytecode.BEFORE_ASYNC_WITH:
				err = t.beforeAsyncWith(f)
				sp = f.sp
				if err != nil {
					break loop
				}
			case bytecode.MATCH_SEQUENCE:
				vals[sp] = Bool(matchSequence(vals[sp-1]))
				sp++
				f.sp = sp
			case bytecode.MATCH_MAPPING:
				vals[sp] = Bool(matchMapping(vals[sp-1]))
				sp++
				f.sp = sp
			case bytecode.MATCH_KEYS:
				var r Value
				if r, err = t.matchKeys(vals[sp-2], vals[sp-1]); err != nil {
					break loop
				}
				vals[sp-1] = r
			case bytecode.MATCH_REST:
				var r Value
				if r, err = t.matchRest(vals[sp-2], vals[sp-1]); err != nil {
					break loop
				}
				sp--
				f.sp = sp
				vals[sp] = Value{}
				vals[sp-1] = r
			case bytecode.MATCH_CLASS:
				var r Value
				if r, err = t.matchClass(vals[sp-3], vals[sp-2], vals[sp-1], in.Arg()); err != nil {
					break loop
				}
				sp -= 2
				f.sp = sp
				clearVals(vals[sp : sp+2])
				vals[sp-1] = r
			// Superinstructions (compiler/bytecode/superinstr.go): the
			// second half's argument is read from the next instruction,
			// and f.pc moves past it before that half can fail, so its
			// errors point at it.
			case bytecode.LOAD_FAST__LOAD_FAST:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
				j := instrs[pc].Arg()
				pc++
				f.pc = pc
				v = vals[j]
				if !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.LOAD_FAST__LOAD_CONST:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[sp] = v
				vals[sp+1] = f.code.consts[instrs[pc].Arg()]
				sp += 2
				f.sp = sp
				pc++
				f.pc = pc
			case bytecode.LOAD_FAST__LOAD_ATTR:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
				name := f.bc.Names[instrs[pc].Arg()]
				pc++
				f.pc = pc
				if v, err = t.loadAttrCached(f, v, name); err != nil {
					break loop
				}
				vals[sp-1] = v
			case bytecode.STORE_FAST__LOAD_FAST:
				vals[in.Arg()] = vals[sp-1]
				j := instrs[pc].Arg()
				pc++
				f.pc = pc
				v := vals[j]
				if !v.IsValid() {
					sp--
					f.sp = sp
					err = f.unboundLocal(j)
					break loop
				}
				vals[sp-1] = v
			case bytecode.STORE_FAST__STORE_FAST:
				vals[in.Arg()] = vals[sp-1]
				vals[instrs[pc].Arg()] = vals[sp-2]
				sp -= 2
				f.sp = sp
				pc++
				f.pc = pc
			case bytecode.LOAD_FAST__BINARY_OP, bytecode.LOAD_CONST__BINARY_OP:
				var b Value
				if in.Op() == bytecode.LOAD_CONST__BINARY_OP {
					b = f.code.consts[in.Arg()]
				} else if b = vals[in.Arg()]; !b.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				if a := vals[sp-1]; a.IsFloat() && b.IsFloat() {
					if r, ok := quickFloat(bytecode.BinOp(instrs[pc].Arg()).Base(), a.AsFloat(), b.AsFloat()); ok {
						vals[sp-1] = Float(r)
						pc++
						f.pc = pc
						break
					}
				}
				if r, ok := fastBinary(bytecode.BinOp(instrs[pc].Arg()).Base(), vals[sp-1], b); ok {
					vals[sp-1] = r
					pc++
					f.pc = pc
					break
				}
				// Not two numbers: push b and let the BINARY_OP run.
				vals[sp] = b
				sp++
				f.sp = sp
			case bytecode.LOAD_ATTR__LOAD_FAST:
				var v Value
				if v, err = t.loadAttrCached(f, vals[sp-1], f.bc.Names[in.Arg()]); err != nil {
					break loop
				}
				vals[sp-1] = v
				j := instrs[pc].Arg()
				pc++
				f.pc = pc
				if v = vals[j]; !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			case bytecode.POP_JUMP_IF_FALSE__LOAD_FAST:
				sp--
				f.sp = sp
				v := vals[sp]
				vals[sp] = Value{}
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if !b {
					pc = in.Arg()
					f.pc = pc
					break
				}
				j := instrs[pc].Arg()
				pc++
				f.pc = pc
				if v = vals[j]; !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[sp] = v
				sp++
				f.sp = sp
			default:
				err = Errorf(SystemErrorType, "unknown opcode %d", in.Op())
				break loop
			}
		}
	}
}

// clearVals drops the references in vs. Short runs (the few stack slots
// an instruction pops) are cleared by plain stores: the range loop below
// compiles to memclrHasPointers, which while the GC marks takes a bulk
// write barrier call for every clear.
func clearVals(vs []Value) {
	if len(vs) <= 8 {
		for i := 0; i < len(vs); i++ {
			vs[i].obj = nil
			vs[i].num = 0
		}
		return
	}
	for i := range vs {
		vs[i] = Value{}
	}
}

// truth is Truth with the common cases inline.
func truth(t *Thread, v Value) (bool, error) {
	switch {
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt() != 0, nil
	case v.IsNone():
		return false, nil
	}
	return Truth(t, v)
}

func nameError(name string) *Exception {
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	e.SetField("name", NewStr(name))
	return e
}

func (f *Frame) derefName(i int) string {
	if i < len(f.bc.CellVars) {
		return f.bc.CellVars[i]
	}
	return f.bc.FreeVars[i-len(f.bc.CellVars)]
}

func (f *Frame) unboundDeref(i int) error {
	name := f.derefName(i)
	if i < len(f.bc.CellVars) {
		return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}
