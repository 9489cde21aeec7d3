package runtime

// This file defines array.array: a mutable sequence of machine numbers
// (or of 'u' characters) stored as the raw little-endian bytes CPython's
// array holds on x86-64 Linux, so tobytes/frombytes/byteswap/buffer use
// are copies, and each element is decoded on access. Conversions and
// their OverflowError/TypeError texts are CPython's per typecode.
//
// An Array is a mutable object: every method calls t.touchW(&a.Header)
// before it reads or writes the elements (share.go).

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"

	"github.com/pystm/pystm/stm"
)

// Array is an array.array.
type Array struct {
	stm.Header
	code byte
	data []byte
	typ  *Type // nil for array.array itself
	sub  subAttrs
}

// ArrayType is array.array.
var ArrayType = &Type{Name: "array", Module: "array"}

// ArrayIterType is the iterator over an array.
var ArrayIterType = &Type{Name: "arrayiterator", Module: "array", flags: flagFinal}

// Type returns array.array or the subclass.
func (a *Array) Type() *Type {
	if a.typ != nil {
		return a.typ
	}
	return ArrayType
}

// arrayTypecodes is array.typecodes.
const arrayTypecodes = "bBuhHiIlLqQfd"

// arrayItemSize is each typecode's item size on x86-64 Linux (u is
// wchar_t, 4 bytes).
func arrayItemSize(code byte) int {
	switch code {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	}
	return 8
}

func (a *Array) itemSize() int { return arrayItemSize(a.code) }
func (a *Array) length() int   { return len(a.data) / a.itemSize() }

func (a *Array) isFloat() bool { return a.code == 'f' || a.code == 'd' }

// raw returns element i's bits.
func (a *Array) raw(i int) uint64 {
	switch n := a.itemSize(); n {
	case 1:
		return uint64(a.data[i])
	case 2:
		return uint64(binary.LittleEndian.Uint16(a.data[2*i:]))
	case 4:
		return uint64(binary.LittleEndian.Uint32(a.data[4*i:]))
	}
	return binary.LittleEndian.Uint64(a.data[8*i:])
}

func (a *Array) setRaw(i int, u uint64) {
	switch a.itemSize() {
	case 1:
		a.data[i] = byte(u)
	case 2:
		binary.LittleEndian.PutUint16(a.data[2*i:], uint16(u))
	case 4:
		binary.LittleEndian.PutUint32(a.data[4*i:], uint32(u))
	default:
		binary.LittleEndian.PutUint64(a.data[8*i:], u)
	}
}

// appendRaw appends one element's bits.
func (a *Array) appendRaw(u uint64) {
	switch a.itemSize() {
	case 1:
		a.data = append(a.data, byte(u))
	case 2:
		a.data = binary.LittleEndian.AppendUint16(a.data, uint16(u))
	case 4:
		a.data = binary.LittleEndian.AppendUint32(a.data, uint32(u))
	default:
		a.data = binary.LittleEndian.AppendUint64(a.data, u)
	}
}

// box decodes bits of this array's typecode into a Python value.
func (a *Array) box(u uint64) Value {
	switch a.code {
	case 'b':
		return Int(int64(int8(u)))
	case 'h':
		return Int(int64(int16(u)))
	case 'i':
		return Int(int64(int32(u)))
	case 'l', 'q':
		return Int(int64(u))
	case 'L', 'Q':
		return uintValue(u)
	case 'f':
		return Float(float64(math.Float32frombits(uint32(u))))
	case 'd':
		return Float(math.Float64frombits(u))
	case 'u':
		return NewStr(CodePointString(rune(u)))
	}
	return Int(int64(u)) // B, H, I
}

func (a *Array) get(i int) Value { return a.box(a.raw(i)) }

// arrayIntRange is a conversion step of PyArg_Parse: a value outside
// [lo, hi] raises OverflowError with the "less than minimum" or "greater
// than maximum" text of what.
func arrayIntRange(x int64, lo, hi int64, what string) error {
	switch {
	case x < lo:
		return Errorf(OverflowErrorType, "%s is less than minimum", what)
	case x > hi:
		return Errorf(OverflowErrorType, "%s is greater than maximum", what)
	}
	return nil
}

// unbox converts v to the bits of this array's typecode, with CPython's
// errors for each code.
func (a *Array) unbox(t *Thread, v Value) (uint64, error) {
	switch a.code {
	case 'f', 'd':
		f, err := AsFloatValue(t, v)
		if err != nil {
			return 0, err
		}
		if a.code == 'f' {
			return uint64(math.Float32bits(float32(f))), nil
		}
		return math.Float64bits(f), nil
	case 'u':
		s, ok := AsString(v)
		if !ok || CodePointCount(s) != 1 {
			return 0, Errorf(TypeErrorType, "array item must be unicode character")
		}
		r, _ := DecodeCodePoint(s)
		return uint64(r), nil
	}
	iv, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	x, xb, _ := intOf(iv)
	longErr := func() error { return Errorf(OverflowErrorType, "Python int too large to convert to C long") }
	switch a.code {
	case 'b', 'B', 'h', 'i', 'H', 'l':
		if xb != nil {
			return 0, longErr()
		}
	}
	switch a.code {
	case 'b':
		if err := arrayIntRange(x, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
			return 0, err
		}
		return uint64(x), arrayIntRange(x, math.MinInt8, math.MaxInt8, "signed char")
	case 'B':
		return uint64(x), arrayIntRange(x, 0, math.MaxUint8, "unsigned byte integer")
	case 'h':
		return uint64(x), arrayIntRange(x, math.MinInt16, math.MaxInt16, "signed short integer")
	case 'H':
		if err := arrayIntRange(x, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
			return 0, err
		}
		return uint64(x), arrayIntRange(x, 0, math.MaxUint16, "unsigned short")
	case 'i':
		return uint64(x), arrayIntRange(x, math.MinInt32, math.MaxInt32, "signed integer")
	case 'l':
		return uint64(x), nil
	case 'q':
		if xb != nil {
			return 0, Errorf(OverflowErrorType, "int too big to convert")
		}
		return uint64(x), nil
	case 'I', 'L':
		u, err := arrayUnsigned(x, xb, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long")
		if err == nil && a.code == 'I' && u > math.MaxUint32 {
			err = Errorf(OverflowErrorType, "unsigned int is greater than maximum")
		}
		return u, err
	}
	// 'Q'
	return arrayUnsigned(x, xb, "can't convert negative int to unsigned", "int too big to convert")
}

func arrayUnsigned(x int64, xb *big.Int, neg, big string) (uint64, error) {
	switch {
	case xb == nil && x >= 0:
		return uint64(x), nil
	case xb == nil || xb.Sign() < 0:
		return 0, Errorf(OverflowErrorType, "%s", neg)
	case xb.Cmp(bigMaxUint64) <= 0:
		return xb.Uint64(), nil
	}
	return 0, Errorf(OverflowErrorType, "%s", big)
}

// newArray makes an empty array of a valid typecode.
func newArray(typ *Type, code byte) *Array {
	a := &Array{code: code}
	if typ != ArrayType {
		a.typ = typ
		a.sub.enable()
	}
	return a
}

// arrayNew is array.__new__(cls, typecode, initializer=None, /).
func arrayNew(t *Thread, args []Value, kw []string) (Value, error) {
	cls := args[0].obj.(*Type)
	if len(kw) > 0 && cls == ArrayType {
		return Value{}, Errorf(TypeErrorType, "array.array() takes no keyword arguments")
	}
	args = args[1 : len(args)-len(kw)]
	if len(args) < 1 || len(args) > 2 {
		if len(args) == 0 {
			return Value{}, Errorf(TypeErrorType, "array() takes at least 1 argument (0 given)")
		}
		return Value{}, Errorf(TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok := AsString(args[0])
	if !ok || CodePointCount(s) != 1 {
		return Value{}, Errorf(TypeErrorType, "array() argument 1 must be a unicode character, not %s", typeName(args[0]))
	}
	if len(s) != 1 || !strings.Contains(arrayTypecodes, s) {
		return Value{}, Errorf(ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(cls, s[0])
	if len(args) == 2 {
		if err := a.initFrom(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	return FromObject(a), nil
}

// initFrom fills a new array from the constructor's initializer.
func (a *Array) initFrom(t *Thread, init Value) error {
	switch o := init.obj.(type) {
	case *Str:
		if a.code != 'u' {
			return Errorf(TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		return a.fromUnicode(o.s)
	case *Bytes, *ByteArray:
		b, _ := bytesOf(init)
		return a.fromBytes(b)
	case *Array:
		if (o.code == 'u') != (a.code == 'u') {
			if o.code == 'u' {
				return Errorf(TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
			}
		}
	}
	return a.extendIter(t, init)
}

func (a *Array) fromUnicode(s string) error {
	for i := 0; i < len(s); {
		r, n := DecodeCodePoint(s[i:])
		a.appendRaw(uint64(r))
		i += n
	}
	return nil
}

func (a *Array) fromBytes(b []byte) error {
	if len(b)%a.itemSize() != 0 {
		return Errorf(ValueErrorType, "bytes length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

// extendIter appends every element of an iterable, keeping those
// appended before an error (as CPython does).
func (a *Array) extendIter(t *Thread, it Value) error {
	if o, ok := it.obj.(*Array); ok {
		if o.code == a.code {
			t.touchW(&o.Header)
			a.data = append(a.data, o.data...)
			return nil
		}
		n := o.length()
		for i := 0; i < n; i++ {
			u, err := a.unbox(t, o.get(i))
			if err != nil {
				return err
			}
			a.appendRaw(u)
		}
		return nil
	}
	return forEach(t, it, func(v Value) (bool, error) {
		u, err := a.unbox(t, v)
		if err != nil {
			return false, err
		}
		t.touchW(&a.Header)
		a.appendRaw(u)
		return true, nil
	})
}

// tolist returns the elements as Python values.
func (a *Array) tolist() []Value {
	n := a.length()
	out := make([]Value, n)
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

// unicode returns a 'u' array's characters as a str.
func (a *Array) unicode() string {
	var b []byte
	for i, n := 0, a.length(); i < n; i++ {
		b = AppendCodePoint(b, rune(a.raw(i)))
	}
	return string(b)
}
