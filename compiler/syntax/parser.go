// This file defines the parser's entry points and machinery: the token
// buffer with backtracking and speculative parses. Errors are reported in
// parse_errors.go, statements parsed in parse_stmt.go and
// parse_compound.go, expressions in parse_expr.go.

package syntax

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
