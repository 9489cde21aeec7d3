package runtime

// This file decides which built-in functions an abortable span may call
// and stay abortable (span.go): those whose effects are all writes to
// objects through barriers that log them (span_undo.go) or make the span
// irrevocable, and writes to stdout and stderr, which wait for commit
// (span_output.go), and _thread's locks (span_locks.go). Any other
// built-in (I/O, time, threads, os, random, imports, exec, class
// creation, ...) makes the span irrevocable before it runs.

// safeBuiltinNames are the functions of the builtins module that qualify.
var safeBuiltinNames = [...]string{
	"print", "len", "abs", "min", "max", "sum", "any", "all", "repr", "ascii",
	"hash", "id", "isinstance", "issubclass", "getattr", "hasattr", "callable",
	"divmod", "pow", "round", "chr", "ord", "hex", "oct", "bin", "format",
	"iter", "next", "sorted",
	// setattr and delattr do what STORE_ATTR and DELETE_ATTR do, which
	// spans run: through the same barriers (buffered for a shared
	// module's globals: span_globals.go, span_namedeletes.go).
	"setattr", "delattr",
}

// markSafeBuiltins marks the builtins module's functions that qualify
// (BuiltinFunction.spanSafe), by identity: another module's function of
// the same name does not. The interpreter's builtins are its own objects,
// marked before any thread runs. (A flag and not a set: the set's lookup
// was 2.5% of go.py's instructions in a worker thread.)
func markSafeBuiltins(in *Interpreter) {
	for _, name := range safeBuiltinNames {
		if v, ok := in.Builtins.GetStr(name); ok {
			if bf, ok := v.obj.(*BuiltinFunction); ok {
				bf.spanSafe = true
			}
		}
	}
}

// safeOwner reports whether the methods of the built-in type typ qualify:
// the containers, whose writes are logged, the immutable types, and
// _thread.lock (span_locks.go).
func safeOwner(typ *Type) bool {
	switch typ {
	case ListType, DictType, SetType, FrozenSetType, TupleType, StrType, BytesType,
		IntType, FloatType, BoolType, ComplexType, RangeType, SliceType, ObjectType,
		StdStreamType, GeneratorType, LockType,
		ListIteratorType, ListReverseIteratorType, TupleIteratorType, RangeIteratorType,
		StrIteratorType, BytesIteratorType:
		return true
	}
	return false
}

// gateBuiltin is called before an abortable span calls f: it makes the
// span irrevocable unless f qualifies (errAbort: the span must abort
// instead, and f must not run).
func (t *Thread) gateBuiltin(f *BuiltinFunction) error {
	if f.Owner != nil {
		if safeOwner(f.Owner) {
			return nil
		}
	} else if f.pure || f.spanSafe {
		return nil
	}
	return t.becomeIrrevocable()
}

// irrevocableWrites wraps the writing slots of a type whose writes have no
// undo record so that they make an abortable span irrevocable first.
func irrevocableWrites(s *Slots) {
	if f := s.SetItem; f != nil {
		s.SetItem = func(t *Thread, v, k, x Value) error { t.irrevocableNow(); return f(t, v, k, x) }
	}
	if f := s.DelItem; f != nil {
		s.DelItem = func(t *Thread, v, k Value) error { t.irrevocableNow(); return f(t, v, k) }
	}
	for i, f := range s.Inplace {
		if f != nil {
			s.Inplace[i] = func(t *Thread, a, b Value) (Value, error) { t.irrevocableNow(); return f(t, a, b) }
		}
	}
}
