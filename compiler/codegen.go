package compiler

// This file defines the code generator's state: a unit per code object
// being compiled, the emit helpers, constants and names, and the entry
// points Compile, CompileEval and CompileInteractive.

import (
	"fmt"
	"math/big"
	"sort"

	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

// Compile compiles a module parsed in exec mode.
func Compile(mod *syntax.Module, filename string) (*bytecode.Code, error) {
	return compileModule(mod, filename, false)
}

// CompileInteractive compiles a module in "single" mode: the value of each
// expression statement is printed (PRINT_EXPR) unless it is None.
func CompileInteractive(mod *syntax.Module, filename string) (*bytecode.Code, error) {
	return compileModule(mod, filename, true)
}

// CompileEval compiles one expression in eval mode: the code returns its
// value.
func CompileEval(e syntax.Expr, filename string) (*bytecode.Code, error) {
	body := []syntax.Stmt{&syntax.Return{Pos: *spanPtr(e), Value: e}}
	mod := &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Pos: *spanPtr(e), Value: e}}}
	st, err := buildSymtable(mod, filename)
	if err != nil {
		return nil, err
	}
	c := &compiler{st: st, filename: filename}
	u := c.newUnit(st.top, "<module>", 1)
	c.u = u
	c.setLine(e)
	c.expr(e)
	c.emit(bytecode.RETURN_VALUE, 0)
	_ = body
	if c.err != nil {
		return nil, c.err
	}
	if err := u.assemble(); err != nil {
		return nil, err
	}
	return u.code, nil
}

func spanPtr(n syntax.Node) *syntax.Pos {
	p := n.Span()
	return &p
}

func compileModule(mod *syntax.Module, filename string, interactive bool) (code *bytecode.Code, err error) {
	st, err := buildSymtable(mod, filename)
	if err != nil {
		return nil, err
	}
	c := &compiler{st: st, filename: filename, interactive: interactive}
	c.futureAnnotations = hasFutureAnnotations(mod.Body)
	u := c.newUnit(st.top, "<module>", 1)
	c.u = u
	if len(mod.Body) > 0 {
		c.setLine(mod.Body[0])
	}
	body := mod.Body
	if doc, ok := docstring(body); ok && !interactive {
		c.loadConst(doc)
		c.storeName("__doc__")
		body = body[1:]
	}
	if hasAnnotations(body) {
		c.emit(bytecode.SETUP_ANNOTATIONS, 0)
	}
	c.stmts(body)
	c.loadConst(nil)
	c.emit(bytecode.RETURN_VALUE, 0)
	if c.err != nil {
		return nil, c.err
	}
	if err := u.assemble(); err != nil {
		return nil, err
	}
	return u.code, nil
}

type compiler struct {
	st          *symtable
	filename    string
	u           *unit
	err         error
	interactive bool
	// futureAnnotations: `from __future__ import annotations` stores
	// annotations as strings.
	futureAnnotations bool
	// stmt is the statement being compiled, for errors found without a node.
	curStmt syntax.Stmt
	// pendingFails are the fail blocks a pattern asked for (codegen_match.go).
	pendingFails []pendingFail
}

type unit struct {
	parent       *unit
	scope        *scope
	code         *bytecode.Code
	instrs       []instr
	labels       []int
	consts       []any
	constIndex   map[any]int
	names        map[string]int
	varnames     map[string]int
	derefs       map[string]int // cell and free variables
	handlers     []handler
	handlerStack []int
	fblocks      []fblock
	line         int
}

func (c *compiler) newUnit(s *scope, name string, firstLine int) *unit {
	u := &unit{parent: c.u, scope: s, constIndex: map[any]int{}, names: map[string]int{},
		varnames: map[string]int{}, derefs: map[string]int{}, line: firstLine}
	code := &bytecode.Code{Name: name, Filename: c.filename, FirstLine: firstLine, ClassCellIndex: -1}
	u.code = code
	code.QualName = c.qualName(s, name)
	if s.kind == functionScope {
		code.Flags |= bytecode.FlagOptimized | bytecode.FlagNewLocals
		switch {
		case s.isAsync && s.generator && !s.isComp:
			code.Flags |= bytecode.FlagAsyncGenerator
		case s.isAsync && s.name == "<genexpr>":
			code.Flags |= bytecode.FlagAsyncGenerator
		case s.isAsync:
			code.Flags |= bytecode.FlagCoroutine
		case s.generator:
			code.Flags |= bytecode.FlagGenerator
		}
		for _, p := range s.params {
			u.varnames[p] = len(code.VarNames)
			code.VarNames = append(code.VarNames, p)
		}
	}
	if s.nested {
		code.Flags |= bytecode.FlagNested
	}
	var cells, frees []string
	for _, name := range s.order {
		switch s.scopes[name] {
		case scopeCell:
			cells = append(cells, name)
		case scopeFree:
			frees = append(frees, name)
		}
		if s.flags[name]&defFreeClass != 0 && s.scopes[name] != scopeFree {
			frees = append(frees, name)
		}
	}
	if s.kind == classScope && s.needsClassClosure {
		cells = append(cells, "__class__")
	}
	sort.Strings(cells)
	sort.Strings(frees)
	for _, name := range cells {
		u.derefs[name] = len(code.CellVars)
		code.CellVars = append(code.CellVars, name)
		arg := -1
		if i, ok := u.varnames[name]; ok {
			arg = i
		}
		code.Cell2Arg = append(code.Cell2Arg, arg)
		if name == "__class__" && s.kind == classScope {
			code.ClassCellIndex = len(code.CellVars) - 1
		}
	}
	for _, name := range frees {
		u.derefs[name] = len(cells) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, name)
	}
	return u
}

// qualName follows CPython's __qualname__ rules.
func (c *compiler) qualName(s *scope, name string) string {
	if s.parent == nil || c.u == nil || s.parent.kind == moduleScope {
		return name
	}
	parent := c.u
	if s.kind != moduleScope && parent.scope.kind == moduleScope {
		return name
	}
	// A name declared global in the enclosing scope is not nested.
	if sc, ok := s.parent.scopes[name]; ok && sc == scopeGlobalExplicit && s.kind != moduleScope {
		return name
	}
	if parent.scope.kind == functionScope {
		return parent.code.QualName + ".<locals>." + name
	}
	return parent.code.QualName + "." + name
}

func (c *compiler) errorf(n syntax.Node, format string, a ...any) {
	if c.err != nil {
		return
	}
	e := &syntax.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, a...), Filename: c.filename}
	if n == nil && c.curStmt != nil {
		n = c.curStmt
	}
	if n != nil {
		p := n.Span()
		e.Line, e.Col, e.EndLine, e.EndCol = p.Line, p.Col+1, p.EndLine, p.EndCol+1
	}
	c.err = e
}

func (c *compiler) setLine(n syntax.Node) {
	if n == nil {
		return
	}
	if l := n.Span().Line; l > 0 {
		c.u.line = l
	}
}

func (c *compiler) currentHandler() int {
	u := c.u
	if len(u.handlerStack) == 0 {
		return -1
	}
	return u.handlerStack[len(u.handlerStack)-1]
}

func (c *compiler) emit(op bytecode.Opcode, arg int) {
	if arg > bytecode.MaxArg && c.err == nil {
		c.err = fmt.Errorf("%s: too many names, constants or arguments for %s", c.filename, op)
	}
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: arg, target: -1, line: c.u.line, handler: c.currentHandler()})
}

func (c *compiler) emitJump(op bytecode.Opcode, l int) {
	c.u.instrs = append(c.u.instrs, instr{op: op, target: l, line: c.u.line, handler: c.currentHandler()})
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) bind(l int) { c.u.labels[l] = len(c.u.instrs) }

// setup starts the region protected by a new handler at label l.
func (c *compiler) setup(l int) { c.setupAdjust(l, 0) }

// setupAdjust is setup for a handler that restores the stack to adjust
// values below the depth where it is set up.
func (c *compiler) setupAdjust(l, adjust int) {
	u := c.u
	h := len(u.handlers)
	u.handlers = append(u.handlers, handler{label: l, depth: -1, adjust: adjust})
	u.instrs = append(u.instrs, instr{op: opSetup, arg: h, target: -1, line: u.line, handler: c.currentHandler()})
	u.handlerStack = append(u.handlerStack, h)
}

// popBlock ends the innermost handler's region.
func (c *compiler) popBlock() {
	u := c.u
	u.handlerStack = u.handlerStack[:len(u.handlerStack)-1]
}

type constKey struct {
	kind string
	s    string
}

func (c *compiler) constIndex(k any) int {
	u := c.u
	var key any
	switch v := k.(type) {
	case nil, bool, int64, string:
		key = constKey{fmt.Sprintf("%T", v), fmt.Sprint(v)}
	case float64:
		key = constKey{"float", fmt.Sprintf("%b", v)}
	case complex128:
		key = constKey{"complex", fmt.Sprintf("%b", v)}
	case *big.Int:
		key = constKey{"big", v.String()}
	case []byte:
		key = constKey{"bytes", string(v)}
	case bytecode.Ellipsis:
		key = constKey{"...", ""}
	case bytecode.Tuple:
		key = constKey{"tuple", tupleKey(v)}
	}
	if key != nil {
		if i, ok := u.constIndex[key]; ok {
			return i
		}
		u.constIndex[key] = len(u.consts)
	}
	u.consts = append(u.consts, k)
	return len(u.consts) - 1
}

func tupleKey(t bytecode.Tuple) string {
	s := "("
	for _, x := range t {
		s += fmt.Sprintf("%T:%s,", x, bytecode.ConstRepr(x))
	}
	return s + ")"
}

func (c *compiler) loadConst(k any) { c.emit(bytecode.LOAD_CONST, c.constIndex(k)) }

func (c *compiler) nameIndex(name string) int {
	u := c.u
	if i, ok := u.names[name]; ok {
		return i
	}
	u.names[name] = len(u.code.Names)
	u.code.Names = append(u.code.Names, name)
	return len(u.code.Names) - 1
}

func (c *compiler) varIndex(name string) int {
	u := c.u
	if i, ok := u.varnames[name]; ok {
		return i
	}
	u.varnames[name] = len(u.code.VarNames)
	u.code.VarNames = append(u.code.VarNames, name)
	return len(u.code.VarNames) - 1
}

// attrIndex is nameIndex for an attribute name, which private name
// mangling applies to.
func (c *compiler) attrIndex(name string) int { return c.nameIndex(mangle(c.u.scope.private, name)) }

// storeName is a NAME store used for implicit assignments (__doc__,
// __module__, __qualname__).
func (c *compiler) storeName(name string) { c.emit(bytecode.STORE_NAME, c.nameIndex(name)) }

// nameOp emits the load, store or delete of name as its scope requires.
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) {
	u := c.u
	s := u.scope
	name = mangle(s.private, name)
	sc := s.scopes[name]
	if name == "__class__" && s.kind == classScope && s.needsClassClosure {
		sc = scopeCell
	}
	type ops struct{ load, store, del bytecode.Opcode }
	var o ops
	var arg int
	switch sc {
	case scopeFree, scopeCell:
		o = ops{bytecode.LOAD_DEREF, bytecode.STORE_DEREF, bytecode.DELETE_DEREF}
		if s.kind == classScope {
			o.load = bytecode.LOAD_CLASSDEREF
		}
		i, ok := u.derefs[name]
		if !ok {
			c.err = fmt.Errorf("compiler: no cell for %q in %s", name, u.code.QualName)
			return
		}
		arg = i
	case scopeLocal:
		if s.kind == functionScope {
			o = ops{bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST}
			arg = c.varIndex(name)
		} else {
			o = ops{bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME}
			arg = c.nameIndex(name)
		}
	case scopeGlobalExplicit:
		o = ops{bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL}
		arg = c.nameIndex(name)
	default: // implicit global, or a name the symtable never saw
		if s.kind == functionScope {
			o = ops{bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL}
		} else {
			o = ops{bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME}
		}
		arg = c.nameIndex(name)
	}
	switch ctx {
	case syntax.Load:
		c.emit(o.load, arg)
	case syntax.Store:
		c.emit(o.store, arg)
	default:
		c.emit(o.del, arg)
	}
}

// hasFutureAnnotations reports whether the module starts (after its
// docstring) with `from __future__ import annotations`.
func hasFutureAnnotations(body []syntax.Stmt) bool {
	for i, s := range body {
		imp, ok := s.(*syntax.ImportFrom)
		if !ok {
			if _, isDoc := docstring(body[i:]); isDoc && i == 0 {
				continue
			}
			return false
		}
		if imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

// annotation pushes an annotation's value: the string of its source under
// `from __future__ import annotations`.
func (c *compiler) annotation(e syntax.Expr) {
	if c.futureAnnotations {
		c.loadConst(unparse(e))
		return
	}
	c.expr(e)
}

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func hasAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// childScope returns the scope the symbol table made for node.
func (c *compiler) childScope(node syntax.Node) *scope {
	return c.st.byNode[node]
}

// finishUnit assembles the current unit and returns to its parent.
func (c *compiler) finishUnit() *bytecode.Code {
	u := c.u
	if c.err == nil {
		if err := u.assemble(); err != nil {
			c.err = err
		}
	}
	c.u = u.parent
	return u.code
}

// makeClosure loads the cells code needs from the enclosing unit and
// emits MAKE_FUNCTION; flags says which optional operands are already on
// the stack.
func (c *compiler) makeClosure(code *bytecode.Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			i, ok := c.u.derefs[name]
			if !ok {
				c.err = fmt.Errorf("compiler: %s needs %q, which %s lacks", code.QualName, name, c.u.code.QualName)
				return
			}
			c.emit(bytecode.LOAD_CLOSURE, i)
		}
		c.emit(bytecode.BUILD_TUPLE, len(code.FreeVars))
		flags |= bytecode.MakeClosure
	}
	c.loadConst(code)
	c.emit(bytecode.MAKE_FUNCTION, flags)
}
