package syntax

// pos gives walk's callers access to a node's position for rewriting.
func (p *Pos) pos() *Pos { return p }

// walk calls f for n and, depth first in source order, every node and
// helper (Arguments, Keyword, Comprehension, ...) below it.
func walk(n any, f func(any)) {
	if n == nil {
		return
	}
	f(n)
	exprs := func(es []Expr) {
		for _, e := range es {
			if e != nil {
				walk(e, f)
			}
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			walk(s, f)
		}
	}
	opt := func(e Expr) {
		if e != nil {
			walk(e, f)
		}
	}
	switch x := n.(type) {
	case *Module:
		stmts(x.Body)
	case *FunctionDef:
		exprs(x.DecoratorList)
		walk(x.Args, f)
		opt(x.Returns)
		stmts(x.Body)
	case *AsyncFunctionDef:
		exprs(x.DecoratorList)
		walk(x.Args, f)
		opt(x.Returns)
		stmts(x.Body)
	case *ClassDef:
		exprs(x.DecoratorList)
		exprs(x.Bases)
		for _, k := range x.Keywords {
			walk(k, f)
		}
		stmts(x.Body)
	case *Return:
		opt(x.Value)
	case *Delete:
		exprs(x.Targets)
	case *Assign:
		exprs(x.Targets)
		walk(x.Value, f)
	case *AugAssign:
		walk(x.Target, f)
		walk(x.Value, f)
	case *AnnAssign:
		walk(x.Target, f)
		walk(x.Annotation, f)
		opt(x.Value)
	case *For:
		walk(x.Target, f)
		walk(x.Iter, f)
		stmts(x.Body)
		stmts(x.Orelse)
	case *AsyncFor:
		walk(x.Target, f)
		walk(x.Iter, f)
		stmts(x.Body)
		stmts(x.Orelse)
	case *While:
		walk(x.Test, f)
		stmts(x.Body)
		stmts(x.Orelse)
	case *If:
		walk(x.Test, f)
		stmts(x.Body)
		stmts(x.Orelse)
	case *With:
		for _, it := range x.Items {
			walk(it, f)
		}
		stmts(x.Body)
	case *AsyncWith:
		for _, it := range x.Items {
			walk(it, f)
		}
		stmts(x.Body)
	case *Match:
		walk(x.Subject, f)
		for _, c := range x.Cases {
			walk(c, f)
		}
	case *Raise:
		opt(x.Exc)
		opt(x.Cause)
	case *Try:
		stmts(x.Body)
		for _, h := range x.Handlers {
			walk(h, f)
		}
		stmts(x.Orelse)
		stmts(x.Finalbody)
	case *TryStar:
		stmts(x.Body)
		for _, h := range x.Handlers {
			walk(h, f)
		}
		stmts(x.Orelse)
		stmts(x.Finalbody)
	case *Assert:
		walk(x.Test, f)
		opt(x.Msg)
	case *Import:
		for _, a := range x.Names {
			walk(a, f)
		}
	case *ImportFrom:
		for _, a := range x.Names {
			walk(a, f)
		}
	case *ExprStmt:
		walk(x.Value, f)
	case *BoolOp:
		exprs(x.Values)
	case *NamedExpr:
		walk(x.Target, f)
		walk(x.Value, f)
	case *BinOp:
		walk(x.Left, f)
		walk(x.Right, f)
	case *UnaryOp:
		walk(x.Operand, f)
	case *Lambda:
		walk(x.Args, f)
		walk(x.Body, f)
	case *IfExp:
		walk(x.Test, f)
		walk(x.Body, f)
		walk(x.Orelse, f)
	case *Dict:
		for i := range x.Values {
			opt(x.Keys[i])
			walk(x.Values[i], f)
		}
	case *Set:
		exprs(x.Elts)
	case *ListComp:
		walk(x.Elt, f)
		for _, c := range x.Generators {
			walk(c, f)
		}
	case *SetComp:
		walk(x.Elt, f)
		for _, c := range x.Generators {
			walk(c, f)
		}
	case *DictComp:
		walk(x.Key, f)
		walk(x.Value, f)
		for _, c := range x.Generators {
			walk(c, f)
		}
	case *GeneratorExp:
		walk(x.Elt, f)
		for _, c := range x.Generators {
			walk(c, f)
		}
	case *Await:
		walk(x.Value, f)
	case *Yield:
		opt(x.Value)
	case *YieldFrom:
		walk(x.Value, f)
	case *Compare:
		walk(x.Left, f)
		exprs(x.Comparators)
	case *Call:
		walk(x.Func, f)
		exprs(x.Args)
		for _, k := range x.Keywords {
			walk(k, f)
		}
	case *FormattedValue:
		walk(x.Value, f)
		opt(x.FormatSpec)
	case *JoinedStr:
		exprs(x.Values)
	case *Attribute:
		walk(x.Value, f)
	case *Subscript:
		walk(x.Value, f)
		walk(x.Slice, f)
	case *Starred:
		walk(x.Value, f)
	case *List:
		exprs(x.Elts)
	case *Tuple:
		exprs(x.Elts)
	case *Slice:
		opt(x.Lower)
		opt(x.Upper)
		opt(x.Step)
	case *Arguments:
		for _, a := range x.Posonlyargs {
			walk(a, f)
		}
		for _, a := range x.Args {
			walk(a, f)
		}
		if x.Vararg != nil {
			walk(x.Vararg, f)
		}
		for _, a := range x.Kwonlyargs {
			walk(a, f)
		}
		exprs(x.KwDefaults)
		if x.Kwarg != nil {
			walk(x.Kwarg, f)
		}
		exprs(x.Defaults)
	case *Arg:
		opt(x.Annotation)
	case *Keyword:
		walk(x.Value, f)
	case *WithItem:
		walk(x.ContextExpr, f)
		opt(x.OptionalVars)
	case *Comprehension:
		walk(x.Target, f)
		walk(x.Iter, f)
		exprs(x.Ifs)
	case *ExceptHandler:
		opt(x.Type)
		stmts(x.Body)
	case *MatchCase:
		walkPattern(x.Pattern, f)
		opt(x.Guard)
		stmts(x.Body)
	}
}

func walkPattern(pt Pattern, f func(any)) {
	if pt == nil {
		return
	}
	f(pt)
	switch x := pt.(type) {
	case *MatchValue:
		walk(x.Value, f)
	case *MatchSequence:
		for _, q := range x.Patterns {
			walkPattern(q, f)
		}
	case *MatchMapping:
		for i := range x.Keys {
			walk(x.Keys[i], f)
			walkPattern(x.Patterns[i], f)
		}
	case *MatchClass:
		walk(x.Cls, f)
		for _, q := range x.Patterns {
			walkPattern(q, f)
		}
		for _, q := range x.KwdPatterns {
			walkPattern(q, f)
		}
	case *MatchAs:
		walkPattern(x.Pattern, f)
	case *MatchOr:
		for _, q := range x.Patterns {
			walkPattern(q, f)
		}
	}
}
