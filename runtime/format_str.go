package runtime

import (
	"strconv"
	"strings"
)

// This file implements str.format and str.format_map.

// formatter holds the state of one str.format call.
type formatter struct {
	t    *Thread
	args []Value
	kw   func(name string) (Value, bool, error)
	auto int // next automatic index; -1 once manual numbering is used
	mode int // 0 unknown, 1 auto, 2 manual
}

// vformat expands format; depth limits nested replacement fields in specs.
func (f *formatter) vformat(format string, depth int) (string, error) {
	if depth < 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		if c == '}' {
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := strings.IndexAny(format[i:], "{}")
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		if i+1 < len(format) && format[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 == len(format) {
			return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		// Find the matching '}' (specs may nest one level of braces).
		// In the field name, brackets protect every character; a '{'
		// outside them is an error. After ':' or '!' braces nest.
		depthB, j := 1, i+1
		inName, inBracket := true, false
		for j < len(format) && depthB > 0 {
			c := format[j]
			j++
			if inName {
				switch {
				case inBracket:
					inBracket = c != ']'
				case c == '[':
					inBracket = true
				case c == ':' || c == '!':
					inName = false
				case c == '{':
					return "", Errorf(ValueErrorType, "unexpected '{' in field name")
				case c == '}':
					depthB--
				}
				continue
			}
			switch c {
			case '{':
				depthB++
			case '}':
				depthB--
			}
		}
		if depthB > 0 {
			return "", Errorf(ValueErrorType, "expected '}' before end of string")
		}
		field := format[i+1 : j-1]
		i = j
		s, err := f.field(field, depth)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// field expands one replacement field "name!conv:spec".
func (f *formatter) field(field string, depth int) (string, error) {
	// The name ends at the first '!' or ':' outside brackets.
	end := len(field)
	inBracket := false
	for k := 0; k < len(field); k++ {
		c := field[k]
		if c == '[' {
			inBracket = true
		} else if c == ']' {
			inBracket = false
		} else if !inBracket && (c == '!' || c == ':') {
			end = k
			break
		}
	}
	name, rest := field[:end], field[end:]
	conv := byte(0)
	spec := ""
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", Errorf(ValueErrorType, "expected ':' after conversion specifier")
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	v, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r', 'a':
		r, err := Repr(f.t, v)
		if err != nil {
			return "", err
		}
		if conv == 'a' {
			r = asciiEscape(r)
		}
		v = NewStr(r)
	case 's':
		s, err := StrOf(f.t, v)
		if err != nil {
			return "", err
		}
		v = NewStr(s)
	default:
		return "", Errorf(ValueErrorType, "Unknown conversion specifier %s", string(rune(conv)))
	}
	if strings.IndexByte(spec, '{') >= 0 {
		if spec, err = f.vformat(spec, depth-1); err != nil {
			return "", err
		}
	}
	return FormatValue(f.t, v, spec)
}

// lookup resolves a field name: first part, then .attr and [key] parts.
func (f *formatter) lookup(name string) (Value, error) {
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first, rest := name[:k], name[k:]
	var v Value
	if first == "" {
		if f.mode == 2 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		f.mode = 1
		idx := f.auto
		f.auto++
		if idx >= len(f.args) {
			return Value{}, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = f.args[idx]
	} else if n, err := strconv.Atoi(first); err == nil && first[0] != '-' && first[0] != '+' {
		if f.mode == 1 {
			return Value{}, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.mode = 2
		if n >= len(f.args) {
			return Value{}, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
		}
		v = f.args[n]
	} else {
		x, ok, err := f.kw(first)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, keyError(NewStr(first))
		}
		v = x
	}
	for rest != "" {
		var err error
		switch rest[0] {
		case '.':
			k := 1
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			attr := rest[1:k]
			if attr == "" {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			if v, err = GetAttr(f.t, v, attr); err != nil {
				return Value{}, err
			}
			rest = rest[k:]
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return Value{}, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:k]
			if key == "" {
				return Value{}, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var kv Value
			if n, err := strconv.Atoi(key); err == nil && key[0] != '-' && key[0] != '+' {
				kv = Int(int64(n))
			} else {
				kv = NewStr(key)
			}
			if v, err = GetItem(f.t, v, kv); err != nil {
				return Value{}, err
			}
			rest = rest[k+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return Value{}, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

func init() {
	StrType.AddMethod("format", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		npos := len(args) - len(kwnames)
		pos := args[1:npos]
		kwv := args[npos:]
		f := &formatter{t: t, args: pos, kw: func(name string) (Value, bool, error) {
			for i, k := range kwnames {
				if k == name {
					return kwv[i], true, nil
				}
			}
			return Value{}, false, nil
		}}
		r, err := f.vformat(args[0].obj.(*Str).s, 2)
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	})
	StrType.AddMethod("format_map", func(t *Thread, args []Value, kwnames []string) (Value, error) {
		if err := ctNoKwargs("str.format_map", args[1:], kwnames, 1, 1); err != nil {
			return Value{}, err
		}
		m := args[1]
		f := &formatter{t: t, kw: func(name string) (Value, bool, error) {
			v, err := GetItem(t, m, NewStr(name))
			if err != nil {
				return Value{}, false, err
			}
			return v, true, nil
		}}
		r, err := f.vformat(args[0].obj.(*Str).s, 2)
		if err != nil {
			return Value{}, err
		}
		return NewStr(r), nil
	})
}
