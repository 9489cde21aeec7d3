// This file defines Dump, which prints a tree exactly as Python's
// ast.dump(tree) does, so that tests can compare with CPython's output.

package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pystm/pystm/compiler/bytecode"
)

// Dump returns the tree rooted at n (a *Module, Stmt, Expr, Pattern or
// helper node) in the format of Python's ast.dump with default arguments.
func Dump(n any) string {
	var b strings.Builder
	dump(&b, n)
	return b.String()
}

// field is one "name=value" of a node; omitted when opt and the value is
// absent, as ast.dump leaves out optional fields that are None.
type field struct {
	name string
	val  any
	opt  bool
}

func node(b *strings.Builder, name string, fields ...field) {
	b.WriteString(name)
	b.WriteByte('(')
	first := true
	for _, f := range fields {
		if f.opt && isAbsent(f.val) {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(f.name)
		b.WriteByte('=')
		dump(b, f.val)
	}
	b.WriteByte(')')
}

func isAbsent(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case Expr:
		return isNilNode(x)
	case *Arg:
		return x == nil
	case Pattern:
		return isNilPattern(x)
	}
	return false
}

func isNilNode(e Expr) bool {
	if e == nil {
		return true
	}
	switch x := e.(type) {
	case *JoinedStr:
		return x == nil
	}
	return false
}

func isNilPattern(p Pattern) bool { return p == nil }

// pyList marks a list of strings to be printed as a Python list of str.
type pyList []string

// rawVal is printed as is.
type rawVal string

var binOpNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift", "BitAnd", "BitOr", "BitXor"}
var unaryOpNames = [...]string{"USub", "UAdd", "Invert", "Not"}

func b2i(v bool) rawVal {
	if v {
		return "1"
	}
	return "0"
}

func dump(b *strings.Builder, n any) {
	switch x := n.(type) {
	case nil:
		b.WriteString("None")
	case rawVal:
		b.WriteString(string(x))
	case string:
		b.WriteString(pyRepr(x))
	case pyList:
		b.WriteByte('[')
		for i, s := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(pyRepr(s))
		}
		b.WriteByte(']')
	case int:
		b.WriteString(strconv.Itoa(x))
	case ExprContext:
		b.WriteString(x.String() + "()")
	case bytecode.BinOp:
		b.WriteString(binOpNames[x.Base()] + "()")
	case bytecode.UnaryOp:
		b.WriteString(unaryOpNames[x] + "()")
	case BoolOperator:
		if x == And {
			b.WriteString("And()")
		} else {
			b.WriteString("Or()")
		}
	case []CmpOp:
		b.WriteByte('[')
		for i, op := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(op.String() + "()")
		}
		b.WriteByte(']')
	case []Stmt:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []Expr:
		list(b, len(x), func(i int) {
			if x[i] == nil {
				b.WriteString("None")
			} else {
				dump(b, x[i])
			}
		})
	case []Pattern:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*Arg:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*Keyword:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*Alias:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*WithItem:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*Comprehension:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*ExceptHandler:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	case []*MatchCase:
		list(b, len(x), func(i int) { dump(b, x[i]) })
	default:
		dumpNode(b, n)
	}
}

func list(b *strings.Builder, n int, item func(int)) {
	b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		item(i)
	}
	b.WriteByte(']')
}

func optExpr(e Expr) any {
	if e == nil {
		return nil
	}
	return e
}

func optArg(a *Arg) any {
	if a == nil {
		return nil
	}
	return a
}

func dumpNode(b *strings.Builder, n any) {
	switch x := n.(type) {
	case *Module:
		node(b, "Module", field{"body", x.Body, false}, field{"type_ignores", rawVal("[]"), false})
	case *FunctionDef:
		node(b, "FunctionDef", field{"name", x.Name, false}, field{"args", x.Args, false}, field{"body", x.Body, false},
			field{"decorator_list", x.DecoratorList, false}, field{"returns", optExpr(x.Returns), true})
	case *AsyncFunctionDef:
		node(b, "AsyncFunctionDef", field{"name", x.Name, false}, field{"args", x.Args, false}, field{"body", x.Body, false},
			field{"decorator_list", x.DecoratorList, false}, field{"returns", optExpr(x.Returns), true})
	case *ClassDef:
		node(b, "ClassDef", field{"name", x.Name, false}, field{"bases", x.Bases, false}, field{"keywords", x.Keywords, false},
			field{"body", x.Body, false}, field{"decorator_list", x.DecoratorList, false})
	case *Return:
		node(b, "Return", field{"value", optExpr(x.Value), true})
	case *Delete:
		node(b, "Delete", field{"targets", x.Targets, false})
	case *Assign:
		node(b, "Assign", field{"targets", x.Targets, false}, field{"value", x.Value, false})
	case *AugAssign:
		node(b, "AugAssign", field{"target", x.Target, false}, field{"op", x.Op, false}, field{"value", x.Value, false})
	case *AnnAssign:
		node(b, "AnnAssign", field{"target", x.Target, false}, field{"annotation", x.Annotation, false},
			field{"value", optExpr(x.Value), true}, field{"simple", b2i(x.Simple), false})
	case *For:
		node(b, "For", field{"target", x.Target, false}, field{"iter", x.Iter, false}, field{"body", x.Body, false}, field{"orelse", x.Orelse, false})
	case *AsyncFor:
		node(b, "AsyncFor", field{"target", x.Target, false}, field{"iter", x.Iter, false}, field{"body", x.Body, false}, field{"orelse", x.Orelse, false})
	case *While:
		node(b, "While", field{"test", x.Test, false}, field{"body", x.Body, false}, field{"orelse", x.Orelse, false})
	case *If:
		node(b, "If", field{"test", x.Test, false}, field{"body", x.Body, false}, field{"orelse", x.Orelse, false})
	case *With:
		node(b, "With", field{"items", x.Items, false}, field{"body", x.Body, false})
	case *AsyncWith:
		node(b, "AsyncWith", field{"items", x.Items, false}, field{"body", x.Body, false})
	case *Match:
		node(b, "Match", field{"subject", x.Subject, false}, field{"cases", x.Cases, false})
	case *Raise:
		node(b, "Raise", field{"exc", optExpr(x.Exc), true}, field{"cause", optExpr(x.Cause), true})
	case *Try:
		node(b, "Try", field{"body", x.Body, false}, field{"handlers", x.Handlers, false}, field{"orelse", x.Orelse, false}, field{"finalbody", x.Finalbody, false})
	case *TryStar:
		node(b, "TryStar", field{"body", x.Body, false}, field{"handlers", x.Handlers, false}, field{"orelse", x.Orelse, false}, field{"finalbody", x.Finalbody, false})
	case *Assert:
		node(b, "Assert", field{"test", x.Test, false}, field{"msg", optExpr(x.Msg), true})
	case *Import:
		node(b, "Import", field{"names", x.Names, false})
	case *ImportFrom:
		node(b, "ImportFrom", field{"module", x.Module, true}, field{"names", x.Names, false}, field{"level", x.Level, false})
	case *Global:
		node(b, "Global", field{"names", pyList(x.Names), false})
	case *Nonlocal:
		node(b, "Nonlocal", field{"names", pyList(x.Names), false})
	case *ExprStmt:
		node(b, "Expr", field{"value", x.Value, false})
	case *Pass:
		b.WriteString("Pass()")
	case *Break:
		b.WriteString("Break()")
	case *Continue:
		b.WriteString("Continue()")
	case *BoolOp:
		node(b, "BoolOp", field{"op", x.Op, false}, field{"values", x.Values, false})
	case *NamedExpr:
		node(b, "NamedExpr", field{"target", x.Target, false}, field{"value", x.Value, false})
	case *BinOp:
		node(b, "BinOp", field{"left", x.Left, false}, field{"op", x.Op, false}, field{"right", x.Right, false})
	case *UnaryOp:
		node(b, "UnaryOp", field{"op", x.Op, false}, field{"operand", x.Operand, false})
	case *Lambda:
		node(b, "Lambda", field{"args", x.Args, false}, field{"body", x.Body, false})
	case *IfExp:
		node(b, "IfExp", field{"test", x.Test, false}, field{"body", x.Body, false}, field{"orelse", x.Orelse, false})
	case *Dict:
		node(b, "Dict", field{"keys", x.Keys, false}, field{"values", x.Values, false})
	case *Set:
		node(b, "Set", field{"elts", x.Elts, false})
	case *ListComp:
		node(b, "ListComp", field{"elt", x.Elt, false}, field{"generators", x.Generators, false})
	case *SetComp:
		node(b, "SetComp", field{"elt", x.Elt, false}, field{"generators", x.Generators, false})
	case *DictComp:
		node(b, "DictComp", field{"key", x.Key, false}, field{"value", x.Value, false}, field{"generators", x.Generators, false})
	case *GeneratorExp:
		node(b, "GeneratorExp", field{"elt", x.Elt, false}, field{"generators", x.Generators, false})
	case *Await:
		node(b, "Await", field{"value", x.Value, false})
	case *Yield:
		node(b, "Yield", field{"value", optExpr(x.Value), true})
	case *YieldFrom:
		node(b, "YieldFrom", field{"value", x.Value, false})
	case *Compare:
		node(b, "Compare", field{"left", x.Left, false}, field{"ops", x.Ops, false}, field{"comparators", x.Comparators, false})
	case *Call:
		node(b, "Call", field{"func", x.Func, false}, field{"args", x.Args, false}, field{"keywords", x.Keywords, false})
	case *FormattedValue:
		node(b, "FormattedValue", field{"value", x.Value, false}, field{"conversion", x.Conversion, false}, field{"format_spec", optExpr(x.FormatSpec), true})
	case *JoinedStr:
		node(b, "JoinedStr", field{"values", x.Values, false})
	case *Constant:
		node(b, "Constant", field{"value", rawVal(constRepr(x.Value)), false}, field{"kind", x.Kind, true})
	case *Attribute:
		node(b, "Attribute", field{"value", x.Value, false}, field{"attr", x.Attr, false}, field{"ctx", x.Ctx, false})
	case *Subscript:
		node(b, "Subscript", field{"value", x.Value, false}, field{"slice", x.Slice, false}, field{"ctx", x.Ctx, false})
	case *Starred:
		node(b, "Starred", field{"value", x.Value, false}, field{"ctx", x.Ctx, false})
	case *Name:
		node(b, "Name", field{"id", x.Id, false}, field{"ctx", x.Ctx, false})
	case *List:
		node(b, "List", field{"elts", x.Elts, false}, field{"ctx", x.Ctx, false})
	case *Tuple:
		node(b, "Tuple", field{"elts", x.Elts, false}, field{"ctx", x.Ctx, false})
	case *Slice:
		node(b, "Slice", field{"lower", optExpr(x.Lower), true}, field{"upper", optExpr(x.Upper), true}, field{"step", optExpr(x.Step), true})
	case *Arguments:
		node(b, "arguments", field{"posonlyargs", x.Posonlyargs, false}, field{"args", x.Args, false}, field{"vararg", optArg(x.Vararg), true},
			field{"kwonlyargs", x.Kwonlyargs, false}, field{"kw_defaults", x.KwDefaults, false}, field{"kwarg", optArg(x.Kwarg), true},
			field{"defaults", x.Defaults, false})
	case *Arg:
		node(b, "arg", field{"arg", x.Arg, false}, field{"annotation", optExpr(x.Annotation), true})
	case *Keyword:
		node(b, "keyword", field{"arg", x.Arg, true}, field{"value", x.Value, false})
	case *Alias:
		node(b, "alias", field{"name", x.Name, false}, field{"asname", x.Asname, true})
	case *WithItem:
		node(b, "withitem", field{"context_expr", x.ContextExpr, false}, field{"optional_vars", optExpr(x.OptionalVars), true})
	case *Comprehension:
		node(b, "comprehension", field{"target", x.Target, false}, field{"iter", x.Iter, false}, field{"ifs", x.Ifs, false}, field{"is_async", b2i(x.IsAsync), false})
	case *ExceptHandler:
		node(b, "ExceptHandler", field{"type", optExpr(x.Type), true}, field{"name", x.Name, true}, field{"body", x.Body, false})
	case *MatchCase:
		node(b, "match_case", field{"pattern", x.Pattern, false}, field{"guard", optExpr(x.Guard), true}, field{"body", x.Body, false})
	case *MatchValue:
		node(b, "MatchValue", field{"value", x.Value, false})
	case *MatchSingleton:
		node(b, "MatchSingleton", field{"value", rawVal(constRepr(x.Value)), false})
	case *MatchSequence:
		node(b, "MatchSequence", field{"patterns", x.Patterns, false})
	case *MatchMapping:
		node(b, "MatchMapping", field{"keys", x.Keys, false}, field{"patterns", x.Patterns, false}, field{"rest", x.Rest, true})
	case *MatchClass:
		node(b, "MatchClass", field{"cls", x.Cls, false}, field{"patterns", x.Patterns, false}, field{"kwd_attrs", pyList(x.KwdAttrs), false}, field{"kwd_patterns", x.KwdPatterns, false})
	case *MatchStar:
		node(b, "MatchStar", field{"name", x.Name, true})
	case *MatchAs:
		var pat any
		if x.Pattern != nil {
			pat = x.Pattern
		}
		node(b, "MatchAs", field{"pattern", pat, true}, field{"name", x.Name, true})
	case *MatchOr:
		node(b, "MatchOr", field{"patterns", x.Patterns, false})
	default:
		fmt.Fprintf(b, "<%T>", n)
	}
}

// constRepr returns Python's repr of a constant value.
func constRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return floatRepr(x)
	case complex128:
		im := strings.TrimSuffix(floatRepr(imag(x)), ".0")
		if real(x) == 0 && !math.Signbit(real(x)) {
			return im + "j"
		}
		sign := "+"
		if imag(x) < 0 || math.Signbit(imag(x)) {
			sign = ""
		}
		return "(" + strings.TrimSuffix(floatRepr(real(x)), ".0") + sign + im + "j)"
	case string:
		return pyRepr(x)
	case []byte:
		return bytesRepr(x)
	case Ellipsis:
		return "Ellipsis"
	}
	return fmt.Sprint(v)
}

// floatRepr formats f as Python's repr(float): the shortest digits that
// round-trip, in scientific notation below 1e-4 and from 1e16 on.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	if exp < -4 || exp >= 16 {
		sign := "+"
		if exp < 0 {
			sign, exp = "-", -exp
		}
		return fmt.Sprintf("%se%s%02d", mant, sign, exp)
	}
	s = strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

// pyRepr returns Python's repr of a str held as (generalised) UTF-8.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			// a surrogate in generalised UTF-8, or a stray byte
			if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 {
				cp := rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				fmt.Fprintf(&b, "\\u%04x", cp)
				i += 3
				continue
			}
			fmt.Fprintf(&b, "\\x%02x", s[i])
			i++
			continue
		}
		i += n
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x7f:
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, "\\x%02x", r)
			case r <= 0xffff:
				fmt.Fprintf(&b, "\\u%04x", r)
			default:
				fmt.Fprintf(&b, "\\U%08x", r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func bytesRepr(s []byte) string {
	q := byte('\'')
	if strings.IndexByte(string(s), '\'') >= 0 && strings.IndexByte(string(s), '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
