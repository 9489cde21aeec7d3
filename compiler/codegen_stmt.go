package compiler

// This file defines code generation for statements, including the
// unwinding that break, continue and return do through loops, try blocks
// and with blocks (fblocks).

import (
	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept      // the body of a try with handlers
	fbFinallyTry     // the body of a try with a finally
	fbFinallyEnd     // the finally body run for an exception: [prev exc] on the stack
	fbWith           // the body of a with: [exit] on the stack
	fbHandlerCleanup // an except body: [prev] on the stack
	fbPopValue       // a value to drop (a return value during a finally)
	fbExceptStar     // an except* body: break, continue and return are errors
)

type fblock struct {
	kind       fblockKind
	cont, exit int           // loops: labels
	finalbody  []syntax.Stmt // fbFinallyTry
	name       string        // fbHandlerCleanup: the `as` name
	withAsync  bool
}

// maxBlocks is CPython's limit on statically nested blocks (CO_MAXBLOCKS).
const maxBlocks = 20

func (c *compiler) pushFblock(fb fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorf(nil, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fb)
}
func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwind emits the code that leaves fb; preserve keeps the value on top of
// the stack (a return value).
func (c *compiler) unwind(fb *fblock, preserve bool) {
	switch fb.kind {
	case fbWhile:
	case fbFor:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP, 0)
	case fbTryExcept:
		c.popBlock()
	case fbFinallyTry:
		c.popBlock()
		if preserve {
			c.pushFblock(fblock{kind: fbPopValue})
		}
		c.stmts(fb.finalbody)
		if preserve {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP, 0)
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.popBlock()
		c.emit(bytecode.POP_EXCEPT, 0)
	case fbWith:
		c.popBlock()
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.callExitWithNones(fb.withAsync)
	case fbHandlerCleanup:
		if fb.name != "" {
			c.popBlock()
		}
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.popBlock()
		c.emit(bytecode.POP_EXCEPT, 0)
		if fb.name != "" {
			c.loadConst(nil)
			c.nameOp(fb.name, syntax.Store)
			c.nameOp(fb.name, syntax.Del)
		}
	case fbExceptStar:
		c.errorf(nil, "'break', 'continue' and 'return' cannot appear in an except* block")
	case fbPopValue:
		if preserve {
			c.emit(bytecode.SWAP, 2)
		}
		c.emit(bytecode.POP_TOP, 0)
	}
}

// callExitWithNones calls the __exit__ on top of the stack with three
// Nones: "exit None None None CALL 2" calls exit as a method of self=None.
func (c *compiler) callExitWithNones(async bool) {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(bytecode.CALL, 2)
	if async {
		c.await()
	}
	c.emit(bytecode.POP_TOP, 0)
}

// await awaits the value on top of the stack.
func (c *compiler) await() {
	c.emit(bytecode.GET_AWAITABLE, 0)
	c.loadConst(nil)
	c.yieldFromLoop()
}

// asyncForHead starts an async for loop over the async iterator on the
// stack: at top, the next value is awaited; StopAsyncIteration goes to
// the returned handler label, where END_ASYNC_FOR must be emitted.
func (c *compiler) asyncForHead() (top, handler int) {
	top, handler = c.newLabel(), c.newLabel()
	c.bind(top)
	c.setup(handler)
	c.emit(bytecode.GET_ANEXT, 0)
	c.await()
	c.popBlock()
	return top, handler
}

func (c *compiler) asyncFor(s *syntax.AsyncFor) {
	if !c.u.scope.isAsync {
		c.errorf(s, "'async for' outside async function")
		return
	}
	exit := c.newLabel()
	c.expr(s.Iter)
	c.emit(bytecode.GET_AITER, 0)
	top, handler := c.asyncForHead()
	c.pushFblock(fblock{kind: fbFor, cont: top, exit: exit})
	c.assign(s.Target)
	c.stmts(s.Body)
	c.popFblock()
	c.setLine(s)
	c.emitJump(bytecode.JUMP, top)
	c.bind(handler) // [aiter exc]
	c.emit(bytecode.END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	c.bind(exit)
}

// unwindStack unwinds the fblocks from the innermost outwards. With
// toLoop it stops at the innermost loop and returns it (nil if none). The
// returned function restores the compile-time state for the code after.
func (c *compiler) unwindStack(preserve, toLoop bool) (*fblock, func()) {
	u := c.u
	savedF := append([]fblock(nil), u.fblocks...)
	savedH := append([]int(nil), u.handlerStack...)
	restore := func() {
		u.fblocks = savedF
		u.handlerStack = savedH
	}
	for len(u.fblocks) > 0 {
		top := u.fblocks[len(u.fblocks)-1]
		if toLoop && (top.kind == fbWhile || top.kind == fbFor) {
			return &top, restore
		}
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		c.unwind(&top, preserve)
	}
	return nil, restore
}

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		if c.err != nil {
			return
		}
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	c.setLine(s)
	c.curStmt = s
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if k, ok := s.Value.(*syntax.Constant); ok && !c.interactive {
			_ = k // a constant statement does nothing
			return
		}
		c.expr(s.Value)
		if c.interactive && c.u.scope.kind == moduleScope {
			c.emit(bytecode.PRINT_EXPR, 0)
		} else {
			c.emit(bytecode.POP_TOP, 0)
		}
	case *syntax.Assign:
		if c.swapAssign(s) {
			return
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(bytecode.COPY, 1)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.If:
		end := c.newLabel()
		if len(s.Orelse) > 0 {
			orelse := c.newLabel()
			c.jumpIf(s.Test, false, orelse)
			c.stmts(s.Body)
			c.emitJump(bytecode.JUMP, end)
			c.bind(orelse)
			c.stmts(s.Orelse)
		} else {
			c.jumpIf(s.Test, false, end)
			c.stmts(s.Body)
		}
		c.bind(end)
	case *syntax.While:
		top, orelse, exit := c.newLabel(), c.newLabel(), c.newLabel()
		c.bind(top)
		c.jumpIf(s.Test, false, orelse)
		c.pushFblock(fblock{kind: fbWhile, cont: top, exit: exit})
		c.stmts(s.Body)
		c.popFblock()
		c.setLine(s)
		c.emitJump(bytecode.JUMP, top)
		c.bind(orelse)
		c.stmts(s.Orelse)
		c.bind(exit)
	case *syntax.For:
		top, end, exit := c.newLabel(), c.newLabel(), c.newLabel()
		c.expr(s.Iter)
		c.emit(bytecode.GET_ITER, 0)
		c.bind(top)
		c.setLine(s)
		c.emitJump(bytecode.FOR_ITER, end)
		c.pushFblock(fblock{kind: fbFor, cont: top, exit: exit})
		c.assign(s.Target)
		c.stmts(s.Body)
		c.popFblock()
		c.setLine(s)
		c.emitJump(bytecode.JUMP, top)
		c.bind(end)
		c.stmts(s.Orelse)
		c.bind(exit)
	case *syntax.Break:
		loop, restore := c.unwindStack(false, true)
		if loop == nil {
			restore()
			c.errorf(s, "'break' outside loop")
			return
		}
		c.unwind(loop, false)
		c.emitJump(bytecode.JUMP, loop.exit)
		restore()
	case *syntax.Continue:
		loop, restore := c.unwindStack(false, true)
		if loop == nil {
			restore()
			c.errorf(s, "'continue' not properly in loop")
			return
		}
		c.emitJump(bytecode.JUMP, loop.cont)
		restore()
	case *syntax.Return:
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.loadConst(nil)
		}
		_, restore := c.unwindStack(true, false)
		c.setLine(s)
		c.emit(bytecode.RETURN_VALUE, 0)
		restore()
	case *syntax.Pass:
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.FunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns)
	case *syntax.AsyncFunctionDef:
		c.funcDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns)
	case *syntax.AsyncFor:
		c.asyncFor(s)
	case *syntax.AsyncWith:
		c.with(&syntax.With{Pos: s.Pos, Items: s.Items, Body: s.Body}, 0, true)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.setLine(s)
		c.emit(bytecode.RAISE_VARARGS, n)
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() {
				if len(s.Handlers) > 0 {
					c.tryExcept(s)
				} else {
					c.stmts(s.Body)
				}
			})
		} else {
			c.tryExcept(s)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() { c.tryStar(s) })
		} else {
			c.tryStar(s)
		}
	case *syntax.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, true, end)
		if s.Msg != nil {
			c.emit(bytecode.PUSH_NULL, 0)
			c.emit(bytecode.LOAD_ASSERTION_ERROR, 0)
			c.expr(s.Msg)
			c.emit(bytecode.CALL, 1)
		} else {
			c.emit(bytecode.LOAD_ASSERTION_ERROR, 0)
		}
		c.setLine(s)
		c.emit(bytecode.RAISE_VARARGS, 1)
		c.bind(end)
	case *syntax.With:
		c.with(s, 0, false)
	case *syntax.Import:
		for _, a := range s.Names {
			c.setLine(a)
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(bytecode.IMPORT_NAME, c.nameIndex(a.Name))
			if a.Asname != "" {
				parts := splitDots(a.Name)
				for _, p := range parts[1:] {
					c.emit(bytecode.IMPORT_FROM, c.nameIndex(p))
					c.emit(bytecode.SWAP, 2)
					c.emit(bytecode.POP_TOP, 0)
				}
				c.nameOp(a.Asname, syntax.Store)
			} else {
				c.nameOp(splitDots(a.Name)[0], syntax.Store)
			}
		}
	case *syntax.ImportFrom:
		c.loadConst(int64(s.Level))
		names := make(bytecode.Tuple, len(s.Names))
		for i, a := range s.Names {
			names[i] = a.Name
		}
		c.loadConst(names)
		c.emit(bytecode.IMPORT_NAME, c.nameIndex(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			c.emit(bytecode.IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			c.emit(bytecode.IMPORT_FROM, c.nameIndex(a.Name))
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			c.nameOp(name, syntax.Store)
		}
		c.emit(bytecode.POP_TOP, 0)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Match:
		c.match(s)
	default:
		c.errorf(s, "%T statements are not supported yet", s)
	}
}

func splitDots(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := int(s.Op | bytecode.InplaceBit)
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Load)
		c.expr(s.Value)
		c.setLine(s)
		c.emit(bytecode.BINARY_OP, op)
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(bytecode.COPY, 1)
		c.emit(bytecode.LOAD_ATTR, c.attrIndex(t.Attr))
		c.expr(s.Value)
		c.setLine(s)
		c.emit(bytecode.BINARY_OP, op)
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.STORE_ATTR, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.emit(bytecode.COPY, 2)
		c.emit(bytecode.COPY, 2)
		c.emit(bytecode.BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.setLine(s)
		c.emit(bytecode.BINARY_OP, op)
		c.emit(bytecode.SWAP, 3)
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.STORE_SUBSCR, 0)
	default:
		c.errorf(s, "'%s' is an illegal expression for augmented assignment", exprName(s.Target))
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assign(s.Target)
	}
	n, ok := s.Target.(*syntax.Name)
	if !ok || !s.Simple || c.u.scope.kind == functionScope {
		if !ok && s.Value == nil {
			// Evaluate the target's object for its side effects.
			switch t := s.Target.(type) {
			case *syntax.Attribute:
				c.expr(t.Value)
				c.emit(bytecode.POP_TOP, 0)
			case *syntax.Subscript:
				c.expr(t.Value)
				c.emit(bytecode.POP_TOP, 0)
				c.subscriptKey(t.Slice)
				c.emit(bytecode.POP_TOP, 0)
			}
		}
		return
	}
	// __annotations__[name] = annotation
	c.annotation(s.Annotation)
	c.emit(bytecode.LOAD_NAME, c.nameIndex("__annotations__"))
	c.loadConst(n.Id)
	c.emit(bytecode.STORE_SUBSCR, 0)
}

func exprName(e syntax.Expr) string {
	switch e.(type) {
	case *syntax.Call:
		return "function call"
	case *syntax.Constant:
		return "literal"
	case *syntax.Compare:
		return "comparison"
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List:
		return "list"
	case *syntax.BinOp, *syntax.UnaryOp, *syntax.BoolOp:
		return "expression"
	}
	return "expression"
}

// assign stores the value on top of the stack into target.
func (c *compiler) assign(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Store)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.setLine(t)
		c.emit(bytecode.STORE_ATTR, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.setLine(t)
		c.emit(bytecode.STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(t, t.Elts)
	case *syntax.List:
		c.unpack(t, t.Elts)
	case *syntax.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to %s", exprName(t))
	}
}

func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(e, "multiple starred expressions in assignment")
				return
			}
			star = i
		}
	}
	c.setLine(n)
	if star < 0 {
		c.emit(bytecode.UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 0xff || after > 0xffff {
			c.errorf(n, "too many expressions in star-unpacking assignment")
			return
		}
		c.emit(bytecode.UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	c.setLine(t)
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, syntax.Del)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(bytecode.DELETE_ATTR, c.attrIndex(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.emit(bytecode.DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorf(t, "cannot delete %s", exprName(t))
	}
}

func (c *compiler) tryExcept(s *syntax.Try) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.setup(except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock()
	c.stmts(s.Orelse)
	c.emitJump(bytecode.JUMP, end)

	c.bind(except) // [exc]
	c.setup(cleanup)
	outer := append([]int(nil), c.u.handlerStack[:len(c.u.handlerStack)-1]...)
	inHandlers := append([]int(nil), c.u.handlerStack...)
	c.emit(bytecode.PUSH_EXC_INFO, 0) // [prev exc]
	for _, h := range s.Handlers {
		c.u.handlerStack = append([]int(nil), inHandlers...)
		c.setLine(h)
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(bytecode.CHECK_EXC_MATCH, 0)
			c.emitJump(bytecode.POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store) // [prev]
			cleanupBody := c.newLabel()
			c.setup(cleanupBody)
			c.pushFblock(fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock()
			c.popBlock()
			c.emit(bytecode.POP_EXCEPT, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emitJump(bytecode.JUMP, end)
			// An exception in the body: unbind the name, then let the
			// cleanup handler restore the handled exception.
			c.u.handlerStack = append([]int(nil), inHandlers...)
			c.bind(cleanupBody) // [prev exc2]
			c.loadConst(nil)
			c.nameOp(h.Name, syntax.Store)
			c.nameOp(h.Name, syntax.Del)
			c.emit(bytecode.RERAISE, 0)
		} else {
			c.emit(bytecode.POP_TOP, 0) // [prev]
			c.pushFblock(fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock()
			c.emit(bytecode.POP_EXCEPT, 0)
			c.emitJump(bytecode.JUMP, end)
		}
		c.u.handlerStack = append([]int(nil), inHandlers...)
		c.bind(next)
	}
	c.emit(bytecode.RERAISE, 0) // no handler matched: [prev exc]
	c.u.handlerStack = outer
	c.bind(cleanup) // [prev exc2]
	c.emitPopExceptAndReraise()
	c.bind(end)
}

// emitPopExceptAndReraise is the cleanup for "prev exc": restore prev as the
// handled exception and raise exc again.
func (c *compiler) emitPopExceptAndReraise() {
	c.emit(bytecode.COPY, 2)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 0)
}

func (c *compiler) tryFinally(finalbody []syntax.Stmt, body func()) {
	handler, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.setup(handler)
	c.pushFblock(fblock{kind: fbFinallyTry, finalbody: finalbody})
	body()
	c.popFblock()
	c.popBlock()
	c.stmts(finalbody)
	c.emitJump(bytecode.JUMP, exit)

	c.bind(handler) // [exc]
	c.setup(cleanup)
	c.emit(bytecode.PUSH_EXC_INFO, 0) // [prev exc]
	c.pushFblock(fblock{kind: fbFinallyEnd})
	c.stmts(finalbody)
	c.popFblock()
	c.emit(bytecode.RERAISE, 0)
	c.popBlock()
	c.bind(cleanup)
	c.emitPopExceptAndReraise()
	c.bind(exit)
}

func (c *compiler) with(s *syntax.With, i int, async bool) {
	item := s.Items[i]
	c.setLine(s)
	c.expr(item.ContextExpr)
	c.setLine(s)
	if async {
		c.emit(bytecode.BEFORE_ASYNC_WITH, 0)
		c.await()
	} else {
		c.emit(bytecode.BEFORE_WITH, 0) // [exit res]
	}
	final, exit, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.setupAdjust(final, 1)
	c.pushFblock(fblock{kind: fbWith, withAsync: async})
	if item.OptionalVars != nil {
		c.assign(item.OptionalVars)
	} else {
		c.emit(bytecode.POP_TOP, 0)
	}
	if i+1 < len(s.Items) {
		c.with(s, i+1, async)
	} else {
		c.stmts(s.Body)
	}
	c.popFblock()
	c.popBlock()
	c.setLine(s)
	c.callExitWithNones(async)
	c.emitJump(bytecode.JUMP, exit)

	c.bind(final) // [exit exc]
	c.setup(cleanup)
	c.emit(bytecode.PUSH_EXC_INFO, 0)     // [exit prev exc]
	c.emit(bytecode.WITH_EXCEPT_START, 0) // [exit prev exc res]
	if async {
		c.await()
	}
	c.emitJump(bytecode.POP_JUMP_IF_TRUE, suppress)
	c.emit(bytecode.RERAISE, 0)
	c.bind(suppress) // [exit prev exc]
	c.emit(bytecode.POP_TOP, 0)
	c.popBlock()
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.POP_TOP, 0)
	c.emitJump(bytecode.JUMP, exit)
	c.bind(cleanup) // [exit prev exc2]
	c.emitPopExceptAndReraise()
	c.bind(exit)
}

// tryStar compiles try/except*: each handler takes the matching part of
// the exception group; what no handler matched and what the handlers
// raised is raised again at the end (PREP_RERAISE_STAR).
func (c *compiler) tryStar(s *syntax.TryStar) {
	except, end, cleanup, orelse := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.setup(except)
	c.pushFblock(fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock()
	c.emitJump(bytecode.JUMP, orelse)

	c.bind(except) // [exc]
	c.setup(cleanup)
	outer := append([]int(nil), c.u.handlerStack[:len(c.u.handlerStack)-1]...)
	c.emit(bytecode.PUSH_EXC_INFO, 0) // [prev exc]
	c.emit(bytecode.COPY, 1)          // [prev orig exc]
	c.emit(bytecode.BUILD_LIST, 0)
	c.emit(bytecode.SWAP, 2) // [prev orig list exc]
	for _, h := range s.Handlers {
		c.setLine(h)
		noMatch, next, raised := c.newLabel(), c.newLabel(), c.newLabel()
		if h.Type == nil {
			c.errorf(h, "expected one or more exception types")
			return
		}
		c.expr(h.Type)
		c.emit(bytecode.CHECK_EG_MATCH, 0) // [prev orig list rest match]
		c.emit(bytecode.COPY, 1)
		c.emitJump(bytecode.POP_JUMP_IF_NONE, noMatch)
		if h.Name != "" {
			c.nameOp(h.Name, syntax.Store)
		} else {
			c.emit(bytecode.POP_TOP, 0)
		}
		c.setup(raised) // [prev orig list rest]
		c.pushFblock(fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.popFblock()
		c.popBlock()
		c.unbindHandlerName(h.Name)
		c.emitJump(bytecode.JUMP, next)
		c.bind(raised) // [prev orig list rest exc2]
		c.unbindHandlerName(h.Name)
		c.emit(bytecode.LIST_APPEND, 3)
		c.emitJump(bytecode.JUMP, next)
		c.bind(noMatch) // [prev orig list exc None]
		c.emit(bytecode.POP_TOP, 0)
		c.bind(next) // [prev orig list rest]
	}
	c.emit(bytecode.LIST_APPEND, 1)       // [prev orig list]
	c.emit(bytecode.PREP_RERAISE_STAR, 0) // [prev result]
	reraise := c.newLabel()
	c.emit(bytecode.COPY, 1)
	c.emitJump(bytecode.POP_JUMP_IF_NOT_NONE, reraise)
	c.emit(bytecode.POP_TOP, 0)
	c.popBlock()
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emitJump(bytecode.JUMP, end)
	c.bind(reraise) // [prev result]
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_EXCEPT, 0)
	c.emit(bytecode.RERAISE, 0)
	c.u.handlerStack = outer
	c.bind(cleanup)
	c.emitPopExceptAndReraise()
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) unbindHandlerName(name string) {
	if name == "" {
		return
	}
	c.loadConst(nil)
	c.nameOp(name, syntax.Store)
	c.nameOp(name, syntax.Del)
}

// swapAssign compiles `a, b = x, y` and `a, b, c = x, y, z` without
// building a tuple (CPython does the same with SWAP): the values are
// evaluated left to right, reordered, and stored left to right.
func (c *compiler) swapAssign(s *syntax.Assign) bool {
	if len(s.Targets) != 1 {
		return false
	}
	var targets []syntax.Expr
	switch t := s.Targets[0].(type) {
	case *syntax.Tuple:
		targets = t.Elts
	case *syntax.List:
		targets = t.Elts
	default:
		return false
	}
	val, ok := s.Value.(*syntax.Tuple)
	if !ok || len(targets) != len(val.Elts) || len(targets) < 2 || len(targets) > 3 || hasStarred(targets) || hasStarred(val.Elts) {
		return false
	}
	c.exprs(val.Elts)
	c.setLine(s)
	c.emit(bytecode.SWAP, len(targets))
	for _, t := range targets {
		c.assign(t)
	}
	return true
}
