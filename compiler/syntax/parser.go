// This file defines the parser's machinery and its entry points: a token
// buffer with backtracking, error reporting in CPython's style, and the
// statement grammar. Expressions are in parse_expr.go, targets and their
// errors in targets.go.

package syntax

import (
	"fmt"
	"unicode/utf8"
)

// maxDepth bounds the parser's recursion so that deeply nested input gives
// an error instead of exhausting the Go stack. CPython's limit is similar
// (it raises MemoryError "too complex" near 6000 C frames).
const maxDepth = 1500

// Parse parses a module (exec mode).
func Parse(filename string, src []byte) (mod *Module, err error) {
	p := newParser(filename, src)
	defer p.recover(&err)
	mod = &Module{Body: p.fileInput()}
	return mod, nil
}

// ParseExpr parses a single expression (eval mode): an expression list
// optionally followed by newlines.
//
// As compile(..., "eval") it rejects leading indentation; eval() strips
// leading spaces and tabs before calling it.
func ParseExpr(filename string, src []byte) (e Expr, err error) {
	p := newParser(filename, src)
	p.sc.noFinalNewline = true
	defer p.recover(&err)
	e = p.expressions()
	p.legacyPrint(e)
	for p.tok().kind == tNewline {
		p.advance()
	}
	if p.tok().kind != tEOF {
		p.syntaxError()
	}
	return e, nil
}

// expressions is eval mode's expression list: unlike star_expressions it
// has no starred items.
func (p *parser) expressions() Expr {
	start := p.tok()
	e := p.expression()
	if !p.at(tComma) {
		return e
	}
	elts := []Expr{e}
	for p.accept(tComma) {
		if !p.startsExpr() || p.at(tStar) || p.at(tYield) {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{p.span(start), elts, Load}
}

// ParseSingle parses one interactive statement (single mode), as the REPL
// reads it: a simple statement line or one compound statement.
func ParseSingle(filename string, src []byte) (stmts []Stmt, err error) {
	p := newParser(filename, src)
	p.sc.noFinalNewline = true
	defer p.recover(&err)
	if p.tok().kind == tEOF {
		p.syntaxError() // nothing to compile
	}
	stmts = p.statement()
	if p.tok().kind != tEOF {
		// CPython looks at the text after the statement's NEWLINE.
		p.errorAtTok(p.last(), "multiple statements found while compiling a single statement")
	}
	return stmts, nil
}

type parser struct {
	filename  string
	sc        *scanner
	toks      []token // every token read so far
	p         int     // index of the current token in toks
	depth     int
	inFString bool

	parenthesised map[Expr]bool // expressions written in parentheses
	trying        int           // nesting of speculative parses (try)
	// matchNoColon is the first `match <subject>` line ending without a
	// colon: CPython's error pass reports "expected ':'" for it whatever
	// the actual error (the line is valid as an expression statement).
	matchNoColon *token
	hint         *Error // an '=' hint raised during a speculative parse
	noInvalid    int    // >0 while parsing without CPython's error rules
	inStrings    int    // >0 while decoding string literals: errors are fatal
	lastExpr     Expr   // the expression parsed last, ending at lastExprEnd
	lastExprEnd  int
	reparsing    int // >0 inside reparse
	furthest     int // index of the furthest token looked at
}

// bailout carries a syntax error up the recursive descent. A fatal one
// (an error in a string literal, which CPython raises while building the
// literal in its first pass) cannot be backtracked over.
type bailout struct {
	err   *Error
	fatal bool
}

// ruleFailed is raised instead of the generic "invalid syntax" inside
// reparse: there, as in CPython's error pass, a rule that does not match
// just fails, while specific errors are still raised.
type ruleFailed struct{}

// recoverable reports whether a speculative parse may catch the panic r:
// a parser error or failed rule, but not a tokenizer error (the input
// is bad whichever way it is read) nor a Go runtime error.
func (p *parser) recoverable(r any) bool {
	switch r := r.(type) {
	case bailout:
		return p.sc.err == nil && !r.fatal
	case ruleFailed:
		return p.sc.err == nil
	}
	return false
}

// reparse runs f as CPython's error pass would and reports whether it
// matched.
func (p *parser) reparse(f func()) (ok bool) {
	depth := p.depth
	p.reparsing++
	defer func() {
		p.reparsing--
		if r := recover(); r != nil {
			if _, isFail := r.(ruleFailed); !isFail {
				panic(r)
			}
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}

func newParser(filename string, src []byte) *parser {
	// The buffer holds one top-level statement at a time (see
	// dropParsedTokens); it grows to the largest.
	return &parser{filename: filename, sc: newScanner(filename, src), toks: make([]token, 0, min(len(src)/3+16, 512))}
}

func (p *parser) recover(err *error) {
	r := recover()
	if r == nil {
		return
	}
	b, ok := r.(bailout)
	if !ok {
		panic(r)
	}
	*err = b.err
}

// tok returns the current token, reading it if needed.
func (p *parser) tok() *token {
	for p.p >= len(p.toks) {
		t, err := p.sc.next()
		if err != nil {
			panic(bailout{err, true})
		}
		p.toks = append(p.toks, t)
	}
	if p.p > p.furthest {
		p.furthest = p.p
	}
	return &p.toks[p.p]
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) *token {
	save := p.p
	p.p += n
	t := p.tok()
	p.p = save
	return t
}

func (p *parser) advance() *token {
	t := p.tok()
	p.p++
	return t
}

func (p *parser) at(k tokKind) bool { return p.tok().kind == k }

// accept consumes the current token if it is of kind k.
func (p *parser) accept(k tokKind) bool {
	if p.tok().kind == k {
		p.p++
		return true
	}
	return false
}

// expect consumes a token of kind k or reports a generic syntax error.
func (p *parser) expect(k tokKind) *token {
	if p.tok().kind != k {
		p.syntaxError()
	}
	return p.advance()
}

// expectColon consumes the ':' that CPython's grammar forces after else,
// try, finally and a def header: anything else is "expected ':'".
func (p *parser) expectColon() {
	if !p.accept(tColon) {
		p.errorHere("SyntaxError", "expected ':'")
	}
}

// expectColonNL consumes the ':' of the other compound statements, for
// which CPython says "expected ':'" only when the line ends there.
func (p *parser) expectColonNL() {
	if !p.accept(tColon) {
		if p.at(tNewline) {
			p.errorHere("SyntaxError", "expected ':'")
		}
		p.syntaxError()
	}
}

func (p *parser) isSoftKeyword(t *token, w string) bool {
	return t.kind == tName && t.val == w
}

// last returns the most recently consumed token.
func (p *parser) last() *token { return &p.toks[p.p-1] }

// span returns the position from token start to the end of the last
// consumed token.
func (p *parser) span(start *token) Pos {
	// A compound statement ends with its last statement, not with the
	// NEWLINE or DEDENT tokens after it.
	i := p.p - 1
	for i > 0 && (p.toks[i].kind == tNewline || p.toks[i].kind == tDedent || p.toks[i].kind == tIndent) {
		i--
	}
	l := &p.toks[i]
	return Pos{start.line, start.col, l.endLine, l.endCol}
}

func (p *parser) spanNodes(a, b Node) Pos {
	x, y := a.Span(), b.Span()
	return Pos{x.Line, x.Col, y.EndLine, y.EndCol}
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errorHere("SyntaxError", "too many nested expressions")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- errors ----

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

// ---- statements ----

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

// ---- compound statements ----

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
