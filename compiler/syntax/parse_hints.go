// This file holds the parser's speculative parses (try) and the checks
// that reproduce CPython's error rules for expressions: "Perhaps you
// forgot a comma?", the '=' and ':=' hints.

package syntax

import (
	"strings"

	"github.com/pystm/pystm/compiler/bytecode"
)

// walrusTargetError reports `e := value` where e is not a name, once the
// value parses (CPython's invalid_named_expression); the current token is
// the ':='.
func (p *parser) walrusTargetError(e Expr) {
	if _, ok := e.(*Name); ok && !p.parenthesised[e] {
		return // a valid `name := value`, only not allowed here
	}
	save, far := p.p, p.furthest
	p.advance()
	ok := p.try(func() { p.expression() })
	p.p, p.furthest = save, far
	if ok {
		p.errorAtNode(e, "cannot use assignment expressions with "+exprName(e))
	}
}

// equalsHint reports `x = y` inside an expression (CPython's
// invalid_named_expression), unless it is followed by another '='.
func (p *parser) equalsHint(e Expr) {
	// CPython's rule rejects these forms before reading past the '='
	// (a list, tuple or generator expression, True, False or None, as
	// written, not inside a parenthesised group).
	switch x := e.(type) {
	case *GeneratorExp:
		return
	case *List, *Tuple:
		if !p.parenthesised[e] {
			return
		}
	case *Constant:
		if (x.Value == true || x.Value == false || x.Value == nil) && !p.parenthesised[e] {
			return
		}
	}
	save, far := p.p, p.furthest
	p.advance()
	var b Expr
	if !p.startsExpr() || !p.try(func() { b = p.bitwiseOr() }) || p.at(tEqual) || p.at(tColonEqual) {
		p.p, p.furthest = save, far
		return
	}
	if _, ok := e.(*Name); ok && !p.parenthesised[e] {
		p.hintError(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if p.isBitwiseOrLevel(e) {
		p.hintError(e, e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
	}
	p.p, p.furthest = save, far
}

// hintError raises an '=' hint. During a speculative parse it is also
// remembered: a match statement's subject reports it even when the match
// reading fails (CPython tries match statements first).
func (p *parser) hintError(a, b Node, msg string) {
	s, e := a.Span(), b.Span()
	err := p.newError("SyntaxError", s.Line, s.Col, e.EndLine, e.EndCol, msg)
	if p.trying > 0 && p.hint == nil {
		p.hint = err
	}
	p.fail(err)
}

// markParenthesised remembers that e was written in parentheses, which
// makes it an atom for the '==' hints, whatever its kind.
func (p *parser) markParenthesised(e Expr) {
	if p.parenthesised == nil {
		p.parenthesised = make(map[Expr]bool)
	}
	p.parenthesised[e] = true
}

// isBitwiseOrLevel reports whether e could have come from the bitwise_or
// rule (so not a comparison, not, and/or, lambda or conditional, unless
// parenthesised).
func (p *parser) isBitwiseOrLevel(e Expr) bool {
	if p.parenthesised[e] {
		return true
	}
	switch x := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom, *Starred:
		return false
	case *UnaryOp:
		return x.Op != bytecode.OpNot
	}
	return true
}

// checkMissingComma reports two expressions side by side inside brackets
// (CPython's "Perhaps you forgot a comma?").
//
// Like CPython, it parses the second expression wherever it is, which may
// run into a bracket never closed, and reports the comma only inside
// brackets.
func (p *parser) checkMissingComma(a Expr) {
	t := p.tok()
	if !canStartExpr(t.kind) || t.kind == tStar || t.kind == tYield {
		return
	}
	if tup, ok := a.(*Tuple); ok && len(tup.Elts) > 0 && tup.Elts[0].Span().Col == tup.Col && tup.Elts[0].Span().Line == tup.Line {
		a = tup.Elts[len(tup.Elts)-1] // an unparenthesised tuple: its last item
	}
	if !isDisjunctionLevel(a) {
		return
	}
	if n, ok := leftmost(a).(*Name); ok {
		// Soft keywords: `match x` is not a missing comma. CPython
		// compares only the name's length of each soft keyword, so any
		// prefix of one ("c", "ma") counts too.
		if strings.HasPrefix("match", n.Id) || strings.HasPrefix("case", n.Id) || n.Id == "_" {
			return
		}
		switch n.Id {
		case "print", "exec":
			if n == a {
				return // left to the "Missing parentheses" message
			}
		}
		if n == a && t.kind == tString {
			// CPython's legacy-print rule still parses what follows a
			// name, which may run into a tokenizer error.
			save, far := p.p, p.furthest
			p.try(func() { p.starExpressions() })
			p.p, p.furthest = save, far
			return
		}
	}
	save, far := p.p, p.furthest
	p.noInvalid++
	ok := p.try(func() { p.expression() })
	p.noInvalid--
	b := p.last()
	p.p, p.furthest = save, far
	if !ok || b.level == 0 {
		return
	}
	end := &Name{Pos: Pos{b.line, b.col, b.endLine, b.endCol}}
	p.errorRange(a, end, "invalid syntax. Perhaps you forgot a comma?")
}

func isDisjunctionLevel(e Expr) bool {
	switch e.(type) {
	case *IfExp, *Lambda, *NamedExpr, *Starred:
		return false
	}
	return true
}

// leftmost returns the expression that begins e's source text.
func leftmost(e Expr) Expr {
	for {
		var next Expr
		switch x := e.(type) {
		case *Attribute:
			next = x.Value
		case *Subscript:
			next = x.Value
		case *Call:
			next = x.Func
		case *BinOp:
			next = x.Left
		case *Compare:
			next = x.Left
		case *BoolOp:
			next = x.Values[0]
		}
		if next == nil || next.Span().Col != e.Span().Col || next.Span().Line != e.Span().Line {
			return e
		}
		e = next
	}
}

// tryKeep is try for a parse that, when it succeeds, counts as read
// (the furthest token stays where f left it).
func (p *parser) tryKeep(f func()) bool {
	var far int
	ok := p.try(func() { f(); far = p.furthest })
	if ok {
		p.furthest = far
	}
	return ok
}

// try runs f, reporting whether it parsed without a parser error.
// Tokenizer errors are not recoverable and propagate.
func (p *parser) try(f func()) (ok bool) {
	depth, far := p.depth, p.furthest
	p.trying++
	defer func() {
		p.trying--
		p.furthest = far
		if r := recover(); r != nil {
			if !p.recoverable(r) {
				panic(r)
			}
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}
