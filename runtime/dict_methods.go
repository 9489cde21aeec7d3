package runtime

import "github.com/pystm/pystm/compiler/bytecode"

// This file gives dict its Python behaviour: slots, methods, constructor.

// isExc reports whether err is a Python exception of class cls.
func isExc(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && e.Matches(cls)
}

// keyError returns KeyError(key).
func keyError(key Value) error { return NewException(KeyErrorType, key) }

func init() {
	s := &DictType.Slots
	s.Repr = dictRepr
	s.Len = func(t *Thread, v Value) (int, error) { return v.obj.(*Dict).Len(), nil }
	s.GetItem = dictGetItem
	s.SetItem = func(t *Thread, v, key, x Value) error { return v.obj.(*Dict).SetItem(t, key, x) }
	s.DelItem = func(t *Thread, v, key Value) error {
		ok, err := v.obj.(*Dict).DelItem(t, key)
		if err == nil && !ok {
			err = keyError(key)
		}
		return err
	}
	s.Contains = func(t *Thread, v, x Value) (bool, error) {
		_, ok, err := v.obj.(*Dict).GetItem(t, x)
		return ok, err
	}
	s.Iter = func(t *Thread, v Value) (Value, error) {
		return FromObject(newDictIterator(v.obj.(*Dict), dictIterKeys)), nil
	}
	s.Compare = func(t *Thread, op bytecode.CompareOp, a, b Value) (Value, error) {
		y, ok := b.obj.(*Dict)
		if !ok || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
			return notImpl()
		}
		eq, err := a.obj.(*Dict).Equal(t, y)
		if err != nil {
			return Value{}, err
		}
		return Bool(eq == (op == bytecode.CmpEQ)), nil
	}
	s.Binary[bytecode.OpOr] = func(t *Thread, a, b Value) (Value, error) {
		y, ok := b.obj.(*Dict)
		if !ok {
			return notImpl()
		}
		out := a.obj.(*Dict).Copy(t)
		return FromObject(out), out.Merge(t, y)
	}
	s.RBinary[bytecode.OpOr] = func(t *Thread, self, other Value) (Value, error) {
		x, ok := other.obj.(*Dict)
		if !ok {
			return notImpl()
		}
		out := x.Copy(t)
		return FromObject(out), out.Merge(t, self.obj.(*Dict))
	}
	s.Inplace[bytecode.OpOr] = func(t *Thread, a, b Value) (Value, error) {
		if err := dictUpdate(t, a.obj.(*Dict), b, "|="); err != nil {
			return Value{}, err
		}
		return a, nil
	}

	DictType.SetNew(func(t *Thread, args []Value, kwnames []string) (Value, error) {
		d := NewDict()
		if cls, ok := args[0].obj.(*Type); ok && cls != DictType {
			d.typ = cls
			d.sub.enable()
		} else {
			d.markData()
		}
		return FromObject(d), nil
	})
	m := DictType.AddMethod
	m("__init__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		return None, dictUpdateArgs(t, "dict", args, kwnames)
	})
	DictType.addMethodLockFree("update", dictUpdateBuffered, func(t *Thread, args []Value, kwnames []string) (Value, error) { // SPAN: globals().update (span_globalsdict.go)
		return None, dictUpdateArgs(t, "update", args, kwnames)
	})
	if v, ok := DictType.Dict.GetStr("update"); ok {
		v.obj.(*BuiltinFunction).consume = consumeDictUpdate // d.update(generator): consume.go
	}
	DictType.addMethodLockFree("get", dictGetLockFree, func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("get", args[1:], kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := args[0].obj.(*Dict).GetItem(t, args[1])
		if err != nil {
			return Value{}, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 3 {
			return args[2], nil
		}
		return None, nil
	})
	m("setdefault", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("setdefault", args[1:], kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		d := args[0].obj.(*Dict)
		h, err := hashValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		v, ok, err := d.getHashed(t, args[1], h)
		if err != nil || ok {
			return v, err
		}
		def := None
		if len(args) == 3 {
			def = args[2]
		}
		return def, d.setHashed(t, args[1], h, def)
	})
	m("pop", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("pop", args[1:], kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		d := args[0].obj.(*Dict)
		if d.used == 0 {
			// CPython answers an empty dict without hashing the key.
			if len(args) == 3 {
				return args[2], nil
			}
			return Value{}, keyError(args[1])
		}
		v, ok, err := d.Pop(t, args[1])
		if err != nil || ok {
			return v, err
		}
		if len(args) == 3 {
			return args[2], nil
		}
		return Value{}, keyError(args[1])
	})
	m("popitem", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.popitem", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		d := args[0].obj.(*Dict)
		t.wDict(d) // SPAN
		for i := len(d.entries) - 1; i >= 0; i-- {
			if e := d.entries[i]; e.key.IsValid() {
				d.deleteEntry(t, i)
				return newTuple2(e.key, e.value), nil
			}
		}
		return Value{}, Errorf(KeyErrorType, "popitem(): dictionary is empty")
	})
	m("keys", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.keys", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&DictView{d: args[0].obj.(*Dict), kind: dictIterKeys}), nil
	})
	m("values", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.values", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&DictView{d: args[0].obj.(*Dict), kind: dictIterValues}), nil
	})
	m("items", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.items", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&DictView{d: args[0].obj.(*Dict), kind: dictIterItems}), nil
	})
	m("copy", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.copy", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		return FromObject(args[0].obj.(*Dict).Copy(t)), nil
	})
	m("clear", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("dict.clear", args[1:], kwnames, 0, 0); err != nil {
			return Value{}, err
		}
		args[0].obj.(*Dict).Clear(t)
		return None, nil
	})
	m("__reversed__", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		it := newDictIterator(args[0].obj.(*Dict), dictIterKeys)
		it.reverse = true
		it.pos = len(it.d.entries) - 1
		return FromObject(it), nil
	})
	DictType.AddClassMethod("fromkeys", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("fromkeys", args[1:], kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		val := None
		if len(args) == 3 {
			val = args[2]
		}
		dv, err := t.Call(args[0], nil, nil)
		if err != nil {
			return Value{}, err
		}
		d, isDict := dv.obj.(*Dict)
		err = forEach(t, args[1], func(k Value) (bool, error) {
			if isDict && d.typ == nil {
				return true, d.SetItem(t, k, val)
			}
			return true, SetItem(t, dv, k, val)
		})
		return dv, err
	})
}

// Equal reports whether d and o hold equal items.
func (d *Dict) Equal(t *Thread, o *Dict) (bool, error) {
	t.touch(&d.Header)
	t.touch(&o.Header)
	if d == o {
		return true, nil
	}
	if d.used != o.used {
		return false, nil
	}
	keys, vals := d.Entries(t)
	for i, k := range keys {
		h, err := hashValue(t, k)
		if err != nil {
			return false, err
		}
		ov, ok, err := o.getHashed(t, k, h)
		if err != nil || !ok {
			return false, err
		}
		eq, err := Equal(t, vals[i], ov)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// Copy returns a shallow copy (an exact dict).
func (d *Dict) Copy(t *Thread) *Dict {
	t.touch(&d.Header)
	out := &Dict{used: d.used, version: 1}
	out.markData()
	out.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key.IsValid() {
			out.entries = append(out.entries, e)
		}
	}
	if d.used > dictLinearMax {
		out.rebuild(d.used)
	}
	return out
}

// Merge stores every item of o into d.
func (d *Dict) Merge(t *Thread, o *Dict) error {
	t.touch(&d.Header)
	t.touch(&o.Header)
	keys, vals := o.Entries(t)
	for i, k := range keys {
		h, err := hashValue(t, k)
		if err != nil {
			return err
		}
		if err := d.setHashed(t, k, h, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// Pop removes k and returns its value.
func (d *Dict) Pop(t *Thread, k Value) (Value, bool, error) {
	t.touch(&d.Header)
	h, err := hashValue(t, k)
	if err != nil {
		return Value{}, false, err
	}
	ix, err := d.lookup(t, k, h)
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	v := d.entries[ix].value
	t.wDict(d) // SPAN
	d.deleteEntry(t, ix)
	return v, true, nil
}

// dictUpdateArgs is dict.__init__ and dict.update: one optional mapping
// or iterable of pairs, then keyword arguments.
func dictUpdateArgs(t *Thread, name string, args []Value, kwnames []string) error {
	d := args[0].obj.(*Dict)
	npos := len(args) - 1 - len(kwnames)
	if npos > 1 {
		return Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := dictUpdate(t, d, args[1], ""); err != nil {
			return err
		}
	}
	for i, kw := range kwnames {
		if t.logging() { // SPAN: undo record (span_undo.go)
			t.logDictSetWhole(d, d.lookupStr(kw, strHashString(kw))) // SetStr passes no thread down
		}
		d.SetStr(kw, args[1+npos+i])
	}
	return nil
}

// dictUpdate merges a mapping (anything with keys()) or an iterable of
// key/value pairs into d. op names the operator for error messages ("" for update).
func dictUpdate(t *Thread, d *Dict, src Value, op string) error {
	if o, ok := src.obj.(*Dict); ok && (o.typ == nil || !o.typ.overridesIter()) {
		return d.Merge(t, o)
	}
	keysFn, err := GetAttr(t, src, "keys")
	if err == nil {
		ks, err := t.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		return forEach(t, ks, func(k Value) (bool, error) {
			v, err := GetItem(t, src, k)
			if err != nil {
				return false, err
			}
			return true, d.SetItem(t, k, v)
		})
	}
	if !isExc(err, AttributeErrorType) {
		return err
	}
	if op != "" {
		return Errorf(TypeErrorType, "unsupported operand type(s) for %s: 'dict' and '%s'", op, TypeOf(src).Name)
	}
	n := 0
	err = forEach(t, src, func(item Value) (bool, error) {
		k, v, err := dictPairOf(t, item, n) // consume.go
		if err != nil {
			return false, err
		}
		n++
		return true, d.SetItem(t, k, v)
	})
	return err
}

func dictGetItem(t *Thread, v, key Value) (Value, error) {
	d := v.obj.(*Dict)
	x, ok, err := d.GetItem(t, key)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return x, nil
	}
	if d.typ != nil {
		if missing, ok := d.typ.Lookup("__missing__"); ok {
			return t.Call(missing, []Value{v, key}, nil)
		}
	}
	return Value{}, keyError(key)
}

func dictRepr(t *Thread, v Value) (string, error) {
	d := v.obj.(*Dict)
	if d.used == 0 {
		return "{}", nil
	}
	if !reprEnter(t, d) {
		return "{...}", nil
	}
	defer reprLeave(t, d)
	if err := enterRepr(t); err != nil {
		return "", err
	}
	defer t.LeaveRecursive()
	keys, vals := d.Entries(t)
	buf := []byte{'{'}
	for i, k := range keys {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, k)
		if err != nil {
			return "", err
		}
		buf = append(append(buf, r...), ": "...)
		if r, err = Repr(t, vals[i]); err != nil {
			return "", err
		}
		buf = append(buf, r...)
	}
	return string(append(buf, '}')), nil
}
