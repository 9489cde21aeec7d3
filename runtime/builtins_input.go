package runtime

// This file defines input() for programs that replaced sys.stdin or
// sys.stdout (io.StringIO, contextlib.redirect_stdout): as CPython's
// builtin_input does when the streams are not the console, the prompt is
// written with sys.stdout.write, sys.stdout is flushed, and the line comes
// from sys.stdin.readline(). With the standard streams in place, input()
// keeps its direct path (builtins.go).

// inputFromSys runs input() through the sys streams when the program has
// replaced one of them; handled is false when both are the standard ones.
func inputFromSys(t *Thread, args []Value) (v Value, handled bool, err error) {
	d := t.interp.sys.Dict
	fin, _ := d.GetStr("stdin")
	fout, _ := d.GetStr("stdout")
	_, stdIn := fin.obj.(*StdStream)
	_, stdOut := fout.obj.(*StdStream)
	if stdIn && stdOut {
		return Value{}, false, nil
	}
	for _, s := range []struct {
		v    Value
		name string
	}{{fin, "stdin"}, {fout, "stdout"}} {
		if !s.v.IsValid() || s.v.IsNone() {
			return Value{}, true, Errorf(RuntimeErrorType, "input(): lost sys.%s", s.name)
		}
	}
	if len(args) == 1 {
		s, err := StrOf(t, args[0])
		if err != nil {
			return Value{}, true, err
		}
		if _, err := inputCallMethod(t, fout, "write", NewStr(s)); err != nil {
			return Value{}, true, err
		}
	}
	if _, err := inputCallMethod(t, fout, "flush"); err != nil {
		return Value{}, true, err
	}
	line, err := inputCallMethod(t, fin, "readline")
	if err != nil {
		return Value{}, true, err
	}
	s, ok := line.obj.(*Str)
	if !ok {
		return Value{}, true, Errorf(TypeErrorType, "object.readline() returned non-string")
	}
	if s.s == "" {
		return Value{}, true, Errorf(EOFErrorType, "EOF when reading a line")
	}
	if n := len(s.s); s.s[n-1] == '\n' {
		return NewStr(s.s[:n-1]), true, nil
	}
	return line, true, nil
}

// inputCallMethod calls v.name(args...).
func inputCallMethod(t *Thread, v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(t, v, name)
	if err != nil {
		return Value{}, err
	}
	return t.Call(m, args, nil)
}
