package runtime

// This file is object.__new__'s abstract-class check, as CPython makes it:
// a class whose own __abstractmethods__ (set by abc.ABCMeta) is non-empty
// cannot be instantiated. Doing it here rather than in ABCMeta.__call__
// keeps the traceback of the TypeError free of library frames.

import (
	"sort"
	"strings"
)

// checkAbstract returns CPython 3.11's TypeError when cls has abstract
// methods left, nil otherwise.
func checkAbstract(t *Thread, cls *Type) error {
	v, ok := cls.Dict.GetStr("__abstractmethods__")
	if !ok {
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	var names []string
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if !x.IsValid() {
			break
		}
		s, err := StrOf(t, x)
		if err != nil {
			return err
		}
		names = append(names, s)
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s",
		cls.Name, plural, strings.Join(names, ", "))
}
