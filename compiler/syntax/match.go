package syntax

// tryMatchStmt recognises a match statement. `match` is a soft keyword:
// only `match <subject>:` followed by a newline starts one; anything else
// is parsed as ordinary statements using `match` as a name. Match
// statements are not supported yet and are reported as such.
func (p *parser) tryMatchStmt() Stmt {
	save := p.p
	t := p.advance()
	ok := p.try(func() {
		if !p.startsExpr() {
			p.syntaxError()
		}
		p.starNamedExpression()
		for p.accept(tComma) {
			if p.at(tColon) {
				break
			}
			p.starNamedExpression()
		}
		p.expect(tColon)
		p.expect(tNewline)
	})
	p.p = save
	if ok {
		p.errorAtTok(t, "match statements are not supported")
	}
	return nil
}
