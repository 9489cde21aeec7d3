package runtime

import "github.com/pystm/pystm/stm"

// BytesType and ByteArrayType are the types of bytes and bytearray.
var (
	BytesType     = &Type{Name: "bytes"}
	ByteArrayType = &Type{Name: "bytearray"}
)

// Bytes is an immutable bytes object.
type Bytes struct {
	b   []byte
	typ *Type
	sub subAttrs
}

// NewBytes returns a bytes value owning b.
func NewBytes(b []byte) Value { return FromObject(&Bytes{b: b}) }

// Type returns bytes.
func (b *Bytes) Type() *Type {
	if b.typ != nil {
		return b.typ
	}
	return BytesType
}

// Bytes returns the contents; callers must not modify them.
func (b *Bytes) Bytes() []byte { return b.b }

// ByteArray is a mutable bytearray.
type ByteArray struct {
	stm.Header
	b   []byte
	typ *Type
	sub subAttrs
}

// NewByteArray returns a bytearray owning b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Type returns bytearray.
func (b *ByteArray) Type() *Type {
	if b.typ != nil {
		return b.typ
	}
	return ByteArrayType
}
