package compiler

// This file defines the symbol tables: a first pass over the tree records,
// for every scope, how each name is used; analyze then decides each name's
// scope as CPython's symtable.c does.

import (
	"fmt"

	"github.com/pystm/pystm/compiler/syntax"
)

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
)

// Symbol use flags.
const (
	defGlobal    = 1 << iota // `global x`
	defNonlocal              // `nonlocal x`
	defLocal                 // assigned in the scope
	defParam                 // a parameter
	defUse                   // read
	defImport                // bound by import
	defFreeClass             // class scope: also free in a child
	defCompIter              // comprehension iteration variable

	defBound = defLocal | defParam | defImport
)

// Resolved scopes.
type nameScope uint8

const (
	scopeUnknown nameScope = iota
	scopeLocal
	scopeGlobalExplicit
	scopeGlobalImplicit
	scopeFree
	scopeCell
)

type scope struct {
	kind      scopeKind
	name      string
	node      syntax.Node
	parent    *scope
	children  []*scope
	flags     map[string]int
	order     []string // names in first-seen order (deterministic output)
	scopes    map[string]nameScope
	params    []string
	isComp    bool
	isAsync   bool   // async def, or a comprehension using async for/await
	private   string // the enclosing class's name, for private name mangling
	generator bool
	nested    bool
	// needsClassClosure: a class whose methods use __class__ or super.
	needsClassClosure bool
	hasFree           bool
	// childFree: names free in this scope (after analysis).
	childIndex int // next child consumed by codegen
}

func (s *scope) add(name string, flag int) {
	name = mangle(s.private, name)
	if _, ok := s.flags[name]; !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] |= flag
}

func (s *scope) isFunction() bool { return s.kind == functionScope }

type symtable struct {
	filename string
	top      *scope
	cur      *scope
	byNode   map[syntax.Node]*scope
	err      error
	// depth counts nested expressions being visited (LANG): past
	// maxExprDepth compilation stops with CPython's RecursionError, which
	// also keeps every later recursive pass off Go's stack limit.
	depth int
}

// maxExprDepth is CPython 3.11's symtable bound for a module: the
// recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3).
const maxExprDepth = 3000

func newScope(kind scopeKind, name string, node syntax.Node, parent *scope) *scope {
	s := &scope{kind: kind, name: name, node: node, parent: parent,
		flags: map[string]int{}, scopes: map[string]nameScope{}}
	if kind == classScope {
		s.private = name
	} else if parent != nil {
		s.private = parent.private
	}
	if parent != nil {
		parent.children = append(parent.children, s)
		s.nested = parent.kind == functionScope || parent.nested
	}
	return s
}

func (st *symtable) errorf(n syntax.Node, format string, a ...any) {
	if st.err != nil {
		return
	}
	e := &syntax.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, a...), Filename: st.filename}
	if n != nil {
		p := n.Span()
		e.Line, e.Col, e.EndLine, e.EndCol = p.Line, p.Col+1, p.EndLine, p.EndCol+1
	}
	st.err = e
}

func buildSymtable(mod *syntax.Module, filename string) (*symtable, error) {
	st := &symtable{filename: filename, byNode: map[syntax.Node]*scope{}}
	st.top = newScope(moduleScope, "top", nil, nil)
	st.cur = st.top
	st.stmts(mod.Body)
	if st.err != nil {
		return nil, st.err
	}
	st.analyze(st.top, nil, map[string]bool{}, map[string]bool{})
	if st.err != nil {
		return nil, st.err
	}
	return st, nil
}

func (st *symtable) enter(kind scopeKind, name string, node syntax.Node) *scope {
	s := newScope(kind, name, node, st.cur)
	st.byNode[node] = s
	st.cur = s
	return s
}

func (st *symtable) leave() { st.cur = st.cur.parent }

func (st *symtable) stmts(body []syntax.Stmt) {
	for _, s := range body {
		st.stmt(s)
	}
}

func (st *symtable) addDef(n syntax.Node, name string, flag int) {
	s := st.cur
	old := s.flags[mangle(s.private, name)]
	if flag&defParam != 0 && old&defParam != 0 {
		st.errorf(n, "duplicate argument '%s' in function definition", name)
		return
	}
	s.add(name, flag)
}

func (st *symtable) stmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		st.addDef(s, s.Name, defLocal)
		st.argDefaults(s.Args)
		st.exprs(s.DecoratorList)
		st.annotations(s.Args, s.Returns)
		st.function(s, s.Name, s.Args, func() { st.stmts(s.Body) })
	case *syntax.AsyncFunctionDef:
		st.addDef(s, s.Name, defLocal)
		st.argDefaults(s.Args)
		st.exprs(s.DecoratorList)
		st.annotations(s.Args, s.Returns)
		st.function(s, s.Name, s.Args, func() {
			st.cur.isAsync = true
			st.stmts(s.Body)
		})
	case *syntax.ClassDef:
		st.addDef(s, s.Name, defLocal)
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.exprs(s.DecoratorList)
		st.enter(classScope, s.Name, s)
		st.stmts(s.Body)
		st.leave()
	case *syntax.Return:
		if !st.cur.isFunction() || st.cur.isComp {
			st.errorf(s, "'return' outside function")
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.Delete:
		st.exprs(s.Targets)
	case *syntax.Assign:
		st.exprs(s.Targets)
		st.expr(s.Value)
	case *syntax.AugAssign:
		st.expr(s.Target)
		st.expr(s.Value)
	case *syntax.AnnAssign:
		if n, ok := s.Target.(*syntax.Name); ok {
			fl := st.cur.flags[mangle(st.cur.private, n.Id)]
			if fl&(defGlobal|defNonlocal) != 0 && s.Simple {
				kind := "global"
				if fl&defNonlocal != 0 {
					kind = "nonlocal"
				}
				st.errorf(s, "annotated name '%s' can't be %s", n.Id, kind)
			}
			if s.Simple {
				st.addDef(n, n.Id, defLocal)
			} else if s.Value != nil {
				st.expr(s.Target)
			}
		} else {
			st.expr(s.Target)
		}
		if !st.cur.isFunction() {
			st.expr(s.Annotation)
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *syntax.For:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.AsyncFor:
		st.expr(s.Target)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(s.Body)
	case *syntax.AsyncWith:
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(s.Body)
	case *syntax.Match:
		st.expr(s.Subject)
		for _, c := range s.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
		}
		if s.Cause != nil {
			st.expr(s.Cause)
		}
	case *syntax.Try:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.addDef(h, h.Name, defLocal)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Orelse)
		st.stmts(s.Finalbody)
	case *syntax.TryStar:
		st.stmts(s.Body)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.addDef(h, h.Name, defLocal)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Orelse)
		st.stmts(s.Finalbody)
	case *syntax.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *syntax.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			st.addDef(a, name, defImport)
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if st.cur.kind != moduleScope {
					st.errorf(s, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			st.addDef(a, name, defImport)
		}
	case *syntax.Global:
		for _, name := range s.Names {
			st.declare(s, name, defGlobal, "global")
		}
	case *syntax.Nonlocal:
		for _, name := range s.Names {
			if st.cur.kind == moduleScope {
				st.errorf(s, "nonlocal declaration not allowed at module level")
				return
			}
			st.declare(s, name, defNonlocal, "nonlocal")
		}
	case *syntax.ExprStmt:
		st.expr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

func (st *symtable) declare(n syntax.Node, name string, flag int, kind string) {
	cur := st.cur
	old := cur.flags[mangle(cur.private, name)]
	if old&(defParam|defLocal|defUse|defImport) != 0 || (old&defGlobal != 0 && flag == defNonlocal) || (old&defNonlocal != 0 && flag == defGlobal) {
		switch {
		case (old&defGlobal != 0 && flag == defNonlocal) || (old&defNonlocal != 0 && flag == defGlobal):
			st.errorf(n, "name '%s' is nonlocal and global", name)
		case old&defParam != 0:
			st.errorf(n, "name '%s' is parameter and %s", name, kind)
		case old&defUse != 0 && old&(defLocal|defImport) == 0:
			st.errorf(n, "name '%s' is used prior to %s declaration", name, kind)
		default:
			st.errorf(n, "name '%s' is assigned to before %s declaration", name, kind)
		}
		return
	}
	cur.add(name, flag)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (st *symtable) argDefaults(a *syntax.Arguments) {
	st.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

func (st *symtable) annotations(a *syntax.Arguments, returns syntax.Expr) {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, p := range list {
			if p.Annotation != nil {
				st.expr(p.Annotation)
			}
		}
	}
	for _, p := range []*syntax.Arg{a.Vararg, a.Kwarg} {
		if p != nil && p.Annotation != nil {
			st.expr(p.Annotation)
		}
	}
	if returns != nil {
		st.expr(returns)
	}
}

func (st *symtable) function(node syntax.Node, name string, a *syntax.Arguments, body func()) {
	s := st.enter(functionScope, name, node)
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args} {
		for _, p := range list {
			st.addDef(p, p.Arg, defParam)
			s.params = append(s.params, mangle(s.private, p.Arg))
		}
	}
	for _, p := range a.Kwonlyargs {
		st.addDef(p, p.Arg, defParam)
		s.params = append(s.params, mangle(s.private, p.Arg))
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg, a.Vararg.Arg, defParam)
		s.params = append(s.params, mangle(s.private, a.Vararg.Arg))
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg, a.Kwarg.Arg, defParam)
		s.params = append(s.params, mangle(s.private, a.Kwarg.Arg))
	}
	body()
	st.leave()
}

func (st *symtable) exprs(es []syntax.Expr) {
	for _, e := range es {
		st.expr(e)
	}
}

func (st *symtable) name(n syntax.Node, id string, ctx syntax.ExprContext) {
	if ctx == syntax.Load {
		st.cur.add(id, defUse)
		if id == "super" && st.cur.isFunction() && !st.cur.isComp {
			st.cur.add("__class__", defUse)
		}
	} else {
		st.addDef(n, id, defLocal)
	}
}

func (st *symtable) expr(e syntax.Expr) {
	if st.depth++; st.depth > maxExprDepth { // LANG
		if st.err == nil {
			st.err = &syntax.Error{Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation", Filename: st.filename}
		}
		st.depth--
		return
	}
	defer func() { st.depth-- }()
	switch e := e.(type) {
	case *syntax.Name:
		st.name(e, e.Id, e.Ctx)
	case *syntax.BoolOp:
		st.exprs(e.Values)
	case *syntax.NamedExpr:
		st.namedExpr(e)
	case *syntax.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *syntax.UnaryOp:
		st.expr(e.Operand)
	case *syntax.Lambda:
		st.argDefaults(e.Args)
		st.function(e, "<lambda>", e.Args, func() { st.expr(e.Body) })
	case *syntax.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *syntax.Dict:
		for i, k := range e.Keys {
			if k != nil {
				st.expr(k)
			}
			st.expr(e.Values[i])
		}
	case *syntax.Set:
		st.exprs(e.Elts)
	case *syntax.ListComp:
		st.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		st.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		st.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		st.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Await:
		if !st.cur.isFunction() {
			st.errorf(e, "'await' outside function")
		} else if !st.cur.isAsync && !st.cur.isComp {
			st.errorf(e, "'await' outside async function")
		} else if st.cur.isComp {
			st.cur.isAsync = true
		}
		st.expr(e.Value)
	case *syntax.Yield:
		st.yield(e)
		if e.Value != nil {
			st.expr(e.Value)
		}
	case *syntax.YieldFrom:
		st.yield(e)
		st.expr(e.Value)
	case *syntax.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *syntax.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *syntax.FormattedValue:
		st.expr(e.Value)
		if e.FormatSpec != nil {
			st.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		st.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		st.expr(e.Value)
	case *syntax.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *syntax.Starred:
		st.expr(e.Value)
	case *syntax.List:
		st.exprs(e.Elts)
	case *syntax.Tuple:
		st.exprs(e.Elts)
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				st.expr(x)
			}
		}
	}
}

func (st *symtable) yield(e syntax.Expr) {
	s := st.cur
	if !s.isFunction() {
		st.errorf(e, "'yield' outside function")
		return
	}
	if s.isComp {
		kind := "list comprehension"
		switch s.name {
		case "<setcomp>":
			kind = "set comprehension"
		case "<dictcomp>":
			kind = "dict comprehension"
		case "<genexpr>":
			kind = "generator expression"
		}
		st.errorf(e, "'yield' inside %s", kind)
		return
	}
	s.generator = true
}

func (st *symtable) namedExpr(e *syntax.NamedExpr) {
	st.expr(e.Value)
	n := e.Target.(*syntax.Name)
	if !st.cur.isComp {
		st.name(n, n.Id, syntax.Store)
		return
	}
	// A walrus in a comprehension binds in the nearest enclosing
	// non-comprehension scope.
	for s := st.cur; s != nil; s = s.parent {
		if s.isComp {
			if s.flags[mangle(s.private, n.Id)]&defCompIter != 0 {
				st.errorf(e, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
				return
			}
			continue
		}
		switch s.kind {
		case classScope:
			st.errorf(e, "assignment expression within a comprehension cannot be used in a class body")
			return
		case moduleScope:
			s.add(n.Id, defLocal)
			for c := st.cur; c != s; c = c.parent {
				c.add(n.Id, defGlobal)
			}
		default:
			s.add(n.Id, defLocal)
			for c := st.cur; c != s; c = c.parent {
				c.add(n.Id, defNonlocal)
			}
		}
		return
	}
}

func (st *symtable) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	st.expr(gens[0].Iter)
	s := st.enter(functionScope, name, e)
	s.isComp = true
	s.add(".0", defParam)
	s.params = []string{".0"}
	if name == "<genexpr>" {
		s.generator = true
	}
	for i, g := range gens {
		if g.IsAsync {
			s.isAsync = true
		}
		st.compTarget(g.Target)
		if i > 0 {
			st.expr(g.Iter)
		}
		st.exprs(g.Ifs)
	}
	st.expr(elt)
	if value != nil {
		st.expr(value)
	}
	st.leave()
}

func (st *symtable) compTarget(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		st.addDef(t, t.Id, defLocal|defCompIter)
	case *syntax.Tuple:
		for _, x := range t.Elts {
			st.compTarget(x)
		}
	case *syntax.List:
		for _, x := range t.Elts {
			st.compTarget(x)
		}
	case *syntax.Starred:
		st.compTarget(t.Value)
	default:
		st.expr(t)
	}
}

func (st *symtable) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		st.expr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	case *syntax.MatchMapping:
		st.exprs(p.Keys)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		if p.Rest != "" {
			st.addDef(p, p.Rest, defLocal)
		}
	case *syntax.MatchClass:
		st.expr(p.Cls)
		for _, q := range p.Patterns {
			st.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			st.pattern(q)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			st.addDef(p, p.Name, defLocal)
		}
	case *syntax.MatchAs:
		if p.Pattern != nil {
			st.pattern(p.Pattern)
		}
		if p.Name != "" {
			st.addDef(p, p.Name, defLocal)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			st.pattern(q)
		}
	}
}

func copySet(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k := range m {
		c[k] = true
	}
	return c
}

// analyze resolves the names of s. bound holds the names bound in enclosing
// function scopes, global the names declared global there; the names free
// in s (and its children) are added to free.
func (st *symtable) analyze(s *scope, bound, global, free map[string]bool) {
	local := map[string]bool{}
	newBound := map[string]bool{}
	newGlobal := map[string]bool{}
	newFree := map[string]bool{}
	if s.kind == classScope {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		fl := s.flags[name]
		switch {
		case fl&defGlobal != 0:
			s.scopes[name] = scopeGlobalExplicit
			global[name] = true
			delete(bound, name)
		case fl&defNonlocal != 0:
			if !bound[name] {
				st.errorf(s.node, "no binding for nonlocal '%s' found", name)
				st.fixNonlocalPos(s, name)
				return
			}
			s.scopes[name] = scopeFree
			s.hasFree = true
			free[name] = true
		case fl&defBound != 0:
			s.scopes[name] = scopeLocal
			local[name] = true
			delete(global, name)
		case bound[name]:
			s.scopes[name] = scopeFree
			s.hasFree = true
			free[name] = true
		default:
			s.scopes[name] = scopeGlobalImplicit
		}
	}
	if s.kind != classScope {
		if s.kind == functionScope {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	} else {
		newBound["__class__"] = true
	}
	for _, c := range s.children {
		childFree := map[string]bool{}
		st.analyze(c, copySet(newBound), copySet(newGlobal), childFree)
		if st.err != nil {
			return
		}
		for k := range childFree {
			newFree[k] = true
		}
	}
	switch s.kind {
	case functionScope:
		for name := range newFree {
			if s.scopes[name] == scopeLocal {
				s.scopes[name] = scopeCell
				delete(newFree, name)
			}
		}
	case classScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.needsClassClosure = true
		}
	}
	// Names free in children but not bound here pass through as free.
	for _, name := range sortedKeys(newFree) {
		if sc, ok := s.scopes[name]; ok {
			if s.kind == classScope && sc != scopeFree {
				s.flags[name] |= defFreeClass
			}
			continue
		}
		if bound[name] {
			s.scopes[name] = scopeFree
			s.order = append(s.order, name)
			s.flags[name] = 0
			s.hasFree = true
		}
	}
	for k := range newFree {
		free[k] = true
	}
}

// fixNonlocalPos points a "no binding for nonlocal" error at the nonlocal
// statement rather than the function.
func (st *symtable) fixNonlocalPos(s *scope, name string) {
	e, ok := st.err.(*syntax.Error)
	if !ok {
		return
	}
	var body []syntax.Stmt
	switch n := s.node.(type) {
	case *syntax.FunctionDef:
		body = n.Body
	case *syntax.AsyncFunctionDef:
		body = n.Body
	case *syntax.ClassDef:
		body = n.Body
	}
	if p := findNonlocal(body, name); p != nil {
		sp := p.Span()
		e.Line, e.Col, e.EndLine, e.EndCol = sp.Line, sp.Col+1, sp.EndLine, sp.EndCol+1
	}
}

func findNonlocal(body []syntax.Stmt, name string) syntax.Node {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.Nonlocal:
			for _, n := range s.Names {
				if n == name {
					return s
				}
			}
		case *syntax.If:
			if p := findNonlocal(s.Body, name); p != nil {
				return p
			}
			if p := findNonlocal(s.Orelse, name); p != nil {
				return p
			}
		case *syntax.For:
			if p := findNonlocal(s.Body, name); p != nil {
				return p
			}
		case *syntax.While:
			if p := findNonlocal(s.Body, name); p != nil {
				return p
			}
		case *syntax.Try:
			if p := findNonlocal(s.Body, name); p != nil {
				return p
			}
		case *syntax.With:
			if p := findNonlocal(s.Body, name); p != nil {
				return p
			}
		}
	}
	return nil
}
