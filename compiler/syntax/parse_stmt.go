// This file parses simple statements: expression statements and
// assignments, imports, and the keyword statements.

package syntax

import "fmt"

func (p *parser) fileInput() []Stmt {
	var body []Stmt
	for {
		switch p.tok().kind {
		case tEOF:
			return body
		case tNewline:
			p.advance()
			continue
		}
		body = append(body, p.statement()...)
		p.dropParsedTokens()
	}
}

// dropParsedTokens forgets the tokens of the statements parsed so far
// (keeping the last one, for spans), so the buffer holds one top-level
// statement at a time. Nothing backtracks across a top-level statement.
func (p *parser) dropParsedTokens() {
	if p.p < 2 {
		return
	}
	keep := p.p - 1
	n := copy(p.toks, p.toks[keep:])
	p.toks = p.toks[:n]
	p.p -= keep
	p.furthest = max(p.furthest-keep, 0)
	p.lastExpr = nil
}

// statement parses a compound statement or a line of simple statements.
func (p *parser) statement() []Stmt {
	t := p.tok()
	switch t.kind {
	case tDef, tIf, tClass, tWith, tFor, tTry, tWhile, tAt, tAsync:
		return []Stmt{p.compoundStmt()}
	case tName:
		if t.val == "match" {
			if s := p.tryMatchStmt(); s != nil {
				return []Stmt{s}
			}
		}
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	var stmts []Stmt
	for {
		stmts = append(stmts, p.simpleStmt())
		if p.accept(tSemi) {
			if p.at(tNewline) {
				break
			}
			continue
		}
		break
	}
	if !p.accept(tNewline) {
		p.syntaxError()
	}
	return stmts
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	switch t.kind {
	case tPass:
		p.advance()
		return &Pass{p.span(t)}
	case tBreak:
		p.advance()
		return &Break{p.span(t)}
	case tContinue:
		p.advance()
		return &Continue{p.span(t)}
	case tReturn:
		p.advance()
		var v Expr
		if p.startsExpr() {
			v = p.starExpressions()
			if k := p.tok().kind; k != tNewline && k != tSemi {
				p.checkMissingComma(v)
			}
		}
		return &Return{p.span(t), v}
	case tImport:
		return p.importName()
	case tFrom:
		return p.importFrom()
	case tRaise:
		p.advance()
		s := &Raise{}
		if p.startsExpr() {
			s.Exc = p.expression()
			if p.accept(tFrom) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.span(t)
		return s
	case tGlobal, tNonlocal:
		p.advance()
		var names []string
		for {
			names = append(names, p.expect(tName).val)
			if !p.accept(tComma) {
				break
			}
		}
		if t.kind == tGlobal {
			return &Global{p.span(t), names}
		}
		return &Nonlocal{p.span(t), names}
	case tDel:
		p.advance()
		targets := p.delTargets()
		return &Delete{p.span(t), targets}
	case tAssert:
		p.advance()
		s := &Assert{Test: p.expression()}
		if p.accept(tComma) {
			s.Msg = p.expression()
		}
		s.Pos = p.span(t)
		return s
	}
	return p.exprOrAssignStmt()
}

func (p *parser) dottedName() string {
	name := p.expect(tName).val
	for p.accept(tDot) {
		name += "." + p.expect(tName).val
	}
	return name
}

func (p *parser) importName() Stmt {
	t := p.advance()
	var names []*Alias
	for {
		start := p.tok()
		a := &Alias{Name: p.dottedName()}
		if p.accept(tAs) {
			a.Asname = p.expect(tName).val
		}
		a.Pos = p.span(start)
		names = append(names, a)
		if !p.accept(tComma) {
			break
		}
	}
	return &Import{p.span(t), names}
}

func (p *parser) importFrom() Stmt {
	t := p.advance()
	s := &ImportFrom{}
	for {
		if p.accept(tDot) {
			s.Level++
		} else if p.accept(tEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if s.Level == 0 || p.at(tName) {
		s.Module = p.dottedName()
	}
	p.expect(tImport)
	if st := p.tok(); st.kind == tStar {
		p.advance()
		s.Names = []*Alias{{Pos: p.span(st), Name: "*"}}
		s.Pos = p.span(t)
		return s
	}
	paren := p.accept(tLpar)
	for {
		start := p.tok()
		a := &Alias{Name: p.expect(tName).val}
		if p.accept(tAs) {
			a.Asname = p.expect(tName).val
		}
		a.Pos = p.span(start)
		s.Names = append(s.Names, a)
		if !p.accept(tComma) {
			break
		}
		if paren && p.at(tRpar) {
			break
		}
		if !paren && p.at(tNewline) {
			p.errorHere("SyntaxError", "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(tRpar)
	}
	s.Pos = p.span(t)
	return s
}

// exprOrAssignStmt parses an expression statement, an assignment, an
// augmented assignment or an annotated assignment.
func (p *parser) exprOrAssignStmt() Stmt {
	start := p.tok()
	parenthesised := start.kind == tLpar
	var first Expr
	if p.at(tYield) {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch k := p.tok().kind; {
	case k == tColon:
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		case *Starred:
			p.syntaxError() // no annotation rule matches `*x:`
		default:
			// CPython blames the target only if the annotation parses;
			// otherwise the error is at the ':'.
			far, colon := p.furthest, p.p
			p.advance()
			if p.try(func() { p.expression() }) {
				p.checkAnnTarget(first)
			}
			p.p, p.furthest = colon, far
			p.syntaxError()
		}
		p.advance()
		ann := p.expression()
		p.checkAnnTarget(first)
		s := &AnnAssign{Target: first, Annotation: ann}
		_, isName := first.(*Name)
		s.Simple = isName && !parenthesised
		if p.accept(tEqual) {
			s.Value = p.annotatedRHS()
		}
		s.Pos = p.span(start)
		return s
	case k == tEqual:
		targets := []Expr{first}
		var value Expr
		for p.at(tEqual) {
			// Each target is checked when its '=' is seen, before the
			// value is parsed, as CPython does.
			if len(targets) > 1 && invalidTarget(targets[len(targets)-1], Store) != nil {
				p.nameEqualsHint(targets[0], start)
			}
			p.checkAssignTarget(targets[len(targets)-1], len(targets) == 1)
			p.advance()
			if p.at(tYield) {
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			targets = append(targets, value)
		}
		if k := p.tok().kind; k != tNewline && k != tSemi {
			p.checkMissingComma(value)
		}
		targets = targets[:len(targets)-1]
		return &Assign{p.span(start), targets, value}
	case augOps[k] != 0:
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			// CPython blames the target only if the value parses;
			// otherwise the error is at the operator.
			far, op := p.furthest, p.p
			p.advance()
			if p.try(func() { p.annotatedRHS() }) {
				p.checkAugTarget(first)
			}
			p.p, p.furthest = op, far
			p.syntaxError()
		}
		p.advance()
		var value Expr
		if p.at(tYield) {
			value = p.yieldExpr()
		} else {
			value = p.starExpressions()
		}
		p.checkAugTarget(first)
		return &AugAssign{p.span(start), first, augOps[k] - 1, value}
	}
	p.legacyPrint(first)
	if p.at(tColonEqual) {
		last := first
		if t, ok := first.(*Tuple); ok && len(t.Elts) > 0 {
			last = t.Elts[len(t.Elts)-1]
		}
		p.walrusTargetError(last)
	}
	if k := p.tok().kind; k != tNewline && k != tSemi {
		p.checkMissingComma(first)
	}
	return &ExprStmt{p.span(start), first}
}

// legacyPrint reports Python 2's `print x` and `exec x`.
func (p *parser) legacyPrint(first Expr) {
	if n, ok := first.(*Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() {
		p.errorRange(first, first, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
	}
}

// nameEqualsHint gives CPython's "Maybe you meant '=='" for a statement
// `name = value ...` that is about to fail on a later target: its error
// pass sees `name = <bitwise_or>` not followed by '=' first.
func (p *parser) nameEqualsHint(first Expr, start *token) {
	n, ok := first.(*Name)
	if !ok || start.kind != tName {
		return
	}
	save, far := p.p, p.furthest
	for p.p > 0 && &p.toks[p.p] != start {
		p.p--
	}
	p.advance() // the name
	p.advance() // '='
	var b Expr
	ok = p.startsExpr() && p.try(func() { b = p.bitwiseOr() }) && !p.at(tEqual) && !p.at(tColonEqual)
	p.p, p.furthest = save, far
	if ok {
		p.errorRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
}

func (p *parser) annotatedRHS() Expr {
	if p.at(tYield) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}
