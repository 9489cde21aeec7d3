package runtime

// ctorCache memoises, for one version of a type, the two MRO lookups that
// type.__call__ makes on every call (__new__ and __init__), so that calls
// of built-in types such as int(s), range(n) or set() hash no names.
// Like lookupCache it is immutable and dropped when the version moves.
type ctorCache struct {
	version         uint64
	newFn, initFn   Value
	hasNew, hasInit bool
	newIsObject     bool // __new__ is object.__new__
	initIsObject    bool // __init__ is object.__init__
}

// ctor returns the constructor lookups of typ for its current version.
func (typ *Type) ctor() *ctorCache {
	typ.ready()
	// The version is read before the lookups: an entry built while the
	// type changes carries the old version and is rebuilt on next use.
	ver := typ.version.Load()
	if c := typ.ctorMemo.Load(); c != nil && c.version == ver {
		return c
	}
	c := &ctorCache{version: ver}
	c.newFn, c.hasNew = typ.Lookup("__new__")
	c.initFn, c.hasInit = typ.Lookup("__init__")
	c.newIsObject = c.hasNew && isObjectMethod(c.newFn)
	if bf, ok := c.initFn.obj.(*BuiltinFunction); c.hasInit && ok && bf.Owner == ObjectType {
		c.initIsObject = true
	}
	typ.ctorMemo.Store(c)
	return c
}
