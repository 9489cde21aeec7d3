package runtime

// This file defines heapq's core in Go (heappush, heappop, heapify,
// heapreplace, heappushpop), exported through _collections and picked up
// by lib/heapq.py. The sift steps are CPython's, so heaps have the same
// layout; a comparison that changes the list's size raises CPython's
// RuntimeError.

func heapList(fname string, v Value, one bool) (*List, error) {
	if l, ok := v.obj.(*List); ok {
		return l, nil
	}
	which := "argument 1"
	if one {
		which = "argument"
	}
	got := typeName(v)
	if v.IsNone() {
		got = "None" // Argument Clinic names None itself
	}
	return nil, Errorf(TypeErrorType, "%s() %s must be list, not %s", fname, which, got)
}

var errHeapChanged = func() error { return Errorf(RuntimeErrorType, "list changed size during iteration") }

// heapSiftDown moves the item at pos up towards startpos.
func heapSiftDown(t *Thread, l *List, startpos, pos int) error {
	size := l.Len()
	newitem := l.Get(t, pos)
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := l.Get(t, parentpos)
		lt, err := lessThan(t, newitem, parent)
		if err != nil {
			return err
		}
		if size != l.Len() {
			return errHeapChanged()
		}
		if !lt {
			break
		}
		l.Set(t, pos, parent)
		pos = parentpos
	}
	l.Set(t, pos, newitem)
	return nil
}

// heapSiftUp moves the item at pos down to a leaf, then back up.
func heapSiftUp(t *Thread, l *List, pos int) error {
	endpos := l.Len()
	startpos := pos
	newitem := l.Get(t, pos)
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, err := lessThan(t, l.Get(t, childpos), l.Get(t, rightpos))
			if err != nil {
				return err
			}
			if endpos != l.Len() {
				return errHeapChanged()
			}
			if !lt {
				childpos = rightpos
			}
		}
		l.Set(t, pos, l.Get(t, childpos))
		pos = childpos
		childpos = 2*pos + 1
	}
	l.Set(t, pos, newitem)
	return heapSiftDown(t, l, startpos, pos)
}

func heapPush(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkArity("heappush", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	l, err := heapList("heappush", args[0], false)
	if err != nil {
		return Value{}, err
	}
	l.Append(t, args[1])
	return None, heapSiftDown(t, l, 0, l.Len()-1)
}

func heapPopLast(t *Thread, l *List) (Value, error) {
	n := l.Len()
	if n == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	last := l.Get(t, n-1)
	l.Delete(t, n-1, n)
	return last, nil
}

func heapPop(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkOne("heappop", args, kwnames); err != nil {
		return Value{}, err
	}
	l, err := heapList("heappop", args[0], true)
	if err != nil {
		return Value{}, err
	}
	last, err := heapPopLast(t, l)
	if err != nil || l.Len() == 0 {
		return last, err
	}
	ret := l.Get(t, 0)
	l.Set(t, 0, last)
	if err := heapSiftUp(t, l, 0); err != nil {
		return Value{}, err
	}
	return ret, nil
}

func heapReplace(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkArity("heapreplace", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	l, err := heapList("heapreplace", args[0], false)
	if err != nil {
		return Value{}, err
	}
	if l.Len() == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	ret := l.Get(t, 0)
	l.Set(t, 0, args[1])
	if err := heapSiftUp(t, l, 0); err != nil {
		return Value{}, err
	}
	return ret, nil
}

func heapPushPop(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkArity("heappushpop", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	l, err := heapList("heappushpop", args[0], false)
	if err != nil {
		return Value{}, err
	}
	item := args[1]
	if l.Len() == 0 {
		return item, nil
	}
	top := l.Get(t, 0)
	lt, err := lessThan(t, top, item)
	if err != nil {
		return Value{}, err
	}
	if !lt {
		return item, nil
	}
	if l.Len() == 0 {
		return Value{}, Errorf(IndexErrorType, "index out of range")
	}
	ret := l.Get(t, 0)
	l.Set(t, 0, item)
	if err := heapSiftUp(t, l, 0); err != nil {
		return Value{}, err
	}
	return ret, nil
}

func heapHeapify(t *Thread, args []Value, kwnames []string) (Value, error) {
	if err := checkOne("heapify", args, kwnames); err != nil {
		return Value{}, err
	}
	l, err := heapList("heapify", args[0], true)
	if err != nil {
		return Value{}, err
	}
	for i := l.Len()/2 - 1; i >= 0; i-- {
		if i >= l.Len() {
			return Value{}, errHeapChanged()
		}
		if err := heapSiftUp(t, l, i); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// heapFunctions are the functions _collections exports for heapq.
var heapFunctions = []struct {
	name string
	fn   func(t *Thread, args []Value, kwnames []string) (Value, error)
}{
	{"heappush", heapPush}, {"heappop", heapPop}, {"heapreplace", heapReplace},
	{"heappushpop", heapPushPop}, {"heapify", heapHeapify},
}
