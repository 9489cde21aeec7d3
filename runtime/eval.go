package runtime

// This file defines the interpreter loop: run executes frames until the
// frame it was entered with returns or suspends. Python-to-Python calls
// push a frame and continue in the same loop; errors unwind through the
// exception table (eval_unwind.go).

import (
	"math"

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
		vals := f.vals
	loop:
		for {
			in := instrs[f.pc]
			f.pc++
			switch in.Op() {
			case bytecode.NOP:
			case bytecode.POP_TOP:
				f.sp--
				vals[f.sp] = Value{}
			case bytecode.PUSH_NULL:
				vals[f.sp] = Value{}
				f.sp++
			case bytecode.COPY:
				vals[f.sp] = vals[f.sp-in.Arg()]
				f.sp++
			case bytecode.SWAP:
				i := f.sp - in.Arg()
				vals[i], vals[f.sp-1] = vals[f.sp-1], vals[i]
			case bytecode.LOAD_CONST:
				vals[f.sp] = f.code.consts[in.Arg()]
				f.sp++
			case bytecode.LOAD_FAST:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.bc.VarNames[in.Arg()])
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.STORE_FAST:
				// The popped slot is left as is: the local now holds the
				// same reference, and releaseFrame clears the whole frame.
				// Not clearing saves a write (and its barrier) per store.
				f.sp--
				vals[in.Arg()] = vals[f.sp]
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
				vals[f.sp] = v
				f.sp++
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
				vals[f.sp] = v
				f.sp++
			case bytecode.STORE_DEREF:
				f.sp--
				f.cells[in.Arg()].Set(t, vals[f.sp])
				vals[f.sp] = Value{}
			case bytecode.DELETE_DEREF:
				c := f.cells[in.Arg()]
				if !c.Get(t).IsValid() {
					err = f.unboundDeref(in.Arg())
					break loop
				}
				c.Set(t, Value{})
			case bytecode.LOAD_CLOSURE:
				vals[f.sp] = FromObject(f.cells[in.Arg()])
				f.sp++
			case bytecode.PUSH_NULL__LOAD_GLOBAL:
				// Superinstructions that end in the case below: the first
				// half here, then the second instruction becomes in.
				vals[f.sp] = Value{}
				f.sp++
				in = instrs[f.pc]
				f.pc++
				fallthrough
			case bytecode.LOAD_GLOBAL:
				var v Value
				v, err = t.loadGlobal(f, in.Arg())
				if err != nil {
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.STORE_GLOBAL:
				f.sp--
				f.globals.SetStrT(t, f.bc.Names[in.Arg()], vals[f.sp])
				vals[f.sp] = Value{}
			case bytecode.DELETE_GLOBAL:
				name := f.bc.Names[in.Arg()]
				if !f.globals.DelStrT(t, name) {
					err = nameError(name)
					break loop
				}
			case bytecode.LOAD_NAME:
				name := f.bc.Names[in.Arg()]
				var v Value
				var ok bool
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
				vals[f.sp] = v
				f.sp++
			case bytecode.STORE_NAME:
				f.sp--
				if f.locals.typ != nil {
					// A dict subclass from a metaclass's __prepare__ (enum's):
					// its __setitem__ sees each assignment of the class body.
					err = SetItem(t, FromObject(f.locals), NewStr(f.bc.Names[in.Arg()]), vals[f.sp])
					vals[f.sp] = Value{}
					if err != nil {
						break loop
					}
					break
				}
				f.locals.SetStrT(t, f.bc.Names[in.Arg()], vals[f.sp])
				vals[f.sp] = Value{}
			case bytecode.DELETE_NAME:
				name := f.bc.Names[in.Arg()]
				if !f.locals.DelStrT(t, name) {
					err = nameError(name)
					break loop
				}
			case bytecode.LOAD_ATTR:
				var v Value
				v, err = t.loadAttrCached(f, vals[f.sp-1], f.bc.Names[in.Arg()])
				if err != nil {
					break loop
				}
				vals[f.sp-1] = v
			case bytecode.STORE_ATTR:
				err = t.storeAttrCached(f, vals[f.sp-1], f.bc.Names[in.Arg()], vals[f.sp-2])
				f.sp -= 2
				vals[f.sp], vals[f.sp+1] = Value{}, Value{}
				if err != nil {
					break loop
				}
			case bytecode.DELETE_ATTR:
				f.sp--
				err = DelAttr(t, vals[f.sp], f.bc.Names[in.Arg()])
				vals[f.sp] = Value{}
				if err != nil {
					break loop
				}
			case bytecode.LOAD_FAST__LOAD_METHOD:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[f.sp] = v
				f.sp++
				in = instrs[f.pc]
				f.pc++
				fallthrough
			case bytecode.LOAD_METHOD:
				obj := vals[f.sp-1]
				fn, unbound, e := t.loadMethodCached(f, obj, f.bc.Names[in.Arg()])
				if e != nil {
					err = e
					break loop
				}
				if unbound {
					vals[f.sp-1] = fn
					vals[f.sp] = obj
				} else {
					vals[f.sp-1] = Value{}
					vals[f.sp] = fn
				}
				f.sp++
			case bytecode.KW_NAMES:
				f.kwnames = f.code.kwnames[in.Arg()]
			case bytecode.CALL:
				argc := in.Arg()
				base := f.sp - argc - 2
				kw := f.kwnames
				f.kwnames = nil
				callable := vals[base]
				var args []Value
				if callable.IsValid() {
					args = vals[base+1 : f.sp]
				} else {
					callable = vals[base+1]
					if m, ok := callable.obj.(*Method); ok {
						// Unpack a bound method in place: no allocation.
						vals[base], vals[base+1] = m.Func, m.Self
						callable = m.Func
						args = vals[base+1 : f.sp]
					} else {
						args = vals[base+2 : f.sp]
					}
				}
				if typ, ok := callable.obj.(*Type); ok && !vals[base].IsValid() {
					// A class whose __init__ is a Python function: make the
					// instance here and run __init__ as a frame of this loop.
					if init, inst := t.fastClassCall(f, typ); init != nil {
						vals[base], vals[base+1] = FromObject(init), FromObject(inst)
						nf, e := t.frameForCall(init, vals[base+1:f.sp], kw)
						if e != nil {
							err = e
							break loop
						}
						nf.cont, nf.contVal = contInit, FromObject(inst)
						// The argument slots are not cleared (a write barrier each): later
						// pushes overwrite them and releaseFrame clears the whole frame.
						f.sp = base
						if e := t.pushFrame(nf); e != nil {
							err = e
							break loop
						}
						f = nf
						instrs = f.bc.Instrs
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
					f.sp = base
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					f = nf
					instrs = f.bc.Instrs
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
						f.sp = base
						if e := t.pushFrame(nf); e != nil {
							err = e
							break loop
						}
						f = nf
						instrs = f.bc.Instrs
						vals = f.vals
						continue
					}
				}
				r, e := t.callValue(callable, args, kw)
				if e != nil && isParkStatus(e) { // THREADS: blocking wait: park, then run this CALL again
					f.kwnames = kw
					f.pc--
					if e = t.park(e); e == nil {
						continue
					}
				}
				// The argument slots are not cleared (a write barrier each): later
				// pushes overwrite them and releaseFrame clears the whole frame.
				f.sp = base
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp] = r
				f.sp++
			case bytecode.CALL_FUNCTION_EX:
				var kwargs Value
				if in.Arg()&1 != 0 {
					f.sp--
					kwargs = vals[f.sp]
					vals[f.sp] = Value{}
				}
				f.sp--
				argv := vals[f.sp]
				fn := vals[f.sp-1]
				vals[f.sp] = Value{}
				args, kw, e := t.exArgs(argv, kwargs)
				if e != nil {
					err = e
					break loop
				}
				if pf, ok := fn.obj.(*Function); ok && pf.code.bc.Flags&genFlags == 0 {
					nf, e := t.frameForCall(pf, args, kw)
					if e != nil {
						err = e
						break loop
					}
					f.sp--
					vals[f.sp] = Value{}
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					f = nf
					instrs = f.bc.Instrs
					vals = f.vals
					continue
				}
				var r Value
				r, err = t.Call(fn, args, kw) // THREADS: Call parks a blocking wait
				if err != nil {
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.MAKE_FUNCTION:
				err = t.makeFunction(f, in.Arg())
				if err != nil {
					break loop
				}
			case bytecode.BINARY_OP__STORE_FAST:
				if r, ok := fastBinary(bytecode.BinOp(in.Arg()).Base(), vals[f.sp-2], vals[f.sp-1]); ok {
					// Two numbers (no pointers to clear) to a local.
					f.sp -= 2
					vals[instrs[f.pc].Arg()] = r
					f.pc++
					break
				}
				fallthrough // the BINARY_OP alone; the STORE_FAST runs next
			case bytecode.BINARY_OP:
				a, b := vals[f.sp-2], vals[f.sp-1]
				op := bytecode.BinOp(in.Arg())
				if r, ok := fastBinary(op.Base(), a, b); ok {
					vals[f.sp-2] = r
				} else if fn := t.binaryDunder(f, op, a, b); fn != nil {
					// A Python operator method: run it as a frame.
					nf, e := t.frameForCall(fn, vals[f.sp-2:f.sp], nil)
					if e != nil {
						err = e
						break loop
					}
					f.sp -= 2
					vals[f.sp], vals[f.sp+1] = Value{}, Value{}
					if e := t.pushFrame(nf); e != nil {
						err = e
						break loop
					}
					nf.cont, nf.contVal, nf.contOp = contBinary, a, uint8(op)
					f = nf
					instrs = f.bc.Instrs
					vals = f.vals
					continue
				} else {
					r, e := BinaryOp(t, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					vals[f.sp-2] = r
				}
				f.sp--
				vals[f.sp] = Value{}
			case bytecode.COMPARE_OP:
				a, b := vals[f.sp-2], vals[f.sp-1]
				op := bytecode.CompareOp(in.Arg())
				if r, ok := fastCompare(op, a, b); ok {
					vals[f.sp-2] = Bool(r)
				} else if fn := t.compareDunder(f, op, a, b); fn != nil {
					// A Python comparison method: run it as a frame.
					nf, e := t.compareFrame(fn, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					f.sp -= 2
					vals[f.sp], vals[f.sp+1] = Value{}, Value{}
					f = nf
					instrs = f.bc.Instrs
					vals = f.vals
					continue
				} else {
					r, e := Compare(t, op, a, b)
					if e != nil {
						err = e
						break loop
					}
					vals[f.sp-2] = r
				}
				f.sp--
				vals[f.sp] = Value{}
			case bytecode.IS_OP:
				r := vals[f.sp-2].Is(vals[f.sp-1])
				f.sp--
				vals[f.sp] = Value{}
				vals[f.sp-1] = Bool(r != (in.Arg() == 1))
			case bytecode.CONTAINS_OP:
				r, e := Contains(t, vals[f.sp-1], vals[f.sp-2])
				if e != nil {
					err = e
					break loop
				}
				f.sp--
				vals[f.sp] = Value{}
				vals[f.sp-1] = Bool(r != (in.Arg() == 1))
			case bytecode.UNARY_OP:
				v := vals[f.sp-1]
				op := bytecode.UnaryOp(in.Arg())
				if op == bytecode.OpNot {
					b, e := truth(t, v)
					if e != nil {
						err = e
						break loop
					}
					vals[f.sp-1] = Bool(!b)
					break
				}
				if op == bytecode.OpNeg && v.IsInt() && v.AsInt() != math.MinInt64 {
					vals[f.sp-1] = Int(-v.AsInt())
					break
				}
				r, e := UnaryOp(t, op, v)
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.LOAD_FAST__BINARY_SUBSCR:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[f.sp] = v
				f.sp++
				in = instrs[f.pc]
				f.pc++
				fallthrough
			case bytecode.BINARY_SUBSCR:
				r, e := t.subscr(vals[f.sp-2], vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				f.sp--
				vals[f.sp] = Value{}
				vals[f.sp-1] = r
			case bytecode.STORE_SUBSCR:
				c, k, v := vals[f.sp-2], vals[f.sp-1], vals[f.sp-3]
				if l, ok := c.obj.(*List); ok && k.IsInt() && l.Type() == ListType {
					i := k.AsInt()
					t.touch(&l.Header)
					n := int64(l.Len())
					if i < 0 {
						i += n
					}
					if i >= 0 && i < n {
						l.Set(t, int(i), v)
						f.sp -= 3
						clearVals(vals[f.sp : f.sp+3])
						break
					}
				}
				err = SetItem(t, c, k, v)
				f.sp -= 3
				clearVals(vals[f.sp : f.sp+3])
				if err != nil {
					break loop
				}
			case bytecode.DELETE_SUBSCR:
				err = DelItem(t, vals[f.sp-2], vals[f.sp-1])
				f.sp -= 2
				clearVals(vals[f.sp : f.sp+2])
				if err != nil {
					break loop
				}
			case bytecode.BUILD_SLICE:
				n := in.Arg()
				step := None
				if n == 3 {
					step = vals[f.sp-1]
				}
				if f.pc < len(instrs) && n == 2 && instrs[f.pc].Op() == bytecode.STORE_SUBSCR &&
					fastListSetSlice(t, vals[f.sp-3], vals[f.sp-2], vals[f.sp-1], vals[f.sp-4]) {
					// lst[a:b] = other_list: assigned here, no slice object.
					f.sp -= 4
					clearVals(vals[f.sp : f.sp+4])
					f.pc++
					break
				}
				if f.pc < len(instrs) && instrs[f.pc].Op() == bytecode.BINARY_SUBSCR {
					// lst[a:b:c] on an exact list with None/int bounds: slice
					// it here, without allocating the slice object.
					if r, ok := fastListSlice(t, vals[f.sp-n-1], vals[f.sp-n], vals[f.sp-n+1], step); ok {
						f.sp -= n
						clearVals(vals[f.sp : f.sp+n])
						vals[f.sp-1] = r
						f.pc++
						break
					}
				}
				s := NewSlice(vals[f.sp-n], vals[f.sp-n+1], step)
				f.sp -= n
				clearVals(vals[f.sp : f.sp+n])
				vals[f.sp] = s
				f.sp++
			case bytecode.BUILD_TUPLE:
				n := in.Arg()
				tu := newTupleCopy(vals[f.sp-n : f.sp])
				f.sp -= n
				clearVals(vals[f.sp : f.sp+n])
				vals[f.sp] = tu
				f.sp++
			case bytecode.BUILD_LIST:
				n := in.Arg()
				items := make([]Value, n)
				copy(items, vals[f.sp-n:f.sp])
				f.sp -= n
				clearVals(vals[f.sp : f.sp+n])
				vals[f.sp] = FromObject(NewList(items))
				f.sp++
			case bytecode.BUILD_SET:
				n := in.Arg()
				s := NewSet()
				for _, x := range vals[f.sp-n : f.sp] {
					if err = s.Add(t, x); err != nil {
						break
					}
				}
				f.sp -= n
				clearVals(vals[f.sp : f.sp+n])
				if err != nil {
					break loop
				}
				vals[f.sp] = FromObject(s)
				f.sp++
			case bytecode.BUILD_MAP:
				n := in.Arg()
				d := NewDict()
				for i := f.sp - 2*n; i < f.sp; i += 2 {
					if err = d.SetItem(t, vals[i], vals[i+1]); err != nil {
						break
					}
				}
				f.sp -= 2 * n
				clearVals(vals[f.sp : f.sp+2*n])
				if err != nil {
					break loop
				}
				vals[f.sp] = FromObject(d)
				f.sp++
			case bytecode.BUILD_STRING:
				n := in.Arg()
				size := 0
				for _, x := range vals[f.sp-n : f.sp] {
					s, _ := AsString(x)
					size += len(s)
				}
				buf := make([]byte, 0, size)
				for _, x := range vals[f.sp-n : f.sp] {
					s, _ := AsString(x)
					buf = append(buf, s...)
				}
				f.sp -= n
				clearVals(vals[f.sp : f.sp+n])
				vals[f.sp] = NewStr(string(buf))
				f.sp++
			case bytecode.LIST_APPEND:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				vals[f.sp-in.Arg()].obj.(*List).Append(t, v)
			case bytecode.SET_ADD:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				if err = vals[f.sp-in.Arg()].obj.(*Set).Add(t, v); err != nil {
					break loop
				}
			case bytecode.MAP_ADD:
				f.sp -= 2
				k, v := vals[f.sp], vals[f.sp+1]
				vals[f.sp], vals[f.sp+1] = Value{}, Value{}
				if err = vals[f.sp-in.Arg()].obj.(*Dict).SetItem(t, k, v); err != nil {
					break loop
				}
			case bytecode.LIST_EXTEND:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				depth := in.Arg() &^ bytecode.ExtendCallArgs
				if err = vals[f.sp-depth].obj.(*List).Extend(t, v); err != nil {
					if in.Arg()&bytecode.ExtendCallArgs != 0 {
						err = starError(t, err, v, funcDesc(vals[f.sp-depth-1])+" argument after * must be an iterable, not %s")
					} else {
						err = starError(t, err, v, "Value after * must be an iterable, not %s")
					}
					break loop
				}
			case bytecode.SET_UPDATE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				depth := in.Arg() &^ bytecode.SetUpdateConstDisplay
				set := vals[f.sp-depth].obj.(*Set)
				if in.Arg()&bytecode.SetUpdateConstDisplay != 0 {
					err = set.UpdateFromConstDisplay(t, v.obj.(*Tuple).Items())
				} else {
					err = set.Update(t, v)
				}
				if err != nil {
					break loop
				}
			case bytecode.DICT_UPDATE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				if err = t.dictUpdate(vals[f.sp-in.Arg()].obj.(*Dict), v, Value{}); err != nil {
					break loop
				}
			case bytecode.DICT_MERGE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				if err = t.dictUpdate(vals[f.sp-in.Arg()].obj.(*Dict), v, vals[f.sp-in.Arg()-2]); err != nil {
					break loop
				}
			case bytecode.LIST_TO_TUPLE:
				l := vals[f.sp-1].obj.(*List)
				vals[f.sp-1] = NewTuple(l.Items(t))
			case bytecode.FORMAT_VALUE:
				var r Value
				r, err = t.formatValue(f, in.Arg())
				if err != nil {
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.UNPACK_SEQUENCE:
				err = t.unpackSequence(f, in.Arg())
				if err != nil {
					break loop
				}
			case bytecode.UNPACK_SEQUENCE__STORE_FAST:
				// seq followed by n STORE_FASTs: store the items straight
				// into the locals when seq is a tuple or list of length n;
				// otherwise unpack onto the stack and let the stores run.
				n := in.Arg()
				if t.unpackToLocals(f, n) {
					f.pc += n
					break
				}
				if err = t.unpackSequence(f, n); err != nil {
					break loop
				}
			case bytecode.UNPACK_EX:
				err = t.unpackEx(f, in.Arg()&0xff, in.Arg()>>8)
				if err != nil {
					break loop
				}
			case bytecode.GET_ITER:
				v := vals[f.sp-1]
				r, e := Iter(t, v)
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.FOR_ITER, bytecode.FOR_ITER__STORE_FAST:
				var v Value
				ok := false
				switch it := vals[f.sp-1].obj.(type) {
				case *RangeIterator:
					v, ok = it.Next(t)
				case *ListIterator:
					v, ok = it.Next(t)
				case *TupleIterator:
					v, ok = it.Next(t)
				case *Generator:
					// Resume the generator as a frame of this loop.
					if nf := t.inlineGenerator(it); nf != nil {
						f = nf
						instrs = f.bc.Instrs
						vals = f.vals
						continue
					}
					v, err = Next(t, vals[f.sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				case *Instance:
					// A Python __next__ runs as a frame of this loop.
					nf, e := t.inlineNext(it, vals[f.sp-1])
					if e != nil {
						err = e
						break loop
					}
					if nf != nil {
						f = nf
						instrs = f.bc.Instrs
						vals = f.vals
						continue
					}
					v, err = Next(t, vals[f.sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				default:
					v, err = Next(t, vals[f.sp-1])
					if err != nil {
						break loop
					}
					ok = v.IsValid()
				}
				if !ok {
					f.sp--
					vals[f.sp] = Value{}
					f.pc = in.Arg()
				} else if in.Op() == bytecode.FOR_ITER__STORE_FAST {
					// The STORE_FAST that follows, done here. (Frames run
					// for the next value return to it instead.)
					vals[instrs[f.pc].Arg()] = v
					f.pc++
				} else {
					vals[f.sp] = v
					f.sp++
				}
			case bytecode.JUMP:
				if in.Arg() < f.pc && t.yieldRequested() { // THREADS: switch interval, token release at backward jumps
					if err = t.loopBoundary(); err != nil {
						break loop
					}
				}
				f.pc = in.Arg()
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if b == (in.Op() == bytecode.POP_JUMP_IF_TRUE) {
					f.pc = in.Arg()
				}
			case bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				if v.IsNone() == (in.Op() == bytecode.POP_JUMP_IF_NONE) {
					f.pc = in.Arg()
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				v := vals[f.sp-1]
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if b == (in.Op() == bytecode.JUMP_IF_TRUE_OR_POP) {
					f.pc = in.Arg()
				} else {
					f.sp--
					vals[f.sp] = Value{}
				}
			case bytecode.RETURN_VALUE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				t.popFrame(f)
				if f.entry {
					t.releaseFrame(f)
					return v, nil
				}
				back := f.back
				if f.cont == contForIter && f.gen != nil {
					// The end of an inline generator: the loop is done.
					f.gen.finishInline(t, f)
					// The finished generator dropped its frame: reuse it.
					f.gen = nil
					t.releaseFrame(f)
					f = back
					instrs = f.bc.Instrs
					vals = f.vals
					f.endForIter()
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
					vals = f.vals
					vals[f.sp-1] = v
					f.pc = instrs[f.pc-1].Arg()
					break
				}
				if f.cont == contCompare && IsNotImplemented(v) {
					// The reflected method and the fallback, from Go.
					op, a, b := bytecode.CompareOp(f.contOp), f.contVal, f.contArg
					t.releaseFrame(f)
					f = back
					instrs = f.bc.Instrs
					vals = f.vals
					if v, err = t.compareRest(op, a, b); err != nil {
						break loop
					}
					vals[f.sp] = v
					f.sp++
					break
				}
				if f.cont == contBinary && IsNotImplemented(v) {
					name := TypeOf(f.contVal).Name
					err = Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", bytecode.BinOp(f.contOp).Symbol(), name, name)
					t.releaseFrame(f)
					f = back
					break loop
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
				t.releaseFrame(f)
				f = back
				instrs = f.bc.Instrs
				vals = f.vals
				vals[f.sp] = v
				f.sp++
			case bytecode.YIELD_VALUE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				f.yielded = true
				f.yieldKind = in.Arg()
				t.popFrame(f)
				if f.entry {
					return v, nil
				}
				// A generator resumed inline by FOR_ITER or SEND: back to the loop.
				f.gen.suspendInline(t, f)
				f = f.back
				instrs = f.bc.Instrs
				vals = f.vals
				vals[f.sp] = v
				f.sp++
			case bytecode.GET_YIELD_FROM_ITER:
				v := vals[f.sp-1]
				if _, ok := v.obj.(*Generator); !ok {
					r, e := Iter(t, v)
					if e != nil {
						err = e
						break loop
					}
					vals[f.sp-1] = r
				}
			case bytecode.SEND:
				recv, v := vals[f.sp-2], vals[f.sp-1]
				if g, ok := recv.obj.(*Generator); ok {
					// yield from a generator: resume its frame in this
					// loop (contSend) instead of a nested loop per level.
					if nf := t.inlineSend(g, v); nf != nil {
						f.sp--
						vals[f.sp] = Value{}
						f = nf
						instrs = f.bc.Instrs
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
					f.sp--
					vals[f.sp] = Value{}
					vals[f.sp-1] = r
					f.pc = in.Arg()
				} else {
					vals[f.sp-1] = r
				}
			case bytecode.RAISE_VARARGS:
				err = t.raise(f, in.Arg())
				if e, ok := err.(*Exception); ok && in.Arg() == 0 && e == t.excInfo {
					reraise = true
				}
				break loop
			case bytecode.RERAISE:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				err = v.obj.(*Exception)
				reraise = true
				break loop
			case bytecode.PUSH_EXC_INFO:
				exc := vals[f.sp-1]
				prev := None
				if t.excInfo != nil {
					prev = FromObject(t.excInfo)
				}
				vals[f.sp-1] = prev
				vals[f.sp] = exc
				f.sp++
				t.excInfo = exc.obj.(*Exception)
			case bytecode.POP_EXCEPT:
				f.sp--
				prev := vals[f.sp]
				vals[f.sp] = Value{}
				if prev.IsNone() {
					t.excInfo = nil
				} else {
					t.excInfo = prev.obj.(*Exception)
				}
			case bytecode.CHECK_EXC_MATCH:
				var r bool
				r, err = exceptionMatches(t, vals[f.sp-2], vals[f.sp-1])
				if err != nil {
					break loop
				}
				vals[f.sp-1] = Bool(r)
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
					vals = f.vals
					continue
				}
				err = t.beforeWith(f)
				if err != nil {
					break loop
				}
			case bytecode.WITH_EXCEPT_START:
				exit := vals[f.sp-3]
				exc := vals[f.sp-1].obj.(*Exception)
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
						vals = f.vals
						continue
					}
				}
				r, e := t.Call(exit, args[:], nil)
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp] = r
				f.sp++
			case bytecode.LOAD_ASSERTION_ERROR:
				vals[f.sp] = FromObject(AssertionErrorType)
				f.sp++
			case bytecode.LOAD_BUILD_CLASS:
				v, ok := f.builtins.GetStr("__build_class__")
				if !ok {
					err = Errorf(NameErrorType, "__build_class__ not found")
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.IMPORT_NAME:
				var m Value
				m, err = t.importName(f, f.bc.Names[in.Arg()], vals[f.sp-1], vals[f.sp-2])
				f.sp--
				vals[f.sp] = Value{}
				if err != nil {
					break loop
				}
				vals[f.sp-1] = m
			case bytecode.IMPORT_FROM:
				var v Value
				v, err = t.importFrom(vals[f.sp-1], f.bc.Names[in.Arg()])
				if err != nil {
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.IMPORT_STAR:
				f.sp--
				m := vals[f.sp]
				vals[f.sp] = Value{}
				if err = t.importStar(f, m); err != nil {
					break loop
				}
			case bytecode.SETUP_ANNOTATIONS:
				if _, ok := f.locals.GetStr("__annotations__"); !ok {
					f.locals.SetStr("__annotations__", FromObject(NewDict()))
				}
			case bytecode.PRINT_EXPR:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				if err = t.printExpr(v); err != nil {
					break loop
				}
			case bytecode.GET_LEN:
				n, e := Len(t, vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp] = Int(int64(n))
				f.sp++
			case bytecode.CHECK_EG_MATCH:
				rest, match, e := t.checkEGMatch(vals[f.sp-2], vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-2], vals[f.sp-1] = rest, match
			case bytecode.PREP_RERAISE_STAR:
				r, e := t.prepReraiseStar(vals[f.sp-2], vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				f.sp--
				vals[f.sp] = Value{}
				vals[f.sp-1] = r
			case bytecode.GET_AWAITABLE:
				r, e := t.getAwaitable(vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.GET_AITER:
				r, e := t.getAIter(vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.GET_ANEXT:
				r, e := t.getANext(vals[f.sp-1])
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp] = r
				f.sp++
			case bytecode.END_ASYNC_FOR:
				exc := vals[f.sp-1].obj.(*Exception)
				if !exc.Matches(StopAsyncIterationType) {
					f.sp--
					vals[f.sp] = Value{}
					err = exc
					reraise = true
					break loop
				}
				f.sp -= 2
				vals[f.sp], vals[f.sp+1] = Value{}, Value{}
			case bytecode.BEFORE_ASYNC_WITH:
				if err = t.beforeAsyncWith(f); err != nil {
					break loop
				}
			case bytecode.MATCH_SEQUENCE:
				vals[f.sp] = Bool(matchSequence(vals[f.sp-1]))
				f.sp++
			case bytecode.MATCH_MAPPING:
				vals[f.sp] = Bool(matchMapping(vals[f.sp-1]))
				f.sp++
			case bytecode.MATCH_KEYS:
				var r Value
				if r, err = t.matchKeys(vals[f.sp-2], vals[f.sp-1]); err != nil {
					break loop
				}
				vals[f.sp-1] = r
			case bytecode.MATCH_REST:
				var r Value
				if r, err = t.matchRest(vals[f.sp-2], vals[f.sp-1]); err != nil {
					break loop
				}
				f.sp--
				vals[f.sp] = Value{}
				vals[f.sp-1] = r
			case bytecode.MATCH_CLASS:
				var r Value
				if r, err = t.matchClass(vals[f.sp-3], vals[f.sp-2], vals[f.sp-1], in.Arg()); err != nil {
					break loop
				}
				f.sp -= 2
				clearVals(vals[f.sp : f.sp+2])
				vals[f.sp-1] = r
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
				vals[f.sp] = v
				f.sp++
				j := instrs[f.pc].Arg()
				f.pc++
				v = vals[j]
				if !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.LOAD_FAST__LOAD_CONST:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[f.sp] = v
				vals[f.sp+1] = f.code.consts[instrs[f.pc].Arg()]
				f.sp += 2
				f.pc++
			case bytecode.LOAD_FAST__LOAD_ATTR:
				v := vals[in.Arg()]
				if !v.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				vals[f.sp] = v
				f.sp++
				name := f.bc.Names[instrs[f.pc].Arg()]
				f.pc++
				if v, err = t.loadAttrCached(f, v, name); err != nil {
					break loop
				}
				vals[f.sp-1] = v
			case bytecode.STORE_FAST__LOAD_FAST:
				vals[in.Arg()] = vals[f.sp-1]
				j := instrs[f.pc].Arg()
				f.pc++
				v := vals[j]
				if !v.IsValid() {
					f.sp--
					err = f.unboundLocal(j)
					break loop
				}
				vals[f.sp-1] = v
			case bytecode.STORE_FAST__STORE_FAST:
				vals[in.Arg()] = vals[f.sp-1]
				vals[instrs[f.pc].Arg()] = vals[f.sp-2]
				f.sp -= 2
				f.pc++
			case bytecode.LOAD_FAST__BINARY_OP, bytecode.LOAD_CONST__BINARY_OP:
				var b Value
				if in.Op() == bytecode.LOAD_CONST__BINARY_OP {
					b = f.code.consts[in.Arg()]
				} else if b = vals[in.Arg()]; !b.IsValid() {
					err = f.unboundLocal(in.Arg())
					break loop
				}
				if r, ok := fastBinary(bytecode.BinOp(instrs[f.pc].Arg()).Base(), vals[f.sp-1], b); ok {
					vals[f.sp-1] = r
					f.pc++
					break
				}
				// Not two numbers: push b and let the BINARY_OP run.
				vals[f.sp] = b
				f.sp++
			case bytecode.COMPARE_OP__POP_JUMP_IF_FALSE:
				a, b := vals[f.sp-2], vals[f.sp-1]
				op := bytecode.CompareOp(in.Arg())
				if r, ok := fastCompare(op, a, b); ok {
					// Two unboxed numbers: their slots hold no pointer
					// worth clearing.
					f.sp -= 2
					if r {
						f.pc++
					} else {
						f.pc = instrs[f.pc].Arg()
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
					f.sp -= 2
					vals[f.sp], vals[f.sp+1] = Value{}, Value{}
					f = nf
					instrs = f.bc.Instrs
					vals = f.vals
					continue
				}
				r, e := Compare(t, op, a, b)
				if e != nil {
					err = e
					break loop
				}
				vals[f.sp-2] = r
				f.sp--
				vals[f.sp] = Value{}
			case bytecode.LOAD_ATTR__LOAD_FAST:
				var v Value
				if v, err = t.loadAttrCached(f, vals[f.sp-1], f.bc.Names[in.Arg()]); err != nil {
					break loop
				}
				vals[f.sp-1] = v
				j := instrs[f.pc].Arg()
				f.pc++
				if v = vals[j]; !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[f.sp] = v
				f.sp++
			case bytecode.POP_JUMP_IF_FALSE__LOAD_FAST:
				f.sp--
				v := vals[f.sp]
				vals[f.sp] = Value{}
				var b bool
				if v.IsBool() {
					b = v.AsBool()
				} else if b, err = truth(t, v); err != nil {
					break loop
				}
				if !b {
					f.pc = in.Arg()
					break
				}
				j := instrs[f.pc].Arg()
				f.pc++
				if v = vals[j]; !v.IsValid() {
					err = f.unboundLocal(j)
					break loop
				}
				vals[f.sp] = v
				f.sp++
			default:
				err = Errorf(SystemErrorType, "unknown opcode %d", in.Op())
				break loop
			}
		}
	}
}

func clearVals(vs []Value) {
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

// loadGlobal looks a global up in the frame's globals, then builtins. The
// answer is cached beside the instruction, keyed by the dicts' key
// versions: for a global, the entry's position in the globals dict (its
// value is read from there, so rebinding the global needs no invalidation);
// for a builtin, the value itself (adding a global of that name, or changing
// builtins' keys, invalidates it).
func (t *Thread) loadGlobal(f *Frame, i int) (Value, error) {
	if f.globals.IsShared() || f.builtins.IsShared() {
		return t.loadGlobalShared(f, i) // PAR-OBJ: lock-free for shared namespaces (eval_cache.go)
	}
	g := f.globals
	slot := &f.code.globalCache[f.pc-1]
	e := slot.Load()
	if e != nil && e.globals == g && e.gver == g.version {
		if e.gix >= 0 {
			if e.gix < len(g.entries) {
				return g.entries[e.gix].value, nil
			}
		} else if e.builtins == f.builtins && e.bver == f.builtins.version {
			return e.value, nil
		}
	}
	name := f.bc.Names[i]
	if ix := g.lookupStr(name, strHashString(name)); ix >= 0 {
		slot.Store(&globalCacheEntry{globals: g, gver: g.version, gix: ix})
		return g.entries[ix].value, nil
	}
	v, ok := f.builtins.GetStr(name)
	if !ok {
		return Value{}, nameError(name)
	}
	slot.Store(&globalCacheEntry{globals: g, builtins: f.builtins,
		gver: g.version, bver: f.builtins.version, gix: -1, value: v})
	return v, nil
}
