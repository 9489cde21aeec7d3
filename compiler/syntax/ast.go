// This file defines the abstract syntax tree. Node and field names follow
// CPython 3.11's `ast` module so that Dump can print a tree exactly as
// Python's ast.dump does, and so that a reader who knows `ast` knows this.
//
// Catalogue
//
//	Module                   the root (exec mode)
//	Stmt   (interface)       FunctionDef AsyncFunctionDef ClassDef Return
//	                         Delete Assign AugAssign AnnAssign For AsyncFor
//	                         While If With AsyncWith Match Raise Try TryStar
//	                         Assert Import ImportFrom Global Nonlocal
//	                         ExprStmt Pass Break Continue
//	Expr   (interface)       BoolOp NamedExpr BinOp UnaryOp Lambda IfExp
//	                         Dict Set ListComp SetComp DictComp GeneratorExp
//	                         Await Yield YieldFrom Compare Call
//	                         FormattedValue JoinedStr Constant Attribute
//	                         Subscript Starred Name List Tuple Slice
//	Pattern (interface)      MatchValue MatchSingleton MatchSequence
//	                         MatchMapping MatchClass MatchStar MatchAs MatchOr
//	helpers                  Arguments Arg Keyword Alias WithItem
//	                         Comprehension ExceptHandler MatchCase
//
// Differences from Python's names, forced by Go:
//   - Python's `Expr` statement is ExprStmt (Expr is the expression
//     interface); Dump still prints it as "Expr".
//   - Fields are the Python field names in Go case: orelse → Orelse,
//     decorator_list → DecoratorList, kw_defaults → KwDefaults, func → Func,
//     id → Id, type → Type, context_expr → ContextExpr, and so on.
//   - Optional identifiers (keyword.arg, ExceptHandler.name, alias.asname,
//     ImportFrom.module, MatchAs.name, MatchStar.name, MatchMapping.rest)
//     are "" where Python has None. Optional nodes are nil.
//   - Dict.Keys holds nil for a `**d` item, as Python holds None.
//   - Arguments.KwDefaults holds nil for a keyword-only argument without a
//     default, as Python holds None.
//
// Operators: BinOp.Op and AugAssign.Op are bytecode.BinOp (never with
// InplaceBit: AugAssign says it is in place); UnaryOp.Op is
// bytecode.UnaryOp; BoolOp.Op is BoolOperator (And, Or); Compare.Ops are
// CmpOp (the six rich comparisons plus Is, IsNot, In, NotIn; CmpOp.Rich maps
// the first six to bytecode.CompareOp).
//
// Constant.Value is one of these Go values:
//
//	int64        an int literal that fits in int64
//	*big.Int     an int literal that does not fit in int64
//	float64      a float literal
//	complex128   an imaginary literal (real part 0)
//	string       a str literal, UTF-8; a lone surrogate written with an
//	             escape (\ud800) is kept as its 3-byte generalised UTF-8
//	             encoding (as in WTF-8) so that no information is lost
//	[]byte       a bytes literal
//	bool         True / False
//	nil          None
//	Ellipsis     the `...` literal
//
// Positions: every node with a position in Python embeds Pos: Line and
// EndLine are 1-based, Col and EndCol are 0-based UTF-8 byte offsets, as
// CPython's lineno/col_offset/end_lineno/end_col_offset.
package syntax

import "github.com/pystm/pystm/compiler/bytecode"

// Pos is the source span of a node.
type Pos struct {
	Line, Col       int // start: 1-based line, 0-based byte column
	EndLine, EndCol int // end (exclusive column), same conventions
}

// Span returns the node's source span.
func (p *Pos) Span() Pos { return *p }

// Node is any syntax tree node that has a position.
type Node interface {
	Span() Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Pattern is a node of a match statement's case pattern.
type Pattern interface {
	Node
	patternNode()
}

// ExprContext tells whether an expression is read, assigned or deleted.
type ExprContext uint8

// Expression contexts, as Python's Load/Store/Del.
const (
	Load ExprContext = iota
	Store
	Del
)

func (c ExprContext) String() string {
	switch c {
	case Store:
		return "Store"
	case Del:
		return "Del"
	}
	return "Load"
}

// BoolOperator is the operator of a BoolOp.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// CmpOp is a comparison operator of a Compare node.
type CmpOp uint8

// Comparison operators, in the order of Python's ast module.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

// String returns the name Python's ast module gives the operator.
func (op CmpOp) String() string { return cmpOpNames[op] }

// Rich returns the rich comparison for Eq..GtE; ok is false for
// Is, IsNot, In and NotIn, which are not rich comparisons.
func (op CmpOp) Rich() (c bytecode.CompareOp, ok bool) {
	switch op {
	case Eq:
		return bytecode.CmpEQ, true
	case NotEq:
		return bytecode.CmpNE, true
	case Lt:
		return bytecode.CmpLT, true
	case LtE:
		return bytecode.CmpLE, true
	case Gt:
		return bytecode.CmpGT, true
	case GtE:
		return bytecode.CmpGE, true
	}
	return 0, false
}

// Ellipsis is the Constant.Value of the `...` literal.
type Ellipsis struct{}

// Module is the root of a file parsed in exec mode.
type Module struct {
	Body []Stmt
}

// ---- statements ----

// FunctionDef is `def Name(Args) -> Returns: Body`.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil if absent
}

// AsyncFunctionDef is `async def`.
type AsyncFunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
}

// ClassDef is `class Name(Bases, Keywords): Body`.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return Value` (Value nil for a bare return).
type Return struct {
	Pos
	Value Expr
}

// Delete is `del Targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = ... = Value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target op= Value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     bytecode.BinOp // the base operator, without InplaceBit
	Value  Expr
}

// AnnAssign is `Target: Annotation = Value`; Simple is true when the target
// is a plain name not in parentheses.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr // nil if absent
	Simple     bool
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// AsyncFor is `async for`.
type AsyncFor struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body else: Orelse`; elif is a nested If in Orelse.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with Items: Body`.
type With struct {
	Pos
	Items []*WithItem
	Body  []Stmt
}

// AsyncWith is `async with`.
type AsyncWith struct {
	Pos
	Items []*WithItem
	Body  []Stmt
}

// Match is `match Subject:` with its cases.
type Match struct {
	Pos
	Subject Expr
	Cases   []*MatchCase
}

// Raise is `raise Exc from Cause`; both may be nil.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is try/except/else/finally.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is try/except*/else/finally.
type TryStar struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test, Msg` (Msg nil if absent).
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import Names`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from Module import Names`, with Level leading dots;
// Module is "" for `from . import x`.
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression statement (Python's ast.Expr).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

// ---- expressions ----

// BoolOp is `a and b and c` (Values has two or more items).
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `Target := Value`; Target is a Name in Store context.
type NamedExpr struct {
	Pos
	Target Expr
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    bytecode.BinOp
	Right Expr
}

// UnaryOp is `Op Operand` (not, -, +, ~).
type UnaryOp struct {
	Pos
	Op      bytecode.UnaryOp
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; Keys[i] is nil for `**Values[i]`.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield Value` (Value nil for a bare yield).
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`; a `*x` argument is a Starred in Args,
// a `**x` argument a Keyword with Arg "".
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Conversion values of FormattedValue, as in CPython.
const (
	ConvNone  = -1
	ConvStr   = 's'
	ConvRepr  = 'r'
	ConvASCII = 'a'
)

// FormattedValue is one `{Value!c:FormatSpec}` field of an f-string.
// Conversion is ConvNone, ConvStr, ConvRepr or ConvASCII; FormatSpec is a
// *JoinedStr or nil.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: Values are Constant (str) and FormattedValue.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Constant is a literal; see the file comment for the Go types of Value.
// Kind is "u" for a str literal written with a u prefix, else "".
type Constant struct {
	Pos
	Value any
	Kind  string
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `Value[Slice]`; Slice is a Slice, a Tuple, or any Expr.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*Value`.
type Starred struct {
	Pos
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is a list display or target.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or target.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `Lower:Upper:Step` inside a subscript; each part may be nil.
type Slice struct {
	Pos
	Lower Expr
	Upper Expr
	Step  Expr
}

// ---- helpers ----

// Arguments is the parameter list of a def or lambda. Defaults belong to
// the last len(Defaults) of Posonlyargs+Args; KwDefaults parallels
// Kwonlyargs with nil for "no default".
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg // nil if absent
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg // nil if absent
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Arg        string
	Annotation Expr // nil if absent
}

// Keyword is `Arg=Value` in a call or class header; Arg is "" for `**Value`.
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// Alias is `Name as Asname` in an import; Asname is "" if absent.
type Alias struct {
	Pos
	Name   string
	Asname string
}

// WithItem is `ContextExpr as OptionalVars` (OptionalVars nil if absent).
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// ExceptHandler is `except Type as Name: Body`.
type ExceptHandler struct {
	Pos
	Type Expr // nil for a bare except
	Name string
	Body []Stmt
}

// MatchCase is `case Pattern if Guard: Body`.
type MatchCase struct {
	Pattern Pattern
	Guard   Expr // nil if absent
	Body    []Stmt
}

// ---- match patterns ----

// MatchValue is a value pattern (a literal or dotted name).
type MatchValue struct {
	Pos
	Value Expr
}

// MatchSingleton is None, True or False as a pattern.
type MatchSingleton struct {
	Pos
	Value any // nil, true or false
}

// MatchSequence is `[p, q, *rest]`.
type MatchSequence struct {
	Pos
	Patterns []Pattern
}

// MatchMapping is `{k: p, **Rest}`.
type MatchMapping struct {
	Pos
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(p, name=q)`.
type MatchClass struct {
	Pos
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*Name` in a sequence pattern ("" for `*_`).
type MatchStar struct {
	Pos
	Name string
}

// MatchAs is `Pattern as Name`; `_` is Pattern nil and Name "".
type MatchAs struct {
	Pos
	Pattern Pattern
	Name    string
}

// MatchOr is `p | q`.
type MatchOr struct {
	Pos
	Patterns []Pattern
}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
