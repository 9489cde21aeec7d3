package compiler

// This file defines code generation for expressions.

import (
	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

func (c *compiler) exprs(es []syntax.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr(e syntax.Expr) {
	if c.err != nil {
		return
	}
	saved := c.u.line
	c.setLine(e)
	defer func() { c.u.line = saved }()
	switch e := e.(type) {
	case *syntax.Constant:
		c.loadConst(constValue(e.Value))
	case *syntax.Name:
		c.nameOp(e.Id, e.Ctx)
	case *syntax.BinOp:
		if k, ok := fold(e); ok {
			c.loadConst(k)
			return
		}
		c.expr(e.Left)
		c.expr(e.Right)
		c.setLine(e)
		c.emit(bytecode.BINARY_OP, int(e.Op))
	case *syntax.UnaryOp:
		if k, ok := fold(e); ok {
			c.loadConst(k)
			return
		}
		c.expr(e.Operand)
		c.setLine(e)
		c.emit(bytecode.UNARY_OP, int(e.Op))
	case *syntax.BoolOp:
		end := c.newLabel()
		op := bytecode.JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = bytecode.JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.bind(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.expr(e.Body)
		c.emitJump(bytecode.JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(bytecode.COPY, 1)
		c.assign(e.Target)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.setLine(e)
		c.emit(bytecode.LOAD_ATTR, c.attrIndex(e.Attr))
	case *syntax.Subscript:
		c.expr(e.Value)
		c.subscriptKey(e.Slice)
		c.setLine(e)
		c.emit(bytecode.BINARY_SUBSCR, 0)
	case *syntax.Slice:
		c.slice(e)
	case *syntax.Call:
		c.call(e)
	case *syntax.Tuple:
		if k, ok := constTuple(e.Elts); ok {
			c.loadConst(k)
			return
		}
		c.sequence(e.Elts, bytecode.BUILD_TUPLE)
	case *syntax.List:
		c.sequence(e.Elts, bytecode.BUILD_LIST)
	case *syntax.Set:
		if k, ok := constTuple(e.Elts); ok && len(e.Elts) > 2 {
			// CPython builds such a display from a frozenset constant,
			// which decides the order the set iterates in.
			c.emit(bytecode.BUILD_SET, 0)
			c.loadConst(k)
			c.emit(bytecode.SET_UPDATE, 1|bytecode.SetUpdateConstDisplay)
			return
		}
		c.sequence(e.Elts, bytecode.BUILD_SET)
	case *syntax.Dict:
		c.dict(e)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.formattedValue(e)
	case *syntax.Lambda:
		s := c.childScope(e)
		flags := c.defaults(e.Args)
		u := c.newUnit(s, "<lambda>", e.Line)
		c.u = u
		c.setArgCounts(e.Args)
		c.constIndex(nil) // a lambda has no docstring: Consts[0] is None
		c.expr(e.Body)
		c.emit(bytecode.RETURN_VALUE, 0)
		code := c.finishUnit()
		c.makeClosure(code, flags)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.setLine(e)
		c.emit(bytecode.YIELD_VALUE, c.yieldKind())
	case *syntax.YieldFrom:
		if c.u.code.Flags&bytecode.FlagAsyncGenerator != 0 {
			c.errorf(e, "'yield from' inside async function")
			return
		}
		c.expr(e.Value)
		c.setLine(e)
		c.emit(bytecode.GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.yieldFromLoop()
	case *syntax.Starred:
		c.errorf(e, "can't use starred expression here")
	case *syntax.Await:
		c.expr(e.Value)
		c.setLine(e)
		c.await()
	default:
		c.errorf(e, "%T expressions are not supported yet", e)
	}
}

// yieldFromLoop delegates to the iterator under the value on the stack:
// "recv v" becomes the value the iterator returned.
func (c *compiler) yieldFromLoop() {
	top, exit := c.newLabel(), c.newLabel()
	c.bind(top)
	c.emitJump(bytecode.SEND, exit) // [recv r]
	c.emit(bytecode.YIELD_VALUE, 0) // [recv sent]
	c.emitJump(bytecode.JUMP, top)
	c.bind(exit) // [value]
}

// yieldKind is YIELD_VALUE's argument: 1 for the yields of an async
// generator, which its awaitables hand to the consumer.
func (c *compiler) yieldKind() int {
	if c.u.code.Flags&bytecode.FlagAsyncGenerator != 0 {
		return 1
	}
	return 0
}

func constValue(v any) any {
	switch v := v.(type) {
	case syntax.Ellipsis:
		return bytecode.Ellipsis{}
	case int:
		return int64(v)
	}
	return v
}

func constTuple(elts []syntax.Expr) (bytecode.Tuple, bool) {
	t := make(bytecode.Tuple, len(elts))
	for i, e := range elts {
		k, ok := fold(e)
		if !ok {
			return nil, false
		}
		t[i] = k
	}
	return t, true
}

func (c *compiler) subscriptKey(k syntax.Expr) {
	if s, ok := k.(*syntax.Slice); ok {
		c.slice(s)
		return
	}
	c.expr(k)
}

func (c *compiler) slice(s *syntax.Slice) {
	n := 2
	for _, x := range []syntax.Expr{s.Lower, s.Upper} {
		if x != nil {
			c.expr(x)
		} else {
			c.loadConst(nil)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		n = 3
	}
	c.emit(bytecode.BUILD_SLICE, n)
}

// jumpIf jumps to l when e's truth equals cond.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, l int) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == bytecode.OpNot {
			c.jumpIf(x.Operand, !cond, l)
			return
		}
	case *syntax.BoolOp:
		// a and b: jump if false when either is false, etc.
		isAnd := x.Op == syntax.And
		if isAnd != cond {
			// and/false or or/true: any operand decides.
			for _, v := range x.Values {
				c.jumpIf(v, cond, l)
			}
			return
		}
		next := c.newLabel()
		for i, v := range x.Values {
			if i < len(x.Values)-1 {
				c.jumpIf(v, !cond, next)
			} else {
				c.jumpIf(v, cond, l)
			}
		}
		c.bind(next)
		return
	case *syntax.Compare:
		// x is None / x is not None: one jump on None (no LOAD_CONST,
		// IS_OP), as CPython 3.11's peephole pass makes it.
		if len(x.Ops) == 1 && (x.Ops[0] == syntax.Is || x.Ops[0] == syntax.IsNot) {
			if k, ok := x.Comparators[0].(*syntax.Constant); ok && k.Value == nil {
				c.expr(x.Left)
				c.setLine(x)
				if (x.Ops[0] == syntax.Is) == cond {
					c.emitJump(bytecode.POP_JUMP_IF_NONE, l)
				} else {
					c.emitJump(bytecode.POP_JUMP_IF_NOT_NONE, l)
				}
				return
			}
		}
	}
	c.expr(e)
	if cond {
		c.emitJump(bytecode.POP_JUMP_IF_TRUE, l)
	} else {
		c.emitJump(bytecode.POP_JUMP_IF_FALSE, l)
	}
}

func (c *compiler) compareOp(n syntax.Node, op syntax.CmpOp) {
	c.setLine(n)
	switch op {
	case syntax.Is:
		c.emit(bytecode.IS_OP, 0)
	case syntax.IsNot:
		c.emit(bytecode.IS_OP, 1)
	case syntax.In:
		c.emit(bytecode.CONTAINS_OP, 0)
	case syntax.NotIn:
		c.emit(bytecode.CONTAINS_OP, 1)
	default:
		r, _ := op.Rich()
		c.emit(bytecode.COMPARE_OP, int(r))
	}
}

func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		c.compareOp(e, e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			c.emit(bytecode.SWAP, 2)
			c.emit(bytecode.COPY, 2)
			c.compareOp(e, op)
			c.emitJump(bytecode.JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.compareOp(e, op)
		}
	}
	c.emitJump(bytecode.JUMP, end)
	c.bind(cleanup)
	c.emit(bytecode.SWAP, 2)
	c.emit(bytecode.POP_TOP, 0)
	c.bind(end)
}

func hasStarred(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a tuple, list or set display.
func (c *compiler) sequence(elts []syntax.Expr, build bytecode.Opcode) {
	c.sequenceFlags(elts, build, 0)
}

// sequenceFlags is sequence with extra LIST_EXTEND flags.
func (c *compiler) sequenceFlags(elts []syntax.Expr, build bytecode.Opcode, extendFlags int) {
	if !hasStarred(elts) {
		c.exprs(elts)
		c.emit(build, len(elts))
		return
	}
	add, extend := bytecode.LIST_APPEND, bytecode.LIST_EXTEND
	start := bytecode.BUILD_LIST
	if build == bytecode.BUILD_SET {
		add, extend, start = bytecode.SET_ADD, bytecode.SET_UPDATE, bytecode.BUILD_SET
	}
	c.emit(start, 0)
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.expr(s.Value)
			if extend == bytecode.LIST_EXTEND {
				c.emit(extend, 1|extendFlags)
			} else {
				c.emit(extend, 1)
			}
		} else {
			c.expr(e)
			c.emit(add, 1)
		}
	}
	if build == bytecode.BUILD_TUPLE {
		c.emit(bytecode.LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	n := 0
	built := false
	flush := func() {
		if n > 0 || !built {
			c.emit(bytecode.BUILD_MAP, n)
			if built {
				c.emit(bytecode.DICT_UPDATE, 1)
			}
			built = true
			n = 0
		}
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			c.expr(e.Values[i])
			c.emit(bytecode.DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		n++
	}
	if n > 0 || !built {
		flush()
	}
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) == 0 {
		c.loadConst("")
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) > 1 {
		c.emit(bytecode.BUILD_STRING, len(e.Values))
	} else if _, ok := e.Values[0].(*syntax.Constant); ok {
		return
	}
}

func (c *compiler) formattedValue(e *syntax.FormattedValue) {
	c.expr(e.Value)
	flags := bytecode.FormatNone
	switch e.Conversion {
	case syntax.ConvStr:
		flags = bytecode.FormatStr
	case syntax.ConvRepr:
		flags = bytecode.FormatRepr
	case syntax.ConvASCII:
		flags = bytecode.FormatASCII
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= bytecode.FormatWithSpec
	}
	c.emit(bytecode.FORMAT_VALUE, flags)
}

// call compiles a call: "NULL f args CALL" or, for obj.m(...), "meth self
// args CALL"; *args and **kwargs go through CALL_FUNCTION_EX.
func (c *compiler) call(e *syntax.Call) {
	star := hasStarred(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			star = true
		}
	}
	if star {
		c.expr(e.Func)
		c.callEx(e, e.Args, e.Keywords)
		return
	}
	if a, ok := e.Func.(*syntax.Attribute); ok {
		c.expr(a.Value)
		c.setLine(a)
		c.emit(bytecode.LOAD_METHOD, c.attrIndex(a.Attr))
	} else {
		c.emit(bytecode.PUSH_NULL, 0)
		c.expr(e.Func)
	}
	c.callArgs(e, e.Args, e.Keywords)
}

// callArgs pushes the arguments and emits CALL (after KW_NAMES if there
// are keyword arguments).
func (c *compiler) callArgs(n syntax.Node, args []syntax.Expr, kws []*syntax.Keyword) {
	c.exprs(args)
	var names bytecode.Tuple
	for _, k := range kws {
		c.expr(k.Value)
		names = append(names, k.Arg)
	}
	c.setLine(n)
	if len(names) > 0 {
		c.emit(bytecode.KW_NAMES, c.constIndex(names))
	}
	c.emit(bytecode.CALL, len(args)+len(kws))
}

// callEx compiles the arguments of a call with * or ** into a tuple and a
// dict, the callable being on the stack already.
func (c *compiler) callEx(n syntax.Node, args []syntax.Expr, kws []*syntax.Keyword) {
	if len(args) == 1 && hasStarred(args) {
		c.expr(args[0].(*syntax.Starred).Value)
		c.emit(bytecode.BUILD_LIST, 0)
		c.emit(bytecode.SWAP, 2)
		c.emit(bytecode.LIST_EXTEND, 1|bytecode.ExtendCallArgs)
		c.emit(bytecode.LIST_TO_TUPLE, 0)
	} else {
		c.sequenceFlags(args, bytecode.BUILD_TUPLE, bytecode.ExtendCallArgs)
	}
	flag := 0
	if len(kws) > 0 {
		flag = 1
		c.emit(bytecode.BUILD_MAP, 0)
		pending := 0
		flushPending := func() {
			if pending > 0 {
				c.emit(bytecode.BUILD_MAP, pending)
				c.emit(bytecode.DICT_MERGE, 1)
				pending = 0
			}
		}
		for _, k := range kws {
			if k.Arg == "" {
				flushPending()
				c.expr(k.Value)
				c.emit(bytecode.DICT_MERGE, 1)
				continue
			}
			c.loadConst(k.Arg)
			c.expr(k.Value)
			pending++
		}
		flushPending()
	}
	c.setLine(n)
	c.emit(bytecode.CALL_FUNCTION_EX, flag)
}

// defaults pushes a function's default values and returns the
// MAKE_FUNCTION flags for them.
func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		if k, ok := constTuple(a.Defaults); ok {
			c.loadConst(k)
		} else {
			c.exprs(a.Defaults)
			c.emit(bytecode.BUILD_TUPLE, len(a.Defaults))
		}
		flags |= bytecode.MakeDefaults
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadConst(mangle(c.u.scope.private, a.Kwonlyargs[i].Arg))
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(bytecode.BUILD_MAP, n)
		flags |= bytecode.MakeKwDefaults
	}
	return flags
}

// annotationsDict pushes a dict of a function's annotations, if any.
func (c *compiler) annotationsDict(a *syntax.Arguments, returns syntax.Expr) int {
	n := 0
	add := func(name string, ann syntax.Expr) {
		if ann != nil {
			c.loadConst(mangle(c.u.scope.private, name))
			c.annotation(ann)
			n++
		}
	}
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args} {
		for _, p := range list {
			add(p.Arg, p.Annotation)
		}
	}
	if a.Vararg != nil {
		add(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, p := range a.Kwonlyargs {
		add(p.Arg, p.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	add("return", returns)
	if n == 0 {
		return 0
	}
	c.emit(bytecode.BUILD_MAP, n)
	return bytecode.MakeAnnotations
}

func (c *compiler) setArgCounts(a *syntax.Arguments) {
	code := c.u.code
	code.ArgCount = len(a.Posonlyargs) + len(a.Args)
	code.PosOnlyCount = len(a.Posonlyargs)
	code.KwOnlyCount = len(a.Kwonlyargs)
	if a.Vararg != nil {
		code.Flags |= bytecode.FlagVarargs
	}
	if a.Kwarg != nil {
		code.Flags |= bytecode.FlagVarkeywords
	}
}

func (c *compiler) funcDef(n syntax.Node, name string, a *syntax.Arguments, body []syntax.Stmt, decorators []syntax.Expr, returns syntax.Expr) {
	for _, d := range decorators {
		c.emit(bytecode.PUSH_NULL, 0)
		c.expr(d)
	}
	c.setLine(n)
	flags := c.defaults(a)
	flags |= c.annotationsDict(a, returns)
	s := c.childScope(n)
	u := c.newUnit(s, name, n.Span().Line)
	c.u = u
	c.setArgCounts(a)
	if doc, ok := docstring(body); ok {
		c.constIndex(doc)
		u.code.Docstring = true
		body = body[1:]
	} else {
		c.constIndex(nil)
	}
	c.stmts(body)
	if !endsInReturn(body) {
		c.loadConst(nil)
		c.emit(bytecode.RETURN_VALUE, 0)
	}
	code := c.finishUnit()
	c.setLine(n)
	c.makeClosure(code, flags)
	for range decorators {
		c.emit(bytecode.CALL, 1)
	}
	c.nameOp(name, syntax.Store)
}

func endsInReturn(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *syntax.Return, *syntax.Raise:
		return true
	}
	return false
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.DecoratorList {
		c.emit(bytecode.PUSH_NULL, 0)
		c.expr(d)
	}
	c.setLine(s)
	sc := c.childScope(s)
	u := c.newUnit(sc, s.Name, s.Line)
	c.u = u
	c.constIndex(nil)
	c.emit(bytecode.LOAD_NAME, c.nameIndex("__name__"))
	c.storeName("__module__")
	c.loadConst(u.code.QualName)
	c.storeName("__qualname__")
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.loadConst(doc)
		c.storeName("__doc__")
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	c.stmts(body)
	if u.code.ClassCellIndex >= 0 {
		c.emit(bytecode.LOAD_CLOSURE, u.code.ClassCellIndex)
		c.storeName("__classcell__")
	}
	c.loadConst(nil)
	c.emit(bytecode.RETURN_VALUE, 0)
	code := c.finishUnit()

	c.setLine(s)
	c.emit(bytecode.PUSH_NULL, 0)
	c.emit(bytecode.LOAD_BUILD_CLASS, 0)
	c.makeClosure(code, 0)
	c.loadConst(s.Name)
	star := hasStarred(s.Bases)
	for _, k := range s.Keywords {
		if k.Arg == "" {
			star = true
		}
	}
	if star {
		// __build_class__(func, name, *bases, **kw): build the tuple with
		// func and name first.
		c.emit(bytecode.BUILD_LIST, 2)
		for _, b := range s.Bases {
			if st, ok := b.(*syntax.Starred); ok {
				c.expr(st.Value)
				c.emit(bytecode.LIST_EXTEND, 1)
			} else {
				c.expr(b)
				c.emit(bytecode.LIST_APPEND, 1)
			}
		}
		c.emit(bytecode.LIST_TO_TUPLE, 0)
		// Stack: NULL build_class args; CALL_FUNCTION_EX wants f args.
		c.emit(bytecode.SWAP, 2) // NULL args build_class
		c.emit(bytecode.SWAP, 3) // build_class args NULL
		c.emit(bytecode.POP_TOP, 0)
		flag := 0
		if len(s.Keywords) > 0 {
			flag = 1
			c.emit(bytecode.BUILD_MAP, 0)
			for _, k := range s.Keywords {
				if k.Arg == "" {
					c.expr(k.Value)
				} else {
					c.loadConst(k.Arg)
					c.expr(k.Value)
					c.emit(bytecode.BUILD_MAP, 1)
				}
				c.emit(bytecode.DICT_MERGE, 1)
			}
		}
		c.emit(bytecode.CALL_FUNCTION_EX, flag)
	} else {
		c.exprs(s.Bases)
		var names bytecode.Tuple
		for _, k := range s.Keywords {
			c.expr(k.Value)
			names = append(names, k.Arg)
		}
		if len(names) > 0 {
			c.emit(bytecode.KW_NAMES, c.constIndex(names))
		}
		c.emit(bytecode.CALL, 2+len(s.Bases)+len(s.Keywords))
	}
	for range s.DecoratorList {
		c.emit(bytecode.CALL, 1)
	}
	c.nameOp(s.Name, syntax.Store)
}

// comprehension compiles a comprehension as a nested function called with
// the iterator of its first iterable.
func (c *compiler) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	s := c.childScope(e)
	line := e.Span().Line
	u := c.newUnit(s, name, line)
	c.u = u
	u.code.ArgCount = 1
	c.constIndex(nil)
	switch name {
	case "<listcomp>":
		c.emit(bytecode.BUILD_LIST, 0)
	case "<setcomp>":
		c.emit(bytecode.BUILD_SET, 0)
	case "<dictcomp>":
		c.emit(bytecode.BUILD_MAP, 0)
	}
	c.compGenerator(name, gens, 0, elt, value)
	if name == "<genexpr>" {
		c.loadConst(nil)
	}
	c.emit(bytecode.RETURN_VALUE, 0)
	code := c.finishUnit()
	c.setLine(e)
	c.makeClosure(code, 0)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync {
		c.emit(bytecode.GET_AITER, 0)
	} else {
		c.emit(bytecode.GET_ITER, 0)
	}
	c.emit(bytecode.CALL, 0) // "fn iter CALL 0": fn called as a method of iter
	if code.Flags&bytecode.FlagCoroutine != 0 {
		c.await()
	}
}

func (c *compiler) compGenerator(kind string, gens []*syntax.Comprehension, i int, elt, value syntax.Expr) {
	g := gens[i]
	top, end := c.newLabel(), c.newLabel()
	if i == 0 {
		c.emit(bytecode.LOAD_FAST, 0) // .0
	} else {
		c.expr(g.Iter)
		if g.IsAsync {
			c.emit(bytecode.GET_AITER, 0)
		} else {
			c.emit(bytecode.GET_ITER, 0)
		}
	}
	var handler int
	if g.IsAsync {
		top, handler = c.asyncForHead()
	} else {
		c.bind(top)
		c.emitJump(bytecode.FOR_ITER, end)
	}
	c.assign(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, top)
	}
	if i+1 < len(gens) {
		c.compGenerator(kind, gens, i+1, elt, value)
	} else {
		depth := i + 2 // the collection sits under one iterator per generator
		switch kind {
		case "<listcomp>":
			c.expr(elt)
			c.emit(bytecode.LIST_APPEND, depth)
		case "<setcomp>":
			c.expr(elt)
			c.emit(bytecode.SET_ADD, depth)
		case "<dictcomp>":
			c.expr(elt)
			c.expr(value)
			c.emit(bytecode.MAP_ADD, depth)
		default:
			c.expr(elt)
			c.emit(bytecode.YIELD_VALUE, c.yieldKind())
			c.emit(bytecode.POP_TOP, 0)
		}
	}
	c.emitJump(bytecode.JUMP, top)
	if g.IsAsync {
		c.bind(handler) // [aiter exc]
		c.emit(bytecode.END_ASYNC_FOR, 0)
	}
	c.bind(end)
}
