package runtime

// This file packs values into bytes and unpacks them for a parsed struct
// format, and reads the buffers struct accepts (bytes, bytearray,
// array.array).

import (
	"math"
	"math/big"
)

// pack writes args into dst (len(dst) == l.size, zeroed).
func (l *structLayout) pack(t *Thread, fname string, dst []byte, args []Value) error {
	if int64(len(args)) != l.nargs {
		return structErr("%s expected %d items for packing (got %d)", fname, l.nargs, len(args))
	}
	ai := 0
	for _, r := range l.runs {
		switch r.code {
		case 's', 'p':
			v := args[ai]
			ai++
			b, ok := bytesOf(v)
			if !ok {
				return structErr("argument for '%c' must be a bytes object", r.code)
			}
			out := dst[r.offset : r.offset+r.count]
			if r.code == 's' {
				copy(out, b)
				continue
			}
			if r.count == 0 {
				continue
			}
			n := len(b)
			if int64(n) > r.count-1 {
				n = int(r.count - 1)
			}
			copy(out[1:], b[:n])
			if n > 255 {
				n = 255
			}
			out[0] = byte(n)
			continue
		}
		for k := int64(0); k < r.count; k++ {
			v := args[ai]
			ai++
			at := dst[r.offset+k*r.size:]
			if err := l.packOne(t, r.code, r.size, at, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (l *structLayout) packOne(t *Thread, code byte, size int64, at []byte, v Value) error {
	switch code {
	case 'c':
		b, ok := bytesOf(v)
		if !ok || len(b) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		at[0] = b[0]
	case '?':
		ok, err := Truth(t, v)
		if err != nil {
			return err
		}
		if ok {
			at[0] = 1
		}
	case 'd':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		l.putUint(at, 8, math.Float64bits(f))
	case 'f':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		f32 := float32(f)
		if !l.native && math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
			return Errorf(OverflowErrorType, "float too large to pack with f format")
		}
		l.putUint(at, 4, uint64(math.Float32bits(f32)))
	case 'e':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		h, ok := floatToHalf(f)
		if !ok {
			return Errorf(OverflowErrorType, "float too large to pack with e format")
		}
		l.putUint(at, 2, uint64(h))
	default:
		u, err := l.packInt(t, code, size, v)
		if err != nil {
			return err
		}
		l.putUint(at, size, u)
	}
	return nil
}

// unpack decodes data (len(data) == l.size) into a tuple.
func (l *structLayout) unpack(data []byte) Value {
	out := make([]Value, 0, l.nargs)
	for _, r := range l.runs {
		switch r.code {
		case 's':
			out = append(out, NewBytes(append([]byte{}, data[r.offset:r.offset+r.count]...)))
			continue
		case 'p':
			if r.count == 0 {
				out = append(out, NewBytes([]byte{}))
				continue
			}
			b := data[r.offset : r.offset+r.count]
			n := int64(b[0])
			if n >= r.count {
				n = r.count - 1
			}
			out = append(out, NewBytes(append([]byte{}, b[1:1+n]...)))
			continue
		}
		for k := int64(0); k < r.count; k++ {
			out = append(out, l.unpackOne(r.code, r.size, data[r.offset+k*r.size:]))
		}
	}
	return NewTuple(out)
}

func (l *structLayout) unpackOne(code byte, size int64, at []byte) Value {
	switch code {
	case 'c':
		return NewBytes([]byte{at[0]})
	case '?':
		return Bool(at[0] != 0)
	case 'd':
		return Float(math.Float64frombits(l.getUint(at, 8)))
	case 'f':
		return Float(float64(math.Float32frombits(uint32(l.getUint(at, 4)))))
	case 'e':
		return Float(halfToFloat(uint16(l.getUint(at, 2))))
	}
	u := l.getUint(at, size)
	if code >= 'a' && code <= 'z' {
		shift := 64 - 8*size
		return Int(int64(u<<shift) >> shift)
	}
	return uintValue(u)
}

// uintValue is an unsigned 64-bit integer as a Python int.
func uintValue(u uint64) Value {
	if u <= math.MaxInt64 {
		return Int(int64(u))
	}
	return NewInt(new(big.Int).SetUint64(u))
}

// structBuffer returns the bytes of a buffer argument (bytes, bytearray,
// array.array); writable says whether pack_into may write them.
func structBuffer(t *Thread, v Value) (data []byte, writable, ok bool) {
	switch o := v.obj.(type) {
	case *Bytes:
		return o.b, false, true
	case *ByteArray:
		t.touchW(&o.Header)
		return o.b, true, true
	case *Array:
		t.touchW(&o.Header)
		return o.data, true, true
	}
	return nil, false, false
}

func bytesLikeRequired(v Value) error {
	return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
}

// unpackFrom is unpack_from's offset handling and checks.
func (l *structLayout) unpackFrom(t *Thread, buf Value, offset int64) (Value, error) {
	data, _, ok := structBuffer(t, buf)
	if !ok {
		return Value{}, bytesLikeRequired(buf)
	}
	n := int64(len(data))
	passed := offset
	if offset < 0 {
		if offset+n < 0 {
			return Value{}, structErr("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		if passed >= 0 {
			return Value{}, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+offset, l.size, offset, n)
		}
		return Value{}, structErr("not enough data to unpack %d bytes at offset %d", l.size, passed)
	}
	return l.unpack(data[offset : offset+l.size]), nil
}

// packInto is pack_into's checks, in CPython's order (item count,
// buffer, offset), then the packing. The bytes are packed aside and
// copied in afterwards, because __index__ or __float__ of an argument may
// run Python code that resizes the buffer.
func (l *structLayout) packInto(t *Thread, buf Value, off Value, args []Value) error {
	if int64(len(args)) != l.nargs {
		return structErr("pack_into expected %d items for packing (got %d)", l.nargs, len(args))
	}
	data, writable, ok := structBuffer(t, buf)
	if !ok || !writable {
		return Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", typeName(buf))
	}
	oi, err := Index(t, off)
	if err != nil {
		return err
	}
	offset, ok := AsInt64(oi)
	if !ok {
		return Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	n := int64(len(data))
	if offset < 0 {
		if offset+l.size > 0 {
			return structErr("no space to pack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			return structErr("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", l.size+offset, l.size, offset, n)
	}
	tmp := make([]byte, l.size) // fits: the buffer already holds l.size bytes
	if err := l.pack(t, "pack_into", tmp, args); err != nil {
		return err
	}
	if data, _, _ = structBuffer(t, buf); int64(len(data)) >= offset+l.size {
		copy(data[offset:], tmp)
	}
	return nil
}
