package runtime

// This file defines _traceback, the Go half of the traceback, warnings
// and linecache modules (lib/*.py): the entries of a traceback object and
// of the running thread's stack, source lines as tracebacks show them,
// and the last lines of a formatted exception — the same code
// (traceback.go) that prints uncaught exceptions, so the two cannot
// disagree.

import "strings"

// entryTuple is (filename, lineno, name).
func entryTuple(filename string, line int, name string) Value {
	return NewTuple([]Value{NewStr(filename), Int(int64(line)), NewStr(name)})
}

func newTracebackHelperModule() *Module {
	m := NewModule("_traceback")
	d := m.Dict
	def := func(name string, fn posixFn) { d.SetStr(name, NewBuiltin(name, fn)) }
	// tb_entries(tb): the (filename, lineno, name) of each traceback
	// entry, outermost first.
	def("tb_entries", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("tb_entries", args, kw); err != nil {
			return Value{}, err
		}
		var items []Value
		if !args[0].IsNone() {
			tb, ok := args[0].obj.(*Traceback)
			if !ok {
				return Value{}, Errorf(TypeErrorType, "'%s' object is not a traceback", typeName(args[0]))
			}
			for ; tb != nil; tb = tb.Next {
				items = append(items, entryTuple(tb.Filename, tb.Line, tb.Name))
			}
		}
		return FromObject(NewList(items)), nil
	})
	// stack(skip): the entries of the running thread's frames, outermost
	// first, without the skip innermost ones.
	def("stack", func(t *Thread, args []Value, kw []string) (Value, error) {
		skip := int64(0)
		if len(args) == 1 {
			var err error
			if skip, err = ioIntArg(args[0]); err != nil {
				return Value{}, err
			}
		}
		var items []Value
		for f := t.frame; f != nil; f = f.back {
			if skip > 0 {
				skip--
				continue
			}
			items = append(items, entryTuple(f.bc.Filename, f.line(), f.bc.Name))
		}
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return FromObject(NewList(items)), nil
	})
	// caller(level): (filename, lineno, globals) of the frame level
	// steps out from the caller of the Python function that calls this
	// (warnings.warn's stacklevel); None past the outermost frame.
	def("caller", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("caller", args, kw); err != nil {
			return Value{}, err
		}
		level, err := ioIntArg(args[0])
		if err != nil {
			return Value{}, err
		}
		f := t.frame
		for ; f != nil && level > 0; level-- {
			f = f.back
		}
		if f == nil {
			return None, nil
		}
		return NewTuple([]Value{NewStr(f.bc.Filename), Int(int64(f.line())), FromObject(f.globals)}), nil
	})
	// getline(filename, lineno): the source line with its indentation
	// and newline removed, or "".
	def("getline", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := ioArgs("getline", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		name, ok := AsString(args[0])
		if !ok {
			return NewStr(""), nil
		}
		n, ok := AsInt64(args[1])
		if !ok {
			return NewStr(""), nil
		}
		line, _ := t.sourceLine(name, int(n))
		return NewStr(line), nil
	})
	// getlines(filename): the lines of a source file (or of a frozen
	// module) with their newlines, [] when it cannot be read.
	def("getlines", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("getlines", args, kw); err != nil {
			return Value{}, err
		}
		name, ok := AsString(args[0])
		if !ok {
			return FromObject(NewList(nil)), nil
		}
		t.sourceLine(name, 1) // reads the file into the interpreter's cache
		in := t.interp
		in.mu.Lock()
		lines := in.sources[name]
		in.mu.Unlock()
		items := make([]Value, 0, len(lines))
		for i, l := range lines {
			if i == len(lines)-1 {
				if l != "" {
					items = append(items, NewStr(l))
				}
				break
			}
			items = append(items, NewStr(l+"\n"))
		}
		return FromObject(NewList(items)), nil
	})
	// exception_only(exc): the lines that end a printed traceback
	// ("Type: message", a SyntaxError's location, the notes), each
	// ending in a newline.
	def("exception_only", func(t *Thread, args []Value, kw []string) (Value, error) {
		if err := checkOne("exception_only", args, kw); err != nil {
			return Value{}, err
		}
		exc, ok := AsException(args[0])
		if !ok {
			return Value{}, Errorf(TypeErrorType, "exception_only() expects an exception, not %s", typeName(args[0]))
		}
		var b strings.Builder
		if exc.Matches(SyntaxErrorType) {
			t.formatSyntaxError(&b, exc)
		} else {
			b.WriteString(t.exceptionLine(exc) + "\n")
			t.formatNotes(&b, exc)
		}
		var items []Value
		for _, line := range strings.SplitAfter(b.String(), "\n") {
			if line != "" {
				items = append(items, NewStr(line))
			}
		}
		return FromObject(NewList(items)), nil
	})
	return m
}

func init() {
	registerBuiltin("_traceback", func(t *Thread) (*Module, error) { return newTracebackHelperModule(), nil })
}
