package compiler

// This file defines constant folding of the expressions CPython's
// compiler folds and users can observe: negative literals, arithmetic on
// int constants (`1 << 40`), and tuples of constants. Observable because a
// set display of constants is built from a folded constant in CPython,
// which fixes its iteration order.

import (
	"math/big"

	"github.com/pystm/pystm/compiler/bytecode"
	"github.com/pystm/pystm/compiler/syntax"
)

// foldLimit bounds the size in bits of folded ints, as CPython limits
// folding so that constants stay small.
const foldLimit = 128

// fold returns the constant value of e if it is a constant expression.
func fold(e syntax.Expr) (any, bool) {
	switch e := e.(type) {
	case *syntax.Constant:
		return constValue(e.Value), true
	case *syntax.UnaryOp:
		x, ok := fold(e.Operand)
		if !ok {
			return nil, false
		}
		switch v := x.(type) {
		case int64, *big.Int:
			b := toBig(v)
			switch e.Op {
			case bytecode.OpNeg:
				return normBig(new(big.Int).Neg(b)), true
			case bytecode.OpPos:
				return v, true
			case bytecode.OpInvert:
				return normBig(new(big.Int).Not(b)), true
			}
		case float64:
			switch e.Op {
			case bytecode.OpNeg:
				return -v, true
			case bytecode.OpPos:
				return v, true
			}
		}
	case *syntax.BinOp:
		l, ok1 := fold(e.Left)
		r, ok2 := fold(e.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		if !isIntConst(l) || !isIntConst(r) {
			return nil, false
		}
		a, b := toBig(l), toBig(r)
		z := new(big.Int)
		switch e.Op {
		case bytecode.OpAdd:
			z.Add(a, b)
		case bytecode.OpSub:
			z.Sub(a, b)
		case bytecode.OpMul:
			if a.BitLen()+b.BitLen() > foldLimit {
				return nil, false
			}
			z.Mul(a, b)
		case bytecode.OpLShift:
			if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())+b.Int64() > foldLimit {
				return nil, false
			}
			z.Lsh(a, uint(b.Int64()))
		case bytecode.OpRShift:
			if b.Sign() < 0 || !b.IsInt64() {
				return nil, false
			}
			z.Rsh(a, uint(b.Int64()))
		case bytecode.OpAnd:
			z.And(a, b)
		case bytecode.OpOr:
			z.Or(a, b)
		case bytecode.OpXor:
			z.Xor(a, b)
		default:
			return nil, false
		}
		return normBig(z), true
	case *syntax.Tuple:
		return constTuple(e.Elts)
	}
	return nil, false
}

func isIntConst(v any) bool {
	switch v.(type) {
	case int64, *big.Int:
		return true
	}
	return false
}

func toBig(v any) *big.Int {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v)
	case *big.Int:
		return v
	}
	return new(big.Int)
}

func normBig(b *big.Int) any {
	if b.IsInt64() {
		return b.Int64()
	}
	return b
}
