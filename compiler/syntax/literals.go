// This file turns number and string tokens into constant values:
// numbers of every base, escape sequences, bytes, and the concatenation
// of adjacent string literals (f-strings are in fstring.go).

package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseNumber converts a NUMBER token to int64, *big.Int, float64 or
// complex128. The scanner has already validated its form.
func (p *parser) parseNumber(t *token) any {
	s := t.val
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return complex(0, f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		// Out-of-range values come back as ±Inf or 0, as Python's float().
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.errorAtTok(t, "invalid number literal")
	}
	return b
}

// strPiece is one string token split into prefix flags and body.
type strPiece struct {
	tok                    *token
	raw, bytes, fstr, uPfx bool
	body                   string // between the quotes
	bodyOff                int    // offset of body within tok.val
}

func splitString(t *token) strPiece {
	s := t.val
	pc := strPiece{tok: t}
	i := 0
	for s[i] != '\'' && s[i] != '"' {
		switch s[i] | 0x20 {
		case 'r':
			pc.raw = true
		case 'b':
			pc.bytes = true
		case 'f':
			pc.fstr = true
		case 'u':
			pc.uPfx = true
		}
		i++
	}
	q := 1
	if len(s)-i >= 6 && s[i+1] == s[i] && s[i+2] == s[i] {
		q = 3
	}
	pc.body = s[i+q : len(s)-q]
	pc.bodyOff = i + q
	return pc
}

// strings parses one or more adjacent string literals into a Constant
// (str or bytes) or, when any is an f-string, a JoinedStr.
func (p *parser) strings() Expr {
	p.inStrings++
	defer func() { p.inStrings-- }()
	start := p.tok()
	var pieces []strPiece
	for p.at(tString) {
		pieces = append(pieces, splitString(p.advance()))
	}
	pos := p.span(start)
	isBytes, anyF := pieces[0].bytes, false
	for _, pc := range pieces {
		if pc.bytes != isBytes {
			p.errorHere("SyntaxError", "cannot mix bytes and nonbytes literals")
		}
		anyF = anyF || pc.fstr
	}
	if isBytes {
		var buf []byte
		for _, pc := range pieces {
			for i := 0; i < len(pc.body); i++ {
				if pc.body[i] >= 0x80 {
					p.errorAtTok(pc.tok, "bytes can only contain ASCII literal characters")
				}
			}
			b, msg := decodeEscapes(pc.body, pc.raw, true)
			if msg != "" {
				p.errorHere("SyntaxError", msg)
			}
			buf = append(buf, b...)
		}
		if buf == nil {
			buf = []byte{}
		}
		return &Constant{Pos: pos, Value: buf}
	}
	kind := ""
	if pieces[0].uPfx {
		kind = "u"
	}
	if !anyF {
		var sb strings.Builder
		for _, pc := range pieces {
			b, msg := decodeEscapes(pc.body, pc.raw, false)
			if msg != "" {
				p.errorHere("SyntaxError", msg)
			}
			sb.Write(b)
		}
		return &Constant{Pos: pos, Value: sb.String(), Kind: kind}
	}
	j := &joinBuilder{pos: pos, kind: kind}
	for i := range pieces {
		pc := &pieces[i]
		if !pc.fstr {
			b, msg := decodeEscapes(pc.body, pc.raw, false)
			if msg != "" {
				p.errorHere("SyntaxError", msg)
			}
			j.lit.Write(b)
			continue
		}
		p.fstring(pc, j)
	}
	return j.finish()
}

// joinBuilder collects the values of a JoinedStr, merging adjacent
// literal text into one Constant as CPython does.
type joinBuilder struct {
	pos     Pos  // position of the parts
	selfPos *Pos // position of the JoinedStr and its last literal, if not pos
	kind    string
	lit     strings.Builder
	values  []Expr
}

func (j *joinBuilder) flush() {
	if j.lit.Len() > 0 {
		j.values = append(j.values, &Constant{Pos: j.pos, Value: j.lit.String(), Kind: j.kind})
		j.lit.Reset()
	}
}

func (j *joinBuilder) add(e Expr) {
	j.flush()
	j.values = append(j.values, e)
}

func (j *joinBuilder) finish() *JoinedStr {
	if j.selfPos != nil {
		saved := j.pos
		j.pos = *j.selfPos
		j.flush()
		j.pos = saved
		return &JoinedStr{*j.selfPos, j.values}
	}
	j.flush()
	return &JoinedStr{j.pos, j.values}
}

// decodeEscapes processes backslash escapes in a literal body. It returns
// CPython's message for a bad escape, or "".
func decodeEscapes(body string, raw, isBytes bool) ([]byte, string) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return []byte(body), ""
	}
	out := make([]byte, 0, len(body))
	codec := "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s"
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			if isBytes {
				return nil, "(value error) Trailing \\ in string"
			}
			return nil, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: \\ at end of string", start)
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
				v = v*8 + rune(body[i]-'0')
				i++
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, v)
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if isBytes && c != 'x' {
				out = append(out, '\\', c)
				break
			}
			v, k := hexValue(body[i:], n)
			if k < n {
				if isBytes {
					return nil, fmt.Sprintf("(value error) invalid \\x escape at position %d", start)
				}
				what := map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}[c]
				return nil, fmt.Sprintf(codec, start, i+k-1, what)
			}
			i += n
			switch {
			case isBytes:
				out = append(out, byte(v))
			case v > 0x10FFFF:
				return nil, fmt.Sprintf(codec, start, i-1, "illegal Unicode character")
			default:
				out = appendCodePoint(out, rune(v))
			}
		case 'N':
			if isBytes {
				out = append(out, '\\', c)
				break
			}
			if i >= len(body) || body[i] != '{' {
				return nil, fmt.Sprintf(codec, start, i-1, `malformed \N character escape`)
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 || end == 1 {
				return nil, fmt.Sprintf(codec, start, len(body)-1, `malformed \N character escape`)
			}
			name := strings.ToUpper(body[i+1 : i+end])
			r, ok := lookupUnicodeName(name)
			i += end + 1
			if !ok {
				return nil, fmt.Sprintf(codec, start, i-1, "unknown Unicode character name")
			}
			out = utf8.AppendRune(out, r)
		default:
			// Unknown escapes stay as written (CPython warns).
			out = append(out, '\\', c)
		}
	}
	return out, ""
}

func hexValue(s string, n int) (uint32, int) {
	var v uint32
	k := 0
	for k < n && k < len(s) {
		c := s[k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return v, k
		}
		v = v*16 + uint32(d)
		k++
	}
	return v, k
}

// appendCodePoint appends r in UTF-8, writing a surrogate code point as
// its generalised 3-byte form (which utf8.AppendRune would replace).
func appendCodePoint(out []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(out, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(out, r)
}
