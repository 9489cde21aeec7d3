// This file applies PEP 263 source encodings: a UTF-8 byte order mark and
// `coding:` cookies on the first two lines. UTF-8, Latin-1 and the common
// single-byte codecs (codecs_table.go: Windows code pages, KOI8, ISO 8859,
// ...) are supported; other source is converted to UTF-8 so that the rest
// of the package sees UTF-8 only, whose byte columns CPython reports.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// decodeSource returns src as UTF-8, or the error CPython gives for its
// declared encoding.
//
// declared reports a BOM or a coding cookie, which make CPython count
// parser error offsets in characters.
func decodeSource(filename string, src []byte) (out []byte, declared bool, err *Error) {
	bom := len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	name := codingCookie(src)
	if name == "" {
		return src, bom, nil
	}
	out, err = decodeDeclared(filename, src, bom, name)
	return out, true, err
}

func decodeDeclared(filename string, src []byte, bom bool, name string) ([]byte, *Error) {
	norm := normalEncodingName(name)
	encErr := func(msg string) *Error {
		return &Error{Kind: "SyntaxError", Msg: msg, Filename: filename, Line: 0, Col: -1}
	}
	if bom && norm != "utf-8" {
		shown := name // CPython shows its normal name only for Latin-1
		if norm == "iso-8859-1" {
			shown = norm
		}
		return nil, encErr(fmt.Sprintf("encoding problem: %s with BOM", shown))
	}
	switch norm {
	case "utf-8", "utf8":
		return src, nil
	case "iso-8859-1", "latin1", "l1", "iso8859-1", "8859", "cp819", "latin":
		out := make([]byte, 0, len(src)+len(src)/8)
		for _, c := range src {
			out = utf8.AppendRune(out, rune(c))
		}
		return out, nil
	}
	codec, ok := codecAliases[pythonCodecName(name)]
	if !ok {
		return nil, encErr("unknown encoding: " + name)
	}
	table := singleByteCodecs[codec]
	out := make([]byte, 0, len(src)+len(src)/4)
	for i, c := range src {
		if c < 0x80 {
			out = append(out, c)
			continue
		}
		r := table[c-0x80]
		if r < 0 {
			if codec == "ascii" {
				return nil, encErr(fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i))
			}
			return nil, encErr(fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", c, i))
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// pythonCodecName normalises a codec name as Python's codec registry
// does: lower case, each run of other characters than letters, digits
// and '.' becomes one '_' (none at the ends).
func pythonCodecName(name string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteRune(r)
		} else {
			pending = true
		}
	}
	return b.String()
}

// codingCookie finds `coding[:=] name` in a comment on line 1, or on
// line 2 when line 1 is blank or a comment.
func codingCookie(src []byte) string {
	rest := string(src)
	rest = strings.TrimPrefix(rest, "\ufeff")
	for line := 0; line < 2 && rest != ""; line++ {
		text, after, _ := strings.Cut(rest, "\n")
		rest = after
		trimmed := strings.TrimLeft(text, " \t\f")
		if trimmed == "" || trimmed[0] != '#' {
			if trimmed != "" && trimmed != "\r" {
				return "" // code on line 1: line 2 is not examined
			}
			continue
		}
		i := strings.Index(trimmed, "coding")
		if i < 0 {
			continue
		}
		s := trimmed[i+len("coding"):]
		if s == "" || (s[0] != ':' && s[0] != '=') {
			continue
		}
		s = strings.TrimLeft(s[1:], " \t")
		n := 0
		for n < len(s) && (isIdentByte(s[n]) && s[n] < 0x80 || s[n] == '-' || s[n] == '.') {
			n++
		}
		if n > 0 {
			return s[:n]
		}
	}
	return ""
}

// normalEncodingName folds case and '_' and maps the spellings of UTF-8
// and Latin-1 that CPython's tokenizer recognises to one name each.
func normalEncodingName(name string) string {
	s := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch {
	case s == "utf-8" || strings.HasPrefix(s, "utf-8-"):
		return "utf-8"
	case s == "latin-1" || s == "iso-8859-1" || s == "iso-latin-1" ||
		strings.HasPrefix(s, "latin-1-") || strings.HasPrefix(s, "iso-8859-1-") || strings.HasPrefix(s, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// utf8Problem describes the invalid UTF-8 at b[0] as Python's decoder
// does.
func utf8Problem(b []byte) string {
	c := b[0]
	var need int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
	case c >= 0xF0 && c <= 0xF4:
		need = 3
	default:
		return "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return "unexpected end of data"
		}
		if b[k]&0xC0 != 0x80 {
			return "invalid continuation byte"
		}
	}
	return "invalid continuation byte"
}

// utf8ErrorMsg is CPython's message for invalid UTF-8 at position pos.
func utf8ErrorMsg(b []byte, pos int) string {
	return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[pos], pos, utf8Problem(b[pos:]))
}
