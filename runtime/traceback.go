package runtime

// This file defines how an uncaught exception is printed, exactly as
// CPython 3.11 prints it: the chain of causes and contexts first, each
// with its traceback (the source line of each entry when the file can be
// read) and its last line "module.Type: message".

import (
	"os"
	"strings"
)

// PrintException writes exc and the exceptions it chains to, as CPython's
// default excepthook does.
func (t *Thread) PrintException(exc *Exception) {
	var b strings.Builder
	seen := map[*Exception]bool{}
	t.formatChain(&b, exc, seen)
	_, _ = t.Stderr().Write([]byte(b.String()))
}

func (t *Thread) formatChain(b *strings.Builder, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if exc.Cause != nil && !seen[exc.Cause] {
		t.formatChain(b, exc.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.Context != nil && !exc.SuppressContext && !seen[exc.Context] {
		t.formatChain(b, exc.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	t.formatOne(b, exc)
}

func (t *Thread) formatOne(b *strings.Builder, exc *Exception) {
	if exc.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		// As CPython, a run of more than three identical entries prints
		// three and a count of the rest.
		var last *Traceback
		repeat := 0
		flush := func() {
			if repeat > 3 {
				n := repeat - 3
				s := "s"
				if n == 1 {
					s = ""
				}
				b.WriteString("  [Previous line repeated " + itoa(int64(n)) + " more time" + s + "]\n")
			}
		}
		for tb := exc.Traceback; tb != nil; tb = tb.Next {
			if last != nil && last.Filename == tb.Filename && last.Line == tb.Line && last.Name == tb.Name {
				repeat++
			} else {
				flush()
				repeat = 1
			}
			last = tb
			if repeat > 3 {
				continue
			}
			b.WriteString("  File \"" + tb.Filename + "\", line " + itoa(int64(tb.Line)) + ", in " + tb.Name + "\n")
			if line, ok := t.sourceLine(tb.Filename, tb.Line); ok {
				b.WriteString("    " + line + "\n")
			}
		}
		flush()
	}
	if exc.Matches(SyntaxErrorType) {
		t.formatSyntaxError(b, exc)
		return
	}
	b.WriteString(t.exceptionLine(exc) + "\n")
	t.formatNotes(b, exc)
}

// formatNotes prints the exception's __notes__, one per line.
func (t *Thread) formatNotes(b *strings.Builder, exc *Exception) {
	notes, err := GetAttr(t, FromObject(exc), "__notes__")
	if err != nil {
		return
	}
	items, err := iterate(t, notes)
	if err != nil {
		return
	}
	for _, n := range items {
		s, ok := AsString(n)
		if !ok {
			if s, err = Repr(t, n); err != nil {
				s = "<note str() failed>"
			}
		}
		b.WriteString(s + "\n")
	}
}

// exceptionLine is the last line of a traceback: "Type: message".
func (t *Thread) exceptionLine(exc *Exception) string {
	typ := exc.Type()
	name := typ.QualName()
	if mod := typ.ModuleName(); mod != "builtins" && mod != "__main__" && mod != "" {
		name = mod + "." + name
	}
	msg, err := StrOf(t, FromObject(exc))
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func (t *Thread) formatSyntaxError(b *strings.Builder, exc *Exception) {
	get := func(name string) Value { return exc.GetField(name) }
	filename, _ := AsString(get("filename"))
	line := get("lineno")
	if filename == "" {
		filename = "<string>"
	}
	if line.IsInt() {
		b.WriteString("  File \"" + filename + "\", line " + itoa(line.AsInt()) + "\n")
		text, _ := AsString(get("text"))
		text = strings.TrimRight(text, "\r\n")
		if strings.TrimSpace(text) != "" {
			b.WriteString("    " + strings.TrimLeft(text, " \t\f") + "\n")
		}
	}
	msg, _ := AsString(get("msg"))
	if msg == "" && len(exc.Args) > 0 {
		msg, _ = AsString(exc.Args[0])
	}
	typ := exc.Type()
	name := typ.QualName()
	if mod := typ.ModuleName(); mod != "builtins" && mod != "__main__" && mod != "" {
		name = mod + "." + name
	}
	b.WriteString(name + ": " + msg + "\n")
}

// sourceLine returns line n of filename with surrounding whitespace
// removed, reading the file once per interpreter.
func (t *Thread) sourceLine(filename string, n int) (string, bool) {
	if strings.HasPrefix(filename, "<") {
		return "", false
	}
	in := t.interp
	in.mu.Lock()
	lines, ok := in.sources[filename]
	if !ok {
		src, err := os.ReadFile(filename)
		if err == nil {
			lines = strings.Split(string(src), "\n")
		}
		if in.sources == nil {
			in.sources = map[string][]string{}
		}
		in.sources[filename] = lines
	}
	in.mu.Unlock()
	if n < 1 || n > len(lines) {
		return "", false
	}
	s := strings.TrimSpace(lines[n-1])
	if s == "" {
		return "", false
	}
	return s, true
}
