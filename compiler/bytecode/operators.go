package bytecode

// BinOp names a binary operator: the argument of BINARY_OP. The in-place
// forms (`+=`) are the plain operator plus InplaceBit.
type BinOp uint8

// Binary operators, in CPython's order.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	NumBinOps
)

// InplaceBit marks the augmented-assignment form of a BinOp.
const InplaceBit BinOp = 0x80

var binOpSymbols = [NumBinOps]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"}

var binOpDunders = [NumBinOps]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"}

// Base returns the operator without InplaceBit.
func (op BinOp) Base() BinOp { return op &^ InplaceBit }

// IsInplace reports whether op is an augmented-assignment form.
func (op BinOp) IsInplace() bool { return op&InplaceBit != 0 }

// Symbol returns the operator as written in Python ("+", or "+=" in place),
// as used in TypeError messages.
func (op BinOp) Symbol() string {
	s := binOpSymbols[op.Base()]
	if op.IsInplace() {
		s += "="
	}
	return s
}

// Dunder returns the core of the operator's method names: "add" for
// __add__, __radd__ and __iadd__.
func (op BinOp) Dunder() string { return binOpDunders[op.Base()] }

// CompareOp names a rich comparison: the argument of COMPARE_OP.
type CompareOp uint8

// Rich comparisons, in CPython's order.
const (
	CmpLT CompareOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CompareOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}

// Symbol returns the comparison as written in Python.
func (op CompareOp) Symbol() string { return cmpSymbols[op] }

// Dunder returns the method name, e.g. "__lt__".
func (op CompareOp) Dunder() string { return cmpDunders[op] }

// Swapped returns the comparison with its operands exchanged (< becomes >),
// the reflected method tried second.
func (op CompareOp) Swapped() CompareOp { return cmpSwapped[op] }

// UnaryOp names a unary operator: the argument of UNARY_OP.
type UnaryOp uint8

// Unary operators.
const (
	OpNeg    UnaryOp = iota // -x, __neg__
	OpPos                   // +x, __pos__
	OpInvert                // ~x, __invert__
	OpNot                   // not x
)
