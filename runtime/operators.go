package runtime

import "github.com/pystm/pystm/compiler/bytecode"

// This file defines the binary and unary operators with CPython's
// dispatch: the left operand's method, the right operand's reflected
// method (first when the right operand's type is a subclass that
// overrides it), NotImplemented, and CPython's TypeError texts.

// Operator names re-exported from bytecode for brevity inside runtime.
type (
	BinOp       = bytecode.BinOp
	CompareOp   = bytecode.CompareOp
	UnaryOpKind = bytecode.UnaryOp
)

// Operators, as in package bytecode.
const (
	OpAdd      = bytecode.OpAdd
	OpSub      = bytecode.OpSub
	OpMul      = bytecode.OpMul
	OpMatMul   = bytecode.OpMatMul
	OpTrueDiv  = bytecode.OpTrueDiv
	OpFloorDiv = bytecode.OpFloorDiv
	OpMod      = bytecode.OpMod
	OpPow      = bytecode.OpPow
	OpLShift   = bytecode.OpLShift
	OpRShift   = bytecode.OpRShift
	OpAnd      = bytecode.OpAnd
	OpOr       = bytecode.OpOr
	OpXor      = bytecode.OpXor
	NumBinOps  = bytecode.NumBinOps
	CmpLT      = bytecode.CmpLT
	CmpLE      = bytecode.CmpLE
	CmpEQ      = bytecode.CmpEQ
	CmpNE      = bytecode.CmpNE
	CmpGT      = bytecode.CmpGT
	CmpGE      = bytecode.CmpGE
)

// singleton is the object of NotImplemented and Ellipsis.
type singleton struct {
	typ  *Type
	name string
}

// Type returns the singleton's type.
func (s *singleton) Type() *Type { return s.typ }

// NotImplemented and Ellipsis are the built-in singletons.
var (
	NotImplemented = FromObject(&singleton{NotImplementedType, "NotImplemented"})
	Ellipsis       = FromObject(&singleton{EllipsisType, "Ellipsis"})
)

// IsNotImplemented reports whether v is NotImplemented.
func IsNotImplemented(v Value) bool { return v.obj == NotImplemented.obj }

// BinaryOp computes a OP b, including the in-place forms (op with
// bytecode.InplaceBit): a's __iop__ first, then the plain operator.
func BinaryOp(t *Thread, op BinOp, a, b Value) (Value, error) {
	base := op.Base()
	if a.IsInt() && b.IsInt() {
		x, y := a.AsInt(), b.AsInt()
		switch base {
		case OpAdd:
			if r, ok := intAdd(x, y); ok {
				return Int(r), nil
			}
		case OpSub:
			if r, ok := intSub(x, y); ok {
				return Int(r), nil
			}
		case OpMul:
			if r, ok := intMul(x, y); ok {
				return Int(r), nil
			}
		}
		if r, err := intBinary(t, base, a, b); err != nil || !IsNotImplemented(r) {
			return r, err
		}
	}
	// Floats mixed with small ints convert the int exactly as float(int)
	// does, so these paths agree with the slots and allocate nothing.
	switch a.obj.(type) {
	case floatTag:
		var y float64
		switch b.obj.(type) {
		case floatTag:
			y = b.AsFloat()
		case intTag:
			y = float64(b.AsInt())
		default:
			goto general
		}
		if r, err := floatArith(base, a.AsFloat(), y); err != nil || !IsNotImplemented(r) {
			return r, err
		}
	case intTag:
		if _, ok := b.obj.(floatTag); ok {
			if r, err := floatArith(base, float64(a.AsInt()), b.AsFloat()); err != nil || !IsNotImplemented(r) {
				return r, err
			}
		}
	}
general:
	if op.IsInplace() {
		r, err := inplaceOp(t, base, a, b)
		if err != nil || !IsNotImplemented(r) {
			return r, err
		}
	}
	r, err := binaryOp1(t, base, a, b)
	if err != nil {
		return Value{}, err
	}
	if IsNotImplemented(r) {
		return Value{}, binopTypeError(op, a, b)
	}
	return r, nil
}

// inplaceOp tries a.__iop__(b).
func inplaceOp(t *Thread, op BinOp, a, b Value) (Value, error) {
	ta := TypeOf(a)
	if !ta.IsHeap() {
		if f := ta.slots().Inplace[op]; f != nil {
			return f(t, a, b)
		}
		return NotImplemented, nil
	}
	r, ok, err := callDunder(t, a, "__i"+op.Dunder()+"__", b)
	if !ok && err == nil {
		return NotImplemented, nil
	}
	return r, err
}

// forward calls a's own method for op (a.__add__(b)).
func forward(t *Thread, op BinOp, ta *Type, a, b Value) (Value, bool, error) {
	if !ta.IsHeap() {
		if f := ta.slots().Binary[op]; f != nil {
			r, err := f(t, a, b)
			return r, true, err
		}
		return Value{}, false, nil
	}
	return callDunder(t, a, "__"+op.Dunder()+"__", b)
}

// reflected calls b's reflected method for op (b.__radd__(a)).
func reflected(t *Thread, op BinOp, tb *Type, a, b Value) (Value, bool, error) {
	if !tb.IsHeap() {
		if f := tb.slots().RBinary[op]; f != nil {
			r, err := f(t, b, a)
			return r, true, err
		}
		return Value{}, false, nil
	}
	return callDunder(t, b, "__r"+op.Dunder()+"__", a)
}

// binaryOp1 is CPython's binary_op1: NotImplemented if neither side
// handles the operands.
func binaryOp1(t *Thread, op BinOp, a, b Value) (Value, error) {
	ta, tb := TypeOf(a), TypeOf(b)
	if ta != tb && IsSubtype(tb, ta) && overridesReflected(op, ta, tb) {
		r, ok, err := reflected(t, op, tb, a, b)
		if err != nil {
			return Value{}, err
		}
		if ok && !IsNotImplemented(r) {
			return r, nil
		}
		r, ok, err = forward(t, op, ta, a, b)
		if err != nil || (ok && !IsNotImplemented(r)) {
			return r, err
		}
		return NotImplemented, nil
	}
	r, ok, err := forward(t, op, ta, a, b)
	if err != nil {
		return Value{}, err
	}
	if ok && !IsNotImplemented(r) {
		return r, nil
	}
	if ta == tb {
		return NotImplemented, nil
	}
	r, ok, err = reflected(t, op, tb, a, b)
	if err != nil || (ok && !IsNotImplemented(r)) {
		return r, err
	}
	return NotImplemented, nil
}

// overridesReflected reports whether the subclass tb has a reflected
// method for op different from ta's.
func overridesReflected(op BinOp, ta, tb *Type) bool {
	name := "__r" + op.Dunder() + "__"
	rb, okb := tb.Lookup(name)
	if !okb {
		return false
	}
	ra, oka := ta.Lookup(name)
	return !oka || !ra.Is(rb)
}

// binopTypeError is the TypeError for operands no method handles.
func binopTypeError(op BinOp, a, b Value) error {
	ta, tb := TypeOf(a), TypeOf(b)
	switch op.Base() {
	case OpAdd:
		if seq := seqKind(ta); seq != "" && !op.IsInplace() || seq != "" && op.IsInplace() {
			return Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", seq, tb.Name, seq)
		}
	case OpMul:
		if seqKind(ta) != "" {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", tb.Name)
		}
		if seqKind(tb) != "" {
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", ta.Name)
		}
	case OpPow:
		return Errorf(TypeErrorType, "unsupported operand type(s) for %s or pow(): '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// seqKind names the built-in sequence whose concatenation message
// applies to typ ("str", "list", ...), or "".
func seqKind(typ *Type) string {
	switch {
	case IsSubtype(typ, StrType):
		return "str"
	case IsSubtype(typ, ListType):
		return "list"
	case IsSubtype(typ, TupleType):
		return "tuple"
	case IsSubtype(typ, BytesType):
		return "bytes"
	}
	return ""
}

var unaryDunders = [3]string{"__neg__", "__pos__", "__invert__"}
var unarySymbols = [3]string{"-", "+", "~"}

// UnaryOp computes -a, +a, ~a or not a.
func UnaryOp(t *Thread, op bytecode.UnaryOp, a Value) (Value, error) {
	if op == bytecode.OpNot {
		b, err := Truth(t, a)
		if err != nil {
			return Value{}, err
		}
		return Bool(!b), nil
	}
	switch a.obj.(type) {
	case intTag:
		x := a.AsInt()
		switch op {
		case bytecode.OpNeg:
			if x != -1<<63 {
				return Int(-x), nil
			}
		case bytecode.OpPos:
			return a, nil
		case bytecode.OpInvert:
			return Int(^x), nil
		}
	case floatTag:
		switch op {
		case bytecode.OpNeg:
			return Float(-a.AsFloat()), nil
		case bytecode.OpPos:
			return a, nil
		}
	}
	ta := TypeOf(a)
	if !ta.IsHeap() {
		if f := ta.slots().Unary[op]; f != nil {
			return f(t, a)
		}
	} else if r, ok, err := callDunder(t, a, unaryDunders[op]); ok || err != nil {
		return r, err
	}
	return Value{}, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", unarySymbols[op], ta.Name)
}
