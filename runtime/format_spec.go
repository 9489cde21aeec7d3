package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements the format-spec mini-language (format(), f-strings,
// str.format) for str, int and float, with CPython 3.11's results and
// error messages.

// fmtSpec is a parsed format spec:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type fmtSpec struct {
	fill      string
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	noNegZero bool
	alt       bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	prec      int  // -1: none
	typ       byte // 0: none
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }

// parseSpec parses spec for an object of type typeName.
func parseSpec(spec, typeName string) (fmtSpec, error) {
	f := fmtSpec{prec: -1, width: -1}
	s := spec
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		f.fill, f.align = string(r), s[n]
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.noNegZero = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		// Zero padding: numbers turn it into fill '0' with '=' alignment
		// (numberDefaults), strs into fill '0' only.
		f.zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil {
			return f, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		if err := checkAlloc(int64(w), 1); err != nil { // LANG: CPython's malloc fails: MemoryError
			return f, err
		}
		f.width = w
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		f.grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			if s[0] == f.grouping {
				return f, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", s[0], s[0])
			}
			return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return f, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(s[:i])
		if err != nil {
			return f, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
		if p > math.MaxInt32 { // LANG: CPython's text
			return f, Errorf(ValueErrorType, "precision too big")
		}
		f.prec = p
		s = s[i:]
	}
	if len(s) > 1 {
		return f, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if len(s) == 1 {
		f.typ = s[0]
	}
	if f.grouping != 0 {
		ok := false
		switch f.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
			ok = true
		case 'b', 'o', 'x', 'X':
			ok = f.grouping == '_'
		}
		if !ok {
			return f, Errorf(ValueErrorType, "Cannot specify '%c' with '%s'.", f.grouping, typeChar(f.typ))
		}
	}
	return f, nil
}

// typeChar renders a format type for messages (CPython prints \x.. for
// non-printable ones).
func typeChar(c byte) string {
	if c > ' ' && c < 0x7f {
		return string(c)
	}
	return "\\x" + string(hexDigits[c>>4]) + string(hexDigits[c&15])
}

// numberDefaults applies the '0' flag as numbers read it: fill '0' and
// '=' alignment unless given explicitly.
func (f *fmtSpec) numberDefaults() {
	if f.zero {
		if f.fill == "" {
			f.fill = "0"
		}
		if f.align == 0 {
			f.align = '='
		}
	}
}

// pad aligns body (already including sign) to the spec's width. defAlign
// is the type's default alignment.
func (f *fmtSpec) pad(body string, defAlign byte) string {
	n := utf8.RuneCountInString(body)
	if f.width <= n {
		return body
	}
	fill := f.fill
	if fill == "" {
		fill = " "
	}
	align := f.align
	if align == 0 {
		align = defAlign
	}
	gap := f.width - n
	switch align {
	case '<':
		return body + strings.Repeat(fill, gap)
	case '^':
		left := gap / 2
		return strings.Repeat(fill, left) + body + strings.Repeat(fill, gap-left)
	}
	return strings.Repeat(fill, gap) + body
}

// formatStrSpec is str.__format__.
func formatStrSpec(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseSpec(spec, "str")
	if err != nil {
		return "", err
	}
	if f.typ != 0 && f.typ != 's' {
		return "", Errorf(ValueErrorType, "Unknown format code '%s' for object of type 'str'", typeChar(f.typ))
	}
	if f.grouping != 0 {
		return "", Errorf(ValueErrorType, "Cannot specify '%c' with 's'.", f.grouping)
	}
	if f.sign == ' ' {
		return "", Errorf(ValueErrorType, "Space not allowed in string format specifier")
	}
	if f.sign != 0 {
		return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if f.noNegZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if f.alt {
		return "", Errorf(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' {
		return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if f.zero && f.fill == "" {
		f.fill = "0"
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		i, k := 0, 0
		for k < f.prec {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			k++
		}
		s = s[:i]
	}
	return f.pad(s, '<'), nil
}

// group inserts sep every n digits from the right of digits.
// groupedLen is len(group(d, sep, n)) for a d of nd digits.
func groupedLen(nd, n int) int {
	if nd <= n {
		return nd
	}
	return nd + (nd-1)/n
}

func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first == 0 {
		first = n
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += n {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

// layoutNumber assembles sign, prefix, integer digits (grouped), and the
// rest (fraction, exponent, suffix), padding as the spec says. With
// '=' alignment and a '0' fill the padding zeros are grouped too, as
// CPython does.
func (f *fmtSpec) layoutNumber(neg bool, prefix, intDigits, rest string, groupN int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.sign == '+':
		sign = "+"
	case f.sign == ' ':
		sign = " "
	}
	if f.align == '=' && f.width > 0 {
		fill := f.fill
		if fill == "" {
			fill = " "
		}
		used := len(sign) + len(prefix) + utf8.RuneCountInString(rest)
		if f.grouping != 0 && fill == "0" {
			// Grow the zero-padded digit string until its grouped form fills the width.
			d := intDigits
			// LANG: the fewest digits whose grouped form fills the width,
			// found in O(width) (adding one zero at a time and regrouping
			// was quadratic: a width of 100000 took 12 s).
			if need := f.width - used; groupedLen(len(d), groupN) < need {
				n := max(len(d), need*groupN/(groupN+1)-2)
				for groupedLen(n, groupN) < need {
					n++
				}
				d = strings.Repeat("0", n-len(d)) + d
			}
			g := group(d, f.grouping, groupN)
			if used+len(g) > f.width && len(d) > len(intDigits) && g[0] == f.grouping {
				g = g[1:]
			}
			return sign + prefix + g + rest
		}
		digits := intDigits
		if f.grouping != 0 {
			digits = group(intDigits, f.grouping, groupN)
		}
		gap := f.width - used - len(digits)
		if gap > 0 {
			return sign + prefix + strings.Repeat(fill, gap) + digits + rest
		}
		return sign + prefix + digits + rest
	}
	digits := intDigits
	if f.grouping != 0 {
		digits = group(intDigits, f.grouping, groupN)
	}
	return f.pad(sign+prefix+digits+rest, '>')
}

// formatIntSpec is int.__format__ for an int given as small or big.
func formatIntSpec(small int64, b *big.Int, spec string, typeName string) (string, error) {
	f, err := parseSpec(spec, typeName)
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		var x float64
		if b != nil {
			x, _ = new(big.Float).SetInt(b).Float64()
			if math.IsInf(x, 0) {
				return "", Errorf(OverflowErrorType, "int too large to convert to float")
			}
		} else {
			x = float64(small)
		}
		return formatFloatParsed(x, f)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%s' for object of type '%s'", typeChar(f.typ), typeName)
	}
	if f.prec >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.noNegZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	f.numberDefaults()
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil {
			return "", Errorf(OverflowErrorType, "Python int too large to convert to C long")
		}
		if small < 0 || small > 0x10ffff {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return f.pad(string(rune(small)), '>'), nil
	}
	neg := small < 0
	if b != nil {
		neg = b.Sign() < 0
	}
	base, prefix, groupN := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, groupN = 2, "0b", 4
	case 'o':
		base, prefix, groupN = 8, "0o", 4
	case 'x', 'X':
		base, prefix, groupN = 16, "0x", 4
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	if b != nil {
		digits = new(big.Int).Abs(b).Text(base)
	} else {
		u := uint64(small)
		if neg {
			u = uint64(-small)
		}
		digits = strconv.FormatUint(u, base)
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
		prefix = strings.ToUpper(prefix)
	}
	return f.layoutNumber(neg, prefix, digits, "", groupN), nil
}

// formatFloatSpec is float.__format__.
func formatFloatSpec(x float64, spec string) (string, error) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	f, err := parseSpec(spec, "float")
	if err != nil {
		return "", err
	}
	return formatFloatParsed(x, f)
}

func formatFloatParsed(x float64, f fmtSpec) (string, error) {
	f.numberDefaults()
	typ := f.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%s' for object of type 'float'", typeChar(typ))
	}
	if typ == 'n' {
		typ = 'g'
	}
	addDot0 := false
	suffix := ""
	prec := f.prec
	if typ == 0 {
		addDot0 = true
		if prec < 0 {
			typ = 'r'
		} else {
			typ = 'g'
		}
	}
	if typ == '%' {
		typ = 'f'
		x *= 100
		suffix = "%"
	}
	if prec < 0 {
		prec = 6
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	ax := math.Abs(x)
	var body string
	switch {
	case math.IsInf(x, 0):
		body = "inf"
	case math.IsNaN(x):
		body = "nan"
		neg = false
	default:
		body = floatDigits(ax, typ, prec, f.alt, addDot0)
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = strings.ToUpper(body)
	}
	if neg && f.noNegZero && isZeroText(body) {
		neg = false
	}
	// Split the integer digits from the rest for grouping and '=' padding.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	if i == 0 { // inf, nan: padded like numbers (zeros included), never grouped
		g := f
		g.grouping = 0
		return g.layoutNumber(neg, "", "", body+suffix, 3), nil
	}
	return f.layoutNumber(neg, "", body[:i], body[i:]+suffix, 3), nil
}

func isZeroText(s string) bool {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for _, c := range s {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// floatDigits formats a non-negative finite x as CPython's
// PyOS_double_to_string does for types 'e', 'f', 'g' and 'r'.
func floatDigits(x float64, typ byte, prec int, alt, addDot0 bool) string {
	switch typ {
	case 'r':
		s := FloatRepr(x)
		if alt && strings.IndexByte(s, '.') < 0 {
			if e := strings.IndexByte(s, 'e'); e >= 0 {
				s = s[:e] + "." + s[e:]
			} else {
				s += "."
			}
		}
		return s
	case 'e', 'E':
		s := strconv.FormatFloat(x, 'e', prec, 64)
		if alt && prec == 0 {
			s = strings.Replace(s, "e", ".e", 1)
		}
		return s
	case 'f', 'F':
		s := strconv.FormatFloat(x, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	}
	// 'g'
	if prec == 0 {
		prec = 1
	}
	es := strconv.FormatFloat(x, 'e', prec-1, 64)
	epos := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[epos+1:])
	// With add-dot-0 (format type omitted) CPython switches to exponent
	// notation one digit earlier.
	limit := prec
	if addDot0 {
		limit = prec - 1
	}
	var s string
	if exp >= -4 && exp < limit {
		s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
		if !alt {
			if strings.IndexByte(s, '.') >= 0 {
				s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			}
			if addDot0 && strings.IndexByte(s, '.') < 0 {
				s += ".0"
			}
		} else if strings.IndexByte(s, '.') < 0 {
			s += "."
		}
		return s
	}
	mant := es[:epos]
	if !alt {
		if strings.IndexByte(mant, '.') >= 0 {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
	} else if strings.IndexByte(mant, '.') < 0 {
		mant += "."
	}
	return mant + es[epos:]
}

// FormatValue is format(v, spec): what FORMAT_VALUE and str.format call.
// Built-in str, int and float are formatted directly; other values go
// through their type's __format__.
func FormatValue(t *Thread, v Value, spec string) (string, error) {
	switch o := v.obj.(type) {
	case *Str:
		if o.typ == nil {
			return formatStrSpec(o.s, spec)
		}
	case intTag:
		if spec == "" {
			return strconv.FormatInt(v.AsInt(), 10), nil
		}
		return formatIntSpec(v.AsInt(), nil, spec, "int")
	case floatTag:
		return formatFloatSpec(v.AsFloat(), spec)
	case *BigInt:
		if o.Type() == IntType {
			if spec == "" {
				return o.b.String(), nil
			}
			return formatIntSpec(0, o.b, spec, "int")
		}
	case boolTag:
		if spec == "" {
			if v.AsBool() {
				return "True", nil
			}
			return "False", nil
		}
		return formatIntSpec(int64(v.num), nil, spec, "bool")
	}
	fn, ok := TypeOf(v).Lookup("__format__")
	if !ok {
		return "", Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeOf(v).Name)
	}
	r, err := t.Call(fn, []Value{v, NewStr(spec)}, nil)
	if err != nil {
		return "", err
	}
	s, ok := AsString(r)
	if !ok {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeOf(r).Name)
	}
	return s, nil
}

func init() {
	formatMethod := func(fn func(t *Thread, self Value, spec string) (string, error)) func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return func(t *Thread, args []Value, kwnames []string) (Value, error) {
			if err := ctNoKwargs("__format__", args[1:], kwnames, 1, 1); err != nil {
				return Value{}, err
			}
			spec, ok := AsString(args[1])
			if !ok {
				return Value{}, Errorf(TypeErrorType, "__format__() argument must be str, not %s", TypeOf(args[1]).Name)
			}
			r, err := fn(t, args[0], spec)
			if err != nil {
				return Value{}, err
			}
			return NewStr(r), nil
		}
	}
	StrType.AddMethod("__format__", formatMethod(func(t *Thread, v Value, spec string) (string, error) {
		return formatStrSpec(v.obj.(*Str).s, spec)
	}))
}

// formatNumber formats a plain int or float with a non-empty spec; the
// object model's int.__format__ and float.__format__ call it.
func formatNumber(t *Thread, v Value, spec string) (string, error) {
	if small, b, ok := intOf(v); ok {
		return formatIntSpec(small, b, spec, TypeOf(v).Name)
	}
	x, ok, err := floatOf(v)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeOf(v).Name)
	}
	return formatFloatSpec(x, spec)
}
