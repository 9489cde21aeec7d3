// This file parses the parameter lists of def and lambda.

package syntax

// parameters parses parameters up to (not including) closer: ')' for def,
// ':' for lambda, which also allows no annotations.
func (p *parser) parameters(closer tokKind) *Arguments {
	a := &Arguments{}
	lambda := closer == tColon
	sawSlash, sawStar, sawDefault := false, false, false
	var starTok *token
	var positional []*Arg
	for !p.at(closer) {
		t := p.tok()
		if a.Kwarg != nil {
			p.errorAtTok(t, "arguments cannot follow var-keyword argument")
		}
		switch t.kind {
		case tSlash:
			p.advance()
			switch {
			case sawStar:
				p.errorAtTok(t, "/ must be ahead of *")
			case sawSlash:
				p.errorAtTok(t, "/ may appear only once")
			case len(positional) == 0:
				if p.at(tComma) {
					p.errorAtTok(t, "at least one argument must precede /")
				}
				p.syntaxError()
			}
			sawSlash = true
			a.Posonlyargs = positional
			positional = nil
			if st := p.tok(); st.kind == tStar {
				p.errorAtTok(st, "expected comma between / and *")
			}
		case tStar:
			p.advance()
			if sawStar {
				p.errorAtTok(t, "* argument may appear only once")
			}
			sawStar, starTok = true, t
			if p.at(tName) {
				a.Vararg = p.param(lambda)
				if p.at(tEqual) {
					p.errorHere("SyntaxError", "var-positional argument cannot have default value")
				}
			} else if p.at(closer) || p.at(tComma) && p.peek(1).kind == closer {
				p.errorAtTok(t, "named arguments must follow bare *")
			} else if !p.at(tComma) {
				p.syntaxError()
			}
		case tDoubleStar:
			p.advance()
			a.Kwarg = p.param(lambda)
			if p.at(tEqual) {
				p.errorHere("SyntaxError", "var-keyword argument cannot have default value")
			}
		case tName:
			arg := p.param(lambda)
			var def Expr
			if p.accept(tEqual) {
				if p.at(tComma) || p.at(closer) {
					p.errorAtTok(p.last(), "expected default value expression")
				}
				def = p.expression()
				if !p.at(tComma) && !p.at(closer) {
					p.checkMissingComma(def)
				}
			}
			if sawStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
				break
			}
			if def != nil {
				sawDefault = true
				a.Defaults = append(a.Defaults, def)
			} else if sawDefault && (p.at(tComma) || p.at(closer)) {
				p.errorAtNode(arg, "non-default argument follows default argument")
			}
			positional = append(positional, arg)
		case tLpar:
			if !sawSlash && !sawStar && !sawDefault {
				p.parenthesisedParams(lambda)
			}
			p.syntaxError()
		default:
			p.syntaxError()
		}
		if !p.accept(tComma) {
			break
		}
	}
	if !p.at(closer) {
		if lambda && p.at(tLpar) {
			p.syntaxError()
		}
		p.syntaxError()
	}
	if sawStar && a.Vararg == nil && len(a.Kwonlyargs) == 0 {
		p.errorAtTok(starTok, "named arguments must follow bare *")
	}
	a.Args = positional
	if a.Posonlyargs == nil {
		a.Posonlyargs = []*Arg{}
	}
	return a
}

// parenthesisedParams reports `def f((a, b))`, Python 2's tuple
// parameters, as CPython does; the current token is the '('.
func (p *parser) parenthesisedParams(lambda bool) {
	save, far := p.p, p.furthest
	open := p.tok()
	ok := p.try(func() {
		p.advance()
		for {
			p.param(lambda)
			if !p.accept(tComma) || p.at(tRpar) {
				break
			}
		}
		p.expect(tRpar)
	})
	if ok {
		closeTok := p.last()
		msg := "Function parameters cannot be parenthesized"
		if lambda {
			msg = "Lambda expression parameters cannot be parenthesized"
		}
		p.errorRange(&Name{Pos: Pos{open.line, open.col, open.endLine, open.endCol}},
			&Name{Pos: Pos{closeTok.line, closeTok.col, closeTok.endLine, closeTok.endCol}}, msg)
	}
	p.p, p.furthest = save, far
}

// param parses NAME [':' annotation].
func (p *parser) param(lambda bool) *Arg {
	t := p.expect(tName)
	arg := &Arg{Arg: t.val}
	if !lambda && p.accept(tColon) {
		if p.at(tStar) {
			s := p.advance()
			v := p.expression()
			arg.Annotation = &Starred{p.span(s), v, Load}
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.span(t)
	return arg
}
