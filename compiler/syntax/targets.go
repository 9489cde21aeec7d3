// This file defines assignment, deletion and loop targets: how they are
// parsed, how their context is set to Store or Del, and the errors CPython
// gives for expressions that cannot be targets.

package syntax

import "fmt"

// starTargets parses the target list of a for loop or comprehension:
// star_target (',' star_target)* [','], a Tuple when there is a comma.
func (p *parser) starTargets() Expr {
	start := p.tok()
	first := p.starTarget()
	if !p.at(tComma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tIn) || p.at(tEqual) || !p.startsExpr() {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{p.span(start), elts, Load}
}

// starTarget parses one target as an expression at bitwise-or level, so
// that `in` is left for the for statement; checkTarget validates it.
func (p *parser) starTarget() Expr {
	if t := p.tok(); t.kind == tStar {
		p.advance()
		if p.at(tStar) {
			p.syntaxError()
		}
		v := p.starTarget()
		return &Starred{p.span(t), v, Load}
	}
	return p.bitwiseOr()
}

func (p *parser) delTargets() []Expr {
	start := p.p
	var targets []Expr
	for {
		// CPython's del_target is a primary (name, attribute, subscript,
		// or a bracketed target list); anything else is reparsed.
		var t Expr
		if !p.try(func() { t = p.primary() }) {
			p.delTargetError(start)
		}
		p.checkTarget(t, Del)
		targets = append(targets, t)
		if !p.accept(tComma) {
			break
		}
		if !p.startsExpr() {
			break
		}
	}
	if k := p.tok().kind; k != tNewline && k != tSemi {
		p.delTargetError(start)
	}
	return targets
}

// checkForTarget checks the target of a for loop or comprehension, which
// starts at token index start. Like CPython, it names what is wrong by
// reparsing the target as an expression list, so errors in that
// expression come first, and a comparison `a in b` blames its left side.
// delTargetError reports a bad del statement whose targets start at
// token index start: CPython reparses `del <star_expressions>` to name what
// cannot be deleted (e.g. the comparison in `del x in y`), else the error
// is at the token where the targets stopped.
func (p *parser) delTargetError(start int) {
	end, far := p.p, p.furthest
	p.p = start
	var e Expr
	if p.reparse(func() { e = p.starExpressions() }) {
		if bad := invalidTarget(e, Del); bad != nil {
			p.errorAtNode(bad, "cannot delete "+exprName(bad))
		}
	}
	p.p, p.furthest = end, far
	p.syntaxError()
}

func (p *parser) checkForTarget(e Expr, start int) {
	if invalidTarget(e, Store) == nil {
		setContext(e, Store)
		return
	}
	end, far := p.p, p.furthest
	p.p = start
	var full Expr
	if p.reparse(func() { full = p.starExpressions() }) {
		if bad := invalidForTarget(full); bad != nil {
			p.errorAtNode(bad, "cannot assign to "+exprName(bad))
		}
		p.errorHere("SyntaxError", "invalid syntax")
	}
	p.p, p.furthest = end, far
	p.syntaxError()
}

// invalidForTarget is invalidTarget for for-loop targets.
func invalidForTarget(e Expr) Expr {
	switch x := e.(type) {
	case *Compare:
		if x.Ops[0] == In {
			return invalidForTarget(x.Left)
		}
		return nil
	case *Tuple:
		for _, el := range x.Elts {
			if bad := invalidForTarget(el); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, el := range x.Elts {
			if bad := invalidForTarget(el); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		return invalidForTarget(x.Value)
	}
	return invalidTarget(e, Store)
}

// checkTarget reports the first part of e that cannot be assigned to (or
// deleted), then sets the context of e and its parts.
func (p *parser) checkTarget(e Expr, ctx ExprContext) {
	if bad := invalidTarget(e, ctx); bad != nil {
		switch bad.(type) {
		case *Yield, *YieldFrom:
			if ctx != Del {
				p.errorAtNode(bad, "assignment to yield expression not possible")
			}
		}
		verb := "assign to"
		if ctx == Del {
			verb = "delete"
		}
		p.errorAtNode(bad, fmt.Sprintf("cannot %s %s", verb, exprName(bad)))
	}
	setContext(e, ctx)
}

// checkAssignTarget checks the target before an `=`, the current token.
// The first target of a statement gets CPython's hint that '==' may have
// been meant when `target = value` stands alone.
func (p *parser) checkAssignTarget(e Expr, first bool) {
	if tup, ok := e.(*Tuple); ok && first && invalidTarget(e, Store) != nil && !p.parenthesised[e] {
		// CPython's error pass reads the target list item by item and
		// stops at `last_name = value` not followed by '='.
		if n, ok := tup.Elts[len(tup.Elts)-1].(*Name); ok {
			save, far := p.p, p.furthest
			p.advance()
			var b Expr
			ok := p.startsExpr() && p.try(func() { b = p.bitwiseOr() }) && !p.at(tEqual) && !p.at(tColonEqual)
			p.p, p.furthest = save, far
			if ok {
				p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
	}
	if first && invalidTarget(e, Store) != nil && p.isBitwiseOrLevel(e) {
		hint := true
		switch x := e.(type) {
		case *List, *Tuple, *GeneratorExp:
			hint = false
		case *Constant:
			hint = !(x.Value == true || x.Value == false || x.Value == nil)
		}
		if hint {
			save, far := p.p, p.furthest
			p.advance()
			ok := p.startsExpr() && p.try(func() { p.bitwiseOr() }) && !p.at(tEqual) && !p.at(tColonEqual)
			p.p, p.furthest = save, far
			if ok {
				p.errorAtNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
			}
		}
	}
	p.checkTarget(e, Store)
}

func (p *parser) checkAugTarget(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		setContext(e, Store)
		return
	}
	p.errorAtNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
}

func (p *parser) checkAnnTarget(e Expr) {
	switch e.(type) {
	case *Name, *Attribute, *Subscript:
		setContext(e, Store)
		return
	case *Tuple:
		p.errorAtNode(e, "only single target (not tuple) can be annotated")
	case *List:
		p.errorAtNode(e, "only single target (not list) can be annotated")
	}
	p.errorAtNode(e, "illegal target for annotation")
}

// invalidTarget returns the first sub-expression of e that cannot be a
// target in context ctx, or nil (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e Expr, ctx ExprContext) Expr {
	switch x := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, el := range x.Elts {
			if bad := invalidTarget(el, ctx); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if ctx == Del {
			return e
		}
		return invalidTarget(x.Value, ctx)
	}
	return e
}

// setContext sets the context of a valid target and its parts.
func setContext(e Expr, ctx ExprContext) {
	switch x := e.(type) {
	case *Name:
		x.Ctx = ctx
	case *Attribute:
		x.Ctx = ctx
	case *Subscript:
		x.Ctx = ctx
	case *Starred:
		x.Ctx = ctx
		setContext(x.Value, ctx)
	case *Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setContext(el, ctx)
		}
	case *List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			setContext(el, ctx)
		}
	}
}

// exprName names an expression in error messages, as CPython's
// _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch x := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x.Value.(type) {
		case nil:
			return "None"
		case bool:
			if x.Value == true {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
