package bytecode

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// This file defines Code, the compiled form of a module, class body,
// function, lambda or comprehension, and its disassembler.

// CodeFlags describe a code object.
type CodeFlags uint32

// Code flags.
const (
	FlagOptimized      CodeFlags = 1 << iota // locals are fast slots (a function)
	FlagNewLocals                            // a fresh locals namespace per call
	FlagVarargs                              // has *args
	FlagVarkeywords                          // has **kwargs
	FlagNested                               // defined inside a function
	FlagGenerator                            // calling it makes a generator
	FlagCoroutine                            // async def: calling it makes a coroutine
	FlagAsyncGenerator                       // async def with yield
)

// Ellipsis is the constant `...`.
type Ellipsis struct{}

// Tuple is a constant tuple; its items are constants.
type Tuple []any

// ExcEntry is one row of the exception table: an exception raised by an
// instruction in [Start, End) pops the stack to Depth values, pushes the
// exception (after the index of the raising instruction when Lasti) and
// jumps to Handler. Rows never overlap.
type ExcEntry struct {
	Start, End, Handler int
	Depth               int
	Lasti               bool
}

// Code is a compiled code object. Constants (Consts) are Go values:
// int64, *big.Int, float64, complex128, string, []byte, bool, nil (None),
// Ellipsis, *Code and Tuple.
type Code struct {
	Name           string
	QualName       string
	Filename       string
	FirstLine      int
	ArgCount       int // positional parameters, including positional-only
	PosOnlyCount   int
	KwOnlyCount    int
	Flags          CodeFlags
	Instrs         []Instr
	Lines          []int32 // source line of each instruction
	Consts         []any
	Names          []string // names of globals, attributes, NAME ops
	VarNames       []string // fast locals, parameters first (*args then **kwargs after kw-only)
	CellVars       []string
	FreeVars       []string
	Cell2Arg       []int // for each cell var, the parameter slot it starts from, or -1
	ExcTable       []ExcEntry
	MaxStack       int
	Docstring      bool // Consts[0] is the docstring
	ClassCellIndex int  // class bodies: index of the __class__ cell, or -1
}

// HandlerFor returns the exception table row covering instruction pc.
func (c *Code) HandlerFor(pc int) (ExcEntry, bool) {
	for _, e := range c.ExcTable {
		if pc >= e.Start && pc < e.End {
			return e, true
		}
	}
	return ExcEntry{}, false
}

// LineOf returns the source line of instruction pc.
func (c *Code) LineOf(pc int) int {
	if pc < 0 || pc >= len(c.Lines) {
		return c.FirstLine
	}
	return int(c.Lines[pc])
}

// Disassemble returns a listing of c and of the code objects among its
// constants, one instruction per line: line number (when it changes),
// index, opcode, argument and what the argument means.
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%s:%d) args=%d posonly=%d kwonly=%d flags=%s stack=%d\n",
		c.QualName, c.Filename, c.FirstLine, c.ArgCount, c.PosOnlyCount, c.KwOnlyCount, c.Flags, c.MaxStack)
	if len(c.VarNames) > 0 {
		fmt.Fprintf(b, "  locals: %s\n", strings.Join(c.VarNames, " "))
	}
	if len(c.CellVars) > 0 {
		fmt.Fprintf(b, "  cells: %s\n", strings.Join(c.CellVars, " "))
	}
	if len(c.FreeVars) > 0 {
		fmt.Fprintf(b, "  free: %s\n", strings.Join(c.FreeVars, " "))
	}
	lastLine := -1
	for pc, in := range c.Instrs {
		line := "    "
		if l := c.LineOf(pc); l != lastLine {
			line = fmt.Sprintf("%4d", l)
			lastLine = l
		}
		op := in.Op()
		fmt.Fprintf(b, "%s %4d %s", line, pc, op)
		if op.hasArg() {
			fmt.Fprintf(b, " %d", in.Arg())
			if s := c.argMeaning(in); s != "" {
				fmt.Fprintf(b, " (%s)", s)
			}
		}
		b.WriteByte('\n')
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(b, "  except %d-%d -> %d depth %d", e.Start, e.End, e.Handler, e.Depth)
		if e.Lasti {
			b.WriteString(" lasti")
		}
		b.WriteByte('\n')
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			b.WriteByte('\n')
			sub.disassemble(b)
		}
	}
}

func (op Opcode) hasArg() bool {
	switch op {
	case NOP, POP_TOP, PUSH_NULL, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, LIST_TO_TUPLE,
		GET_ITER, RETURN_VALUE, GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, RERAISE, PUSH_EXC_INFO,
		POP_EXCEPT, CHECK_EXC_MATCH, BEFORE_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR,
		LOAD_BUILD_CLASS, IMPORT_STAR, SETUP_ANNOTATIONS, PRINT_EXPR, GET_LEN,
		MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_REST, CHECK_EG_MATCH, PREP_RERAISE_STAR:
		return false
	}
	return true
}

func (c *Code) argMeaning(in Instr) string {
	arg := in.Arg()
	if first, second := Unfused(in.Op()); second != NOP {
		// A superinstruction's argument is its first half's.
		return c.argMeaning(MakeInstr(first, arg))
	}
	switch op := in.Op(); op {
	case LOAD_CONST, KW_NAMES:
		if arg < len(c.Consts) {
			return ConstRepr(c.Consts[arg])
		}
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		if arg < len(c.VarNames) {
			return c.VarNames[arg]
		}
	case LOAD_DEREF, LOAD_CLASSDEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE:
		if arg < len(c.CellVars) {
			return c.CellVars[arg]
		}
		if i := arg - len(c.CellVars); i < len(c.FreeVars) {
			return c.FreeVars[i]
		}
	case LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, LOAD_NAME, STORE_NAME, DELETE_NAME,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		if arg < len(c.Names) {
			return c.Names[arg]
		}
	case BINARY_OP:
		return BinOp(arg).Symbol()
	case COMPARE_OP:
		if arg < len(cmpSymbols) {
			return CompareOp(arg).Symbol()
		}
	case UNARY_OP:
		return [...]string{"-", "+", "~", "not"}[arg&3]
	default:
		if op.HasJump() {
			return "to " + strconv.Itoa(arg)
		}
	}
	return ""
}

// ConstRepr formats a constant as Python's repr would.
func ConstRepr(k any) string {
	switch k := k.(type) {
	case nil:
		return "None"
	case bool:
		if k {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(k, 10)
	case *big.Int:
		return k.String()
	case float64:
		return strconv.FormatFloat(k, 'g', -1, 64)
	case complex128:
		return strconv.FormatFloat(imag(k), 'g', -1, 64) + "j"
	case string:
		return strconv.Quote(k)
	case []byte:
		return "b" + strconv.Quote(string(k))
	case Ellipsis:
		return "Ellipsis"
	case *Code:
		return "<code " + k.QualName + ">"
	case Tuple:
		parts := make([]string, len(k))
		for i, x := range k {
			parts[i] = ConstRepr(x)
		}
		if len(k) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("%v", k)
}

// String lists the flags by name.
func (f CodeFlags) String() string {
	names := []string{"optimized", "newlocals", "varargs", "varkeywords", "nested", "generator", "coroutine", "async_generator"}
	var parts []string
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, ",")
}
