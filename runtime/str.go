package runtime

import (
	"hash/maphash"
	"sync/atomic"
	"unicode/utf8"
)

// StrType is the type of str.
var StrType = &Type{Name: "str"}

// Str is an immutable Python str. It holds UTF-8 text; n is the number of
// code points, and when n == len(s) the text is ASCII and indexing is a
// byte index. For other text a code-point offset table is built on first
// indexing and published atomically (a Str may be read by many threads).
type Str struct {
	s     string
	n     int
	typ   *Type // nil for exact str; a subclass otherwise
	sub   subAttrs
	hash  atomic.Uint64
	index atomic.Pointer[[]int32]
}

// strSeed seeds the str hash. It is set once at start-up and only read
// afterwards; programs must not depend on str hash values (CPython
// randomises them too).
var strSeed = maphash.MakeSeed()

// strShortSeed seeds the short-string hash (set once at start-up).
var strShortSeed = uint64(maphash.String(strSeed, "pystm")) | 1

// newStr builds a *Str. Text is UTF-8, except that a lone surrogate
// (which Python strs may hold) is stored as its 3-byte generalised UTF-8
// form (ED A0..BF 80..BF), as the compiler writes it. Any other invalid
// byte becomes U+FFFD, so that n == len(s) exactly when s is ASCII.
func newStr(s string) *Str {
	if utf8.ValidString(s) {
		return &Str{s: s, n: utf8.RuneCountInString(s)}
	}
	var b []byte
	n := 0
	for i := 0; i < len(s); {
		r, size := DecodeCodePoint(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\uFFFD"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
		n++
	}
	return &Str{s: string(b), n: n}
}

// DecodeCodePoint decodes the code point at the start of s, including a
// lone surrogate in generalised UTF-8. An invalid byte decodes as
// (utf8.RuneError, 1).
func DecodeCodePoint(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendCodePoint appends r in UTF-8, writing a surrogate in its
// generalised 3-byte form instead of U+FFFD.
func AppendCodePoint(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// CodePointString returns the one-character text of code point r.
func CodePointString(r rune) string { return string(AppendCodePoint(nil, r)) }

// CodePointCount returns the number of code points of a str's text.
func CodePointCount(s string) int {
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	n := 0
	for i := 0; i < len(s); n++ {
		_, size := DecodeCodePoint(s[i:])
		i += size
	}
	return n
}

// codePoints returns the code points of s.
func codePoints(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := DecodeCodePoint(s[i:])
		out = append(out, r)
		i += size
	}
	return out
}

// lastCodePoint decodes the code point that ends s.
func lastCodePoint(s string) (rune, int) {
	if len(s) >= 3 {
		if r, n := DecodeCodePoint(s[len(s)-3:]); n == 3 && r >= 0xD800 && r <= 0xDFFF {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// NewStr returns the str value s.
func NewStr(s string) Value { return FromObject(newStr(s)) }

// Type returns str or the subclass the string was made for.
func (s *Str) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StrType
}

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len returns the number of code points.
func (s *Str) Len() int { return s.n }

// IsASCII reports whether the text is all ASCII.
func (s *Str) IsASCII() bool { return s.n == len(s.s) }

// AsString returns the text of a str (or str subclass) value.
func AsString(v Value) (string, bool) {
	if s, ok := v.obj.(*Str); ok {
		return s.s, true
	}
	return "", false
}

// strHashString hashes the text of a str. It never returns -1 (CPython's
// error marker), so str hashes can sit in tables beside other hashes.
func strHashString(s string) int64 {
	var h int64
	if len(s) <= 16 {
		// Short strings (names, keys) dominate lookups: an inline FNV-1a
		// round over the bytes, seeded and finished with a multiply-xorshift
		// so that the low bits used by the tables are well mixed.
		x := strShortSeed
		for i := 0; i < len(s); i++ {
			x = (x ^ uint64(s[i])) * 0x100000001b3
		}
		x ^= x >> 32
		x *= 0x9e3779b97f4a7c15
		x ^= x >> 29
		h = int64(x)
	} else {
		h = int64(maphash.String(strSeed, s))
	}
	if h == -1 {
		h = -2
	}
	return h
}

// Hash returns the cached hash of s.
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return int64(h)
	}
	h := strHashString(s.s)
	s.hash.Store(uint64(h))
	return h
}

// asciiStrs holds the one-character strs of ASCII, shared (immutable).
var asciiStrs = func() (a [128]*Str) {
	for i := range a {
		a[i] = &Str{s: string(rune(i)), n: 1}
	}
	return a
}()

// emptyStr is the shared empty str.
var emptyStr = &Str{}

// asciiChar returns the one-character str of ASCII byte c.
func asciiChar(c byte) Value { return FromObject(asciiStrs[c]) }

// strValue returns the str value of s, sharing the common small strs.
func strValue(s string) Value {
	switch len(s) {
	case 0:
		return FromObject(emptyStr)
	case 1:
		if s[0] < 0x80 {
			return asciiChar(s[0])
		}
	}
	return NewStr(s)
}

// decodeRune decodes the code point at the start of s.
func decodeRune(s string) (rune, int) { return DecodeCodePoint(s) }

// offsets returns the byte offset of every code point, plus len(s) at
// the end; it is built once per str and published atomically.
func (s *Str) offsets() []int32 {
	if p := s.index.Load(); p != nil {
		return *p
	}
	offs := make([]int32, 0, s.n+1)
	for i := 0; i < len(s.s); {
		offs = append(offs, int32(i))
		_, size := DecodeCodePoint(s.s[i:])
		i += size
	}
	offs = append(offs, int32(len(s.s)))
	s.index.Store(&offs)
	return offs
}

// byteOffset returns the byte offset of code point i (0 <= i <= n).
func (s *Str) byteOffset(i int) int {
	if s.n == len(s.s) {
		return i
	}
	return int(s.offsets()[i])
}

// runeIndex returns the code point index of byte offset b.
func (s *Str) runeIndex(b int) int {
	if s.n == len(s.s) {
		return b
	}
	return CodePointCount(s.s[:b])
}

// charAt returns the one-character str at code point i.
func (s *Str) charAt(i int) Value {
	if s.n == len(s.s) {
		return asciiChar(s.s[i])
	}
	o := s.offsets()
	return NewStr(s.s[o[i]:o[i+1]])
}

// substr returns the text of code points [lo, hi).
func (s *Str) substr(lo, hi int) string { return s.s[s.byteOffset(lo):s.byteOffset(hi)] }
