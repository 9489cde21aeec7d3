package runtime

// This file defines BaseExceptionGroup and ExceptionGroup (PEP 654): their
// constructor rules, str, split/subgroup/derive, and the Go helper the
// interpreter's except* uses.

// ExceptionGroupType is ExceptionGroup: both a BaseExceptionGroup and an
// Exception.
var ExceptionGroupType = &Type{Name: "ExceptionGroup", Bases: []*Type{BaseExceptionGroupType, ExceptionType}, flags: flagException}

// groupExceptions returns the sub-exceptions of a group.
func groupExceptions(e *Exception) []*Exception {
	tu, ok := e.GetField("exceptions").obj.(*Tuple)
	if !ok {
		return nil
	}
	out := make([]*Exception, 0, tu.Len())
	for _, v := range tu.Items() {
		if x, ok := AsException(v); ok {
			out = append(out, x)
		}
	}
	return out
}

// IsExceptionGroup reports whether e is a BaseExceptionGroup.
func IsExceptionGroup(e *Exception) bool { return e.Matches(BaseExceptionGroupType) }

func exceptionGroupNew(t *Thread, args []Value, kw []string) (Value, error) {
	cls := args[0].obj.(*Type)
	if len(kw) > 0 {
		return Value{}, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 3 {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args)-1)
	}
	msg, excs := args[1], args[2]
	if _, ok := AsString(msg); !ok {
		return Value{}, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(msg))
	}
	switch excs.obj.(type) {
	case *List, *Tuple:
	default:
		if _, ok := lookupDunder(excs, "__getitem__"); !ok || IsInstance(excs, DictType) || IsInstance(excs, SetType) {
			return Value{}, Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
		}
	}
	items, err := collect(t, excs)
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return Value{}, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allException := true
	for i, it := range items {
		x, ok := AsException(it)
		if !ok {
			return Value{}, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		allException = allException && x.Matches(ExceptionType)
	}
	switch {
	case cls == BaseExceptionGroupType && allException:
		cls = ExceptionGroupType
	case IsSubtype(cls, ExceptionType) && !allException:
		return Value{}, Errorf(TypeErrorType, "Cannot nest BaseExceptions in %s", articled(cls))
	}
	e := &Exception{typ: cls, Args: []Value{msg, excs}}
	e.SetField("message", msg)
	e.SetField("exceptions", NewTuple(items))
	return FromObject(e), nil
}

func articled(cls *Type) string {
	if cls == ExceptionGroupType {
		return "an ExceptionGroup"
	}
	return "a " + cls.Name
}

// groupMatcher turns split/subgroup's condition into a predicate.
func groupMatcher(t *Thread, cond Value) (func(*Exception) (bool, error), error) {
	isExcType := func(v Value) bool {
		c, ok := v.obj.(*Type)
		return ok && IsSubtype(c, BaseExceptionType)
	}
	if isExcType(cond) {
		cls := cond.obj.(*Type)
		return func(e *Exception) (bool, error) { return e.Matches(cls), nil }, nil
	}
	if tu, ok := cond.obj.(*Tuple); ok {
		for _, c := range tu.Items() {
			if !isExcType(c) {
				goto bad
			}
		}
		return func(e *Exception) (bool, error) {
			for _, c := range tu.Items() {
				if e.Matches(c.obj.(*Type)) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if _, isType := cond.obj.(*Type); !isType && isCallable(cond) {
		return func(e *Exception) (bool, error) {
			r, err := t.Call(cond, []Value{FromObject(e)}, nil)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}, nil
	}
bad:
	return nil, Errorf(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

// deriveGroup is eg.derive(excs) plus the copy of cause, context,
// traceback and notes that split and subgroup do.
func deriveGroup(t *Thread, eg *Exception, excs []*Exception) (*Exception, error) {
	vals := make([]Value, len(excs))
	for i, x := range excs {
		vals[i] = FromObject(x)
	}
	r, err := callAttr(t, FromObject(eg), "derive", FromObject(NewList(vals)))
	if err != nil {
		return nil, err
	}
	ne, ok := AsException(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	ne.Cause, ne.Context, ne.SuppressContext, ne.Traceback = eg.Cause, eg.Context, eg.SuppressContext, eg.Traceback
	if notes, ok := eg.LoadAttr(t, "__notes__"); ok {
		ne.SetField("__notes__", notes)
	}
	return ne, nil
}

// SplitExceptionGroup splits e by match as BaseExceptionGroup.split does:
// the matching part and the rest, either possibly nil. A non-group e is
// entirely one or the other. except* uses it.
func SplitExceptionGroup(t *Thread, e *Exception, match func(*Exception) (bool, error)) (*Exception, *Exception, error) {
	ok, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !IsExceptionGroup(e) {
		return nil, e, nil
	}
	var ms, rs []*Exception
	for _, sub := range groupExceptions(e) {
		m, r, err := SplitExceptionGroup(t, sub, match)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	var mg, rg *Exception
	if len(ms) > 0 {
		if mg, err = deriveGroup(t, e, ms); err != nil {
			return nil, nil, err
		}
	}
	if len(rs) > 0 {
		if rg, err = deriveGroup(t, e, rs); err != nil {
			return nil, nil, err
		}
	}
	return mg, rg, nil
}

func excOrNoneValue(e *Exception) Value {
	if e == nil {
		return None
	}
	return FromObject(e)
}

func init() {
	g := BaseExceptionGroupType
	g.SetNew(exceptionGroupNew)
	g.AddMethod("__init__", func(t *Thread, args []Value, kw []string) (Value, error) { return None, nil })
	g.Slots.Str = func(t *Thread, v Value) (string, error) {
		e := excSelf(v)
		msg, err := StrOf(t, e.GetField("message"))
		if err != nil {
			return "", err
		}
		n := len(groupExceptions(e))
		if n == 1 {
			return msg + " (1 sub-exception)", nil
		}
		return msg + " (" + itoaInt(n) + " sub-exceptions)", nil
	}
	g.AddMethod("derive", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkMethodArgs("BaseExceptionGroup.derive", args, kw, 1, 1); err != nil {
			return Value{}, err
		}
		e := excSelf(args[0])
		return t.Call(FromObject(BaseExceptionGroupType), []Value{e.GetField("message"), args[1]}, nil)
	})
	for _, name := range []string{"split", "subgroup"} {
		name := name
		g.AddMethod(name, func(t *Thread, args []Value, kw []string) (Value, error) {
			if err := checkMethodArgs("BaseExceptionGroup."+name, args, kw, 1, 1); err != nil {
				return Value{}, err
			}
			match, err := groupMatcher(t, args[1])
			if err != nil {
				return Value{}, err
			}
			m, r, err := SplitExceptionGroup(t, excSelf(args[0]), match)
			if err != nil {
				return Value{}, err
			}
			if name == "subgroup" {
				return excOrNoneValue(m), nil
			}
			return NewTuple([]Value{excOrNoneValue(m), excOrNoneValue(r)}), nil
		})
	}
	g.AddGetSet("message", func(t *Thread, v Value) (Value, error) { return excSelf(v).GetField("message"), nil }, nil)
	g.AddGetSet("exceptions", func(t *Thread, v Value) (Value, error) { return excSelf(v).GetField("exceptions"), nil }, nil)
}

func itoaInt(n int) string {
	s, _ := intRepr(int64(n), nil, 0)
	return s
}
