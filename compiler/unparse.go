package compiler

// This file defines unparse, which turns an expression back into source
// text as Python's ast.unparse does, for annotations under
// `from __future__ import annotations`.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

// Operator precedences, lowest first, as ast.unparse uses them.
const (
	precTuple = iota
	precYield
	precTest
	precOr
	precAnd
	precNot
	precCmp
	precBor
	precBxor
	precBand
	precShift
	precArith
	precTerm
	precFactor
	precPower
	precAwait
	precAtom
)

var binPrec = map[bytecode.BinOp]int{
	bytecode.OpOr: precBor, bytecode.OpXor: precBxor, bytecode.OpAnd: precBand,
	bytecode.OpLShift: precShift, bytecode.OpRShift: precShift,
	bytecode.OpAdd: precArith, bytecode.OpSub: precArith,
	bytecode.OpMul: precTerm, bytecode.OpMatMul: precTerm, bytecode.OpTrueDiv: precTerm,
	bytecode.OpFloorDiv: precTerm, bytecode.OpMod: precTerm, bytecode.OpPow: precPower,
}

var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func unparse(e syntax.Expr) string {
	var b strings.Builder
	unparseTo(&b, e, precTest)
	return b.String()
}

func unparseTo(b *strings.Builder, e syntax.Expr, prec int) {
	paren := func(p int, f func()) {
		if p < prec {
			b.WriteByte('(')
			f()
			b.WriteByte(')')
			return
		}
		f()
	}
	switch e := e.(type) {
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.Constant:
		b.WriteString(constSource(e.Value))
	case *syntax.Attribute:
		unparseTo(b, e.Value, precAtom)
		b.WriteString("." + e.Attr)
	case *syntax.Subscript:
		unparseTo(b, e.Value, precAtom)
		b.WriteByte('[')
		if t, ok := e.Slice.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			for i, x := range t.Elts {
				if i > 0 {
					b.WriteString(", ")
				}
				unparseTo(b, x, precTest)
			}
			if len(t.Elts) == 1 {
				b.WriteByte(',')
			}
		} else {
			unparseTo(b, e.Slice, precTuple)
		}
		b.WriteByte(']')
	case *syntax.Tuple:
		paren(precTuple, func() {
			for i, x := range e.Elts {
				if i > 0 {
					b.WriteString(", ")
				}
				unparseTo(b, x, precTest)
			}
			if len(e.Elts) == 1 {
				b.WriteByte(',')
			}
		})
		if len(e.Elts) == 0 {
			b.WriteString("()")
		}
	case *syntax.List:
		b.WriteByte('[')
		for i, x := range e.Elts {
			if i > 0 {
				b.WriteString(", ")
			}
			unparseTo(b, x, precTest)
		}
		b.WriteByte(']')
	case *syntax.BinOp:
		p := binPrec[e.Op]
		paren(p, func() {
			left, right := p, p+1
			if e.Op == bytecode.OpPow {
				left, right = p+1, p
			}
			unparseTo(b, e.Left, left)
			b.WriteString(" " + e.Op.Symbol() + " ")
			unparseTo(b, e.Right, right)
		})
	case *syntax.UnaryOp:
		p := precFactor
		sym := [...]string{"-", "+", "~", "not "}[e.Op]
		if e.Op == bytecode.OpNot {
			p = precNot
		}
		paren(p, func() {
			b.WriteString(sym)
			unparseTo(b, e.Operand, p)
		})
	case *syntax.BoolOp:
		p, sym := precAnd, " and "
		if e.Op == syntax.Or {
			p, sym = precOr, " or "
		}
		paren(p, func() {
			for i, x := range e.Values {
				if i > 0 {
					b.WriteString(sym)
				}
				unparseTo(b, x, p+1)
			}
		})
	case *syntax.Compare:
		paren(precCmp, func() {
			unparseTo(b, e.Left, precCmp+1)
			for i, op := range e.Ops {
				b.WriteString(" " + cmpSymbols[op] + " ")
				unparseTo(b, e.Comparators[i], precCmp+1)
			}
		})
	case *syntax.Call:
		unparseTo(b, e.Func, precAtom)
		b.WriteByte('(')
		n := 0
		for _, a := range e.Args {
			if n > 0 {
				b.WriteString(", ")
			}
			unparseTo(b, a, precTest)
			n++
		}
		for _, k := range e.Keywords {
			if n > 0 {
				b.WriteString(", ")
			}
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparseTo(b, k.Value, precTest)
			n++
		}
		b.WriteByte(')')
	case *syntax.Starred:
		b.WriteByte('*')
		unparseTo(b, e.Value, precBor)
	case *syntax.Slice:
		if e.Lower != nil {
			unparseTo(b, e.Lower, precTest)
		}
		b.WriteByte(':')
		if e.Upper != nil {
			unparseTo(b, e.Upper, precTest)
		}
		if e.Step != nil {
			b.WriteByte(':')
			unparseTo(b, e.Step, precTest)
		}
	case *syntax.IfExp:
		paren(precTest, func() {
			unparseTo(b, e.Body, precTest+1)
			b.WriteString(" if ")
			unparseTo(b, e.Test, precTest+1)
			b.WriteString(" else ")
			unparseTo(b, e.Orelse, precTest)
		})
	case *syntax.Lambda:
		paren(precTest, func() {
			b.WriteString("lambda")
			for i, a := range e.Args.Args {
				if i == 0 {
					b.WriteByte(' ')
				} else {
					b.WriteString(", ")
				}
				b.WriteString(a.Arg)
			}
			b.WriteString(": ")
			unparseTo(b, e.Body, precTest)
		})
	case *syntax.Dict:
		b.WriteByte('{')
		for i, k := range e.Keys {
			if i > 0 {
				b.WriteString(", ")
			}
			if k == nil {
				b.WriteString("**")
			} else {
				unparseTo(b, k, precTest)
				b.WriteString(": ")
			}
			unparseTo(b, e.Values[i], precTest)
		}
		b.WriteByte('}')
	default:
		b.WriteString("...")
	}
}

// constSource writes a constant as ast.unparse does (str with repr's
// quoting).
func constSource(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return strconv.FormatFloat(v, 'r', -1, 64)
	case string:
		return pyStrRepr(v)
	case syntax.Ellipsis:
		return "..."
	}
	return bytecode.ConstRepr(v)
}

// pyStrRepr quotes s as Python's repr(str) does for printable text.
func pyStrRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\x` + strconv.FormatInt(int64(r)+0x100, 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}
