package runtime

// This file defines the instructions of except*: splitting an exception
// group among the handlers and computing what the statement raises.

// checkEGMatch is CHECK_EG_MATCH: (rest, match) of exc against typ; match
// is None when no part matches.
func (t *Thread) checkEGMatch(exc, typ Value) (rest, match Value, err error) {
	if exc.IsNone() {
		return None, None, nil
	}
	check := func(c Value) error {
		cls, ok := c.obj.(*Type)
		if !ok || !IsSubtype(cls, BaseExceptionType) {
			return Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		if IsSubtype(cls, BaseExceptionGroupType) {
			return Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tu, ok := typ.obj.(*Tuple); ok {
		for _, c := range tu.Items() {
			if err := check(c); err != nil {
				return Value{}, Value{}, err
			}
		}
	} else if err := check(typ); err != nil {
		return Value{}, Value{}, err
	}
	if !IsInstance(exc, BaseExceptionGroupType) {
		ok, err := exceptionMatches(t, exc, typ)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !ok {
			return exc, None, nil
		}
		// A naked exception is wrapped in a group with an empty message.
		groupType := t.exceptionGroupType()
		if !IsInstance(exc, ExceptionType) {
			groupType = FromObject(BaseExceptionGroupType)
		}
		g, err := t.Call(groupType, []Value{NewStr(""), NewTuple([]Value{exc})}, nil)
		if err != nil {
			return Value{}, Value{}, err
		}
		if ge, ok := g.obj.(*Exception); ok {
			if e, ok := exc.obj.(*Exception); ok {
				ge.Traceback = e.Traceback
			}
		}
		t.excInfo, _ = g.obj.(*Exception)
		return None, g, nil
	}
	pair, err := callMethodNamed(t, exc, "split", typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	items, err := iterate(t, pair)
	if err != nil {
		return Value{}, Value{}, err
	}
	if len(items) != 2 {
		return Value{}, Value{}, Errorf(TypeErrorType, "split() must return a 2-tuple")
	}
	if e, ok := items[1].obj.(*Exception); ok {
		t.excInfo = e
	}
	return items[1], items[0], nil
}

// leaves collects the non-group exceptions of a (possibly nested) group.
func (t *Thread) leaves(v Value, out map[Object]bool) {
	if IsInstance(v, BaseExceptionGroupType) {
		excs, err := GetAttr(t, v, "exceptions")
		if err == nil {
			if items, err := iterate(t, excs); err == nil {
				for _, x := range items {
					t.leaves(x, out)
				}
				return
			}
		}
	}
	out[v.obj] = true
}

// prepReraiseStar is PREP_RERAISE_STAR: from the original exception and
// the list of what the handlers raised plus the unmatched rest, the
// exception the statement raises, or None.
func (t *Thread) prepReraiseStar(orig, list Value) (Value, error) {
	var items []Value
	for _, v := range list.obj.(*List).Items(t) {
		if !v.IsNone() {
			items = append(items, v)
		}
	}
	if len(items) == 0 {
		return None, nil
	}
	if !IsInstance(orig, BaseExceptionGroupType) {
		return items[0], nil
	}
	origLeaves := map[Object]bool{}
	t.leaves(orig, origLeaves)
	var reraised, raised []Value
	for _, v := range items {
		l := map[Object]bool{}
		t.leaves(v, l)
		all := true
		for o := range l {
			if !origLeaves[o] {
				all = false
			}
		}
		if all {
			reraised = append(reraised, v)
		} else {
			raised = append(raised, v)
		}
	}
	if len(raised) == 0 {
		if len(reraised) == 1 {
			return reraised[0], nil
		}
		// Re-raise the parts of orig that were re-raised, keeping orig's
		// message: orig.split(the types of the kept leaves).
		keep := map[Object]bool{}
		for _, v := range reraised {
			t.leaves(v, keep)
		}
		var types []Value
		for o := range keep {
			types = append(types, FromObject(o.Type()))
		}
		pair, err := callMethodNamed(t, orig, "split", NewTuple(types))
		if err != nil {
			return Value{}, err
		}
		ps, err := iterate(t, pair)
		if err != nil || len(ps) != 2 {
			return reraised[0], err
		}
		return ps[0], nil
	}
	all := append(raised, reraised...)
	return t.Call(t.exceptionGroupType(), []Value{NewStr(""), FromObject(NewList(all))}, nil)
}

// exceptionGroupType returns the builtin ExceptionGroup class.
func (t *Thread) exceptionGroupType() Value {
	if v, ok := t.interp.Builtins.GetStr("ExceptionGroup"); ok {
		return v
	}
	return FromObject(BaseExceptionGroupType)
}
