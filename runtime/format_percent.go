package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements printf-style formatting: str % args.

// percentArgs hands out the arguments of a % format in order.
type percentArgs struct {
	items  []Value
	next   int
	single bool // args was not a tuple: one argument
	dict   Value
}

func (p *percentArgs) get() (Value, error) {
	if p.next >= len(p.items) {
		return Value{}, Errorf(TypeErrorType, "not enough arguments for format string")
	}
	v := p.items[p.next]
	p.next++
	return v, nil
}

// PercentFormat returns format % args.
func PercentFormat(t *Thread, format string, args Value) (string, error) {
	return percentFormat(t, format, args, false)
}

// percentFormat is PercentFormat; in bytes mode (bytes % args) %s takes
// bytes-like arguments as they are and %r/%a give ascii().
func percentFormat(t *Thread, format string, args Value, bytesMode bool) (string, error) {
	p := &percentArgs{}
	if tu, ok := args.obj.(*Tuple); ok {
		p.items = tu.items
	} else {
		p.items = []Value{args}
		p.single = true
		_, isBytes := args.obj.(*Bytes)
		switch args.obj.(type) {
		case *Str:
		default:
			if bytesMode && isBytes {
				break
			}
			if TypeOf(args).slots().GetItem != nil || hasMethod(args, "__getitem__") {
				p.dict = args
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		var arg Value
		haveArg := false
		if format[i] == '(' {
			if !p.dict.IsValid() {
				return "", Errorf(TypeErrorType, "format requires a mapping")
			}
			depth, j := 1, i+1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", Errorf(ValueErrorType, "incomplete format key")
			}
			key := format[i+1 : j-1]
			v, err := GetItem(t, p.dict, NewStr(key))
			if err != nil {
				return "", err
			}
			arg, haveArg = v, true
			p.next = len(p.items) // after a key, positional arguments are used up (CPython)
			i = j
		}
		var minus, plus, space, alt, zero bool
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			v, err := p.get()
			if err != nil {
				return "", err
			}
			if !v.IsInt() {
				return "", Errorf(TypeErrorType, "* wants int")
			}
			width = int(v.AsInt())
			if width < 0 {
				minus, width = true, -width
			}
			i++
		} else {
			j := i
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				i++
			}
			if i > j {
				var err error
				if width, err = strconv.Atoi(format[j:i]); err != nil { // LANG: CPython's text
					return "", Errorf(ValueErrorType, "width too big")
				}
			}
		}
		if width > 0 {
			if err := checkAlloc(int64(width), 1); err != nil { // LANG: MemoryError, not a fatal Go allocation
				return "", err
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				v, err := p.get()
				if err != nil {
					return "", err
				}
				if !v.IsInt() {
					return "", Errorf(TypeErrorType, "* wants int")
				}
				prec = int(v.AsInt())
				if prec > maxCInt || prec < minCInt { // LANG: a C int in CPython
					return "", Errorf(OverflowErrorType, "Python int too large to convert to C int")
				}
				if prec < 0 {
					prec = 0
				}
				i++
			} else {
				j := i
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					i++
				}
				var err error
				if prec, err = strconv.Atoi(format[j:i]); err != nil || prec > maxCInt { // LANG: CPython's text
					return "", Errorf(ValueErrorType, "precision too big")
				}
			}
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", Errorf(ValueErrorType, "incomplete format")
		}
		conv := format[i]
		i++
		if conv == '%' && i-start == 2 {
			b.WriteByte('%')
			continue
		}
		if !haveArg {
			v, err := p.get()
			if err != nil {
				return "", err
			}
			arg = v
		}
		if conv == '%' {
			// "%5%": CPython takes an argument, then rejects the '%'.
			return "", Errorf(ValueErrorType, "unsupported format character '%%' (0x25) at index %d", i-1)
		}
		var body string
		var neg, numeric bool
		prefix := ""
		switch conv {
		case 'b':
			if !bytesMode {
				return "", Errorf(ValueErrorType, "unsupported format character 'b' (0x62) at index %d", i-1)
			}
			bs, ok := bytesOf(arg)
			if !ok {
				return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(arg).Name)
			}
			body = string(bs)
			if prec >= 0 && len(body) > prec {
				body = body[:prec]
			}
		case 's', 'r', 'a':
			var err error
			switch {
			case bytesMode && conv == 's':
				b, ok := bytesOf(arg)
				if !ok {
					if fb, err := bytesFromBytesMethod(t, arg); err != nil || fb != nil {
						if err != nil {
							return "", err
						}
						b, ok = fb, true
					}
				}
				if !ok {
					return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(arg).Name)
				}
				body = string(b)
			case bytesMode:
				body, err = Repr(t, arg)
				body = asciiEscape(body)
			case conv == 's':
				body, err = StrOf(t, arg)
			case conv == 'r':
				body, err = Repr(t, arg)
			default:
				body, err = Repr(t, arg)
				body = asciiEscape(body)
			}
			if err != nil {
				return "", err
			}
			if bytesMode && prec >= 0 && len(body) > prec {
				body = body[:prec]
			} else if !bytesMode && prec >= 0 && utf8.RuneCountInString(body) > prec {
				body = string([]rune(body)[:prec])
			}
		case 'd', 'i', 'u', 'o', 'x', 'X':
			numeric = true
			small, bg, ok := intOf(arg)
			if !ok {
				if x, isF, _ := floatOf(arg); isF && (conv == 'd' || conv == 'i' || conv == 'u') {
					if math.IsInf(x, 0) {
						return "", Errorf(OverflowErrorType, "cannot convert float infinity to integer")
					}
					if math.IsNaN(x) {
						return "", Errorf(ValueErrorType, "cannot convert float NaN to integer")
					}
					bf := new(big.Float).SetFloat64(math.Trunc(x))
					bg, _ = bf.Int(nil)
					if bg.IsInt64() {
						small, bg = bg.Int64(), nil
					}
				} else if conv == 'd' || conv == 'i' || conv == 'u' {
					iv, err := Index(t, arg)
					if err != nil {
						return "", Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", conv, TypeOf(arg).Name)
					}
					small, bg, _ = intOf(iv)
				} else {
					iv, err := Index(t, arg)
					if err != nil {
						return "", Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, TypeOf(arg).Name)
					}
					small, bg, _ = intOf(iv)
				}
			}
			base := 10
			switch conv {
			case 'o':
				base = 8
				if alt {
					prefix = "0o"
				}
			case 'x', 'X':
				base = 16
				if alt {
					prefix = "0x"
				}
			}
			if bg != nil {
				neg = bg.Sign() < 0
				body = new(big.Int).Abs(bg).Text(base)
			} else {
				neg = small < 0
				u := uint64(small)
				if neg {
					u = uint64(-small)
				}
				body = strconv.FormatUint(u, base)
			}
			if conv == 'X' {
				body = strings.ToUpper(body)
				prefix = strings.ToUpper(prefix)
			}
			if prec > len(body) {
				body = strings.Repeat("0", prec-len(body)) + body
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			x, ok, err := floatOf(arg)
			if err != nil {
				return "", err
			}
			if !ok {
				fv, err := floatOfIndexable(t, arg)
				if err != nil {
					return "", err
				}
				x = fv
			}
			if prec < 0 {
				prec = 6
			}
			neg = math.Signbit(x) && !math.IsNaN(x)
			ax := math.Abs(x)
			switch {
			case math.IsInf(x, 0):
				body = "inf"
			case math.IsNaN(x):
				body = "nan"
			default:
				lc := conv | 0x20
				body = floatDigits(ax, lc, prec, alt, false)
			}
			if conv == 'E' || conv == 'F' || conv == 'G' {
				body = strings.ToUpper(body)
			}
		case 'c':
			switch {
			case bytesMode:
				if arg.IsInt() {
					r := arg.AsInt()
					if r < 0 || r > 255 {
						return "", Errorf(OverflowErrorType, "%%c arg not in range(256)")
					}
					body = string([]byte{byte(r)})
				} else if bs, ok := bytesOf(arg); ok && len(bs) == 1 {
					body = string(bs)
				} else {
					return "", Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
				}
			case arg.IsInt():
				r := arg.AsInt()
				if r < 0 || r > 0x10ffff {
					return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
				}
				body = CodePointString(rune(r))
			default:
				s, ok := arg.obj.(*Str)
				if !ok || s.n != 1 {
					return "", Errorf(TypeErrorType, "%%c requires int or char")
				}
				body = s.s
			}
		default:
			return "", Errorf(ValueErrorType, "unsupported format character '%s' (0x%x) at index %d", string(rune(conv)), conv, i-1)
		}
		sign := ""
		if numeric {
			switch {
			case neg:
				sign = "-"
			case plus:
				sign = "+"
			case space:
				sign = " "
			}
		}
		n := utf8.RuneCountInString(sign) + len(prefix) + utf8.RuneCountInString(body)
		switch {
		case width <= n:
			b.WriteString(sign + prefix + body)
		case minus:
			b.WriteString(sign + prefix + body + strings.Repeat(" ", width-n))
		case zero && numeric:
			b.WriteString(sign + prefix + strings.Repeat("0", width-n) + body)
		default:
			b.WriteString(strings.Repeat(" ", width-n) + sign + prefix + body)
		}
	}
	if p.next < len(p.items) && !p.dict.IsValid() {
		if bytesMode {
			return "", Errorf(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return "", Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// hasMethod reports whether v's type has the named attribute.
func hasMethod(v Value, name string) bool {
	_, ok := TypeOf(v).Lookup(name)
	return ok
}

// floatOfIndexable converts an argument of %f: anything with __float__
// (or __index__).
func floatOfIndexable(t *Thread, v Value) (float64, error) {
	if fn, ok := TypeOf(v).Lookup("__float__"); ok {
		r, err := t.Call(fn, []Value{v}, nil)
		if err != nil {
			return 0, err
		}
		if r.IsFloat() {
			return r.AsFloat(), nil
		}
	}
	if _, ok := TypeOf(v).Lookup("__index__"); ok {
		iv, err := Index(t, v)
		if err == nil {
			if x, ok, err := floatOf(iv); ok {
				return x, err
			}
		}
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeOf(v).Name)
}

// asciiEscape is ascii() applied to a repr: non-ASCII characters escaped.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range codePoints(s) {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x100:
			b.WriteString("\\x" + string(hexDigits[r>>4]) + string(hexDigits[r&15]))
		case r < 0x10000:
			b.WriteString("\\u")
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigits[(r>>sh)&15])
			}
		default:
			b.WriteString("\\U")
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hexDigits[(r>>sh)&15])
			}
		}
	}
	return b.String()
}
