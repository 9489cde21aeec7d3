package runtime

import (
	"fmt"
	"strings"
)

// This file defines UnpackArgs, which binds a builtin's arguments to
// variables in one line with CPython's (Argument Clinic) error messages.

// UnpackArgs binds args (the last len(kwnames) of which are keyword
// arguments) to out, one pointer per entry of params. A param name ending
// in "?" is optional (its variable keeps its zero Value when absent); names
// after a "*" entry are keyword-only and names before a "/" entry are
// positional-only ("*" and "/" take no out pointer).
func UnpackArgs(fname string, args []Value, kwnames []string, params []string, out ...*Value) error {
	if len(kwnames) == 0 && unpackPositional(args, params, out) {
		return nil
	}
	type param struct {
		name             string
		optional, kwOnly bool
		posOnly          bool
	}
	ps := make([]param, 0, len(params))
	kwOnly := false
	for _, p := range params {
		switch p {
		case "*":
			kwOnly = true
			continue
		case "/":
			for i := range ps {
				ps[i].posOnly = true
			}
			continue
		}
		opt := strings.HasSuffix(p, "?")
		ps = append(ps, param{name: strings.TrimSuffix(p, "?"), optional: opt, kwOnly: kwOnly})
	}
	if len(ps) != len(out) {
		panic("runtime.UnpackArgs: params and out differ in length")
	}
	npos := len(args) - len(kwnames)
	maxPos, minReq := 0, 0
	for _, p := range ps {
		if !p.kwOnly {
			maxPos++
		}
		if !p.optional {
			minReq++
		}
	}
	if npos > maxPos {
		switch {
		case maxPos == 0:
			return Errorf(TypeErrorType, "%s() takes no positional arguments", fname)
		case maxPos == minReq && maxPos == 1:
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, npos)
		case maxPos == minReq:
			return Errorf(TypeErrorType, "%s() takes exactly %d arguments (%d given)", fname, maxPos, npos)
		}
		return Errorf(TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, maxPos, npos)
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	for k, name := range kwnames {
		found := false
		for i, p := range ps {
			if p.name != name || p.posOnly {
				continue
			}
			found = true
			if i < npos {
				return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
			}
			*out[i] = args[npos+k]
		}
		if !found {
			kwable := false
			for _, p := range ps {
				kwable = kwable || !p.posOnly
			}
			if !kwable {
				return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
			}
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", name, fname)
		}
	}
	for i, p := range ps {
		if !p.optional && !out[i].IsValid() {
			if p.kwOnly {
				return Errorf(TypeErrorType, "%s() missing required keyword-only argument: '%s'", fname, p.name)
			}
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, p.name, i+1)
		}
	}
	return nil
}

// unpackPositional is UnpackArgs for a call without keywords whose
// positional arguments fill every required parameter, the common case of
// builtins like enumerate(it) or int(s, 10): it builds no parameter table,
// so it allocates nothing. It reports false, touching nothing, when the
// full path must run (bad arity, a required argument missing).
func unpackPositional(args []Value, params []string, out []*Value) bool {
	n := 0
	kwOnly := false
	for _, p := range params {
		switch p {
		case "*":
			kwOnly = true
			continue
		case "/":
			continue
		}
		optional := len(p) > 0 && p[len(p)-1] == '?'
		if n < len(args) {
			if kwOnly {
				return false
			}
		} else if !optional {
			return false
		}
		n++
	}
	if n != len(out) || len(args) > n {
		return false
	}
	for i, a := range args {
		*out[i] = a
	}
	return true
}

// noKwargs reports CPython's error for keywords given to a builtin that
// takes none.
func noKwargs(fname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// checkArity is PyArg_UnpackTuple's check: positional only, between min
// and max arguments ("getattr expected at least 2 arguments, got 1").
func checkArity(fname string, args []Value, kwnames []string, min, max int) error {
	if err := noKwargs(fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case n < min && min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", fname, min, pluralS(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, pluralS(min), n)
	case n > max && min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", fname, max, pluralS(max), n)
	case n > max:
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, pluralS(max), n)
	}
	return nil
}

// checkOne is METH_O's check: exactly one positional argument.
func checkOne(fname string, args []Value, kwnames []string) error {
	if err := noKwargs(fname, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return nil
}

// checkMethodArgs checks a method's arguments after self: between min and
// max positional arguments, no keywords.
func checkMethodArgs(fname string, args []Value, kwnames []string, min, max int) error {
	if err := noKwargs(fname, kwnames); err != nil {
		return err
	}
	n := len(args) - 1
	switch {
	case n < 0:
		return Errorf(TypeErrorType, "descriptor '%s' needs an argument", fname)
	case max == 0 && n > 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == 1 && max == 1 && n != 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, pluralS(min), n)
	case n > max:
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, pluralS(max), n)
	}
	return nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// typeName is the name used in "must be X, not Y" messages.
func typeName(v Value) string { return TypeOf(v).Name }

// mustBe is the TypeError "%s must be %s, not %s".
func mustBe(what, want string, v Value) error {
	return Errorf(TypeErrorType, "%s must be %s, not %s", what, want, typeName(v))
}

var _ = fmt.Sprint
