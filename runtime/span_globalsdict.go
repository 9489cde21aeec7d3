package runtime

// This file buffers the writes an abortable span makes to its module's
// globals through the dict itself: globals()[k] = v, del globals()[k],
// globals().update(...) (issue #7, stage 2). Each made the span
// irrevocable before; now they go into the span's buffers as STORE_GLOBAL
// and DELETE_GLOBAL do (span_globals.go, span_namedeletes.go), where the
// dict is the running frame's globals: that is what proves it a module
// namespace, whose readers by name all look in those buffers (a data
// dict, an instance's __dict__ or a function's __dict__ would be read by
// attribute lookups that do not; nothing else marks a module's dict).
// Keys must be exact strs and no dunder names (span_globals.go).

// globalsKey returns the name of the key k of a store or delete into the
// shared dict d through a dict operation when it may be buffered as a
// global's (see the file comment).
func (t *Thread) globalsKey(d *Dict, k Value) (string, bool) {
	f := t.frame
	if f == nil || f.globals != d {
		return "", false
	}
	s, ok := k.obj.(*Str)
	if !ok || s.typ != nil || dunderName(s.s) {
		return "", false
	}
	return s.s, true
}

// bufferGlobalsItem buffers globals()[k] = x (see globalsKey) as
// STORE_GLOBAL does; false: the caller takes the token path.
func (t *Thread) bufferGlobalsItem(container, k, x Value) bool {
	d, ok := container.obj.(*Dict)
	if !ok || d.typ != nil {
		return false
	}
	name, ok := t.globalsKey(d, k)
	if !ok {
		return false
	}
	return t.bufferNameStore(d, k, strHashString(name), x)
}

// deleteGlobalsItem is del globals()[k] (see globalsKey) in an abortable
// span: done false means the caller takes the token path; err is the
// KeyError of an absent key.
func (t *Thread) deleteGlobalsItem(container, k Value) (done bool, err error) {
	d, ok := container.obj.(*Dict)
	if !ok || d.typ != nil {
		return false, nil
	}
	name, ok := t.globalsKey(d, k)
	if !ok {
		return false, nil
	}
	found, ok := t.deleteKeySpan(d, k, strHashString(name))
	switch {
	case !ok:
		return false, nil
	case !found:
		return true, keyError(k)
	}
	return true, nil
}

// dictUpdateBuffered is globals().update(...) in an abortable span: each
// item buffered as globals()[k] = v, when the receiver is the running
// frame's globals and every item qualifies (an exact str key that is no
// dunder name, a value that needs no publication); the positional
// argument, if any, must be a thread-local exact dict (its entries are
// read in place, which only its owner may do). ok false: the method runs
// through the token path. Items are buffered in the order update stores
// them; a store that the buffer refuses after others were buffered
// leaves those to be applied first by the token path, where update
// stores them again: the same dict, entry order included.
func dictUpdateBuffered(t *Thread, args []Value, kwnames []string) (Value, bool) {
	npos := len(args) - 1 - len(kwnames)
	if npos < 0 || npos > 1 {
		return Value{}, false
	}
	d, ok := args[0].obj.(*Dict)
	if ok && npos == 1 && len(kwnames) == 0 && d.isData() && t.bufferDictUpdate(args[0], args[1]) {
		return None, true // a data dict (span_dictwrites.go)
	}
	if !ok || d.typ != nil || t.frame == nil || t.frame.globals != d || !d.IsShared() {
		return Value{}, false
	}
	var src *Dict
	if npos == 1 {
		if src, ok = args[1].obj.(*Dict); !ok || src.typ != nil || src.IsShared() {
			return Value{}, false
		}
	}
	n := len(kwnames)
	if src != nil {
		n += src.used
		for i := range src.entries {
			e := &src.entries[i]
			if e.key.IsValid() && !nameItem(e.key, e.value) {
				return Value{}, false
			}
		}
	}
	for i, kw := range kwnames {
		if dunderName(kw) || !publishedAlready(args[1+npos+i]) {
			return Value{}, false
		}
	}
	if len(t.sp.dw.ws)+n > 2*maxSpanWrites {
		return Value{}, false
	}
	if src != nil {
		for i := range src.entries {
			if e := &src.entries[i]; e.key.IsValid() && !t.bufferNameStore(d, e.key, e.hash, e.value) {
				return Value{}, false
			}
		}
	}
	for i, kw := range kwnames {
		if !t.bufferNameStore(d, NewStr(kw), strHashString(kw), args[1+npos+i]) {
			return Value{}, false
		}
	}
	return None, true
}

// nameItem reports whether k: v may be buffered as a global's store.
func nameItem(k, v Value) bool {
	s, ok := k.obj.(*Str)
	return ok && s.typ == nil && !dunderName(s.s) && publishedAlready(v)
}
