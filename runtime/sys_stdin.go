package runtime

// This file defines sys.stdin: a readable text stream over the
// interpreter's standard input.

import (
	"bufio"
	"io"
	"strings"
)

// StdinStream is sys.stdin.
type StdinStream struct{}

// StdinType is the type of sys.stdin.
var StdinType = &Type{Name: "TextIOWrapper", Module: "_io", flags: flagFinal}

// Type returns the stream type.
func (s *StdinStream) Type() *Type { return StdinType }

// stdinReader returns the interpreter's buffered standard input.
func (t *Thread) stdinReader() *bufio.Reader {
	in := t.interp
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.stdin == nil {
		in.stdin = bufio.NewReader(in.Stdin)
	}
	return in.stdin
}

func init() {
	StdinType.AddMethod("read", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		r := t.stdinReader()
		if len(args) > 1 && !args[1].IsNone() {
			n, ok := AsInt64(args[1])
			if ok && n >= 0 {
				var b strings.Builder
				for i := int64(0); i < n; i++ {
					c, _, err := r.ReadRune()
					if err != nil {
						break
					}
					b.WriteRune(c)
				}
				return NewStr(b.String()), nil
			}
		}
		b, err := io.ReadAll(r)
		if err != nil {
			return Value{}, Errorf(OSErrorType, "%s", err.Error())
		}
		return NewStr(string(b)), nil
	})
	readline := func(t *Thread) (string, error) {
		s, err := t.stdinReader().ReadString('\n')
		if err != nil && err != io.EOF {
			return "", Errorf(OSErrorType, "%s", err.Error())
		}
		return s, nil
	}
	StdinType.AddMethod("readline", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := readline(t)
		if err != nil {
			return Value{}, err
		}
		return NewStr(s), nil
	})
	StdinType.AddMethod("readlines", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		var lines []Value
		for {
			s, err := readline(t)
			if err != nil {
				return Value{}, err
			}
			if s == "" {
				return FromObject(NewList(lines)), nil
			}
			lines = append(lines, NewStr(s))
		}
	})
	StdinType.AddMethod("isatty", func(t *Thread, args []Value, kwnames []string) (Value, error) { return False, nil })
	StdinType.AddMethod("fileno", func(t *Thread, args []Value, kwnames []string) (Value, error) { return Int(0), nil })
	StdinType.Slots.Iter = func(t *Thread, v Value) (Value, error) { return v, nil }
	StdinType.Slots.Next = func(t *Thread, v Value) (Value, error) {
		s, err := readline(t)
		if err != nil || s == "" {
			return Value{}, err
		}
		return NewStr(s), nil
	}
	StdinType.Slots.Repr = func(t *Thread, v Value) (string, error) {
		return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>", nil
	}
}
