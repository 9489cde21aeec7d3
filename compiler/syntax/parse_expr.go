// This file defines the expression grammar, from star_expressions down to
// atoms, plus call arguments, parameter lists and comprehensions.

package syntax

import "github.com/pystm/pystm/compiler/bytecode"

// augOps maps augmented-assignment tokens to their operator plus one
// (zero means "not an augmented assignment").
var augOps = [numTokKinds]bytecode.BinOp{
	tPlusEqual: bytecode.OpAdd + 1, tMinEqual: bytecode.OpSub + 1,
	tStarEqual: bytecode.OpMul + 1, tAtEqual: bytecode.OpMatMul + 1,
	tSlashEqual: bytecode.OpTrueDiv + 1, tDoubleSlashEqual: bytecode.OpFloorDiv + 1,
	tPercentEqual: bytecode.OpMod + 1, tDoubleStarEqual: bytecode.OpPow + 1,
	tLeftShiftEqual: bytecode.OpLShift + 1, tRightShiftEqual: bytecode.OpRShift + 1,
	tAmperEqual: bytecode.OpAnd + 1, tVbarEqual: bytecode.OpOr + 1,
	tCircumflexEqual: bytecode.OpXor + 1,
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	return canStartExpr(p.tok().kind)
}

func canStartExpr(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tLpar, tLsqb, tLbrace, tMinus, tPlus, tTilde,
		tNot, tLambda, tAwait, tNone, tTrue, tFalse, tEllipsis, tStar, tYield:
		return true
	}
	return false
}

// starExpressions: star_expression (',' star_expression)* [','],
// a Tuple when there is a comma.
func (p *parser) starExpressions() Expr {
	start := p.tok()
	e := p.starExpression()
	if !p.at(tComma) {
		return e
	}
	elts := []Expr{e}
	for p.accept(tComma) {
		if !p.startsExpr() || p.at(tYield) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{p.span(start), elts, Load}
}

func (p *parser) starExpression() Expr {
	if t := p.tok(); t.kind == tStar {
		p.advance()
		v := p.bitwiseOr()
		return &Starred{p.span(t), v, Load}
	}
	return p.expression()
}

// starNamedExpression is an item of a list, tuple or set display.
func (p *parser) starNamedExpression() Expr {
	if t := p.tok(); t.kind == tStar {
		p.advance()
		v := p.bitwiseOr()
		return &Starred{p.span(t), v, Load}
	}
	return p.namedExpression()
}

// namedExpression: NAME ':=' expression | expression !':='. It also gives
// CPython's hints for '=' written where '==' was meant.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.kind == tName && p.peek(1).kind == tColonEqual {
		p.advance()
		p.advance()
		v := p.expression()
		return &NamedExpr{p.span(t), &Name{Pos{t.line, t.col, t.endLine, t.endCol}, t.val, Store}, v}
	}
	e := p.expression()
	switch p.tok().kind {
	case tColonEqual:
		p.walrusTargetError(e)
	case tEqual:
		p.equalsHint(e)
	}
	return e
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
// It remembers the expression and where it ended, for syntaxError.
func (p *parser) expression() Expr {
	e := p.expression1()
	p.lastExpr, p.lastExprEnd = e, p.p
	return e
}

func (p *parser) expression1() Expr {
	p.enter()
	defer p.leave()
	if p.at(tLambda) {
		return p.lambdef()
	}
	start := p.tok()
	body := p.disjunction()
	if !p.at(tIf) {
		return body
	}
	// `x if y` with no else, or followed by a non-expression, is an error.
	ifAt := p.p
	p.advance()
	var test Expr
	if !p.try(func() { test = p.disjunction() }) {
		if p.noInvalid > 0 {
			p.p = ifAt
			return body
		}
		// CPython's PEG parser takes the longest part of the test that
		// parses; if there is one, the 'else' is what is missing.
		p.p = ifAt + 1
		if p.try(func() { p.atom() }) {
			p.errorRange(body, p.lastExprNode(), "expected 'else' after 'if' expression")
		}
		p.p = ifAt + 1
		test = p.disjunction()
	}
	if p.noInvalid > 0 && !p.at(tElse) {
		p.p = ifAt // without error rules, `x if y` is just x
		return body
	}
	if !p.accept(tElse) {
		if !p.at(tColon) {
			p.errorRange(body, test, "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	if p.at(tStar) {
		p.syntaxError()
	}
	orelse := p.expression()
	return &IfExp{p.span(start), test, body, orelse}
}

func (p *parser) disjunction() Expr {
	start := p.tok()
	e := p.conjunction()
	if !p.at(tOr) {
		return e
	}
	vals := []Expr{e}
	for p.accept(tOr) {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{p.span(start), Or, vals}
}

func (p *parser) conjunction() Expr {
	start := p.tok()
	e := p.inversion()
	if !p.at(tAnd) {
		return e
	}
	vals := []Expr{e}
	for p.accept(tAnd) {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{p.span(start), And, vals}
}

func (p *parser) inversion() Expr {
	if t := p.tok(); t.kind == tNot {
		p.enter()
		defer p.leave()
		p.advance()
		v := p.inversion()
		return &UnaryOp{p.span(t), bytecode.OpNot, v}
	}
	return p.comparison()
}

func (p *parser) comparison() Expr {
	start := p.tok()
	left := p.bitwiseOr()
	var ops []CmpOp
	var comps []Expr
	for {
		var op CmpOp
		switch p.tok().kind {
		case tEqEqual:
			op = Eq
		case tNotEqual:
			if p.sc.src[p.sc.lineStarts[p.tok().line-1]+p.tok().col] == '<' {
				p.syntaxError() // `<>` is only Barry's
			}
			op = NotEq
		case tLess:
			op = Lt
		case tLessEqual:
			op = LtE
		case tGreater:
			op = Gt
		case tGreaterEqual:
			op = GtE
		case tIn:
			op = In
		case tIs:
			op = Is
			if p.peek(1).kind == tNot {
				p.advance()
				op = IsNot
			}
		case tNot:
			if p.peek(1).kind != tIn {
				goto done
			}
			p.advance()
			op = NotIn
		default:
			goto done
		}
		p.advance()
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if ops == nil {
		return left
	}
	return &Compare{p.span(start), left, ops, comps}
}

// binary operator precedence levels, lowest first.
type binLevel struct {
	toks []tokKind
	ops  []bytecode.BinOp
}

var binLevels = [...]binLevel{
	{[]tokKind{tVbar}, []bytecode.BinOp{bytecode.OpOr}},
	{[]tokKind{tCircumflex}, []bytecode.BinOp{bytecode.OpXor}},
	{[]tokKind{tAmper}, []bytecode.BinOp{bytecode.OpAnd}},
	{[]tokKind{tLeftShift, tRightShift}, []bytecode.BinOp{bytecode.OpLShift, bytecode.OpRShift}},
	{[]tokKind{tPlus, tMinus}, []bytecode.BinOp{bytecode.OpAdd, bytecode.OpSub}},
	{[]tokKind{tStar, tSlash, tDoubleSlash, tPercent, tAt},
		[]bytecode.BinOp{bytecode.OpMul, bytecode.OpTrueDiv, bytecode.OpFloorDiv, bytecode.OpMod, bytecode.OpMatMul}},
}

func (p *parser) bitwiseOr() Expr { return p.binary(0) }

// binary parses left-associative binary operators from level upwards.
func (p *parser) binary(level int) Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.tok()
	left := p.binary(level + 1)
	lv := &binLevels[level]
	for {
		k := p.tok().kind
		i := 0
		for i < len(lv.toks) && lv.toks[i] != k {
			i++
		}
		if i == len(lv.toks) {
			return left
		}
		p.advance()
		right := p.binary(level + 1)
		left = &BinOp{p.span(start), left, lv.ops[i], right}
	}
}

func (p *parser) factor() Expr {
	t := p.tok()
	var op bytecode.UnaryOp
	switch t.kind {
	case tMinus:
		op = bytecode.OpNeg
	case tPlus:
		op = bytecode.OpPos
	case tTilde:
		op = bytecode.OpInvert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	p.advance()
	v := p.factor()
	return &UnaryOp{p.span(t), op, v}
}

func (p *parser) power() Expr {
	start := p.tok()
	e := p.awaitPrimary()
	if p.accept(tDoubleStar) {
		right := p.factor()
		return &BinOp{p.span(start), e, bytecode.OpPow, right}
	}
	return e
}

func (p *parser) awaitPrimary() Expr {
	if t := p.tok(); t.kind == tAwait {
		p.enter()
		defer p.leave()
		p.advance()
		v := p.primary()
		return &Await{p.span(t), v}
	}
	return p.primary()
}

// primary: atom followed by attribute references, calls and subscripts.
func (p *parser) primary() Expr {
	start := p.tok()
	e := p.atom()
	for {
		switch p.tok().kind {
		case tDot:
			p.advance()
			name := p.expect(tName).val
			e = &Attribute{p.span(start), e, name, Load}
		case tLpar:
			p.enter()
			p.advance()
			lpar := p.last()
			args, kws := p.callArgs()
			rpar := p.expect(tRpar)
			p.leave()
			if len(args) == 1 && len(kws) == 0 && !p.parenthesised[args[0]] {
				// A generator expression that is the sole argument spans
				// the call's parentheses.
				if g, ok := args[0].(*GeneratorExp); ok {
					g.Pos = Pos{lpar.line, lpar.col, rpar.endLine, rpar.endCol}
				}
			}
			e = &Call{p.span(start), e, args, kws}
		case tLsqb:
			p.enter()
			var s Expr
			at, far := p.p, p.furthest
			if p.trying == 0 && !p.tryKeep(func() { p.advance(); s = p.slices(); p.expect(tRsqb) }) {
				// PEG parsers fall back to `e` alone when the subscript
				// fails, so CPython may see `e [...]` as two expressions
				// missing a comma (`f(x[])`). Then the real error.
				p.p, p.furthest = at, far
				p.checkMissingComma(e)
				p.p, p.furthest = at, far
				p.advance()
				s = p.slices()
				p.expect(tRsqb)
			} else if p.trying > 0 {
				p.advance()
				s = p.slices()
				p.expect(tRsqb)
			}
			p.leave()
			e = &Subscript{p.span(start), e, s, Load}
		default:
			return e
		}
	}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() Expr {
	start := p.tok()
	first := p.slice()
	if _, ok := first.(*Starred); !ok && !p.at(tComma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tRsqb) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{p.span(start), elts, Load}
}

func (p *parser) slice() Expr {
	start := p.tok()
	if start.kind == tStar {
		return p.starExpression()
	}
	var lower, upper, step Expr
	if !p.at(tColon) {
		lower = p.namedExpression()
		if !p.at(tColon) {
			p.checkMissingComma(lower)
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.advance() // first ':'
	if p.startsExpr() {
		upper = p.expression()
	}
	if p.accept(tColon) {
		if p.startsExpr() {
			step = p.expression()
		}
	}
	return &Slice{p.span(start), lower, upper, step}
}

func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tName:
		p.advance()
		return &Name{p.span(t), t.val, Load}
	case tNumber:
		p.advance()
		return &Constant{Pos: p.span(t), Value: p.parseNumber(t)}
	case tString:
		return p.strings()
	case tNone:
		p.advance()
		return &Constant{Pos: p.span(t), Value: nil}
	case tTrue:
		p.advance()
		return &Constant{Pos: p.span(t), Value: true}
	case tFalse:
		p.advance()
		return &Constant{Pos: p.span(t), Value: false}
	case tEllipsis:
		p.advance()
		return &Constant{Pos: p.span(t), Value: Ellipsis{}}
	case tLpar:
		return p.parenAtom()
	case tLsqb:
		return p.listAtom()
	case tLbrace:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

// parenAtom: tuple, group or generator expression.
func (p *parser) parenAtom() Expr {
	p.enter()
	defer p.leave()
	t := p.advance()
	if p.accept(tRpar) {
		return &Tuple{p.span(t), nil, Load}
	}
	if p.at(tYield) {
		e := p.yieldExpr()
		p.expect(tRpar)
		p.markParenthesised(e)
		return e
	}
	if ds := p.tok(); ds.kind == tDoubleStar {
		at, far := p.p, p.furthest
		p.advance()
		if p.try(func() { p.expression() }) && p.at(tRpar) {
			p.errorAtTok(ds, "cannot use double starred expression here")
		}
		p.p, p.furthest = at, far
		p.syntaxError()
	}
	first := p.starNamedExpression()
	if p.atComprehension() {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(tRpar)
		g := &GeneratorExp{p.span(t), first, gens}
		p.markParenthesised(g)
		return g
	}
	if p.accept(tRpar) {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "cannot use starred expression here")
		}
		p.markParenthesised(first)
		return first
	}
	if !p.at(tComma) {
		p.checkMissingComma(first)
		p.syntaxError()
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tRpar) {
			break
		}
		e := p.starNamedExpression()
		elts = append(elts, e)
		if !p.at(tComma) && !p.at(tRpar) {
			p.checkMissingComma(e)
		}
	}
	p.expect(tRpar)
	return &Tuple{p.span(t), elts, Load}
}

func (p *parser) listAtom() Expr {
	p.enter()
	defer p.leave()
	t := p.advance()
	if p.accept(tRsqb) {
		return &List{p.span(t), nil, Load}
	}
	first := p.starNamedExpression()
	if p.atComprehension() {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(tRsqb)
		return &ListComp{p.span(t), first, gens}
	}
	elts := p.displayRest(first, tRsqb)
	return &List{p.span(t), elts, Load}
}

// displayRest parses the items after the first of a list or set display
// up to and including the closer.
func (p *parser) displayRest(first Expr, closer tokKind) []Expr {
	elts := []Expr{first}
	for {
		if p.atComprehension() {
			// `[a, b for ...]`: the comprehension is parsed (its errors
			// come first), then the target's parentheses are missing.
			last := p.last()
			p.comprehensions()
			end := elts[len(elts)-1]
			if last.kind == tComma {
				end = &Name{Pos: Pos{last.line, last.col, last.endLine, last.endCol}}
			}
			p.errorRange(first, end, "did you forget parentheses around the comprehension target?")
		}
		if !p.at(tComma) && !p.at(closer) {
			p.checkMissingComma(elts[len(elts)-1])
			p.syntaxError()
		}
		if !p.accept(tComma) || p.at(closer) {
			break
		}
		if p.atComprehension() {
			continue
		}
		elts = append(elts, p.starNamedExpression())
	}
	p.expect(closer)
	return elts
}

func (p *parser) braceAtom() Expr {
	p.enter()
	defer p.leave()
	t := p.advance()
	if p.accept(tRbrace) {
		return &Dict{p.span(t), nil, nil}
	}
	if p.at(tDoubleStar) {
		return p.dictRest(t, nil, nil)
	}
	first := p.starNamedExpression()
	if p.accept(tColon) {
		if p.at(tRbrace) || p.at(tComma) {
			p.errorAtTok(p.last(), "expression expected after dictionary key and ':'")
		}
		val := p.expression()
		if p.atComprehension() {
			gens := p.comprehensions()
			p.expect(tRbrace)
			return &DictComp{p.span(t), first, val, gens}
		}
		if !p.at(tComma) && !p.at(tRbrace) {
			p.checkMissingComma(val)
		}
		return p.dictRest(t, first, val)
	}
	if p.atComprehension() {
		if _, ok := first.(*Starred); ok {
			p.errorAtNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(tRbrace)
		return &SetComp{p.span(t), first, gens}
	}
	elts := p.displayRest(first, tRbrace)
	return &Set{p.span(t), elts}
}

// dictRest parses a dict display after '{' and, if key is not nil, its
// first item. A nil key with a nil value means no item has been read.
func (p *parser) dictRest(t *token, key, val Expr) Expr {
	var keys, vals []Expr
	if val != nil {
		keys, vals = append(keys, key), append(vals, val)
		if !p.accept(tComma) {
			p.expect(tRbrace)
			return &Dict{p.span(t), keys, vals}
		}
	}
	for !p.at(tRbrace) {
		if ds := p.tok(); ds.kind == tDoubleStar {
			p.advance()
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
			if p.atComprehension() {
				p.errorAtTok(ds, "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			k := p.expression()
			if !p.accept(tColon) {
				if p.at(tRbrace) || p.at(tComma) {
					p.errorAtNode(k, "':' expected after dictionary key")
				}
				p.syntaxError()
			}
			if p.at(tRbrace) || p.at(tComma) {
				p.errorAtTok(p.last(), "expression expected after dictionary key and ':'")
			}
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		if !p.at(tComma) && !p.at(tRbrace) {
			p.checkMissingComma(vals[len(vals)-1])
		}
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRbrace)
	return &Dict{p.span(t), keys, vals}
}

// atComprehension reports whether a comprehension clause starts here.
func (p *parser) atComprehension() bool {
	return p.at(tFor) || p.at(tAsync) && p.peek(1).kind == tFor
}

// comprehensions parses one or more `for ... in ... if ...` clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for p.atComprehension() {
		c := &Comprehension{}
		if p.accept(tAsync) {
			c.IsAsync = true
		}
		p.expect(tFor)
		tstart := p.p
		c.Target = p.starTargets()
		p.checkForTarget(c.Target, tstart)
		if !p.accept(tIn) {
			p.checkMissingComma(c.Target)
			p.syntaxError()
		}
		c.Iter = p.disjunction()
		for p.accept(tIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

func (p *parser) yieldExpr() Expr {
	t := p.advance()
	if p.accept(tFrom) {
		v := p.expression()
		return &YieldFrom{p.span(t), v}
	}
	var v Expr
	if p.startsExpr() && !p.at(tYield) {
		v = p.starExpressions()
	}
	return &Yield{p.span(t), v}
}

func (p *parser) lambdef() Expr {
	t := p.advance()
	args := p.parameters(tColon)
	p.expectColonLambda()
	body := p.expression()
	return &Lambda{p.span(t), args, body}
}

func (p *parser) expectColonLambda() {
	if !p.accept(tColon) {
		p.syntaxError()
	}
}

// callArgs parses call arguments up to (not including) ')'.
func (p *parser) callArgs() ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKw, sawDoubleStar := false, false
	// CPython reports a misplaced positional argument only after reading
	// all the arguments, at the token that follows them.
	pending := ""
	for !p.at(tRpar) {
		t := p.tok()
		switch {
		case t.kind == tStar:
			p.advance()
			v := p.expression()
			if sawDoubleStar {
				p.errorRange(&Name{Pos: Pos{t.line, t.col, t.endLine, t.endCol}}, v, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, &Starred{p.span(t), v, Load})
		case t.kind == tDoubleStar:
			p.advance()
			v := p.expression()
			kws = append(kws, &Keyword{p.span(t), "", v})
			sawDoubleStar = true
		case t.kind == tName && p.peek(1).kind == tEqual:
			p.advance()
			p.advance()
			v := p.expression()
			kws = append(kws, &Keyword{p.span(t), t.val, v})
			sawKw = true
		default:
			e := p.namedExpressionArg()
			if p.atComprehension() {
				gens := p.comprehensions()
				g := &GeneratorExp{p.span(t), e, gens}
				// CPython asks for parentheses when other arguments come
				// before, or a comma after; anything else is plain bad.
				if len(args) > 0 || len(kws) > 0 || p.at(tComma) {
					p.errorAtNode(g, "Generator expression must be parenthesized")
				}
				if !p.at(tRpar) {
					p.syntaxError()
				}
				args = append(args, g)
				continue
			}
			if eq := p.tok(); eq.kind == tEqual {
				p.errorRange(e, &Name{Pos: Pos{eq.line, eq.col, eq.endLine, eq.endCol}}, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if pending == "" && sawDoubleStar {
				pending = "positional argument follows keyword argument unpacking"
			} else if pending == "" && sawKw {
				pending = "positional argument follows keyword argument"
			}
			args = append(args, e)
		}
		if !p.accept(tComma) {
			if !p.at(tRpar) {
				last := p.lastArg(args, kws)
				if last != nil {
					p.checkMissingComma(last)
				}
			}
			break
		}
	}
	if pending != "" {
		p.errorHere("SyntaxError", pending)
	}
	return args, kws
}

func (p *parser) lastArg(args []Expr, kws []*Keyword) Expr {
	// The most recently parsed argument: compare positions.
	var a, k Expr
	if len(args) > 0 {
		a = args[len(args)-1]
	}
	if len(kws) > 0 {
		k = kws[len(kws)-1].Value
	}
	if a == nil {
		return k
	}
	if k == nil {
		return a
	}
	as, ks := a.Span(), k.Span()
	if as.Line > ks.Line || as.Line == ks.Line && as.Col > ks.Col {
		return a
	}
	return k
}

// namedExpressionArg is a positional argument: an assignment expression
// or an expression (the '=' hint is given by callArgs).
func (p *parser) namedExpressionArg() Expr {
	t := p.tok()
	if t.kind == tName && p.peek(1).kind == tColonEqual {
		return p.namedExpression()
	}
	return p.expression()
}

const (
	binAdd = bytecode.OpAdd
	binSub = bytecode.OpSub
)

const unaryNeg = bytecode.OpNeg
