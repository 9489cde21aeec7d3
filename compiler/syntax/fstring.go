// This file parses f-strings the way CPython 3.11 does: the whole literal
// is one token; its literal parts are decoded like ordinary strings and
// each replacement field's expression is parsed by a nested parser.

package syntax

import (
	"fmt"
	"strings"
)

// fstring appends the parts of one f-string piece to j.
func (p *parser) fstring(pc *strPiece, j *joinBuilder) {
	i := p.fstringParts(pc, 0, j, 0)
	if i < len(pc.body) {
		p.fstringError("single '}' is not allowed")
	}
}

// fstringError reports an f-string error at the token after the string,
// where CPython reports it.
func (p *parser) fstringError(msg string) {
	p.errorHere("SyntaxError", "f-string: "+msg)
}

// fstringParts parses literal text and replacement fields from body[i:]
// into j until the end, or, inside a format spec (level > 0), until an
// unmatched '}'. It returns the index where it stopped.
func (p *parser) fstringParts(pc *strPiece, i int, j *joinBuilder, level int) int {
	body := pc.body
	for {
		litStart := i
		var lit strings.Builder
		stop := false
		for i < len(body) && !stop {
			c := body[i]
			switch {
			case !pc.raw && c == '\\' && i+1 < len(body):
				if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
					k := strings.IndexByte(body[i:], '}')
					if k < 0 {
						i = len(body)
					} else {
						i += k + 1
					}
					continue
				}
				if body[i+1] == '{' || body[i+1] == '}' {
					i++ // the brace still opens or closes a field (CPython warns)
					continue
				}
				i += 2
			case c == '{' || c == '}':
				if level == 0 && i+1 < len(body) && body[i+1] == c {
					// A doubled brace is one literal brace.
					p.fstringLiteral(pc, body[litStart:i+1], &lit)
					i += 2
					litStart = i
					continue
				}
				if level == 0 && c == '}' {
					p.fstringError("single '}' is not allowed")
				}
				stop = true
			default:
				i++
			}
		}
		p.fstringLiteral(pc, body[litStart:i], &lit)
		if lit.Len() > 0 {
			j.lit.WriteString(lit.String())
		}
		if i >= len(body) || body[i] == '}' {
			return i
		}
		i = p.fstringField(pc, i, j, level)
	}
}

func (p *parser) fstringLiteral(pc *strPiece, text string, out *strings.Builder) {
	// In an f-string a backslash before a brace, or ending the text
	// before a replacement field, is kept as it is.
	var b []byte
	var msg string
	n := len(text) - len(strings.TrimRight(text, "\\"))
	if !pc.raw && n%2 == 1 {
		b, msg = decodeEscapes(text[:len(text)-1], false, false)
		b = append(b, '\\')
	} else {
		b, msg = decodeEscapes(text, pc.raw, false)
	}
	if msg != "" {
		p.errorHere("SyntaxError", msg)
	}
	out.Write(b)
}

// fstringField parses the replacement field starting at the '{' at
// body[i] and returns the index after its closing '}'.
func (p *parser) fstringField(pc *strPiece, i int, j *joinBuilder, level int) int {
	body := pc.body
	if level >= 2 {
		p.fstringError("expressions nested too deeply")
	}
	i++
	exprStart := i
	var quote byte
	triple := false
	var stack []byte
	for ; i < len(body); i++ {
		c := body[i]
		if c == '\\' {
			p.errorHere("SyntaxError", "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(body) && body[i+1] == c && body[i+2] == c {
					i += 2
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			if i+2 < len(body) && body[i+1] == c && body[i+2] == c {
				triple = true
				i += 2
			} else {
				triple = false
			}
			quote = c
			continue
		case '[', '{', '(':
			if len(stack) >= maxParenLevel {
				p.fstringError("too many nested parenthesis")
			}
			stack = append(stack, c)
			continue
		case '#':
			p.errorHere("SyntaxError", "f-string expression part cannot include '#'")
		}
		if len(stack) == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>') {
			if i+1 < len(body) && body[i+1] == '=' && c != ':' && c != '}' {
				i++
				continue
			}
			if c == '<' || c == '>' {
				continue
			}
			break
		}
		if c == ']' || c == '}' || c == ')' {
			if len(stack) == 0 {
				p.fstringError(fmt.Sprintf("unmatched '%c'", c))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if closerOf(open) != c {
				p.fstringError(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open))
			}
		}
	}
	if quote != 0 {
		p.fstringError("unterminated string")
	}
	if len(stack) > 0 {
		p.fstringError(fmt.Sprintf("unmatched '%c'", stack[len(stack)-1]))
	}
	if i >= len(body) {
		p.fstringError("expecting '}'")
	}
	exprEnd := i
	value := p.fstringExpr(pc, exprStart, exprEnd, body[i])
	fv := &FormattedValue{Pos: j.pos, Value: value, Conversion: ConvNone}
	selfDoc := false
	if body[i] == '=' {
		i++
		for i < len(body) && isSpace(body[i]) {
			i++
		}
		if i >= len(body) {
			p.fstringError("expecting '}'")
		}
		j.lit.WriteString(body[exprStart:i])
		selfDoc = true
	}
	if body[i] == '!' {
		i++
		if i >= len(body) {
			p.fstringError("expecting '}'")
		}
		c := body[i]
		i++
		if c != 's' && c != 'r' && c != 'a' {
			p.fstringError("invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = int(c)
	}
	if i < len(body) && body[i] == ':' {
		i++
		if i >= len(body) {
			p.fstringError("expecting '}'")
		}
		// CPython 3.11 places a format spec and its trailing literal at
		// its own string token, and its other parts from the start of the
		// concatenation to the end of that token.
		t := pc.tok
		spec := &joinBuilder{pos: Pos{j.pos.Line, j.pos.Col, t.endLine, t.endCol}, kind: j.kind}
		spec.selfPos = &Pos{t.line, t.col, t.endLine, t.endCol}
		i = p.fstringParts(pc, i, spec, level+1)
		fv.FormatSpec = spec.finish()
	}
	if i >= len(body) || body[i] != '}' {
		p.fstringError("expecting '}'")
	}
	i++
	if selfDoc && fv.FormatSpec == nil && fv.Conversion == ConvNone {
		fv.Conversion = ConvRepr
	}
	j.add(fv)
	return i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// fstringExpr parses body[start:end] of an f-string piece as an
// expression, placing its nodes at their positions in the source.
func (p *parser) fstringExpr(pc *strPiece, start, end int, stop byte) Expr {
	text := pc.body[start:end]
	if strings.TrimLeft(text, " \t\n\r\f\v") == "" {
		if stop == '}' {
			p.fstringError("empty expression not allowed")
		}
		p.fstringError(fmt.Sprintf("expression required before '%c'", stop))
	}
	sub := newParser(p.filename, []byte("("+text+")"))
	sub.inFString = true
	sub.depth = p.depth
	var e Expr
	var err error
	func() {
		defer sub.recover(&err)
		e = sub.starExpressions()
		for sub.at(tNewline) {
			sub.advance()
		}
		if !sub.at(tEOF) {
			sub.syntaxError()
		}
	}()
	// Where the expression text starts in the source: the token start
	// plus the offset of the text within the token.
	off := pc.bodyOff + start
	line, col := pc.tok.line, pc.tok.col
	for k := 0; k < off; k++ {
		if pc.tok.val[k] == '\n' {
			line++
			col = 0
		} else {
			col++
		}
	}
	if err != nil {
		// CPython reports these on the expression's line but with the
		// column in "(expression)"; tokenizer errors keep their message.
		serr := *err.(*Error)
		if err != error(sub.sc.err) {
			serr.Msg = "f-string: " + serr.Msg
		}
		serr.Filename = p.filename
		serr.Line += line - 1
		if serr.EndLine > 0 {
			serr.EndLine += line - 1
		}
		p.fail(&serr)
	}
	shift := func(ps *Pos) {
		if ps.Line == 1 {
			ps.Col += col - 1
		}
		if ps.EndLine == 1 {
			ps.EndCol += col - 1
		}
		ps.Line += line - 1
		ps.EndLine += line - 1
	}
	walk(e, func(n any) {
		if h, ok := n.(interface{ pos() *Pos }); ok {
			shift(h.pos())
		}
	})
	return e
}
