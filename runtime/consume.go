package runtime

// This file routes the builtins that call Python once per element (sum,
// any, all, min, max, sorted, list, tuple, set, str.join over a generator
// or a Python iterator; min, max and sorted with a Python key) to hidden
// frames of the interpreter loop (issue #7: "Aborts must be able to
// unwind" in the design brief). Called from Go, such a builtin resumes
// the generator or calls the key from a nested loop on the Go stack, one
// per element: no span boundary can fall inside it (a whole sum(gen) is
// one transaction) and an abort has no restart point there. Called from
// the loop's CALL instead, the builtin's Go side checks its arguments as
// before and then pushes a frame of a small Python function (the loop,
// consume_lib.go), which the loop runs like any other: the generator's
// frame is resumed inline by FOR_ITER, the key function is a CALL, and
// the hidden function's backward jumps are ordinary boundaries.
//
// The hidden code is marked (Code.hidden): unwinding adds no traceback
// entry for its frames and sys._getframe skips them, so tracebacks read
// as CPython's, which shows no frame for a builtin. When no Python code
// runs per element (a list, a range, a builtin key) the Go path stays:
// it is faster there and has nothing to interrupt.

// The hidden frames are used only where they buy something (consumeWanted):
// while the thread runs abortable spans (Thread.spOn: parallel mode once a
// second thread exists, or abort injection) in its outermost loop, where
// they put a boundary and a restart point between elements. Without spans
// (one thread, -gil) a nested loop costs nothing in atomicity (the GIL is
// handed over at any depth) and the Go loop is faster: sum over a
// generator 0.31 s in Go against 0.37 s as a hidden loop
// (design-consume.md). Over a map, filter or enumerate, which FOR_ITER
// runs as frames (consume_iter.go), the hidden loop is the faster one and
// is always used.

// consumeWanted says whether a consumer called with args should run as a
// hidden frame if its iteration calls Python (the callers test that):
// while the thread runs abortable spans in its outermost loop (in a
// nested loop, exec in a worker, no boundary can fall anyway), or when
// the iterable is a map, filter or enumerate that FOR_ITER runs as frames
// (faster than the Go loop's Thread.Call per element in every mode).
func (t *Thread) consumeWanted(args []Value) bool {
	if t.spOn && t.goLoops <= 1 {
		return true
	}
	if len(args) == 0 {
		return false
	}
	switch args[0].obj.(type) {
	case *Map, *Filter, *Enumerate:
		return true
	}
	return false
}

// consumeKind says which consumer a builtin function is (BuiltinFunction.consume).
type consumeKind uint8

const (
	consumeNone consumeKind = iota
	consumeSum
	consumeAny
	consumeAll
	consumeMin
	consumeMax
	consumeSorted
	consumeJoin
	consumeDictUpdate
	consumeListExtend
)

// consumeNames maps the builtins module's consumers to their kinds.
var consumeNames = map[string]consumeKind{
	"sum": consumeSum, "any": consumeAny, "all": consumeAll,
	"min": consumeMin, "max": consumeMax, "sorted": consumeSorted,
}

// markConsumers tags the consumers among the builtins in d, which are
// this interpreter's own function objects.
func markConsumers(d *Dict) {
	for name, k := range consumeNames {
		if v, ok := d.GetStr(name); ok {
			if bf, ok := v.obj.(*BuiltinFunction); ok {
				bf.consume = k
			}
		}
	}
}

// consumeLib is the compiled hidden code of one interpreter and the Go
// helpers it calls.
type consumeLib struct {
	sum, any, all, min, max, minKey, maxKey, sorted, sortedKeys, list, tuple, set, join, dict, dictGen, listExtend *Code
	sortFlag, sortFinish, tupleFinish, dictAdd                                                                     Value
}

// consumeLibOf returns the interpreter's hidden consumer code, compiling
// it on first use.
func (t *Thread) consumeLibOf() *consumeLib {
	in := t.interp
	if l := in.consume.Load(); l != nil {
		return l
	}
	in.consume.CompareAndSwap(nil, newConsumeLib())
	return in.consume.Load()
}

// newConsumeLib compiles consumeSource and picks its functions' code.
func newConsumeLib() *consumeLib {
	mod, err := compileSource([]byte(consumeSource), "<consume>")
	if err != nil {
		panic("runtime: consumer source does not compile: " + err.Error())
	}
	codes := map[string]*Code{}
	var hide func(c *Code)
	hide = func(c *Code) { // the functions and their comprehensions
		c.hidden = true
		for _, k := range c.consts {
			if inner, ok := k.obj.(*Code); ok {
				hide(inner)
			}
		}
	}
	for _, c := range mod.consts {
		if code, ok := c.obj.(*Code); ok {
			hide(code)
			codes[code.bc.Name] = code
		}
	}
	pick := func(name string) *Code {
		c := codes[name]
		if c == nil {
			panic("runtime: consumer source lacks " + name)
		}
		return c
	}
	helper := func(name string, fn func(t *Thread, args []Value, kw []string) (Value, error)) Value {
		// pure: an abortable span may call it (span_builtins.go); it only
		// builds and sorts objects born in the call.
		return FromObject(&BuiltinFunction{Name: name, Fn: fn, pure: true})
	}
	return &consumeLib{
		sum: pick("sum"), any: pick("any"), all: pick("all"),
		min: pick("min"), max: pick("max"), minKey: pick("min_key"), maxKey: pick("max_key"),
		sorted: pick("sorted"), sortedKeys: pick("sorted_keys"), list: pick("list"), tuple: pick("tuple"), set: pick("set"),
		join: pick("join"), dict: pick("dict"), dictGen: pick("dict_gen"), listExtend: pick("list_extend"),
		sortFlag:    helper("sorted", consumeSortFlag),
		sortFinish:  helper("sorted", consumeSortFinish),
		tupleFinish: helper("tuple", consumeTupleFinish),
		dictAdd:     helper("dict", consumeDictAdd),
	}
}

// callsPython reports whether iterating v runs Python code per element:
// a plain generator (resumed inline by FOR_ITER), an instance of a class
// (its __iter__/__next__ are Python functions, or inherited ones that the
// loop's FOR_ITER handles as well as Go does), a map or filter object of
// a Python function (consume_iter.go).
func callsPython(v Value) bool {
	switch o := v.obj.(type) {
	case *Generator:
		return o.kind == genPlain && !o.IsShared()
	case *Instance:
		return true
	case *Enumerate:
		g, ok := o.it.obj.(*Generator)
		return ok && g.kind == genPlain && !g.IsShared() && o.typ == EnumerateType && !o.IsShared()
	case *Map:
		return inlineFunc(o.fn) != nil && o.typ == MapType && !o.IsShared()
	case *Filter:
		return inlineFunc(o.fn) != nil && o.typ == FilterType && !o.IsShared()
	case *CallableIter:
		return inlineFunc(o.fn) != nil && !o.IsShared()
	case *Zip:
		return zipInlines(o) // its generators run as frames (consume_iter.go)
	}
	return false
}

// pythonCallable reports whether calling v runs a Python function as a
// frame of the loop (CALL's own fast paths).
func pythonCallable(v Value) bool {
	switch o := v.obj.(type) {
	case *Function:
		return true
	case *Method:
		_, ok := o.Func.obj.(*Function)
		return ok
	}
	return false
}

// consumeFrame returns the hidden frame to run for a CALL of the consumer
// bf with args and kw, or nil when the ordinary call is to be made
// (iteration calls no Python code, or the arguments are wrong: the Go
// function then raises CPython's error), or the error of collecting
// sorted's items. The frame is not pushed yet.
func (t *Thread) consumeFrame(bf *BuiltinFunction, args []Value, kw []string) (*Frame, error) {
	if !t.consumeWanted(args) {
		return nil, nil
	}
	npos := len(args) - len(kw)
	switch bf.consume {
	case consumeSum:
		if npos < 1 || npos > 2 || len(args) > 2 || (len(kw) == 1 && kw[0] != "start") || !callsPython(args[0]) {
			return nil, nil
		}
		start := Int(0)
		if len(args) == 2 {
			start = args[1]
			if IsInstance(start, StrType) || IsInstance(start, BytesType) || IsInstance(start, ByteArrayType) {
				return nil, nil // the Go side raises "can't sum strings" and the like
			}
		}
		return t.hiddenFrame(t.consumeLibOf().sum, args[0], start), nil
	case consumeAny, consumeAll:
		if len(args) != 1 || len(kw) != 0 || !callsPython(args[0]) {
			return nil, nil
		}
		lib := t.consumeLibOf()
		if bf.consume == consumeAny {
			return t.hiddenFrame(lib.any, args[0]), nil
		}
		return t.hiddenFrame(lib.all, args[0]), nil
	case consumeMin, consumeMax:
		return t.minMaxFrame(bf.consume == consumeMax, args, kw), nil
	case consumeDictUpdate:
		return t.dictUpdateFrame(bf, args, kw), nil
	case consumeListExtend:
		return t.listExtendFrame(bf, args, kw), nil // (span_listextend.go)
	case consumeSorted:
		if npos != 1 {
			return nil, nil
		}
		key, rev := None, False
		for i, k := range kw {
			switch k {
			case "key":
				key = args[npos+i]
			case "reverse":
				rev = args[npos+i]
			default:
				return nil, nil
			}
		}
		lib := t.consumeLibOf()
		if callsPython(args[0]) {
			return t.hiddenFrame(lib.sorted, args[0], key, rev, lib.sortFlag, lib.sortFinish), nil
		}
		if !pythonCallable(key) {
			return nil, nil
		}
		// Only the key runs Python: the items are collected here (no
		// Python code runs; an exact list or tuple is copied).
		items, err := collect(t, args[0])
		if err != nil {
			// Raised here: the items may have been partly consumed
			// (a shared generator that failed), so the Go side must
			// not iterate again. Same errors as its collect.
			return nil, err
		}
		return t.hiddenFrame(lib.sortedKeys, FromObject(NewList(items)), key, rev, lib.sortFlag, lib.sortFinish), nil
	case consumeJoin:
		sep, it := bf.Self, Value{}
		if len(kw) != 0 {
			return nil, nil
		}
		if sep.IsValid() && len(args) == 1 {
			it = args[0]
		} else if !sep.IsValid() && len(args) == 2 {
			sep, it = args[0], args[1]
		} else {
			return nil, nil
		}
		// Generators only: a non-iterable instance must get join's own
		// "can only join an iterable".
		if _, ok := sep.obj.(*Str); !ok {
			return nil, nil
		}
		if g, ok := it.obj.(*Generator); !ok || g.kind != genPlain || g.IsShared() {
			return nil, nil
		}
		return t.hiddenFrame(t.consumeLibOf().join, sep, it), nil
	}
	return nil, nil
}

// minMaxFrame is consumeFrame for min and max: one iterable argument
// over Python code or a Python key, or several positional arguments
// with a Python key.
func (t *Thread) minMaxFrame(isMax bool, args []Value, kw []string) *Frame {
	npos, key, dflt, bad := minMaxKeywords(args, kw)
	if bad != "" {
		return nil // the Go path raises the error
	}
	var it Value
	switch {
	case npos == 1:
		it = args[0]
		if !callsPython(it) && !pythonCallable(key) {
			return nil
		}
	case npos > 1 && !dflt.IsValid() && pythonCallable(key):
		it = NewTuple(append([]Value(nil), args[:npos]...))
	default:
		return nil
	}
	name := "min"
	if isMax {
		name = "max"
	}
	// The empty case's exception, made here (the hidden code has no
	// globals); it doubles as the "no item yet" and "no default" marker.
	err := FromObject(Errorf(ValueErrorType, "%s() arg is an empty sequence", name))
	if !dflt.IsValid() {
		dflt = err
	}
	lib := t.consumeLibOf()
	switch {
	case key.IsValid() && isMax:
		return t.hiddenFrame(lib.maxKey, it, key, dflt, err)
	case key.IsValid():
		return t.hiddenFrame(lib.minKey, it, key, dflt, err)
	case isMax:
		return t.hiddenFrame(lib.max, it, dflt, err)
	}
	return t.hiddenFrame(lib.min, it, dflt, err)
}

// consumeTypeFrame is consumeFrame for calls of the types list, tuple,
// set and dict with one positional argument whose iteration runs Python
// code.
func (t *Thread) consumeTypeFrame(typ *Type, args []Value, kw []string) *Frame {
	if len(args) != 1 || len(kw) != 0 || !callsPython(args[0]) || !t.consumeWanted(args) {
		return nil
	}
	switch typ {
	case DictType:
		// dict(x) takes x as a mapping when it has keys(): an instance
		// may, so only the iterators of callsPython that have none are
		// routed (a generator, map, filter, enumerate, iter(f, s)).
		// Only with spans on (not for a map everywhere, as the others):
		// the hidden loop costs +18% instructions over the Go loop for
		// dict(map(f, range(100000))) single-threaded.
		if _, ok := args[0].obj.(*Instance); ok || !t.spOn || t.goLoops > 1 {
			return nil
		}
		d := NewDict().markData() // as dict() makes it
		t.spanMade(&d.Header)     // a rollback cannot meet it
		return t.dictFillFrame(d, args[0], FromObject(d))
	case ListType:
		return t.hiddenFrame(t.consumeLibOf().list, args[0])
	case TupleType:
		lib := t.consumeLibOf()
		return t.hiddenFrame(lib.tuple, args[0], lib.tupleFinish)
	case SetType:
		return t.hiddenFrame(t.consumeLibOf().set, args[0])
	}
	return nil
}

// dictFillFrame is the hidden loop storing the pairs of it into d
// (dict(it) and d.update(it)), returning result.
func (t *Thread) dictFillFrame(d *Dict, it, result Value) *Frame {
	lib := t.consumeLibOf()
	if _, ok := it.obj.(*Generator); ok {
		// enumerate(generator) runs inline with its pair stored straight
		// into n, x (consume_iter.go): cheaper than n += 1. (The type is
		// passed: the hidden code reads no globals, and a program may
		// replace builtins.enumerate.)
		return t.hiddenFrame(lib.dictGen, FromObject(d), it, lib.dictAdd, result, FromObject(EnumerateType))
	}
	return t.hiddenFrame(lib.dict, FromObject(d), it, lib.dictAdd, result)
}

// dictUpdateFrame is consumeFrame for d.update(it): one positional
// argument whose iteration runs Python code (no keys(): not a mapping),
// a thread-local dict, spans on.
func (t *Thread) dictUpdateFrame(bf *BuiltinFunction, args []Value, kw []string) *Frame {
	self, it, ok := t.fillMethodCall(bf, args, kw)
	if !ok {
		return nil
	}
	d, ok := self.obj.(*Dict)
	if !ok || d.IsShared() {
		return nil
	}
	return t.dictFillFrame(d, it, None)
}

// fillMethodCall is what a method that fills its object from one
// iterable (d.update(it), l.extend(it)) may run as a hidden frame with:
// spans on, no Go loop below, no keywords, and an iterable whose
// iteration runs Python code but that is no instance (the Go path's
// handling of a non-iterable instance and of its length hint stays the
// one reference). self is bf's object, bound or the first argument.
func (t *Thread) fillMethodCall(bf *BuiltinFunction, args []Value, kw []string) (self, it Value, ok bool) {
	if len(kw) != 0 || !t.spOn || t.goLoops > 1 {
		return self, it, false
	}
	self = bf.Self
	if !self.IsValid() {
		if len(args) != 2 {
			return self, it, false
		}
		self, args = args[0], args[1:]
	}
	if len(args) != 1 || !callsPython(args[0]) {
		return self, it, false
	}
	if _, isInst := args[0].obj.(*Instance); isInst {
		return self, it, false
	}
	return self, args[0], true
}

// hiddenFrame makes a frame of the hidden function code with its
// arguments bound. Its namespaces are the builtins (the code reads no
// globals; frame walkers find a dict there).
func (t *Thread) hiddenFrame(code *Code, args ...Value) *Frame {
	b := t.interp.Builtins
	f := t.newFrame(code, b, b, nil)
	copy(f.vals, args)
	if code.ncells > 0 { // sorted's key, read by its comprehension
		f.initCells(nil)
	}
	return f
}

// consumeSortFlag is sorted's reverse argument as list.sort reads it
// (an int: None and floats are refused), after the items were collected.
func consumeSortFlag(t *Thread, args []Value, kw []string) (Value, error) {
	rev := args[0]
	if _, isFloat := rev.obj.(floatTag); isFloat {
		return Value{}, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	iv, err := Index(t, rev)
	if err != nil {
		return Value{}, err
	}
	return Bool(bigSign(iv) != 0), nil
}

// consumeSortFinish sorts the collected items (a fresh list) by their
// keys (a list of the same length, or None) and returns the list: the
// comparisons run from Go, as in list.sort.
func consumeSortFinish(t *Thread, args []Value, kw []string) (Value, error) {
	l := args[0].obj.(*List)
	rev := args[2].num != 0 // a bool from consumeSortFlag
	if args[1].IsNone() {
		if err := l.Sort(t, Value{}, rev); err != nil {
			return Value{}, err
		}
		return args[0], nil
	}
	items := l.Items(t)
	s := &sorter{t: t, keys: args[1].obj.(*List).Items(t), vals: items}
	if rev {
		s.reverse(0, len(items))
	}
	err := s.sort()
	if rev {
		s.reverse(0, len(items))
	}
	if err != nil {
		return Value{}, err
	}
	return FromObject(NewList(items)), nil
}

// consumeTupleFinish turns the collected items into the tuple.
func consumeTupleFinish(t *Thread, args []Value, kw []string) (Value, error) {
	return NewTuple(args[0].obj.(*List).Items(t)), nil
}

// consumeDictAdd stores item number n of dict's iterable into the dict
// being built (args: the dict, the item, n): one call per item where
// unpacking a pair and storing it from the hidden code took five more
// instructions.
func consumeDictAdd(t *Thread, args []Value, kw []string) (Value, error) {
	d, item := args[0].obj.(*Dict), args[1]
	if tu, ok := item.obj.(*Tuple); ok && tu.typ == nil && len(tu.items) == 2 {
		return None, d.SetItem(t, tu.items[0], tu.items[1])
	}
	k, v, err := dictPairOf(t, item, int(args[2].AsInt()))
	if err != nil {
		return Value{}, err
	}
	return None, d.SetItem(t, k, v)
}

// dictPairOf is item number n of the iterable given to dict() or
// dict.update() as a key and a value, with CPython's errors
// (dict_merge_from_seq2): the item is taken as a sequence as
// PySequence_Fast does (an exact tuple or list as it is, anything else,
// subclasses included, by iterating it), then its length must be 2.
func dictPairOf(t *Thread, item Value, n int) (k, v Value, err error) {
	var pair []Value
	switch o := item.obj.(type) {
	case *Tuple:
		if o.typ == nil {
			pair = o.items
		}
	case *List:
		if o.typ == nil {
			pair = o.Items(t)
		}
	}
	if pair == nil {
		if pair, err = collect(t, item); err != nil {
			if isExc(err, TypeErrorType) {
				return Value{}, Value{}, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			return Value{}, Value{}, err
		}
	}
	if len(pair) != 2 {
		return Value{}, Value{}, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
	}
	return pair[0], pair[1], nil
}
