package runtime

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements repr() of str, with CPython's choice of quotes
// and escapes.

const hexDigits = "0123456789abcdef"

// StrRepr returns repr(s): single quotes unless s contains a single quote
// and no double quote; backslash, the quote, \t \n \r escaped; other
// non-printable characters as \xNN, \uNNNN or \UNNNNNNNN.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := DecodeCodePoint(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Not valid UTF-8: show the byte (cannot come from Python text).
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			i++
			continue
		}
		i += n
		switch {
		case unicode.IsPrint(r):
			b = append(b, s[i-n:i]...)
		case r < 0x100:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r < 0x10000:
			b = append(b, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		default:
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigits[(r>>sh)&15])
			}
		}
	}
	return string(append(b, quote))
}

// BytesRepr returns repr of a bytes object's contents with the given
// prefix (b or bytearray(b...)).
func BytesRepr(p []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range p {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	b := make([]byte, 0, len(p)+3)
	b = append(b, 'b', quote)
	for _, c := range p {
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			b = append(b, c)
		}
	}
	return string(append(b, quote))
}
