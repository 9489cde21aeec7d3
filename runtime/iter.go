package runtime

// This file defines the iterator types of the built-in containers. They
// are exported so that the interpreter's FOR_ITER can type-switch on the
// list and range iterators and step them without an allocation.

// Iterator types.
var (
	ListIteratorType        = &Type{Name: "list_iterator"}
	ListReverseIteratorType = &Type{Name: "list_reverseiterator"}
	TupleIteratorType       = &Type{Name: "tuple_iterator"}
	RangeIteratorType       = &Type{Name: "range_iterator"}
	StrIteratorType         = &Type{Name: "str_ascii_iterator"}
	DictKeyIteratorType     = &Type{Name: "dict_keyiterator"}
	DictValueIteratorType   = &Type{Name: "dict_valueiterator"}
	DictItemIteratorType    = &Type{Name: "dict_itemiterator"}
	SetIteratorType         = &Type{Name: "set_iterator"}
	BytesIteratorType       = &Type{Name: "bytes_iterator"}
)

// ListIterator iterates over a list. Its position is thread-local state of
// the iterator (iterators are not shared in practice; the list is read
// through its accessors).
type ListIterator struct {
	shareFlag // set when published: Next takes the token
	list      *List
	i         int
}

// Type returns list_iterator.
func (it *ListIterator) Type() *Type { return ListIteratorType }

// Next returns the next element, or false when exhausted.
func (it *ListIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	l := it.list
	if l == nil {
		return Value{}, false
	}
	if l.IsShared() {
		// LISTREAD: lock-free in an abortable span (shared_read_list.go).
		if v, more, ok := t.sharedListNext(l, it.i); ok {
			if more {
				it.i++
				return v, true
			}
			it.list = nil
			return Value{}, false
		}
		t.touch(&l.Header)
	}
	if it.i < l.Len() {
		v := l.get(it.i) // touched above
		it.i++
		return v, true
	}
	it.list = nil
	return Value{}, false
}

// ListReverseIterator iterates over a list backwards.
type ListReverseIterator struct {
	shareFlag // set when published: Next takes the token
	list      *List
	i         int
}

// Type returns list_reverseiterator.
func (it *ListReverseIterator) Type() *Type { return ListReverseIteratorType }

// Next returns the next element, or false when exhausted.
func (it *ListReverseIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	if it.list != nil {
		t.touch(&it.list.Header)
	}
	if it.list != nil && it.i >= 0 && it.i < it.list.Len() {
		v := it.list.Get(t, it.i)
		it.i--
		return v, true
	}
	it.list = nil
	return Value{}, false
}

// TupleIterator iterates over a tuple.
type TupleIterator struct {
	shareFlag // set when published: Next takes the token
	items     []Value
	i         int
}

// Type returns tuple_iterator.
func (it *TupleIterator) Type() *Type { return TupleIteratorType }

// Next returns the next element, or false when exhausted.
func (it *TupleIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v, true
	}
	return Value{}, false
}

// RangeIterator iterates over a range.
type RangeIterator struct {
	shareFlag  // set when published: Next takes the token
	next, step int64
	left       int64
}

// Type returns range_iterator.
func (it *RangeIterator) Type() *Type { return RangeIteratorType }

// Next returns the next element, or false when exhausted.
func (it *RangeIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	if it.left <= 0 {
		return Value{}, false
	}
	v := it.next
	it.next += it.step
	it.left--
	return Int(v), true
}

// StrIterator iterates over the characters of a str.
type StrIterator struct {
	shareFlag // set when published: Next takes the token
	s         string
	pos       int
}

// Type returns str_ascii_iterator.
func (it *StrIterator) Type() *Type { return StrIteratorType }

// Next returns the next character, or false when exhausted.
func (it *StrIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	if it.pos >= len(it.s) {
		return Value{}, false
	}
	c := it.s[it.pos]
	if c < 0x80 {
		it.pos++
		return asciiChar(c), true
	}
	r, n := decodeRune(it.s[it.pos:])
	it.pos += n
	return NewStr(CodePointString(r)), true
}

// BytesIterator iterates over bytes or a bytearray, giving ints.
type BytesIterator struct {
	shareFlag // set when published: Next takes the token
	b         func() []byte
	i         int
}

// Type returns bytes_iterator.
func (it *BytesIterator) Type() *Type { return BytesIteratorType }

// Next returns the next byte, or false when exhausted.
func (it *BytesIterator) Next(t *Thread) (Value, bool) {
	t.touchIter(&it.shareFlag, it)
	b := it.b()
	if it.i < len(b) {
		it.i++
		return Int(int64(b[it.i-1])), true
	}
	return Value{}, false
}

// simpleIter is what the iterators above have in common.
type simpleIter interface {
	Object
	Next(t *Thread) (Value, bool)
}

func init() {
	for _, typ := range []*Type{ListIteratorType, ListReverseIteratorType, TupleIteratorType, RangeIteratorType, StrIteratorType, BytesIteratorType} {
		typ.flags |= flagFinal
		typ.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
		typ.Slots.Next = func(t *Thread, v Value) (Value, error) {
			x, _ := v.obj.(simpleIter).Next(t)
			return x, nil
		}
	}
	ListIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		it := args[0].obj.(*ListIterator)
		if it.list == nil {
			return Int(0), nil
		}
		return Int(int64(max(0, it.list.Len()-it.i))), nil
	})
	RangeIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return Int(args[0].obj.(*RangeIterator).left), nil
	})
}
