package syntax

import "fmt"

// This file scans number literals, following CPython's tokenizer so that
// malformed literals give the same messages at the same offsets.

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func (s *scanner) cur() byte {
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

// failCur reports an error whose offset is the character count up to
// s.pos, as CPython's syntaxerror() does with tok->cur.
func (s *scanner) failCur(msg string) *Error {
	if s.pos == 0 {
		return s.fail("SyntaxError", 0, msg)
	}
	return s.fail("SyntaxError", s.pos-1, msg)
}

func (s *scanner) number() (token, *Error) {
	start := s.pos
	finish := func() (token, *Error) {
		t := s.tokAt(tNumber, start)
		t.val = string(s.src[start:s.pos])
		return t, nil
	}
	c := s.cur()
	if c == '0' {
		s.pos++
		switch s.cur() | 0x20 {
		case 'x':
			s.pos++
			if err := s.radixDigits(isHexDigit, nil, "hexadecimal"); err != nil {
				return token{}, err
			}
			if err := s.endOfNumber("hexadecimal"); err != nil {
				return token{}, err
			}
			return finish()
		case 'o':
			s.pos++
			oct := func(c byte) bool { return c >= '0' && c <= '7' }
			if err := s.radixDigits(oct, isDigit, "octal"); err != nil {
				return token{}, err
			}
			if err := s.endOfNumber("octal"); err != nil {
				return token{}, err
			}
			return finish()
		case 'b':
			s.pos++
			bin := func(c byte) bool { return c == '0' || c == '1' }
			if err := s.radixDigits(bin, isDigit, "binary"); err != nil {
				return token{}, err
			}
			if err := s.endOfNumber("binary"); err != nil {
				return token{}, err
			}
			return finish()
		}
		// "0", "00", "0_0": leading zeros; digits after them are only
		// allowed in a float or imaginary literal.
		nonzero := false
		for {
			for s.cur() == '0' {
				s.pos++
			}
			if s.cur() != '_' {
				break
			}
			s.pos++
			if !isDigit(s.cur()) {
				return token{}, s.failCur("invalid decimal literal")
			}
		}
		zerosEnd := s.pos
		if isDigit(s.cur()) {
			nonzero = true
			if err := s.decimalTail(); err != nil {
				return token{}, err
			}
		}
		switch c := s.cur(); {
		case c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J':
			return s.fraction(start, finish)
		case nonzero:
			s.pos = zerosEnd
			return token{}, s.fail("SyntaxError", start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		if err := s.endOfNumber("decimal"); err != nil {
			return token{}, err
		}
		return finish()
	}
	if c != '.' {
		if err := s.decimalTail(); err != nil {
			return token{}, err
		}
	}
	return s.fraction(start, finish)
}

// fraction scans the optional ".digits", exponent and 'j' of a decimal
// number whose integer part has been read.
func (s *scanner) fraction(start int, finish func() (token, *Error)) (token, *Error) {
	if s.cur() == '.' {
		s.pos++
		if isDigit(s.cur()) {
			if err := s.decimalTail(); err != nil {
				return token{}, err
			}
		}
	}
	if c := s.cur(); c == 'e' || c == 'E' {
		ePos := s.pos
		s.pos++
		if c := s.cur(); c == '+' || c == '-' {
			s.pos++
			if !isDigit(s.cur()) {
				return token{}, s.failCur("invalid decimal literal")
			}
		} else if !isDigit(s.cur()) {
			s.pos = ePos
			if err := s.endOfNumber("decimal"); err != nil {
				return token{}, err
			}
			return finish()
		}
		if err := s.decimalTail(); err != nil {
			return token{}, err
		}
	}
	if c := s.cur(); c == 'j' || c == 'J' {
		s.pos++
		if err := s.endOfNumber("imaginary"); err != nil {
			return token{}, err
		}
		return finish()
	}
	if err := s.endOfNumber("decimal"); err != nil {
		return token{}, err
	}
	return finish()
}

// decimalTail reads digits with single underscores between them.
func (s *scanner) decimalTail() *Error {
	for {
		for isDigit(s.cur()) {
			s.pos++
		}
		if s.cur() != '_' {
			return nil
		}
		s.pos++
		if !isDigit(s.cur()) {
			return s.failCur("invalid decimal literal")
		}
	}
}

// radixDigits reads the digits after 0x/0o/0b. bad, if not nil, matches
// decimal digits that are out of range, reported by name.
func (s *scanner) radixDigits(ok, bad func(byte) bool, kind string) *Error {
	for {
		if s.cur() == '_' {
			s.pos++
		}
		if !ok(s.cur()) {
			if bad != nil && bad(s.cur()) {
				s.pos++
				return s.failCur(fmt.Sprintf("invalid digit '%c' in %s literal", s.src[s.pos-1], kind))
			}
			return s.failCur(fmt.Sprintf("invalid %s literal", kind))
		}
		for ok(s.cur()) {
			s.pos++
		}
		if s.cur() != '_' {
			break
		}
	}
	if bad != nil && bad(s.cur()) {
		s.pos++
		return s.failCur(fmt.Sprintf("invalid digit '%c' in %s literal", s.src[s.pos-1], kind))
	}
	return nil
}

// endOfNumber rejects a number directly followed by a name character,
// except for the keywords that may follow a number in valid code
// ("1if x else y"), as CPython's verify_end_of_number.
func (s *scanner) endOfNumber(kind string) *Error {
	rest := s.src[s.pos:]
	has := func(w string) bool { return len(rest) >= len(w) && string(rest[:len(w)]) == w }
	c := s.cur()
	switch c {
	case 'a':
		if has("and") {
			return nil
		}
	case 'e':
		if has("else") {
			return nil
		}
	case 'f':
		if has("for") {
			return nil
		}
	case 'i':
		if has("if") || has("in") || has("is") {
			return nil
		}
	case 'o':
		if has("or") {
			return nil
		}
	case 'n':
		if has("not") {
			return nil
		}
	}
	if c < 0x80 && isIdentByte(c) {
		return s.failCur(fmt.Sprintf("invalid %s literal", kind))
	}
	return nil
}
