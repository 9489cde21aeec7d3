package runtime

// callMethod2 runs `l.append(x)` and `s.add(x)` called through LOAD_METHOD
// (the unbound descriptor with its receiver as args[0]) straight on the
// receiver: BuiltinFunction.Call's receiver check, the sharing wrapper and
// the argument count check are what these two calls spend most of their
// time in otherwise. List.Append and Set.Add do the receiver's barriers
// (token, publishing x) and undo logging themselves, and list and set are
// owners whose methods an abortable span runs without a gate. It reports
// false, doing nothing, for any other call.
func (t *Thread) callMethod2(bf *BuiltinFunction, args []Value) (Value, error, bool) {
	switch bf.Owner {
	case ListType:
		if l, ok := args[0].obj.(*List); ok && bf.Name == "append" {
			l.Append(t, args[1])
			return None, nil, true
		}
	case SetType:
		if s, ok := args[0].obj.(*Set); ok && !s.frozen && bf.Name == "add" { // a frozenset's error is Call's
			return None, s.Add(t, args[1]), true
		}
	}
	return Value{}, nil, false
}
