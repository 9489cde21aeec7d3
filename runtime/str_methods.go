package runtime

import (
	"strings"
	"unicode"

	"github.com/pystm/pystm/compiler/bytecode"
)

// This file gives str its Python behaviour: slots and the search, split,
// strip, case and padding methods. Formatting lives in format*.go.

// strMethod is the signature of a str method; s is the receiver.
type strMethod func(t *Thread, s *Str, args []Value) (Value, error)

// addStrMethod registers a method taking between min and max positional
// arguments and no keywords.
func addStrMethod(name string, min, max int, fn strMethod) {
	display := name
	switch {
	case max == 0 || (min == 1 && max == 1):
		display = "str." + name
	case strings.Contains(" find rfind index rindex count startswith endswith encode ", " "+name+" "):
		display = name + "()"
	}
	StrType.AddMethod(name, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs(display, args[1:], kwnames, min, max); err != nil {
			return Value{}, err
		}
		return fn(t, args[0].obj.(*Str), args[1:])
	})
}

// strArg returns the text of a str argument, or the TypeError CPython gives.
func strArg(v Value, format string) (*Str, error) {
	if s, ok := v.obj.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeErrorType, format, TypeOf(v).Name)
}

// pySpace reports whether r is whitespace for str.split and str.strip.
func pySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

func init() {
	s := &StrType.Slots
	s.Repr = func(t *Thread, v Value) (string, error) { return StrRepr(v.obj.(*Str).s), nil }
	s.Str = func(t *Thread, v Value) (string, error) { return v.obj.(*Str).s, nil }
	s.Hash = func(t *Thread, v Value) (int64, error) { return v.obj.(*Str).Hash(), nil }
	s.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*Str).n, nil }
	s.GetItem = strGetItem
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		sub, err := strArg(x, "'in <string>' requires string as left operand, not %s")
		if err != nil {
			return false, err
		}
		return strings.Contains(v.obj.(*Str).s, sub.s), nil
	}
	s.Iter = func(t *Thread, v Value) (Value, error) { return FromObject(&StrIterator{s: v.obj.(*Str).s}), nil }
	s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		y, ok := b.obj.(*Str)
		if !ok {
			return notImpl()
		}
		return Bool(cmpResult(op, strings.Compare(a.obj.(*Str).s, y.s))), nil
	}
	s.Binary[bytecode.OpAdd] = func(t *Thread, a, b Value) (Value, error) {
		y, ok := b.obj.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeOf(b).Name)
		}
		x := a.obj.(*Str)
		if len(y.s) == 0 && x.typ == nil {
			return a, nil
		}
		if len(x.s) == 0 && y.typ == nil {
			return b, nil
		}
		return FromObject(&Str{s: x.s + y.s, n: x.n + y.n}), nil
	}
	s.Binary[bytecode.OpMul] = strMul
	s.RBinary[bytecode.OpMul] = strMul
	s.Binary[bytecode.OpMod] = func(t *Thread, a, b Value) (Value, error) {
		r, err := PercentFormat(t, a.obj.(*Str).s, b)
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	}

	StrType.SetNew(strNew)
	addStrMethod("find", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strFind(t, s, a, false, "find") })
	addStrMethod("rfind", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strFind(t, s, a, true, "rfind") })
	addStrMethod("index", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strIndex(t, s, a, false, "index") })
	addStrMethod("rindex", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strIndex(t, s, a, true, "rindex") })
	addStrMethod("count", 1, 3, strCount)
	addStrMethod("startswith", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strStartsEnds(t, s, a, false) })
	addStrMethod("endswith", 1, 3, func(t *Thread, s *Str, a []Value) (Value, error) { return strStartsEnds(t, s, a, true) })
	addStrMethod("join", 1, 1, strJoin)
	if v, ok := StrType.Dict.GetStr("join"); ok {
		v.obj.(*BuiltinFunction).consume = consumeJoin // consume.go
	}
	addStrMethod("replace", 2, 3, strReplace)
	addStrMethod("strip", 0, 1, func(t *Thread, s *Str, a []Value) (Value, error) { return strStrip(s, a, "strip", true, true) })
	addStrMethod("lstrip", 0, 1, func(t *Thread, s *Str, a []Value) (Value, error) { return strStrip(s, a, "lstrip", true, false) })
	addStrMethod("rstrip", 0, 1, func(t *Thread, s *Str, a []Value) (Value, error) { return strStrip(s, a, "rstrip", false, true) })
	StrType.AddMethod("split", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return strSplitMethod(t, args, kwnames, "split", false)
	})
	StrType.AddMethod("rsplit", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return strSplitMethod(t, args, kwnames, "rsplit", true)
	})
	StrType.AddMethod("splitlines", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := ctKwArgs("splitlines", args[1:], kwnames, []string{"keepends"}, 1)
		if err != nil {
			return Value{}, err
		}
		keep := false
		if a[0].IsValid() {
			n, err := asIndex(t, a[0], "'"+TypeOf(a[0]).Name+"' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			keep = n != 0
		}
		return strSplitLines(args[0].obj.(*Str).s, keep), nil
	})
	addStrMethod("partition", 1, 1, func(t *Thread, s *Str, a []Value) (Value, error) { return strPartition(s, a[0], false) })
	addStrMethod("rpartition", 1, 1, func(t *Thread, s *Str, a []Value) (Value, error) { return strPartition(s, a[0], true) })
	addStrMethod("upper", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strMapCase(s, caseUpper), nil })
	addStrMethod("lower", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strMapCase(s, caseLower), nil })
	addStrMethod("casefold", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strMapCase(s, caseFold), nil })
	addStrMethod("swapcase", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strMapCase(s, caseSwap), nil })
	addStrMethod("title", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strTitle(s), nil })
	addStrMethod("capitalize", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return strCapitalize(s), nil })
	addStrMethod("center", 1, 2, func(t *Thread, s *Str, a []Value) (Value, error) { return strPad(t, s, a, "center") })
	addStrMethod("ljust", 1, 2, func(t *Thread, s *Str, a []Value) (Value, error) { return strPad(t, s, a, "ljust") })
	addStrMethod("rjust", 1, 2, func(t *Thread, s *Str, a []Value) (Value, error) { return strPad(t, s, a, "rjust") })
	addStrMethod("zfill", 1, 1, strZfill)
	StrType.AddMethod("expandtabs", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		a, err := ctKwArgs("expandtabs", args[1:], kwnames, []string{"tabsize"}, 1)
		if err != nil {
			return Value{}, err
		}
		tab := int64(8)
		if a[0].IsValid() {
			if tab, err = asIndex(t, a[0], "'"+TypeOf(a[0]).Name+"' object cannot be interpreted as an integer"); err != nil {
				return Value{}, err
			}
		}
		if tab > maxCInt || tab < minCInt { // LANG: tabsize is a C int in CPython
			return Value{}, Errorf(OverflowErrorType, "Python int too large to convert to C int")
		}
		if tab > 1 { // LANG: MemoryError for a result no machine holds
			if err := checkAlloc(int64(strings.Count(args[0].obj.(*Str).s, "\t")), tab); err != nil {
				return Value{}, err
			}
		}
		return NewStr(expandTabs(args[0].obj.(*Str).s, int(tab))), nil
	})
	addStrMethod("removeprefix", 1, 1, func(t *Thread, s *Str, a []Value) (Value, error) {
		p, err := strArg(a[0], "removeprefix() argument must be str, not %s")
		if err != nil {
			return Value{}, err
		}
		if strings.HasPrefix(s.s, p.s) && len(p.s) > 0 {
			return NewStr(s.s[len(p.s):]), nil
		}
		return strSelf(s), nil
	})
	addStrMethod("removesuffix", 1, 1, func(t *Thread, s *Str, a []Value) (Value, error) {
		p, err := strArg(a[0], "removesuffix() argument must be str, not %s")
		if err != nil {
			return Value{}, err
		}
		if strings.HasSuffix(s.s, p.s) && len(p.s) > 0 {
			return NewStr(s.s[:len(s.s)-len(p.s)]), nil
		}
		return strSelf(s), nil
	})
	for name, pred := range map[string]func(string) bool{
		"isdigit": strIsDigit, "isdecimal": strIsDecimal, "isnumeric": strIsNumeric,
		"isalpha": strIsAlpha, "isalnum": strIsAlnum, "isspace": strIsSpace,
		"islower": strIsLower, "isupper": strIsUpper, "istitle": strIsTitle,
		"isprintable": strIsPrintable, "isascii": strIsASCII, "isidentifier": strIsIdentifier,
	} {
		pred := pred
		addStrMethod(name, 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) { return Bool(pred(s.s)), nil })
	}
	addStrMethod("encode", 0, 2, func(t *Thread, s *Str, a []Value) (Value, error) { return strEncode(t, s, a) })
	addStrMethod("translate", 1, 1, strTranslate)
	StrType.Dict.SetStr("maketrans", FromObject(&StaticMethod{Func: NewBuiltin("maketrans", strMakeTrans)}))
	addStrMethod("__getnewargs__", 0, 0, func(t *Thread, s *Str, a []Value) (Value, error) {
		return NewTuple([]Value{NewStr(s.s)}), nil
	})
}

// strSelf returns s itself when it is an exact str, else a plain copy.
func strSelf(s *Str) Value {
	if s.typ == nil {
		return FromObject(s)
	}
	return NewStr(s.s)
}

// strNew is str.__new__(cls, object=”, encoding=..., errors=...).
func strNew(t *Thread, args []Value, kwnames []string) (Value, error) {
	cls, _ := args[0].obj.(*Type)
	a, err := ctKwArgs("str", args[1:], kwnames, []string{"object", "encoding", "errors"}, 3)
	if err != nil {
		return Value{}, err
	}
	var text string
	switch {
	case !a[0].IsValid():
	case a[1].IsValid() || a[2].IsValid():
		var b []byte
		switch o := a[0].obj.(type) {
		case *Bytes:
			b = o.b
		case *ByteArray:
			b = o.b
		default:
			return Value{}, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeOf(a[0]).Name)
		}
		enc, errs := "utf-8", "strict"
		if a[1].IsValid() {
			enc, _ = AsString(a[1])
		}
		if a[2].IsValid() {
			errs, _ = AsString(a[2])
		}
		if text, err = decodeBytes(b, enc, errs); err != nil {
			return Value{}, err
		}
	default:
		if text, err = StrOf(t, a[0]); err != nil {
			return Value{}, err
		}
	}
	if cls != nil && cls != StrType {
		st := newStr(text)
		st.typ = cls
		st.sub.enable()
		return FromObject(st), nil
	}
	if s, ok := a[0].obj.(*Str); ok && s.typ == nil {
		return a[0], nil
	}
	return strValue(text), nil
}

func strGetItem(t *Thread, v, key Value) (Value, error) {
	s := v.obj.(*Str)
	if key.IsInt() {
		i := seqIndex(key.AsInt(), s.n)
		if i < 0 {
			return Value{}, Errorf(IndexErrorType, "string index out of range")
		}
		return s.charAt(i), nil
	}
	if sl, ok := key.obj.(*Slice); ok {
		start, _, step, n, err := sliceIndices(t, sl, s.n)
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			if n == s.n && s.typ == nil {
				return v, nil
			}
			return strValue(s.substr(start, start+n)), nil
		}
		var b strings.Builder
		for i := 0; i < n; i++ {
			j := start + i*step
			if s.n == len(s.s) {
				b.WriteByte(s.s[j])
			} else {
				b.WriteString(s.substr(j, j+1))
			}
		}
		return strValue(b.String()), nil
	}
	i, err := asSubscript(t, key, "string indices must be integers, not '"+TypeOf(key).Name+"'")
	if err != nil {
		return Value{}, err
	}
	j := seqIndex(i, s.n)
	if j < 0 {
		return Value{}, Errorf(IndexErrorType, "string index out of range")
	}
	return s.charAt(j), nil
}

func strMul(t *Thread, a, b Value) (Value, error) {
	s, ok := a.obj.(*Str)
	if !ok {
		s, b = b.obj.(*Str), a
	}
	n, ok, err := repeatCount(t, b)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return notImpl()
	}
	if n > 0 && int64(len(s.s)) > maxSsize/int64(n) {
		return Value{}, Errorf(OverflowErrorType, "repeated string is too long")
	}
	if err := checkAlloc(int64(len(s.s)), int64(n)); err != nil { // LANG: MemoryError, not a fatal Go allocation
		return Value{}, err
	}
	if n == 1 && s.typ == nil {
		return FromObject(s), nil
	}
	return FromObject(&Str{s: strings.Repeat(s.s, n), n: s.n * n}), nil
}

// sliceBounds reads optional start/end arguments (None allowed) as code
// point indices clamped as CPython's ADJUST_INDICES does.
func sliceBounds(t *Thread, args []Value, n int) (int, int, error) {
	lo, hi := int64(0), int64(n)
	var err error
	if len(args) > 0 && !args[0].IsNone() {
		if lo, err = clampIndex(t, args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && !args[1].IsNone() {
		if hi, err = clampIndex(t, args[1]); err != nil {
			return 0, 0, err
		}
	}
	if hi > int64(n) {
		hi = int64(n)
	} else if hi < 0 {
		hi += int64(n)
		if hi < 0 {
			hi = 0
		}
	}
	if lo < 0 {
		lo += int64(n)
		if lo < 0 {
			lo = 0
		}
	}
	return int(lo), int(hi), nil
}

// strFindIn returns the code point index of sub in s[lo:hi], or -1.
func strFindIn(s *Str, sub string, lo, hi int, rev bool) int {
	subN := CodePointCount(sub)
	if lo > s.n || hi-lo < subN {
		return -1
	}
	bl := s.byteOffset(lo)
	hay := s.s[bl:s.byteOffset(hi)]
	var i int
	if rev {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1
	}
	return lo + s.runeIndex(bl+i) - s.runeIndex(bl)
}

func strFind(t *Thread, s *Str, a []Value, rev bool, name string) (Value, error) {
	sub, err := strArg(a[0], "must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	lo, hi, err := sliceBounds(t, a[1:], s.n)
	if err != nil {
		return Value{}, err
	}
	return Int(int64(strFindIn(s, sub.s, lo, hi, rev))), nil
}

func strIndex(t *Thread, s *Str, a []Value, rev bool, name string) (Value, error) {
	r, err := strFind(t, s, a, rev, name)
	if err == nil && r.AsInt() < 0 {
		return Value{}, Errorf(ValueErrorType, "substring not found")
	}
	return r, err
}

func strCount(t *Thread, s *Str, a []Value) (Value, error) {
	sub, err := strArg(a[0], "must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	lo, hi, err := sliceBounds(t, a[1:], s.n)
	if err != nil {
		return Value{}, err
	}
	if lo > s.n || hi < lo {
		return Int(0), nil
	}
	if sub.s == "" {
		return Int(int64(hi - lo + 1)), nil
	}
	return Int(int64(strings.Count(s.substr(lo, hi), sub.s))), nil
}

func strStartsEnds(t *Thread, s *Str, a []Value, ends bool) (Value, error) {
	lo, hi, err := sliceBounds(t, a[1:], s.n)
	if err != nil {
		return Value{}, err
	}
	var cands []Value
	if tu, ok := a[0].obj.(*Tuple); ok {
		cands = tu.items
	} else {
		cands = a[:1]
	}
	name := "startswith"
	if ends {
		name = "endswith"
	}
	for _, c := range cands {
		p, ok := c.obj.(*Str)
		if !ok {
			if len(cands) == 1 && !isTuple(a[0]) {
				return Value{}, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeOf(c).Name)
			}
			return Value{}, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeOf(c).Name)
		}
		if lo > s.n || hi-lo < p.n {
			continue
		}
		seg := s.substr(lo, hi)
		if (!ends && strings.HasPrefix(seg, p.s)) || (ends && strings.HasSuffix(seg, p.s)) {
			return True, nil
		}
	}
	return False, nil
}

func isTuple(v Value) bool { _, ok := v.obj.(*Tuple); return ok }

func strJoin(t *Thread, s *Str, a []Value) (Value, error) {
	var items []Value
	switch o := a[0].obj.(type) {
	case *List:
		// No Python code runs while joining (non-str items raise), so
		// an exact list of objects is read in place, as CPython does.
		if t.touch(&o.Header); o.typ == nil && o.kind == listValues {
			items = o.vals
		} else {
			items = o.Items(t)
		}
	case *Tuple:
		items = o.items
	default:
		var err error
		if items, err = collect(t, a[0]); err != nil {
			if isExc(err, TypeErrorType) && !isIterable(a[0]) {
				return Value{}, Errorf(TypeErrorType, "can only join an iterable")
			}
			return Value{}, err
		}
	}
	size := 0
	for i, it := range items {
		x, ok := it.obj.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeOf(it).Name)
		}
		size += len(x.s) + len(s.s)
	}
	if err := checkAlloc(int64(size), 1); err != nil { // LANG
		return Value{}, err
	}
	if len(items) == 1 && items[0].obj.(*Str).typ == nil {
		return items[0], nil
	}
	var b strings.Builder
	b.Grow(size)
	for i, it := range items {
		if i > 0 {
			b.WriteString(s.s)
		}
		b.WriteString(it.obj.(*Str).s)
	}
	return strValue(b.String()), nil
}

// isIterable reports whether v's type supports iteration.
func isIterable(v Value) bool {
	typ := TypeOf(v)
	if sl := typ.slots(); sl.Iter != nil || sl.GetItem != nil {
		return true
	}
	_, ok := typ.Lookup("__iter__")
	if !ok {
		_, ok = typ.Lookup("__getitem__")
	}
	return ok
}

func strReplace(t *Thread, s *Str, a []Value) (Value, error) {
	old, err := strArg(a[0], "replace() argument 1 must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	nw, err := strArg(a[1], "replace() argument 2 must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	n := int64(-1)
	if len(a) == 3 {
		if n, err = asIndex(t, a[2], "'"+TypeOf(a[2]).Name+"' object cannot be interpreted as an integer"); err != nil {
			return Value{}, err
		}
	}
	if n < 0 {
		n = -1
	}
	if n > 1<<31 {
		n = 1 << 31
	}
	if len(nw.s) > len(old.s) { // LANG: MemoryError for a result no machine holds
		k := int64(strings.Count(s.s, old.s))
		if n >= 0 && k > n {
			k = n
		}
		if err := checkAlloc(k, int64(len(nw.s)-len(old.s))); err != nil {
			return Value{}, err
		}
	}
	return NewStr(strings.Replace(s.s, old.s, nw.s, int(n))), nil
}

func strStrip(s *Str, a []Value, name string, left, right bool) (Value, error) {
	var r string
	if len(a) == 0 || a[0].IsNone() {
		r = s.s
		if left {
			r = strings.TrimLeftFunc(r, pySpace)
		}
		if right {
			r = strings.TrimRightFunc(r, pySpace)
		}
	} else {
		chars, err := strArg(a[0], name+" arg must be None or str")
		if err != nil {
			return Value{}, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		r = s.s
		if left {
			r = strings.TrimLeft(r, chars.s)
		}
		if right {
			r = strings.TrimRight(r, chars.s)
		}
	}
	if len(r) == len(s.s) {
		return strSelf(s), nil
	}
	return strValue(r), nil
}

func strSplitMethod(t *Thread, args []Value, kwnames []string, name string, rev bool) (Value, error) {
	a, err := ctKwArgs(name, args[1:], kwnames, []string{"sep", "maxsplit"}, 2)
	if err != nil {
		return Value{}, err
	}
	s := args[0].obj.(*Str)
	max := int64(-1)
	if a[1].IsValid() {
		if max, err = asIndex(t, a[1], "'"+TypeOf(a[1]).Name+"' object cannot be interpreted as an integer"); err != nil {
			return Value{}, err
		}
	}
	var parts []string
	if !a[0].IsValid() || a[0].IsNone() {
		if rev {
			parts = rsplitSpace(s.s, int(max))
		} else {
			parts = splitSpace(s.s, int(max))
		}
	} else {
		sep, ok := a[0].obj.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "must be str or None, not %s", TypeOf(a[0]).Name)
		}
		if sep.s == "" {
			return Value{}, Errorf(ValueErrorType, "empty separator")
		}
		if max < 0 {
			parts = strings.Split(s.s, sep.s)
		} else if !rev {
			parts = strings.SplitN(s.s, sep.s, int(max)+1)
		} else {
			parts = rsplitSep(s.s, sep.s, int(max))
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = strValue(p)
	}
	return FromObject(&List{kind: listValues, vals: out}), nil
}

// splitSpace is str.split() with no separator.
func splitSpace(s string, max int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) {
			r, n := decodeRune(s[i:])
			if !pySpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		if max >= 0 && len(out) == max {
			return append(out, s[i:])
		}
		j := i
		for j < len(s) {
			r, n := decodeRune(s[j:])
			if pySpace(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
	}
}

// rsplitSpace is str.rsplit() with no separator.
func rsplitSpace(s string, max int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 {
			r, n := lastCodePoint(s[:j])
			if !pySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		if max >= 0 && len(out) == max {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, n := lastCodePoint(s[:i])
			if pySpace(r) {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// rsplitSep is str.rsplit(sep, max) for max >= 0.
func rsplitSep(s, sep string, max int) []string {
	var out []string
	for len(out) < max {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strSplitLines(s string, keep bool) Value {
	var out []Value
	i, start := 0, 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if !isLineBreak(r) {
			i += n
			continue
		}
		end := i + n
		if r == '\r' && end < len(s) && s[end] == '\n' {
			end++
		}
		if keep {
			out = append(out, strValue(s[start:end]))
		} else {
			out = append(out, strValue(s[start:i]))
		}
		i, start = end, end
	}
	if start < len(s) {
		out = append(out, strValue(s[start:]))
	}
	return FromObject(&List{kind: listValues, vals: out})
}

func strPartition(s *Str, sepv Value, rev bool) (Value, error) {
	sep, err := strArg(sepv, "must be str, not %s")
	if err != nil {
		return Value{}, err
	}
	if sep.s == "" {
		return Value{}, Errorf(ValueErrorType, "empty separator")
	}
	var i int
	if rev {
		i = strings.LastIndex(s.s, sep.s)
	} else {
		i = strings.Index(s.s, sep.s)
	}
	empty := FromObject(emptyStr)
	if i < 0 {
		if rev {
			return NewTuple([]Value{empty, empty, strSelf(s)}), nil
		}
		return NewTuple([]Value{strSelf(s), empty, empty}), nil
	}
	return NewTuple([]Value{strValue(s.s[:i]), FromObject(sep), strValue(s.s[i+len(sep.s):])}), nil
}

type caseMode int

const (
	caseUpper caseMode = iota
	caseLower
	caseFold
	caseSwap
)

// strMapCase applies a case mapping, with the special cases Go's
// unicode.To* do not cover (ß and the like expand to two letters).
func strMapCase(s *Str, mode caseMode) Value {
	if s.n == len(s.s) {
		b := []byte(s.s)
		for i, c := range b {
			switch {
			case (mode == caseUpper || mode == caseSwap) && 'a' <= c && c <= 'z':
				b[i] = c - 32
			case (mode == caseLower || mode == caseFold || mode == caseSwap) && 'A' <= c && c <= 'Z':
				b[i] = c + 32
			}
		}
		return strValue(string(b))
	}
	var b strings.Builder
	rs := codePoints(s.s)
	for i, r := range rs {
		switch mode {
		case caseUpper:
			b.WriteString(upperRune(r))
		case caseLower:
			b.WriteString(lowerSigma(rs, i))
		case caseFold:
			b.WriteString(foldRune(r))
		case caseSwap:
			if isUpperRune(r) {
				b.WriteString(lowerSigma(rs, i))
			} else if isLowerRune(r) {
				b.WriteString(upperRune(r))
			} else {
				b.Write(AppendCodePoint(nil, r))
			}
		}
	}
	return NewStr(b.String())
}

// specialCase holds the full case mappings (Unicode SpecialCasing and
// CaseFolding) that expand to several characters and that Go's
// unicode.To* (simple mappings) lack: upper, title, casefold.
var specialCase = map[rune][3]string{
	'ß': {"SS", "Ss", "ss"},
	'ẞ': {"ẞ", "ẞ", "ss"},
	'ﬀ': {"FF", "Ff", "ff"},
	'ﬁ': {"FI", "Fi", "fi"},
	'ﬂ': {"FL", "Fl", "fl"},
	'ﬃ': {"FFI", "Ffi", "ffi"},
	'ﬄ': {"FFL", "Ffl", "ffl"},
	'ﬅ': {"ST", "St", "st"},
	'ﬆ': {"ST", "St", "st"},
	'ŉ': {"ʼN", "ʼN", "ʼn"},
	'ǰ': {"J\u030c", "J\u030c", "j\u030c"},
	'ΐ': {"\u0399\u0308\u0301", "\u0399\u0308\u0301", "\u03b9\u0308\u0301"},
	'ΰ': {"\u03a5\u0308\u0301", "\u03a5\u0308\u0301", "\u03c5\u0308\u0301"},
}

// caseIgnorable approximates Unicode's Case_Ignorable for final-sigma
// detection: marks, format characters, modifier letters and symbols, and
// the word-internal punctuation (apostrophe, period, colon, middle dot).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '·', '\u2019', '^', '`':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// lowerSigma lowers rs[i]; a capital sigma at the end of a word (a cased
// letter before it, none after it, skipping case-ignorables) becomes the
// final form ς, as CPython's lower() does.
func lowerSigma(rs []rune, i int) string {
	if rs[i] != 'Σ' {
		return lowerRune(rs[i])
	}
	before := false
	for j := i - 1; j >= 0; j-- {
		if !caseIgnorable(rs[j]) {
			before = isCased(rs[j])
			break
		}
	}
	after := false
	for j := i + 1; j < len(rs); j++ {
		if !caseIgnorable(rs[j]) {
			after = isCased(rs[j])
			break
		}
	}
	if before && !after {
		return "ς"
	}
	return "σ"
}

func upperRune(r rune) string {
	if sc, ok := specialCase[r]; ok {
		return sc[0]
	}
	return CodePointString(unicode.ToUpper(r))
}

func lowerRune(r rune) string {
	if r == 'İ' {
		return "i̇"
	}
	return CodePointString(unicode.ToLower(r))
}

func titleRune(r rune) string {
	if sc, ok := specialCase[r]; ok {
		return sc[1]
	}
	return CodePointString(unicode.ToTitle(r))
}

func foldRune(r rune) string {
	if sc, ok := specialCase[r]; ok {
		return sc[2]
	}
	// Letters such as ς, ſ, µ, ϑ fold to the lower case of their upper
	// case, not to their own lower case.
	if u := unicode.ToUpper(r); u != r {
		if l := unicode.ToLower(u); l != unicode.ToLower(r) {
			return CodePointString(l)
		}
	}
	return lowerRune(r)
}

func isCased(r rune) bool { return isUpperRune(r) || isLowerRune(r) || unicode.IsTitle(r) }

func strTitle(s *Str) Value {
	var b strings.Builder
	prevCased := false
	rs := codePoints(s.s)
	for i, r := range rs {
		if prevCased {
			b.WriteString(lowerSigma(rs, i))
		} else {
			b.WriteString(titleRune(r))
		}
		prevCased = isCased(r)
	}
	return NewStr(b.String())
}

func strCapitalize(s *Str) Value {
	var b strings.Builder
	rs := codePoints(s.s)
	for i, r := range rs {
		if i == 0 {
			b.WriteString(titleRune(r))
		} else {
			b.WriteString(lowerSigma(rs, i))
		}
	}
	return NewStr(b.String())
}

// fillArg reads the optional fill character of center/ljust/rjust.
func fillArg(a []Value, name string) (string, error) {
	if len(a) < 2 {
		return " ", nil
	}
	f, ok := a[1].obj.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument 2 must be str, not %s", name, TypeOf(a[1]).Name)
	}
	if f.n != 1 {
		return "", Errorf(TypeErrorType, "The fill character must be exactly one character long")
	}
	return f.s, nil
}

func strPad(t *Thread, s *Str, a []Value, how string) (Value, error) {
	w, err := asIndex(t, a[0], "'"+TypeOf(a[0]).Name+"' object cannot be interpreted as an integer")
	if err != nil {
		return Value{}, err
	}
	fill, err := fillArg(a, how)
	if err != nil {
		return Value{}, err
	}
	if w <= int64(s.n) {
		return strSelf(s), nil
	}
	if err := checkAlloc(w, int64(len(fill))); err != nil { // LANG
		return Value{}, err
	}
	pad := int(w) - s.n
	var left int
	switch how {
	case "center":
		left = pad/2 + (pad & int(w) & 1)
	case "rjust":
		left = pad
	}
	return NewStr(strings.Repeat(fill, left) + s.s + strings.Repeat(fill, pad-left)), nil
}

func strZfill(t *Thread, s *Str, a []Value) (Value, error) {
	w, err := asIndex(t, a[0], "'"+TypeOf(a[0]).Name+"' object cannot be interpreted as an integer")
	if err != nil {
		return Value{}, err
	}
	if w <= int64(s.n) {
		return strSelf(s), nil
	}
	if err := checkAlloc(w, 1); err != nil { // LANG
		return Value{}, err
	}
	pad := strings.Repeat("0", int(w)-s.n)
	if len(s.s) > 0 && (s.s[0] == '+' || s.s[0] == '-') {
		return NewStr(s.s[:1] + pad + s.s[1:]), nil
	}
	return NewStr(pad + s.s), nil
}

func expandTabs(s string, tab int) string {
	var b strings.Builder
	col := 0
	for _, r := range codePoints(s) {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.Write(AppendCodePoint(nil, r))
			col = 0
		default:
			b.Write(AppendCodePoint(nil, r))
			col++
		}
	}
	return b.String()
}

func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range codePoints(s) {
		if !f(r) {
			return false
		}
	}
	return true
}

// isDigitRune is str.isdigit for one character: decimal digits plus the
// other Numeric_Type=Digit characters (superscripts, circled digits...).
func isDigitRune(r rune) bool {
	return unicode.IsDigit(r) || unicode.Is(digitNotDecimal, r)
}

// isUpperRune and isLowerRune follow Unicode's Uppercase/Lowercase
// properties (Lu/Ll plus Other_Uppercase/Other_Lowercase: Ⅰ, ª, ʰ), as
// CPython does.
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func strIsDigit(s string) bool   { return allRunes(s, isDigitRune) }
func strIsDecimal(s string) bool { return allRunes(s, unicode.IsDigit) }
func strIsNumeric(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.IsNumber(r) || unicode.Is(numericNotNumber, r) })
}
func strIsAlpha(s string) bool { return allRunes(s, unicode.IsLetter) }
func strIsAlnum(s string) bool {
	return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}
func strIsSpace(s string) bool { return allRunes(s, pySpace) }
func strIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
func strIsPrintable(s string) bool {
	for _, r := range codePoints(s) {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}
func strIsLower(s string) bool {
	cased := false
	for _, r := range codePoints(s) {
		if isUpperRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isLowerRune(r) {
			cased = true
		}
	}
	return cased
}
func strIsUpper(s string) bool {
	cased := false
	for _, r := range codePoints(s) {
		if isLowerRune(r) || unicode.IsTitle(r) {
			return false
		}
		if isUpperRune(r) {
			cased = true
		}
	}
	return cased
}
func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range codePoints(s) {
		switch {
		case isUpperRune(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// strIsIdentifier approximates XID_Start/XID_Continue with Go's tables.
func strIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range codePoints(s) {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if i == 0 {
			if !start {
				return false
			}
			continue
		}
		if !start && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mc, r) && !unicode.Is(unicode.Nd, r) && !unicode.Is(unicode.Pc, r) && !unicode.Is(unicode.Other_ID_Continue, r) {
			return false
		}
	}
	return true
}

func strTranslate(t *Thread, s *Str, a []Value) (Value, error) {
	var b strings.Builder
	for _, r := range codePoints(s.s) {
		m, err := GetItem(t, a[0], Int(int64(r)))
		if err != nil {
			if isExc(err, LookupErrorType) {
				b.Write(AppendCodePoint(nil, r))
				continue
			}
			return Value{}, err
		}
		switch {
		case m.IsNone():
		case m.IsInt():
			c := m.AsInt()
			if c < 0 || c > 0x10ffff {
				return Value{}, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.Write(AppendCodePoint(nil, rune(c)))
		default:
			ms, ok := m.obj.(*Str)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
			b.WriteString(ms.s)
		}
	}
	return NewStr(b.String()), nil
}

func strMakeTrans(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := ctNoKwargs("maketrans", args, kwnames, 1, 3); err != nil {
		return Value{}, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].obj.(*Dict)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		keys, vals := src.Entries(t)
		for i, k := range keys {
			if ks, ok := k.obj.(*Str); ok {
				if ks.n != 1 {
					return Value{}, Errorf(ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := decodeRune(ks.s)
				k = Int(int64(r))
			} else if !k.IsInt() {
				return Value{}, Errorf(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := d.SetItem(t, k, vals[i]); err != nil {
				return Value{}, err
			}
		}
		return FromObject(d), nil
	}
	x, ok1 := args[0].obj.(*Str)
	y, ok2 := args[1].obj.(*Str)
	if !ok1 || !ok2 {
		return Value{}, Errorf(TypeErrorType, "maketrans() argument must be str, not %s", TypeOf(args[0]).Name)
	}
	if x.n != y.n {
		return Value{}, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	yr := []rune(y.s)
	i := 0
	for _, r := range codePoints(x.s) {
		if err := d.SetItem(t, Int(int64(r)), Int(int64(yr[i]))); err != nil {
			return Value{}, err
		}
		i++
	}
	if len(args) == 3 {
		z, ok := args[2].obj.(*Str)
		if !ok {
			return Value{}, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeOf(args[2]).Name)
		}
		for _, r := range codePoints(z.s) {
			if err := d.SetItem(t, Int(int64(r)), None); err != nil {
				return Value{}, err
			}
		}
	}
	return FromObject(d), nil
}
