// This file defines the scanner: it turns source bytes into tokens,
// producing INDENT/DEDENT from leading whitespace, joining lines inside
// brackets and after a backslash, and reporting CPython's tokenizer errors.

package syntax

import (
	"bytes"
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"
)

const (
	maxParenLevel = 200 // CPython's MAXLEVEL
	maxIndent     = 100 // CPython's MAXINDENT
	tabSize       = 8
)

type openParen struct {
	ch        byte
	line, col int
}

// scanner produces tokens one at a time. It stops at the first error:
// after that next keeps returning the same error.
type scanner struct {
	filename   string
	src        []byte
	pos        int
	line       int   // current line, 1-based
	lineStarts []int // lineStarts[i] is the offset of line i+1

	parens     []openParen
	indents    []int // indentation columns, tabs to multiples of 8
	altIndents []int // the same with a tab counted as one column (TabError)
	dedents    int   // DEDENT tokens still to emit
	atBOL      bool  // at the beginning of a logical line
	hasTokens  bool  // the current logical line has produced a token
	err        *Error
	comment    int // offset of the comment on the current line, or -1
	names      map[string]string
	// noFinalNewline is set for eval and single input, to which CPython
	// does not add the newline it adds to a module's source: there the
	// NEWLINE ending the last line, if missing, has no column.
	noFinalNewline bool
	// encodingDeclared: a BOM or coding cookie (see Error).
	encodingDeclared bool
}

func newScanner(filename string, src []byte) *scanner {
	src, declared, encErr := decodeSource(filename, src)
	if bytes.IndexByte(src, 0) >= 0 {
		encErr = &Error{Kind: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename}
	}
	src = normalizeNewlines(src)
	s := &scanner{
		err:        encErr,
		filename:   filename,
		src:        src,
		line:       1,
		lineStarts: []int{0},
		indents:    []int{0},
		altIndents: []int{0},
		atBOL:      true,
		comment:    -1,

		encodingDeclared: declared,
	}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.pos = 3 // UTF-8 byte order mark
		s.lineStarts[0] = 3
	}
	return s
}

// normalizeNewlines turns \r\n and lone \r into \n, as CPython's
// universal newline reading does, so the rest of the scanner sees only \n.
func normalizeNewlines(src []byte) []byte {
	hasCR := false
	for _, c := range src {
		if c == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}

// lineText returns the text of a 1-based line, with its newline.
func (s *scanner) lineText(line int) string {
	if line < 1 || line > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[line-1]
	end := start
	for end < len(s.src) && s.src[end] != '\n' {
		end++
	}
	if end == len(s.src) && s.noFinalNewline {
		return string(s.src[start:end])
	}
	return string(s.src[start:end]) + "\n"
}

// charOffset converts a 0-based byte column on a line into a count of
// characters, as CPython reports SyntaxError offsets.
func (s *scanner) charOffset(line, bcol int) int {
	text := s.lineText(line)
	if bcol > len(text) {
		return bcol - len(text) + utf8.RuneCountInString(text)
	}
	if bcol < 0 {
		return 0
	}
	return utf8.RuneCountInString(text[:bcol])
}

// errorAt builds an error whose offset is the character at byte column
// col (0-based) of line, so the reported offset is that character's
// 1-based position.
func (s *scanner) errorAt(kind string, line, col int, msg string) *Error {
	off := s.charOffset(line, col) + 1
	return &Error{Kind: kind, Msg: msg, Filename: s.filename, Line: line, Col: off,
		EndLine: line, EndCol: off, Text: s.lineText(line), CharCol: off}
}

// fail records a tokenizer error at byte offset p of the source and
// returns it.
func (s *scanner) fail(kind string, p int, msg string) *Error {
	line, col := s.lineCol(p)
	s.err = s.errorAt(kind, line, col, msg)
	return s.err
}

// deferredFail is fail for the errors CPython reports only when the
// parser reaches them.
func (s *scanner) deferredFail(kind string, p int, msg string) *Error {
	e := s.fail(kind, p, msg)
	e.deferred = true
	return e
}

// lineCol returns the 1-based line and 0-based byte column of offset p,
// which must be on a line the scanner has reached.
func (s *scanner) lineCol(p int) (int, int) {
	if n := len(s.lineStarts); p >= s.lineStarts[n-1] {
		return n, p - s.lineStarts[n-1] // the usual case: the current line
	}
	lo, hi := 0, len(s.lineStarts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.lineStarts[mid] <= p {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo + 1, p - s.lineStarts[lo]
}

func (s *scanner) newline(p int) {
	// p is the offset of a '\n' just consumed.
	s.line++
	if len(s.lineStarts) < s.line {
		s.lineStarts = append(s.lineStarts, p+1)
	}
}

func (s *scanner) peekByte(off int) byte {
	if s.pos+off < len(s.src) {
		return s.src[s.pos+off]
	}
	return 0
}

// next returns the next token, or the scanner's error.
func (s *scanner) next() (token, *Error) {
	if s.err != nil {
		return token{}, s.err
	}
	tok, err := s.scan()
	if err != nil {
		s.err = err
	}
	tok.level = len(s.parens)
	return tok, err
}

func (s *scanner) tokAt(kind tokKind, start int) token {
	line, col := s.lineCol(start)
	endLine, endCol := s.lineCol(s.pos)
	return token{kind: kind, line: line, col: col, endLine: endLine, endCol: endCol}
}

func (s *scanner) scan() (token, *Error) {
	if s.dedents > 0 {
		// The last DEDENT of a group is at the next token; CPython gives
		// the others no column.
		s.dedents--
		t := s.tokAt(tDedent, s.pos)
		t.endCol = t.col + 1
		if s.dedents > 0 {
			t.col, t.endCol = -1, -1
		}
		return t, nil
	}
	for {
		if s.atBOL && len(s.parens) == 0 {
			s.atBOL = false
			if t, ok, err := s.indentation(); err != nil || ok {
				return t, err
			}
		}
		// skip blanks
		for s.pos < len(s.src) {
			c := s.src[s.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				s.pos++
				continue
			}
			break
		}
		if s.pos >= len(s.src) {
			return s.eof()
		}
		c := s.src[s.pos]
		switch {
		case c == '#':
			s.comment = s.pos
			for s.pos < len(s.src) && s.src[s.pos] != '\n' {
				if s.src[s.pos] >= 0x80 {
					r, n := utf8.DecodeRune(s.src[s.pos:])
					if r == utf8.RuneError && n == 1 {
						line, col := s.lineCol(s.pos)
						return token{}, s.fail("SyntaxError", s.pos, utf8ErrorMsg(s.src[s.lineStarts[line-1]:], col))
					}
					s.pos += n
					continue
				}
				s.pos++
			}
			continue
		case c == '\n':
			start := s.pos
			s.pos++
			if len(s.parens) > 0 || !s.hasTokens {
				s.comment = -1
				s.newline(start)
				s.atBOL = len(s.parens) == 0
				continue
			}
			t := s.newlineToken(start)
			s.newline(start)
			s.atBOL = true
			s.hasTokens = false
			return t, nil
		case c == '\\':
			if s.pos+1 < len(s.src) && s.src[s.pos+1] == '\n' {
				s.pos += 2
				s.newline(s.pos - 1)
				if s.pos >= len(s.src) {
					if len(s.parens) > 0 {
						return s.eof() // the bracket is never closed
					}
					return token{}, s.deferredFail("SyntaxError", s.pos-1, "unexpected EOF while parsing")
				}
				continue
			}
			if s.pos+1 >= len(s.src) {
				// CPython appends a newline to the input, so a final
				// backslash continues onto nothing.
				return token{}, s.deferredFail("SyntaxError", s.pos+1, "unexpected EOF while parsing")
			}
			return token{}, s.deferredFail("SyntaxError", s.pos+1, "unexpected character after line continuation character")
		}
		s.hasTokens = true
		return s.token()
	}
}

// indentation measures the indentation of a new line and returns an
// INDENT or the first DEDENT (ok true), or nothing for an unchanged level
// or a blank line.
func (s *scanner) indentation() (token, bool, *Error) {
	col, alt := 0, 0
	p := s.pos
	for p < len(s.src) {
		switch s.src[p] {
		case ' ':
			col++
			alt++
		case '\t':
			col = (col/tabSize + 1) * tabSize
			alt++
		case '\f':
			col, alt = 0, 0
		default:
			goto measured
		}
		p++
	}
measured:
	if p >= len(s.src) || s.src[p] == '#' || s.src[p] == '\n' || s.src[p] == '\\' && p+1 < len(s.src) && s.src[p+1] == '\n' {
		return token{}, false, nil // blank lines do not change indentation
	}
	top := len(s.indents) - 1
	switch {
	case col == s.indents[top]:
		if alt != s.altIndents[top] {
			return token{}, false, s.tabError(p)
		}
	case col > s.indents[top]:
		if len(s.indents) >= maxIndent {
			return token{}, false, s.deferredFail("IndentationError", p, "too many levels of indentation")
		}
		if alt <= s.altIndents[top] {
			return token{}, false, s.tabError(p)
		}
		s.indents = append(s.indents, col)
		s.altIndents = append(s.altIndents, alt)
		s.pos = p
		s.hasTokens = true
		// CPython's INDENT sits one column before the first character,
		// which is where it reports "unexpected indent".
		t := s.tokAt(tIndent, p)
		t.col--
		t.endCol--
		return t, true, nil
	default:
		n := 0
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			n++
		}
		top = len(s.indents) - 1
		if col != s.indents[top] {
			return token{}, false, s.deferredFail("IndentationError", s.lineEnd(p), "unindent does not match any outer indentation level")
		}
		if alt != s.altIndents[top] {
			return token{}, false, s.tabError(p)
		}
		s.pos = p
		s.dedents = n - 1
		t := s.tokAt(tDedent, p)
		t.endCol = t.col + 1
		if s.dedents > 0 {
			t.col, t.endCol = -1, -1
		}
		return t, true, nil
	}
	s.pos = p
	return token{}, false, nil
}

func (s *scanner) lineEnd(p int) int {
	for p < len(s.src) && s.src[p] != '\n' {
		p++
	}
	return p
}

func (s *scanner) tabError(p int) *Error {
	line, _ := s.lineCol(p)
	s.err = s.errorAt("TabError", line, 0, "inconsistent use of tabs and spaces in indentation")
	s.err.deferred = true
	return s.err
}

// eof emits the NEWLINE that ends the last line if it had none, then a
// DEDENT per open indentation level, then EOF forever.
func (s *scanner) eof() (token, *Error) {
	if n := len(s.parens); n > 0 {
		open := s.parens[n-1]
		s.err = s.errorAt("SyntaxError", open.line, open.col, fmt.Sprintf("'%c' was never closed", open.ch))
		s.err.unclosed = true
		return token{}, s.err
	}
	if s.hasTokens {
		s.hasTokens = false
		t := s.newlineToken(s.pos)
		if s.noFinalNewline {
			t.col, t.endCol = -1, -1
		}
		return t, nil
	}
	// CPython places the DEDENTs and ENDMARKER at the end of the last
	// line, before its newline.
	t := s.eofToken()
	if s.indentsLeft() > 0 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		t.kind = tDedent
		return t, nil
	}
	return t, nil
}

// newlineToken is the NEWLINE ending a logical line at offset p; like
// CPython's, it starts at the comment that precedes it, if any.
func (s *scanner) newlineToken(p int) token {
	t := s.tokAt(tNewline, p)
	if s.comment >= 0 {
		if line, col := s.lineCol(s.comment); line == t.line {
			t.col = col
		}
	}
	s.comment = -1
	return t
}

func (s *scanner) indentsLeft() int { return len(s.indents) - 1 }

// eofToken is an EOF token placed at the end of the last line, without
// its newline.
func (s *scanner) eofToken() token {
	end := len(s.src)
	if end > 0 && s.src[end-1] == '\n' {
		end--
	}
	start := end
	for start > 0 && s.src[start-1] != '\n' {
		start--
	}
	line := 0 // an empty input has no line
	if end > 0 || len(s.src) > 0 {
		line, _ = s.lineCol(start)
	}
	// DEDENTs sit at the end of the last line; the ENDMARKER has no
	// column (-1), as in CPython.
	col := end - start
	if s.indentsLeft() == 0 {
		col = -1
	}
	return token{kind: tEOF, line: line, col: col, endLine: line, endCol: col}
}

func isIdentStartByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentByte(c byte) bool {
	return isIdentStartByte(c) || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// token scans one token that is not a newline, at s.pos.
func (s *scanner) token() (token, *Error) {
	start := s.pos
	c := s.src[s.pos]
	switch {
	case isIdentStartByte(c):
		return s.identOrString()
	case isDigit(c) || c == '.' && isDigit(s.peekByte(1)):
		return s.number()
	case c == '\'' || c == '"':
		return s.str(start)
	}
	kind := s.operator()
	if kind == tErrorOp {
		if c < 0x20 || c == 0x7f {
			return token{}, s.fail("SyntaxError", start, fmt.Sprintf("invalid non-printable character U+%04X", c))
		}
		s.pos++
		return s.tokAt(tErrorOp, start), nil
	}
	switch kind {
	case tLpar, tLsqb, tLbrace:
		if len(s.parens) >= maxParenLevel {
			return token{}, s.fail("SyntaxError", start, "too many nested parentheses")
		}
		line, col := s.lineCol(start)
		s.parens = append(s.parens, openParen{c, line, col})
	case tRpar, tRsqb, tRbrace:
		if len(s.parens) == 0 {
			return token{}, s.fail("SyntaxError", start, fmt.Sprintf("unmatched '%c'", c))
		}
		open := s.parens[len(s.parens)-1]
		if want := closerOf(open.ch); want != c {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch)
			if line, _ := s.lineCol(start); line != open.line {
				msg += fmt.Sprintf(" on line %d", open.line)
			}
			return token{}, s.fail("SyntaxError", start, msg)
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	return s.tokAt(kind, start), nil
}

func closerOf(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// operator consumes the longest operator at s.pos and returns its kind,
// or tErrorOp without consuming anything.
func (s *scanner) operator() tokKind {
	c, c1, c2 := s.src[s.pos], s.peekByte(1), s.peekByte(2)
	one := func(k tokKind) tokKind { s.pos++; return k }
	two := func(k tokKind) tokKind { s.pos += 2; return k }
	three := func(k tokKind) tokKind { s.pos += 3; return k }
	// withEq handles "op" and "op=".
	withEq := func(plain, eq tokKind) tokKind {
		if c1 == '=' {
			return two(eq)
		}
		return one(plain)
	}
	switch c {
	case '(':
		return one(tLpar)
	case ')':
		return one(tRpar)
	case '[':
		return one(tLsqb)
	case ']':
		return one(tRsqb)
	case '{':
		return one(tLbrace)
	case '}':
		return one(tRbrace)
	case ',':
		return one(tComma)
	case ';':
		return one(tSemi)
	case '~':
		return one(tTilde)
	case ':':
		return withEq(tColon, tColonEqual)
	case '+':
		return withEq(tPlus, tPlusEqual)
	case '-':
		if c1 == '>' {
			return two(tRarrow)
		}
		return withEq(tMinus, tMinEqual)
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return three(tDoubleStarEqual)
			}
			return two(tDoubleStar)
		}
		return withEq(tStar, tStarEqual)
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return three(tDoubleSlashEqual)
			}
			return two(tDoubleSlash)
		}
		return withEq(tSlash, tSlashEqual)
	case '|':
		return withEq(tVbar, tVbarEqual)
	case '&':
		return withEq(tAmper, tAmperEqual)
	case '^':
		return withEq(tCircumflex, tCircumflexEqual)
	case '%':
		return withEq(tPercent, tPercentEqual)
	case '@':
		return withEq(tAt, tAtEqual)
	case '=':
		return withEq(tEqual, tEqEqual)
	case '!':
		if c1 == '=' {
			return two(tNotEqual)
		}
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				return three(tLeftShiftEqual)
			}
			return two(tLeftShift)
		}
		if c1 == '>' {
			return two(tNotEqual) // only valid with barry_as_FLUFL; the parser rejects it
		}
		return withEq(tLess, tLessEqual)
	case '>':
		if c1 == '>' {
			if c2 == '=' {
				return three(tRightShiftEqual)
			}
			return two(tRightShift)
		}
		return withEq(tGreater, tGreaterEqual)
	case '.':
		if c1 == '.' && c2 == '.' {
			return three(tEllipsis)
		}
		return one(tDot)
	}
	return tErrorOp
}

// identOrString scans a name, or a string literal with a prefix.
func (s *scanner) identOrString() (token, *Error) {
	start := s.pos
	ascii := true
	for s.pos < len(s.src) && isIdentByte(s.src[s.pos]) {
		if s.src[s.pos] >= 0x80 {
			ascii = false
		}
		s.pos++
	}
	word := s.src[start:s.pos]
	if s.pos < len(s.src) && (s.src[s.pos] == '"' || s.src[s.pos] == '\'') && isStringPrefix(word) {
		return s.str(start)
	}
	if !ascii {
		if err := s.checkIdentifier(start); err != nil {
			return token{}, err
		}
	}
	// Names repeat: keep one copy of each (the map lookup with a
	// converted []byte key does not allocate).
	name, ok := s.names[string(word)]
	if !ok {
		name = string(word)
		if !ascii {
			name = nfkc(name)
		}
		if s.names == nil {
			s.names = make(map[string]string)
		}
		s.names[string(word)] = name
	}
	t := s.tokAt(tName, start)
	if k, ok := keywords[name]; ok {
		t.kind = k
	}
	t.val = name
	return t, nil
}

func isStringPrefix(w []byte) bool {
	if len(w) > 2 {
		return false
	}
	var r, b, u, f int
	for _, c := range w {
		switch c | 0x20 {
		case 'r':
			r++
		case 'b':
			b++
		case 'u':
			u++
		case 'f':
			f++
		default:
			return false
		}
	}
	if r > 1 || b > 1 || u > 1 || f > 1 {
		return false
	}
	if u == 1 {
		return len(w) == 1
	}
	return b+f < 2
}

// nfkc normalises a non-ASCII identifier, as CPython does (PEP 3131),
// character by character.
func nfkc(name string) string {
	var b []byte
	for i, r := range name {
		k := sort.Search(len(nfkcTable), func(k int) bool { return nfkcTable[k].r >= r })
		if k < len(nfkcTable) && nfkcTable[k].r == r {
			if b == nil {
				b = append(b, name[:i]...)
			}
			b = append(b, nfkcTable[k].s...)
		} else if b != nil {
			b = utf8.AppendRune(b, r)
		}
	}
	if b == nil {
		return name
	}
	return string(b)
}

// checkIdentifier checks a non-ASCII name at [start, s.pos) the way
// CPython's verify_identifier does: every character must be a letter,
// digit, underscore or combining mark, and the first not a digit/mark.
func (s *scanner) checkIdentifier(start int) *Error {
	for p := start; p < s.pos; {
		r, n := utf8.DecodeRune(s.src[p:])
		ok := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if p > start && !ok {
			ok = unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
				unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
		}
		if r >= 0x80 && !ok || r == utf8.RuneError && n == 1 {
			if r == utf8.RuneError && n == 1 {
				line, col := s.lineCol(p)
				lineBytes := s.src[s.lineStarts[line-1]:]
				return s.fail("SyntaxError", p, utf8ErrorMsg(lineBytes, col))
			}
			if unicode.IsPrint(r) {
				return s.fail("SyntaxError", p, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
			}
			return s.fail("SyntaxError", p, fmt.Sprintf("invalid non-printable character U+%04X", r))
		}
		p += n
	}
	return nil
}

// str scans a string literal starting at start (at the prefix, if any);
// s.pos is at the opening quote.
func (s *scanner) str(start int) (token, *Error) {
	q := s.src[s.pos]
	triple := s.peekByte(1) == q && s.peekByte(2) == q
	if triple {
		s.pos += 3
	} else {
		s.pos++
	}
	for {
		if s.pos >= len(s.src) {
			return token{}, s.unterminated(start, triple)
		}
		c := s.src[s.pos]
		switch {
		case c == '\\':
			s.pos++
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.newline(s.pos)
				}
				s.pos++
			}
			continue
		case c == '\n':
			if !triple {
				return token{}, s.unterminated(start, false)
			}
			s.newline(s.pos)
		case c == q:
			if !triple {
				s.pos++
				goto done
			}
			if s.peekByte(1) == q && s.peekByte(2) == q {
				s.pos += 3
				goto done
			}
		}
		s.pos++
	}
done:
	t := s.tokAt(tString, start)
	t.val = string(s.src[start:s.pos])
	if !utf8.ValidString(t.val) {
		pc := splitString(&t)
		for i := 0; i < len(pc.body); {
			r, n := utf8.DecodeRuneInString(pc.body[i:])
			if r == utf8.RuneError && n == 1 {
				return token{}, s.fail("SyntaxError", start, utf8ErrorMsg([]byte(pc.body), i))
			}
			i += n
		}
	}
	return t, nil
}

func (s *scanner) unterminated(start int, triple bool) *Error {
	// CPython reports the line where it gave up: the last line of the
	// input (a final newline does not start a new one).
	at := s.line
	if s.pos >= len(s.src) && len(s.src) > 0 && s.src[len(s.src)-1] == '\n' && at > 1 {
		at--
	}
	if triple {
		return s.fail("SyntaxError", start, fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", at))
	}
	return s.fail("SyntaxError", start, fmt.Sprintf("unterminated string literal (detected at line %d)", at))
}
