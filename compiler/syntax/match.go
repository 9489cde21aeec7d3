// This file parses match statements (PEP 634) into Match nodes and their
// patterns.

package syntax

// tryMatchStmt recognises a match statement. `match` is a soft keyword:
// only `match <subject>:` followed by a newline starts one; anything else
// is parsed as ordinary statements that use `match` as a name.
func (p *parser) tryMatchStmt() Stmt {
	save := p.p
	far := p.furthest
	noColon := false
	p.hint = nil
	ok := p.try(func() {
		p.advance()
		if !p.startsExpr() {
			p.syntaxError()
		}
		p.subjectExpr()
		far = max(far, p.furthest)
		if p.at(tNewline) {
			noColon = true
		}
		p.expect(tColon)
		p.expect(tNewline)
	})
	// CPython's first pass tries the match statement too, so the tokens
	// it looked at count for the position of a later syntax error.
	p.p, p.furthest = save, max(p.furthest, far)
	if noColon && p.matchNoColon == nil {
		p.matchNoColon = p.tok()
	}
	if !ok {
		if p.hint != nil {
			p.fail(p.hint)
		}
		return nil
	}
	t := p.advance()
	subject := p.subjectExpr()
	p.expect(tColon)
	p.expect(tNewline)
	if !p.at(tIndent) {
		p.errorHere("IndentationError", "expected an indented block after 'match' statement on line "+itoa(t.line))
	}
	p.advance()
	m := &Match{Subject: subject}
	for !p.accept(tDedent) {
		ct := p.tok()
		if !p.isSoftKeyword(ct, "case") {
			p.syntaxError()
		}
		p.advance()
		c := &MatchCase{Pattern: p.patterns()}
		if p.accept(tIf) {
			c.Guard = p.namedExpression()
		}
		p.expectColonNL()
		c.Body = p.block(ct, "'case' statement")
		m.Cases = append(m.Cases, c)
	}
	m.Pos = p.span(t)
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func (p *parser) subjectExpr() Expr {
	start := p.tok()
	first := p.starNamedExpression()
	if !p.at(tComma) {
		return first
	}
	elts := []Expr{first}
	for p.accept(tComma) {
		if p.at(tColon) || p.at(tNewline) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &Tuple{p.span(start), elts, Load}
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() Pattern {
	start := p.tok()
	first := p.maybeStarPattern()
	if !p.at(tComma) {
		if _, ok := first.(*MatchStar); ok {
			return &MatchSequence{p.span(start), []Pattern{first}}
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(tComma) {
		if p.at(tColon) || p.at(tIf) {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{p.span(start), pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if t := p.tok(); t.kind == tStar {
		p.advance()
		name := p.expect(tName).val
		if name == "_" {
			name = ""
		}
		return &MatchStar{p.span(t), name}
	}
	return p.pattern()
}

// pattern: or_pattern ['as' NAME].
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.tok()
	pat := p.orPattern()
	if p.accept(tAs) {
		nt := p.expect(tName)
		if nt.val == "_" {
			p.errorAtTok(nt, "cannot use '_' as a target")
		}
		return &MatchAs{p.span(start), pat, nt.val}
	}
	return pat
}

func (p *parser) orPattern() Pattern {
	start := p.tok()
	first := p.closedPattern()
	if !p.at(tVbar) {
		return first
	}
	pats := []Pattern{first}
	for p.accept(tVbar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{p.span(start), pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	switch t.kind {
	case tNone, tTrue, tFalse:
		p.advance()
		var v any
		if t.kind == tTrue {
			v = true
		} else if t.kind == tFalse {
			v = false
		}
		return &MatchSingleton{p.span(t), v}
	case tNumber, tMinus:
		e := p.signedNumber()
		return &MatchValue{e.Span(), e}
	case tString:
		e := p.strings()
		return &MatchValue{e.Span(), e}
	case tName:
		if p.peek(1).kind != tDot && p.peek(1).kind != tLpar {
			p.advance()
			if t.val == "_" {
				return &MatchAs{Pos: p.span(t)}
			}
			return &MatchAs{Pos: p.span(t), Name: t.val}
		}
		var e Expr = &Name{Pos{t.line, t.col, t.endLine, t.endCol}, t.val, Load}
		p.advance()
		for p.accept(tDot) {
			a := p.expect(tName)
			e = &Attribute{p.span(t), e, a.val, Load}
		}
		if p.at(tLpar) {
			return p.classPattern(t, e)
		}
		return &MatchValue{e.Span(), e}
	case tLpar, tLsqb:
		p.advance()
		closer := tRsqb
		if t.kind == tLpar {
			closer = tRpar
		}
		var pats []Pattern
		sawComma := false
		for !p.at(closer) {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(tComma) {
				break
			}
			sawComma = true
		}
		p.expect(closer)
		if t.kind == tLpar && len(pats) == 1 && !sawComma {
			if _, star := pats[0].(*MatchStar); !star {
				return pats[0] // a group pattern
			}
		}
		return &MatchSequence{p.span(t), pats}
	case tLbrace:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// signedNumber parses a number pattern: ['-'] NUMBER [('+'|'-') NUMBER].
func (p *parser) signedNumber() Expr {
	t := p.tok()
	var e Expr
	if p.accept(tMinus) {
		n := p.expect(tNumber)
		c := &Constant{Pos: p.span(n), Value: p.parseNumber(n)}
		e = &UnaryOp{p.span(t), unaryNeg, c}
	} else {
		n := p.expect(tNumber)
		e = &Constant{Pos: p.span(n), Value: p.parseNumber(n)}
	}
	if k := p.tok().kind; k == tPlus || k == tMinus {
		p.advance()
		n := p.expect(tNumber)
		im := &Constant{Pos: p.span(n), Value: p.parseNumber(n)}
		if _, ok := im.Value.(complex128); !ok {
			p.errorAtNode(im, "imaginary number required in complex literal")
		}
		op := binAdd
		if k == tMinus {
			op = binSub
		}
		e = &BinOp{p.span(t), e, op, im}
	}
	return e
}

func (p *parser) classPattern(start *token, cls Expr) Pattern {
	p.advance() // (
	c := &MatchClass{Cls: cls}
	for !p.at(tRpar) {
		if p.at(tName) && p.peek(1).kind == tEqual {
			name := p.advance().val
			p.advance()
			c.KwdAttrs = append(c.KwdAttrs, name)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.errorAtNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRpar)
	c.Pos = p.span(start)
	return c
}

func (p *parser) mappingPattern() Pattern {
	t := p.advance() // {
	m := &MatchMapping{}
	for !p.at(tRbrace) {
		if p.accept(tDoubleStar) {
			m.Rest = p.expect(tName).val
			p.accept(tComma)
			break
		}
		var key Expr
		kt := p.tok()
		switch kt.kind {
		case tNone, tTrue, tFalse, tNumber, tMinus, tString:
			switch kt.kind {
			case tString:
				key = p.strings()
			case tNumber, tMinus:
				key = p.signedNumber()
			default:
				key = p.atom()
			}
		case tName:
			p.advance()
			key = &Name{p.span(kt), kt.val, Load}
			if !p.at(tDot) {
				p.syntaxError()
			}
			for p.accept(tDot) {
				a := p.expect(tName)
				key = &Attribute{p.span(kt), key, a.val, Load}
			}
		default:
			p.syntaxError()
		}
		p.expect(tColon)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(tComma) {
			break
		}
	}
	p.expect(tRbrace)
	m.Pos = p.span(t)
	return m
}
