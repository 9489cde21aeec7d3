package runtime

import (
	"strconv"
	"strings"
	"testing"

	"github.com/pystm/pystm/compiler/bytecode"
)

// litParser parses the reprs of str, int, float, None, bool, tuple, list
// and dict that gen_calls.py writes.
type litParser struct {
	tb testing.TB
	t  *Thread
	s  string
	i  int
}

func (p *litParser) skip() {
	for p.i < len(p.s) && p.s[p.i] == ' ' {
		p.i++
	}
}

func (p *litParser) value() Value {
	p.skip()
	c := p.s[p.i]
	if strings.HasPrefix(p.s[p.i:], "b'") || strings.HasPrefix(p.s[p.i:], "b\"") {
		p.i++
		return NewBytes(fromLatin1(p.str()))
	}
	if strings.HasPrefix(p.s[p.i:], "range(") {
		p.i += len("range")
		parts := p.value().obj.(*Tuple).items
		if len(parts) == 2 {
			parts = append(parts, Int(1))
		}
		return NewRange(parts[0].AsInt(), parts[1].AsInt(), parts[2].AsInt())
	}
	if strings.HasPrefix(p.s[p.i:], "slice(") {
		p.i += len("slice")
		parts := p.value().obj.(*Tuple).items
		return NewSlice(parts[0], parts[1], parts[2])
	}
	switch {
	case c == '\'' || c == '"':
		return NewStr(p.str())
	case c == '(' || c == '[':
		close := byte(')')
		if c == '[' {
			close = ']'
		}
		p.i++
		var items []Value
		for {
			p.skip()
			if p.s[p.i] == close {
				p.i++
				break
			}
			items = append(items, p.value())
			p.skip()
			if p.s[p.i] == ',' {
				p.i++
			}
		}
		if c == '[' {
			return FromObject(NewList(items))
		}
		return NewTuple(items)
	case c == '{':
		p.i++
		d := NewDict()
		var set *Set
		for {
			p.skip()
			if p.s[p.i] == '}' {
				p.i++
				break
			}
			k := p.value()
			p.skip()
			if set != nil || p.s[p.i] != ':' {
				// A set display: {1, 2}.
				if set == nil {
					set = NewSet()
				}
				set.Add(p.t, k)
				if p.s[p.i] == ',' {
					p.i++
				}
				continue
			}
			p.i++ // ':'
			v := p.value()
			if err := d.SetItem(p.t, k, v); err != nil {
				p.tb.Fatal(err)
			}
			p.skip()
			if p.s[p.i] == ',' {
				p.i++
			}
		}
		if set != nil {
			return FromObject(set)
		}
		return FromObject(d)
	}
	if strings.HasPrefix(p.s[p.i:], "set()") {
		p.i += len("set()")
		return FromObject(NewSet())
	}
	if strings.HasPrefix(p.s[p.i:], "frozenset(") {
		p.i += len("frozenset(")
		f := NewFrozenSet()
		if p.s[p.i] != ')' {
			f.Update(p.t, p.value())
		}
		p.i++
		return FromObject(f)
	}
	j := p.i
	for j < len(p.s) && !strings.ContainsRune(",)]}: ", rune(p.s[j])) {
		j++
	}
	tok := p.s[p.i:j]
	p.i = j
	switch tok {
	case "None":
		return None
	case "True":
		return True
	case "False":
		return False
	case "inf", "-inf", "nan":
		return parsePyLiteral(p.tb, "float", tok)
	}
	if n, err := strconv.ParseInt(tok, 10, 64); err == nil {
		return Int(n)
	}
	if strings.ContainsAny(tok, ".e") {
		return parsePyLiteral(p.tb, "float", tok)
	}
	return parsePyLiteral(p.tb, "int", tok)
}

// str parses a quoted Python string literal.
func (p *litParser) str() string {
	q := p.s[p.i]
	p.i++
	var b strings.Builder
	for p.s[p.i] != q {
		c := p.s[p.i]
		if c != '\\' {
			b.WriteByte(c)
			p.i++
			continue
		}
		e := p.s[p.i+1]
		p.i += 2
		switch e {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			r, _ := strconv.ParseUint(p.s[p.i:p.i+n], 16, 32)
			b.Write(AppendCodePoint(nil, rune(r)))
			p.i += n
		default:
			b.WriteByte(e)
		}
	}
	p.i++
	return b.String()
}

func parseLit(tb testing.TB, t *Thread, s string) Value {
	p := &litParser{tb: tb, t: t, s: s}
	return p.value()
}

// TestMethodCallsMatchCPython replays calls.txt (gen_calls.py): str, list
// and tuple methods, % formatting and str.format, results and errors.
func TestMethodCallsMatchCPython(t *testing.T) {
	th := newTestThread()
	for i, line := range readLines(t, "calls.txt") {
		f := strings.Split(line, "\t")
		recv := parseLit(t, th, f[0])
		meth := f[1]
		args := parseLit(t, th, f[2]).obj.(*Tuple).items
		kwd := parseLit(t, th, f[3]).obj.(*Dict)
		want := f[4]
		var res Value
		var err error
		if meth == "%" {
			res, err = TypeOf(recv).slots().Binary[bytecode.OpMod](th, recv, args[0])
		} else {
			fn, ok := TypeOf(recv).Lookup(meth)
			if !ok {
				t.Errorf("line %d: no method %s", i+1, meth)
				continue
			}
			keys, vals := kwd.Entries(th)
			var kwnames []string
			for _, k := range keys {
				s, _ := AsString(k)
				kwnames = append(kwnames, s)
			}
			self := recv
			if cm, ok := fn.obj.(*ClassMethod); ok {
				fn, self = cm.Func, FromObject(TypeOf(recv))
			}
			all := append(append([]Value{self}, args...), vals...)
			res, err = fn.obj.(*BuiltinFunction).Fn(th, all, kwnames)
			if err == nil && res.IsNone() {
				if _, isList := recv.obj.(*List); isList {
					res = NewTuple([]Value{NewStr("None"), recv})
				}
			}
		}
		var got string
		if err != nil {
			got = "ERR " + errText(err)
		} else {
			got = "OK " + mustRepr(t, th, res)
		}
		if got != want {
			t.Errorf("line %d: %s.%s%s %s:\n got %q\nwant %q", i+1, f[0], meth, f[2], f[3], got, want)
		}
	}
}
