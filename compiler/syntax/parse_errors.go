// This file reports syntax errors the way CPython does: where they are
// placed, and which of several possible errors wins.

package syntax

import "unicode/utf8"

// CPython reports a parser error's offset in bytes when the source is
// bytes without a declared encoding (a file, or compile() of bytes), and
// in characters otherwise; Col follows the first rule (this package parses
// bytes) and CharCol gives the character offset.
func (p *parser) newError(kind string, line, col, endLine, endCol int, msg string) *Error {
	charOff := p.sc.charOffset(line, col) + 1
	off := col + 1
	if col < 0 {
		charOff = col + 1
	}
	endOff, endCharOff := 0, 0
	if endLine > 0 {
		endOff, endCharOff = endCol+1, p.sc.charOffset(endLine, endCol)+1
		if endCol < 0 {
			endCharOff = endOff
		}
	}
	e := &Error{Kind: kind, Msg: msg, Filename: p.filename, Line: line, Col: off,
		EndLine: endLine, EndCol: endOff, Text: p.sc.lineText(line), CharCol: charOff}
	if p.sc.encodingDeclared {
		e.Col, e.EndCol = charOff, endCharOff
	}
	return e
}

// fail raises err after giving a tokenizer error further on, or an
// unclosed bracket, the chance to take precedence, as CPython does.
func (p *parser) fail(err *Error) {
	fatal := p.inStrings > 0
	if p.trying > 0 {
		panic(bailout{err, fatal}) // a speculative parse: the caller backtracks
	}
	if p.matchNoColon != nil {
		err = p.matchColonError()
	}
	// CPython compares the bracket's line with that of the last token
	// it read, lookahead included.
	lastLine := p.toks[len(p.toks)-1].line
	if terr := p.readAll(); terr != nil && !terr.deferred {
		if !terr.unclosed || lastLine > terr.Line {
			panic(bailout{terr, true})
		}
	}
	panic(bailout{err, fatal})
}

// unclosedAtEOF reads the rest of the input and reports whether it ends
// inside brackets. Other tokenizer errors are raised.
func (p *parser) matchColonError() *Error {
	p.tok()
	t := &p.toks[p.furthest]
	return p.newError("SyntaxError", t.line, t.col, t.endLine, t.endCol, "expected ':'")
}

func (p *parser) unclosedAtEOF() bool {
	terr := p.readAll()
	if terr == nil {
		return false
	}
	if !terr.unclosed {
		panic(bailout{terr, true})
	}
	return true
}

// readAll reads the remaining tokens into the buffer (the parser may
// still backtrack to them) and returns the tokenizer's error, if any.
func (p *parser) readAll() *Error {
	if p.sc.err != nil {
		return p.sc.err
	}
	if n := len(p.toks); n > 0 && p.toks[n-1].kind == tEOF {
		return nil
	}
	for {
		t, err := p.sc.next()
		if err != nil {
			return err
		}
		p.toks = append(p.toks, t)
		if t.kind == tEOF {
			return nil
		}
	}
}

func (p *parser) errorAtTok(t *token, msg string) {
	p.fail(p.newError("SyntaxError", t.line, t.col, t.endLine, t.endCol, msg))
}

// errorHere reports an error located at the current token the way
// CPython's RAISE_SYNTAX_ERROR (no explicit location) does: at the end of
// input that is the end of the last line, newline included.
func (p *parser) errorHere(kind, msg string) {
	t := p.tok()
	if t.col < 0 || t.kind == tDedent {
		// CPython's INDENT/DEDENT tokens have no column; it then uses
		// the tokenizer's position: after the indentation.
		e := p.newError(kind, t.line, 0, t.line, 0, msg)
		if t.kind == tEOF || t.kind == tNewline {
			text := p.sc.lineText(t.line)
			e.Col, e.CharCol = len(text), utf8.RuneCountInString(text)
		} else {
			first := p.firstCol(t.line)
			e.Col, e.CharCol = first, p.sc.charOffset(t.line, first)
		}
		if p.sc.encodingDeclared {
			e.Col = e.CharCol
		}
		e.EndLine, e.EndCol = t.line, -1
		p.fail(e)
	}
	p.fail(p.newError(kind, t.line, t.col, t.endLine, t.endCol, msg))
}

// firstCol is the column of the first non-blank character of a line.
func (p *parser) firstCol(line int) int {
	text := p.sc.lineText(line)
	i := 0
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
		i++
	}
	return i
}

func (p *parser) errorAtNode(n Node, msg string) {
	s := n.Span()
	p.fail(p.newError("SyntaxError", s.Line, s.Col, s.EndLine, s.EndCol, msg))
}

func (p *parser) errorRange(a, b Node, msg string) {
	s, e := a.Span(), b.Span()
	p.fail(p.newError("SyntaxError", s.Line, s.Col, e.EndLine, e.EndCol, msg))
}

func (p *parser) indentError(t *token, msg string) {
	p.fail(p.newError("IndentationError", t.line, t.col, t.endLine, t.endCol, msg))
}

// syntaxError reports the generic "invalid syntax" at the furthest token
// read, or the special cases CPython gives for it.
func (p *parser) syntaxError() {
	if p.reparsing > 0 {
		panic(ruleFailed{})
	}
	p.tok()
	if p.trying == 0 && p.lastExpr != nil && p.lastExprEnd == p.p && p.furthest == p.p {
		// CPython's error pass tries "two expressions side by side" after
		// any expression; that may also run into an unclosed bracket.
		e := p.lastExpr
		p.lastExpr = nil
		p.checkMissingComma(e)
	}
	t := &p.toks[p.furthest]
	if p.matchNoColon != nil && p.trying == 0 && (t.kind == tIndent || t.kind == tDedent) {
		panic(bailout{p.matchColonError(), false})
	}
	switch t.kind {
	case tIndent:
		// CPython's offset is the width of the indentation in characters,
		// and it looks no further for tokenizer errors.
		e := p.newError("IndentationError", t.line, t.col, t.line, t.col, "unexpected indent")
		e.EndLine, e.EndCol = t.line, -1
		panic(bailout{e, false})
	case tDedent:
		panic(bailout{p.newError("IndentationError", t.line, t.col, t.endLine, t.endCol, "unexpected unindent"), false})
	}
	p.errorAtTok(t, "invalid syntax")
}
