package runtime

// This file defines the format strings of the struct module: parsing
// ("<2hxq", "@i3s"), sizes and native alignment as CPython computes them
// on x86-64 Linux (long and size_t are 8 bytes, native order little
// endian), and struct.error, the module's exception.

import (
	"math"
	"math/big"
)

// StructErrorType is struct.error.
var StructErrorType = &Type{Name: "error", Module: "struct", Bases: []*Type{ExceptionType}, flags: flagException}

func structErr(format string, a ...any) error { return Errorf(StructErrorType, format, a...) }

// structRun is one code of a format with its repeat count: count items of
// one code ('s' and 'p': one item count bytes long) at offset.
type structRun struct {
	code   byte
	count  int64
	offset int64
	size   int64 // bytes per item ('s', 'p': 1)
}

// structLayout is a parsed format.
type structLayout struct {
	format    string
	native    bool // '@': native sizes and alignment
	bigEndian bool
	bigOrder  bool // '>' or '!': standard sizes, big endian (some errors differ)
	runs      []structRun
	size      int64
	nargs     int64
}

// structNativeSize gives each code's native size (= alignment); 0 marks
// an unknown code.
func structCodeSize(code byte, native bool) int64 {
	switch code {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	case 'l', 'L':
		if native {
			return 8
		}
		return 4
	case 'n', 'N', 'P':
		if native {
			return 8
		}
	}
	return 0
}

func isStructSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// parseStructFormat is CPython's prepare_s.
func parseStructFormat(format string) (*structLayout, error) {
	l := &structLayout{format: format, native: true}
	f := format
	if len(f) > 0 {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			l.native = false
			f = f[1:]
		case '>', '!':
			l.native, l.bigEndian, l.bigOrder = false, true, true
			f = f[1:]
		}
	}
	const maxSize = math.MaxInt64
	for i := 0; i < len(f); i++ {
		c := f[i]
		if isStructSpace(c) {
			continue
		}
		num := int64(1)
		if c >= '0' && c <= '9' {
			num = 0
			for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
				if num >= maxSize/10 {
					return nil, structErr("total struct size too long")
				}
				num = num*10 + int64(f[i]-'0')
			}
			if i == len(f) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = f[i]
		}
		size := structCodeSize(c, l.native)
		if size == 0 {
			return nil, structErr("bad char in struct format")
		}
		if l.native && size > 1 && c != 's' && c != 'p' {
			if rem := l.size % size; rem != 0 {
				l.size += size - rem
			}
		}
		if num > (maxSize-l.size)/size {
			return nil, structErr("total struct size too long")
		}
		switch c {
		case 'x':
		case 's', 'p':
			l.runs = append(l.runs, structRun{code: c, count: num, offset: l.size, size: 1})
			l.nargs++
		default:
			if num > 0 {
				l.runs = append(l.runs, structRun{code: c, count: num, offset: l.size, size: size})
				l.nargs += num
			}
		}
		l.size += num * size
	}
	return l, nil
}

// structPutUint writes the low size bytes of u at b in the layout's order.
func (l *structLayout) putUint(b []byte, size int64, u uint64) {
	for i := int64(0); i < size; i++ {
		if l.bigEndian {
			b[size-1-i] = byte(u >> (8 * i))
		} else {
			b[i] = byte(u >> (8 * i))
		}
	}
}

func (l *structLayout) getUint(b []byte, size int64) uint64 {
	var u uint64
	for i := int64(0); i < size; i++ {
		if l.bigEndian {
			u |= uint64(b[size-1-i]) << (8 * i)
		} else {
			u |= uint64(b[i]) << (8 * i)
		}
	}
	return u
}

// structInt converts a pack argument for an integer code (through
// __index__), with struct.error for non-integers.
func structInt(t *Thread, v Value) (int64, *big.Int, error) {
	if x, xb, ok := intOf(v); ok {
		return x, xb, nil
	}
	if _, isFloat, _ := floatOf(v); !isFloat {
		if iv, err := Index(t, v); err == nil {
			x, xb, _ := intOf(iv)
			return x, xb, nil
		} else if e, ok := err.(*Exception); !ok || !e.Matches(TypeErrorType) {
			return 0, nil, err
		}
	}
	return 0, nil, structErr("required argument is not an integer")
}

var (
	bigMinInt64  = new(big.Int).SetInt64(math.MinInt64)
	bigMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// packInt converts v for an integer code and returns its bits, with the
// range errors CPython gives for that code, size and byte order.
func (l *structLayout) packInt(t *Thread, code byte, size int64, v Value) (uint64, error) {
	x, xb, err := structInt(t, v)
	if err != nil {
		return 0, err
	}
	oor := func() error { return structErr("argument out of range") }
	tooLarge := func() error { return structErr("int too large to convert") }
	signed := code >= 'a' && code <= 'z'
	if code == 'P' {
		switch {
		case xb == nil:
			return uint64(x), nil
		case xb.Sign() < 0 && xb.Cmp(bigMinInt64) >= 0, xb.Sign() > 0 && xb.Cmp(bigMaxUint64) <= 0:
			return xb.Uint64(), nil
		}
		return 0, tooLarge()
	}
	if size == 8 {
		bad := oor
		if l.bigOrder {
			bad = tooLarge
		}
		if signed {
			if xb != nil {
				return 0, bad()
			}
			return uint64(x), nil
		}
		switch {
		case xb == nil && x >= 0:
			return uint64(x), nil
		case xb != nil && xb.Sign() > 0 && xb.Cmp(bigMaxUint64) <= 0:
			return xb.Uint64(), nil
		}
		return 0, bad()
	}
	bits := uint(8 * size)
	switch {
	case code == 'b' || code == 'B' || (code == 'h' || code == 'H') && !l.bigOrder:
		if xb != nil {
			return 0, oor()
		}
		names := map[byte]string{'b': "byte", 'B': "ubyte", 'h': "short", 'H': "ushort"}
		if signed {
			lo, hi := -int64(1)<<(bits-1), int64(1)<<(bits-1)-1
			if x < lo || x > hi {
				return 0, structErr("%s format requires %d <= number <= %d", names[code], lo, hi)
			}
		} else if hi := int64(1)<<bits - 1; x < 0 || x > hi {
			return 0, structErr("%s format requires 0 <= number <= %d", names[code], hi)
		}
		return uint64(x), nil
	}
	// 4-byte i, I, standard l, L, and big-endian h, H
	if signed {
		if xb != nil {
			return 0, oor()
		}
		lo, hi := -int64(1)<<(bits-1), int64(1)<<(bits-1)-1
		if x < lo || x > hi {
			return 0, structErr("'%c' format requires %d <= number <= %d", code, lo, hi)
		}
		return uint64(x), nil
	}
	if (xb == nil && x < 0) || (xb != nil && (xb.Sign() < 0 || xb.Cmp(bigMaxUint64) > 0)) {
		return 0, oor()
	}
	hi := uint64(1)<<bits - 1
	if xb != nil || uint64(x) > hi {
		return 0, structErr("'%c' format requires 0 <= number <= %d", code, hi)
	}
	return uint64(x), nil
}

// structFloat converts a pack argument for f, d or e.
func structFloat(t *Thread, v Value) (float64, error) {
	f, err := AsFloatValue(t, v)
	if err != nil {
		if _, ok := err.(*Exception); ok {
			return 0, structErr("required argument is not a float")
		}
		return 0, err
	}
	return f, nil
}

// floatToHalf is PyFloat_Pack2: IEEE binary16, rounding half to even;
// ok is false on overflow.
func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	f, e := math.Frexp(math.Abs(x)) // |x| = f * 2**e, 0.5 <= f < 1
	f *= 2
	e--
	switch {
	case e >= 16:
		return 0, false
	case e < -25:
		f, e = 0, 0 // rounds to zero
	case e < -14:
		f = math.Ldexp(f, 14+e) // subnormal
		e = 0
	default:
		e += 15
		f--
	}
	f *= 1024
	bits := uint16(f)
	f -= float64(bits)
	if f > 0.5 || (f == 0.5 && bits&1 == 1) {
		bits++
		if bits == 1024 {
			bits = 0
			e++
			if e == 31 {
				return 0, false
			}
		}
	}
	return sign | uint16(e)<<10 | bits, true
}

// halfToFloat is PyFloat_Unpack2.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 0x1f:
		if m == 0 {
			return math.Copysign(math.Inf(1), sign)
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}
