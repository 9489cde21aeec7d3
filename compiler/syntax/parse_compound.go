// This file parses compound statements: blocks, if/while/for/with/try,
// decorators, def and class.

package syntax

import "fmt"

func (p *parser) compoundStmt() Stmt {
	t := p.tok()
	switch t.kind {
	case tDef:
		return p.funcDef(t, nil, false)
	case tClass:
		return p.classDef(t, nil)
	case tAt:
		return p.decorated()
	case tIf:
		return p.ifStmt()
	case tWhile:
		p.advance()
		test := p.namedExpression()
		p.expectColonNL()
		body := p.block(t, "'while' statement")
		orelse := p.elseBlock()
		return &While{p.span(t), test, body, orelse}
	case tFor:
		p.advance()
		s := p.forRest(t)
		return &For{s.Pos, s.Target, s.Iter, s.Body, s.Orelse}
	case tWith:
		p.advance()
		items, body := p.withRest(t)
		return &With{p.span(t), items, body}
	case tTry:
		return p.tryStmt()
	case tAsync:
		p.advance()
		switch p.tok().kind {
		case tDef:
			f := p.funcDef(t, nil, true)
			return f
		case tFor:
			p.advance()
			s := p.forRest(t)
			return &AsyncFor{s.Pos, s.Target, s.Iter, s.Body, s.Orelse}
		case tWith:
			p.advance()
			items, body := p.withRest(t)
			return &AsyncWith{p.span(t), items, body}
		}
		p.syntaxError()
	}
	p.syntaxError()
	return nil
}

// block parses the ':'-introduced suite of a compound statement: either a
// line of simple statements or NEWLINE INDENT statements DEDENT. what names
// the statement for "expected an indented block after ...".
func (p *parser) block(header *token, what string) []Stmt {
	if !p.accept(tNewline) {
		if p.at(tEOF) || p.at(tIndent) || p.at(tDedent) {
			p.syntaxError()
		}
		return p.simpleStmts()
	}
	if !p.at(tIndent) {
		p.errorHere("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", what, header.line))
	}
	p.advance()
	var body []Stmt
	for !p.accept(tDedent) {
		if p.at(tEOF) {
			break
		}
		body = append(body, p.statement()...)
	}
	return body
}

func (p *parser) elseBlock() []Stmt {
	if t := p.tok(); t.kind == tElse {
		p.advance()
		p.expectColon()
		return p.block(t, "'else' statement")
	}
	return nil
}

func (p *parser) ifStmt() Stmt {
	t := p.advance() // if or elif
	test := p.namedExpression()
	p.expectColonNL()
	what := "'if' statement"
	if t.kind == tElif {
		what = "'elif' statement"
	}
	body := p.block(t, what)
	var orelse []Stmt
	if p.at(tElif) {
		orelse = []Stmt{p.ifStmt()}
	} else {
		orelse = p.elseBlock()
	}
	return &If{p.span(t), test, body, orelse}
}

func (p *parser) forRest(t *token) *For {
	tstart := p.p
	target := p.starTargets()
	p.checkForTarget(target, tstart)
	if !p.accept(tIn) {
		p.checkMissingComma(target)
		p.syntaxError()
	}
	iter := p.starExpressions()
	p.expectColonNL()
	body := p.block(t, "'for' statement")
	orelse := p.elseBlock()
	return &For{p.span(t), target, iter, body, orelse}
}

func (p *parser) withRest(t *token) ([]*WithItem, []Stmt) {
	var items []*WithItem
	// Parenthesised with-items: "with (a as b, c):" — try that reading
	// first and fall back to an ordinary expression if it fails.
	if p.at(tLpar) {
		save := p.p
		if its, ok := p.tryParenWithItems(); ok {
			items = its
		} else {
			p.p = save
		}
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.accept(tComma) {
				break
			}
		}
	}
	p.expectColonNL()
	what := "'with' statement"
	if t.kind == tAsync {
		what = "'async with' statement"
	}
	body := p.block(t, what)
	return items, body
}

func (p *parser) tryParenWithItems() (items []*WithItem, ok bool) {
	p.trying++
	depth := p.depth
	defer func() {
		p.trying--
		p.depth = depth
		if r := recover(); r != nil {
			if !p.recoverable(r) {
				panic(r)
			}
			items, ok = nil, false
		}
	}()
	p.advance() // (
	for {
		items = append(items, p.withItem())
		if !p.accept(tComma) {
			break
		}
		if p.at(tRpar) {
			break
		}
	}
	if !p.accept(tRpar) || !p.at(tColon) {
		return nil, false
	}
	return items, true
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.accept(tAs) {
		w.OptionalVars = p.starTarget()
		if k := p.tok().kind; k != tComma && k != tRpar && k != tColon && k != tNewline {
			p.syntaxError()
		}
		p.checkTarget(w.OptionalVars, Store)
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	t := p.advance()
	p.expectColon()
	body := p.block(t, "'try' statement")
	var handlers []*ExceptHandler
	star := false
	for p.at(tExcept) {
		et := p.advance()
		h := &ExceptHandler{}
		what := "'except' statement"
		if p.accept(tStar) {
			if len(handlers) > 0 && !star {
				p.errorAtTok(et, "cannot have both 'except' and 'except*' on the same 'try'")
			}
			star = true
			what = "'except*' statement"
		} else if star {
			p.errorAtTok(et, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if p.at(tNewline) {
			p.errorHere("SyntaxError", "expected ':'")
		}
		if !p.at(tColon) {
			h.Type = p.expression()
			if p.at(tComma) {
				// except A, B: — CPython asks for parentheses.
				p.advance()
				p.expression()
				for p.accept(tComma) {
					p.expression()
				}
				p.errorRange(h.Type, p.lastExprNode(), "multiple exception types must be parenthesized")
			}
			if p.accept(tAs) {
				h.Name = p.expect(tName).val
			}
		} else if star {
			p.errorHere("SyntaxError", "expected one or more exception types")
		}
		p.expectColonNL()
		h.Body = p.block(et, what)
		h.Pos = p.span(et)
		handlers = append(handlers, h)
	}
	orelse := []Stmt(nil)
	if len(handlers) > 0 {
		orelse = p.elseBlock()
	}
	var final []Stmt
	if ft := p.tok(); ft.kind == tFinally {
		p.advance()
		p.expectColon()
		final = p.block(ft, "'finally' statement")
	}
	if len(handlers) == 0 && final == nil {
		p.errorAtTok(p.last(), "expected 'except' or 'finally' block")
	}
	if star {
		return &TryStar{p.span(t), body, handlers, orelse, final}
	}
	return &Try{p.span(t), body, handlers, orelse, final}
}

// lastExprNode is a zero-width node at the end of the last consumed token,
// for error ranges that end there.
func (p *parser) lastExprNode() Node {
	l := p.last()
	return &Name{Pos: Pos{l.line, l.col, l.endLine, l.endCol}}
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.at(tAt) {
		p.advance()
		decos = append(decos, p.namedExpression())
		if !p.accept(tNewline) {
			p.syntaxError()
		}
	}
	t := p.tok()
	switch t.kind {
	case tDef:
		return p.funcDef(t, decos, false)
	case tClass:
		return p.classDef(t, decos)
	case tAsync:
		p.advance()
		if p.at(tDef) {
			return p.funcDef(t, decos, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(start *token, decos []Expr, async bool) Stmt {
	p.expect(tDef)
	name := p.expect(tName).val
	if !p.accept(tLpar) {
		p.errorHere("SyntaxError", "expected '('")
	}
	args := p.parameters(tRpar)
	p.expect(tRpar)
	var returns Expr
	if arrow := p.p; p.accept(tRarrow) {
		if !p.try(func() { returns = p.expression() }) {
			// The optional '-> annotation' did not parse: CPython then
			// expects the ':' where the arrow is.
			p.p = arrow
			p.errorHere("SyntaxError", "expected ':'")
		}
	}
	p.expectColon()
	what := "function definition"
	body := p.block(start, what)
	if async {
		return &AsyncFunctionDef{p.span(start), name, args, body, decos, returns}
	}
	return &FunctionDef{p.span(start), name, args, body, decos, returns}
}

func (p *parser) classDef(start *token, decos []Expr) Stmt {
	p.expect(tClass)
	name := p.expect(tName).val
	c := &ClassDef{Name: name, DecoratorList: decos}
	if p.accept(tLpar) {
		c.Bases, c.Keywords = p.callArgs()
		p.expect(tRpar)
	}
	p.expectColonNL()
	c.Body = p.block(start, "class definition")
	c.Pos = p.span(start)
	return c
}
