package runtime

import (
	"sync"
	"sync/atomic"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file defines Type, the Python type object, and the behaviour slots
// through which the protocols (repr, hash, operators, iteration, items)
// dispatch.
//
// Dispatch design: a built-in type fills the Go function pointers in its
// Slots, so `repr(x)` or `a + b` on a built-in value is one indirect call.
// A class made by a class statement (a heap type) leaves its Slots empty and
// the protocol functions fall back to looking up the dunder (`__repr__`,
// `__add__`) along the MRO and calling it; a user class that inherits a
// built-in behaviour finds the built-in's slot wrapper there (a
// *BuiltinFunction made from the slot), so both paths agree.

// Type is a Python type object: a built-in type or a class.
type Type struct {
	Name     string // __name__
	Qualname string // __qualname__ (Name when empty)
	Module   string // __module__; "builtins" when empty
	Doc      string
	Bases    []*Type // __bases__; nil means (object,) for every type but object
	MRO      []*Type // __mro__, computed by C3 when the type is made ready
	Dict     *Dict   // the class namespace
	Slots    Slots   // Go behaviour of built-in types (see the file comment)

	meta   *Type // metaclass; nil means type
	base   *Type // tp_base: the first base
	layout *Type // the built-in type whose object layout instances use
	flags  typeFlags

	version    atomic.Uint64 // bumped on any attribute change of the type or an ancestor
	once       sync.Once
	mu         sync.Mutex // guards subclasses
	subclasses []*Type
	rootShape  *Shape                                  // instances of heap types start with this shape
	cache      atomic.Pointer[lookupCache]             // MRO lookups, valid for one version
	hookCache  atomic.Pointer[hookFlags]               // which attribute hooks Python code overrides
	methodMemo atomic.Pointer[map[string]*MethodCache] // LoadMethod cache entries for non-instances
	ctorMemo   atomic.Pointer[ctorCache]               // __new__/__init__ for type calls (type_ctor.go)
	noDict     bool                                    // __slots__ all the way up: instances have no __dict__
	slotNames  []string
}

type typeFlags uint16

const (
	flagHeap      typeFlags = 1 << iota // made by a class statement or type(name, bases, dict)
	flagFinal                           // not an acceptable base type (bool, NoneType, ...)
	flagAbstract                        // cannot be instantiated from Python (e.g. NoneType via call)
	flagException                       // a subclass of BaseException
)

// Slots hold the Go implementation of a built-in type's protocols. A nil
// slot means the type does not implement that protocol directly (or, for a
// heap type, that the dunder is looked up). Binary slots take the receiver
// on the left (Binary, Inplace) or on the right (RBinary, computing
// `other OP self`); they return NotImplemented for operand types they do not
// handle. Compare returns NotImplemented likewise.
type Slots struct {
	Repr     func(t *Thread, v Value) (string, error)
	Str      func(t *Thread, v Value) (string, error)
	Hash     func(t *Thread, v Value) (int64, error)
	Bool     func(t *Thread, v Value) (bool, error)
	Len      func(t *Thread, v Value) (int, error)
	Compare  func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error)
	Binary   [bytecode.NumBinOps]func(t *Thread, a, b Value) (Value, error)
	RBinary  [bytecode.NumBinOps]func(t *Thread, self, other Value) (Value, error)
	Inplace  [bytecode.NumBinOps]func(t *Thread, a, b Value) (Value, error)
	Unary    [3]func(t *Thread, v Value) (Value, error) // -x, +x, ~x
	Iter     func(t *Thread, v Value) (Value, error)
	Next     func(t *Thread, v Value) (Value, error) // zero Value + nil = exhausted
	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, x Value) error
	DelItem  func(t *Thread, v, key Value) error
	Contains func(t *Thread, v, x Value) (bool, error)
	Index    func(t *Thread, v Value) (Value, error)
	Call     func(t *Thread, fn Value, args []Value, kwnames []string) (Value, error)
	// GetAttr replaces the generic attribute lookup (modules, types); it
	// returns the AttributeError itself when the name is missing.
	GetAttr func(t *Thread, v Value, name string) (Value, error)
	SetAttr func(t *Thread, v Value, name string, x Value) error
	DelAttr func(t *Thread, v Value, name string) error
}

// Type returns the metaclass of typ: type itself unless a metaclass was given.
func (typ *Type) Type() *Type {
	if typ.meta != nil {
		return typ.meta
	}
	return TypeType
}

// IsHeap reports whether typ was made by a class statement (a user class).
func (typ *Type) IsHeap() bool { return typ.flags&flagHeap != 0 }

// QualName returns __qualname__.
func (typ *Type) QualName() string {
	if typ.Qualname != "" {
		return typ.Qualname
	}
	return typ.Name
}

// ModuleName returns __module__ of typ.
func (typ *Type) ModuleName() string {
	if typ.IsHeap() && typ.Dict != nil {
		// A class's __module__ lives in its dict, where a metaclass's own
		// __module__ entry (a plain string, not the descriptor) makes
		// setattr put it, as in CPython.
		if m, ok := typ.Dict.GetStr("__module__"); ok {
			if s, isStr := AsString(m); isStr {
				return s
			}
		}
	}
	if typ.Module != "" {
		return typ.Module
	}
	return "builtins"
}

// Version returns the type's version tag; attribute caches compare it.
// It changes whenever an attribute of the type or of one of its ancestors
// is set or deleted.
func (typ *Type) Version() uint64 { typ.ready(); return typ.version.Load() }

// newBuiltinType returns a built-in type named name deriving from base
// (nil: object). Its Dict and MRO are completed on first use (ready), so
// the var initialisers of different files need no ordering.
func newBuiltinType(name string, base *Type) *Type {
	typ := &Type{Name: name}
	if base != nil {
		typ.Bases = []*Type{base}
	}
	return typ
}

// ready completes a type declared as a bare &Type{...}: its Dict, bases,
// MRO, and the dunder wrappers of its slots. Built-in types are made ready
// lazily on first use, after every package init function has run.
func (typ *Type) ready() {
	typ.once.Do(typ.doReady)
}

func (typ *Type) doReady() {
	typ.wrapSharedSlots()
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	if typ.Bases == nil && typ != ObjectType {
		typ.Bases = []*Type{ObjectType}
	}
	for _, b := range typ.Bases {
		b.ready()
	}
	if len(typ.Bases) > 0 {
		typ.base = typ.Bases[0]
	}
	if typ.MRO == nil {
		mro, err := c3MRO(typ, typ.Bases)
		if err != nil {
			// Built-in hierarchies are single inheritance; this cannot happen.
			mro = append([]*Type{typ}, typ.base.MRO...)
		}
		typ.MRO = mro
	}
	if typ.layout == nil {
		typ.layout = typ
		if typ.IsHeap() && typ.base != nil {
			typ.layout = typ.base.layout
		}
	}
	if typ.base != nil && typ.base.flags&flagException != 0 {
		typ.flags |= flagException
	}
	if !typ.IsHeap() {
		typ.addSlotWrappers()
	}
	for _, b := range typ.Bases {
		b.mu.Lock()
		b.subclasses = append(b.subclasses, typ)
		b.mu.Unlock()
	}
	typ.version.Store(1)
}

// Lookup finds name along typ's MRO without binding descriptors.
func (typ *Type) Lookup(name string) (Value, bool) {
	v, where := typ.lookupWhere(name)
	return v, where != nil
}

// lookupCache memoises MRO lookups (hits and misses) for one version of
// a type. It is runtime bookkeeping: replaced copy-on-write through an
// atomic pointer, never rolled back, and dropped when the version moves.
type lookupCache struct {
	version uint64
	m       map[string]lookupEntry
}

type lookupEntry struct {
	v     Value
	where *Type
}

// maxCachedNames bounds the copy-on-write cache of one type.
const maxCachedNames = 128

// lookupWhere is Lookup that also says which class of the MRO had it.
func (typ *Type) lookupWhere(name string) (Value, *Type) {
	typ.ready()
	ver := typ.version.Load()
	c := typ.cache.Load()
	if c != nil && c.version == ver {
		if e, ok := c.m[name]; ok {
			return e.v, e.where
		}
	}
	var e lookupEntry
	for _, k := range typ.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			e = lookupEntry{v, k}
			break
		}
	}
	if c == nil || c.version != ver {
		c = &lookupCache{version: ver}
	}
	if len(c.m) < maxCachedNames {
		m := make(map[string]lookupEntry, len(c.m)+1)
		for k, v := range c.m {
			m[k] = v
		}
		m[name] = e
		typ.cache.Store(&lookupCache{version: ver, m: m})
	}
	return e.v, e.where
}

// hookFlags records, for one version of a type, which attribute-access
// hooks a Python class in its MRO defines, so the hot paths test a bit
// instead of looking the names up.
type hookFlags struct {
	version uint64
	flags   uint8
}

const (
	hookGetattribute uint8 = 1 << iota
	hookGetattr
	hookSetattr
	hookDelattr
)

// hooks returns the hookFlags bits of typ's current version.
func (typ *Type) hooks() uint8 {
	typ.ready()
	ver := typ.version.Load()
	if c := typ.hookCache.Load(); c != nil && c.version == ver {
		return c.flags
	}
	var f uint8
	for _, h := range []struct {
		name string
		bit  uint8
	}{{"__getattribute__", hookGetattribute}, {"__getattr__", hookGetattr}, {"__setattr__", hookSetattr}, {"__delattr__", hookDelattr}} {
		if _, where := typ.lookupWhere(h.name); where != nil && where.IsHeap() {
			f |= h.bit
		}
	}
	typ.hookCache.Store(&hookFlags{version: ver, flags: f})
	return f
}

// Modified must be called after changing typ.Dict directly (not through
// SetAttr): it invalidates the lookup caches of typ and its subclasses.
func (typ *Type) Modified() { typ.bumpVersion() }

// AddMethod puts a built-in method into typ's Dict. fn receives the
// receiver as args[0]. It is meant for package init functions.
func (typ *Type) AddMethod(name string, fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	if sharedLayout(typ) {
		fn = touchingMethod(fn)
	}
	typ.Dict.SetStr(name, FromObject(&BuiltinFunction{Name: name, Fn: fn, Method: true, Owner: typ}))
}

// AddClassMethod puts a built-in class method (dict.fromkeys,
// int.from_bytes) into typ's Dict; fn receives the class as args[0].
func (typ *Type) AddClassMethod(name string, fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	f := &BuiltinFunction{Name: name, Fn: fn, Method: true, Owner: typ, classMethod: true}
	typ.Dict.SetStr(name, FromObject(&ClassMethod{Func: FromObject(f)}))
}

// SetNew installs typ's __new__: fn receives the class as args[0] (a
// *Type value) and the call's arguments after it.
// The class argument is checked first, as CPython's tp_new wrapper does,
// so fn may assume args[0] is a *Type whose instances it can make.
func (typ *Type) SetNew(fn func(t *Thread, args []Value, kwnames []string) (Value, error)) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	checked := func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := typ.checkNewArg(args); err != nil {
			return Value{}, err
		}
		return fn(t, args, kwnames)
	}
	typ.Dict.SetStr("__new__", FromObject(&BuiltinFunction{Name: "__new__", Fn: checked, Owner: typ, isNew: true}))
}

// checkNewArg validates the class passed to typ.__new__.
func (typ *Type) checkNewArg(args []Value) error {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "%s.__new__(): not enough arguments", typ.Name)
	}
	cls, ok := args[0].obj.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", typ.Name, TypeOf(args[0]).Name)
	}
	if !IsSubtype(cls, typ) {
		return Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
	}
	// The nearest built-in class of cls must create its instances with
	// this very __new__ (int.__new__(bool) is not safe).
	static := cls
	for static.IsHeap() && static.base != nil {
		static = static.base
	}
	if static != typ {
		mine, _ := typ.Dict.GetStr("__new__")
		theirs, _ := static.Lookup("__new__")
		if !mine.Is(theirs) {
			return Errorf(TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", typ.Name, cls.Name, static.Name)
		}
	}
	return nil
}

// AddGetSet puts a computed attribute (a data descriptor) into typ's Dict.
// set may be nil for a read-only attribute.
func (typ *Type) AddGetSet(name string, get func(t *Thread, obj Value) (Value, error), set func(t *Thread, obj, v Value) error) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	typ.Dict.SetStr(name, FromObject(&GetSet{Name: name, Owner: typ, Get: get, Set: set}))
}

// IsSubtype reports whether a is b or derives from it.
func IsSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	a.ready()
	for _, c := range a.MRO {
		if c == b {
			return true
		}
	}
	return false
}

// IsInstance reports whether v's type is cls or a subclass of it (no
// __instancecheck__; see builtin isinstance for that).
func IsInstance(v Value, cls *Type) bool { return IsSubtype(TypeOf(v), cls) }

// bumpVersion invalidates attribute caches of typ and its subclasses.
func (typ *Type) bumpVersion() {
	typ.version.Add(1)
	typ.mu.Lock()
	subs := append([]*Type(nil), typ.subclasses...)
	typ.mu.Unlock()
	for _, s := range subs {
		s.bumpVersion()
	}
}

// The built-in type singletons owned by the object model. The container
// types (str, list, ...) are declared in their own files.
var (
	ObjectType          = &Type{Name: "object", Doc: "The base class of the class hierarchy."}
	TypeType            = newBuiltinType("type", nil)
	IntType             = newBuiltinType("int", nil)
	BoolType            = &Type{Name: "bool", Bases: []*Type{IntType}, flags: flagFinal}
	FloatType           = newBuiltinType("float", nil)
	NoneType            = &Type{Name: "NoneType", flags: flagFinal}
	NotImplementedType  = &Type{Name: "NotImplementedType", flags: flagFinal}
	EllipsisType        = &Type{Name: "ellipsis", flags: flagFinal}
	BuiltinFunctionType = &Type{Name: "builtin_function_or_method", flags: flagFinal}
	MethodDescrType     = &Type{Name: "method_descriptor", flags: flagFinal}
	GetSetType          = &Type{Name: "getset_descriptor", flags: flagFinal}
	PropertyType        = newBuiltinType("property", nil)
	StaticMethodType    = newBuiltinType("staticmethod", nil)
	ClassMethodType     = newBuiltinType("classmethod", nil)
	SuperType           = newBuiltinType("super", nil)
)

// slots returns typ's behaviour slots, completing a built-in type first
// (its inherited slots are filled in when it is made ready).
func (typ *Type) slots() *Slots {
	typ.ready()
	return &typ.Slots
}
