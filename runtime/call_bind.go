package runtime

// This file defines argument binding: the positional and keyword
// arguments of a call become the fast locals of the callee's frame, with
// CPython's TypeError messages for every mismatch.

import (
	"fmt"
	"strings"

	"github.com/pystm/pystm/compiler/bytecode"
)

// frameForCall makes the frame of a call to fn and binds its arguments.
func (t *Thread) frameForCall(fn *Function, args []Value, kwnames []string) (*Frame, error) {
	code := fn.code
	bc := code.bc
	f := t.newFrame(code, fn.globals, fn.builtins, nil)
	f.fn = fn
	npos := len(args) - len(kwnames)
	if len(kwnames) == 0 && npos == bc.ArgCount && bc.Flags&(bytecode.FlagVarargs|bytecode.FlagVarkeywords) == 0 && bc.KwOnlyCount == 0 {
		// Element by element: copy() is a typedslicecopy call, costly
		// for the usual two or three arguments.
		vals := f.vals[:len(args)]
		for i := range args {
			vals[i] = args[i]
		}
	} else if err := bindArgs(t, fn, f.vals, args[:npos], kwnames, args[npos:]); err != nil {
		return nil, err
	}
	if code.ncells > 0 {
		f.initCells(fn.closure)
	}
	return f, nil
}

func bindArgs(t *Thread, fn *Function, fast []Value, pos []Value, kwnames []string, kwvals []Value) error {
	bc := fn.code.bc
	nargs := bc.ArgCount
	nkwonly := bc.KwOnlyCount
	hasVarargs := bc.Flags&bytecode.FlagVarargs != 0
	hasVarkw := bc.Flags&bytecode.FlagVarkeywords != 0
	varargsSlot := nargs + nkwonly
	varkwSlot := varargsSlot
	if hasVarargs {
		varkwSlot++
	}
	var kwdict *Dict
	if hasVarkw {
		kwdict = NewDict()
		fast[varkwSlot] = FromObject(kwdict)
	}
	n := len(pos)
	if n > nargs {
		n = nargs
	}
	copy(fast, pos[:n])
	if hasVarargs {
		fast[varargsSlot] = NewTuple(append([]Value(nil), pos[n:]...))
	}
	var posOnlyAsKw []string
	for i, name := range kwnames {
		slot := -1
		for j := 0; j < nargs+nkwonly; j++ {
			if bc.VarNames[j] == name {
				slot = j
				break
			}
		}
		if slot >= 0 && slot < bc.PosOnlyCount {
			if hasVarkw {
				slot = -1
			} else {
				posOnlyAsKw = append(posOnlyAsKw, name)
				continue
			}
		}
		if slot < 0 {
			if !hasVarkw {
				return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn.QualName, name)
			}
			kwdict.SetStr(name, kwvals[i])
			continue
		}
		if fast[slot].IsValid() {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", fn.QualName, name)
		}
		fast[slot] = kwvals[i]
	}
	// As CPython, keyword errors come before too many positional ones.
	if !hasVarargs && len(pos) > nargs {
		return tooManyPositional(fn, len(pos), kwnames, kwvals)
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.QualName, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults for the missing positional parameters.
	if len(pos) < nargs {
		firstDefault := nargs - len(fn.defaults)
		var missing []string
		for j := len(pos); j < nargs; j++ {
			if fast[j].IsValid() {
				continue
			}
			if j >= firstDefault {
				fast[j] = fn.defaults[j-firstDefault]
			} else {
				missing = append(missing, bc.VarNames[j])
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if nkwonly > 0 {
		var missing []string
		for j := nargs; j < nargs+nkwonly; j++ {
			if fast[j].IsValid() {
				continue
			}
			if fn.kwdefaults != nil {
				if v, ok := fn.kwdefaults.GetStr(bc.VarNames[j]); ok {
					fast[j] = v
					continue
				}
			}
			missing = append(missing, bc.VarNames[j])
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", fn.QualName, len(names), kind, s, list)
}

func tooManyPositional(fn *Function, given int, kwnames []string, kwvals []Value) error {
	bc := fn.code.bc
	nargs := bc.ArgCount
	ndef := len(fn.defaults)
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", nargs-ndef, nargs)
	} else if nargs == 1 {
		takes = "1 positional argument"
	} else {
		takes = fmt.Sprintf("%d positional arguments", nargs)
	}
	kwonly := 0
	for _, name := range kwnames {
		for j := nargs; j < nargs+bc.KwOnlyCount; j++ {
			if bc.VarNames[j] == name {
				kwonly++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonly > 0 {
		s := "s"
		if kwonly == 1 {
			s = ""
		}
		ps := "s"
		if given == 1 {
			ps = ""
		}
		return Errorf(TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", fn.QualName, takes, given, ps, kwonly, s)
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", fn.QualName, takes, given, was)
}
