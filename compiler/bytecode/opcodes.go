package bytecode

// This file defines the instruction set: one table, opInfo, gives every
// opcode's name, its stack picture and its stack effect.
//
// Stack pictures read "inputs OP outputs", top of stack rightmost. NULL is
// the zero Value, pushed as a placeholder by PUSH_NULL and LOAD_METHOD.
// Jump targets are absolute instruction indexes.

// Opcode is an instruction's operation (the low 8 bits of an Instr).
type Opcode uint8

// Instr is one instruction: the opcode in the low 8 bits and the argument
// in the high 24 bits.
type Instr uint32

// MaxArg is the largest argument an instruction can carry.
const MaxArg = 1<<24 - 1

// MakeInstr packs op and arg; arg must be in [0, MaxArg].
func MakeInstr(op Opcode, arg int) Instr { return Instr(uint32(op) | uint32(arg)<<8) }

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i & 0xff) }

// Arg returns the instruction's argument.
func (i Instr) Arg() int { return int(i >> 8) }

// The opcodes. Their documentation is the opInfo table below.
const (
	NOP Opcode = iota
	POP_TOP
	PUSH_NULL
	COPY
	SWAP
	LOAD_CONST
	LOAD_FAST
	STORE_FAST
	DELETE_FAST
	LOAD_DEREF
	LOAD_CLASSDEREF
	STORE_DEREF
	DELETE_DEREF
	LOAD_CLOSURE
	LOAD_GLOBAL
	STORE_GLOBAL
	DELETE_GLOBAL
	LOAD_NAME
	STORE_NAME
	DELETE_NAME
	LOAD_ATTR
	STORE_ATTR
	DELETE_ATTR
	LOAD_METHOD
	KW_NAMES
	CALL
	CALL_FUNCTION_EX
	MAKE_FUNCTION
	BINARY_OP
	COMPARE_OP
	IS_OP
	CONTAINS_OP
	UNARY_OP
	BINARY_SUBSCR
	STORE_SUBSCR
	DELETE_SUBSCR
	BUILD_SLICE
	BUILD_TUPLE
	BUILD_LIST
	BUILD_SET
	BUILD_MAP
	BUILD_STRING
	LIST_APPEND
	SET_ADD
	MAP_ADD
	LIST_EXTEND
	SET_UPDATE
	DICT_UPDATE
	DICT_MERGE
	LIST_TO_TUPLE
	FORMAT_VALUE
	UNPACK_SEQUENCE
	UNPACK_EX
	GET_ITER
	FOR_ITER
	JUMP
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	POP_JUMP_IF_NONE
	POP_JUMP_IF_NOT_NONE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP
	RETURN_VALUE
	YIELD_VALUE
	GET_YIELD_FROM_ITER
	SEND
	RAISE_VARARGS
	RERAISE
	PUSH_EXC_INFO
	POP_EXCEPT
	CHECK_EXC_MATCH
	BEFORE_WITH
	WITH_EXCEPT_START
	LOAD_ASSERTION_ERROR
	LOAD_BUILD_CLASS
	IMPORT_NAME
	IMPORT_FROM
	IMPORT_STAR
	SETUP_ANNOTATIONS
	PRINT_EXPR
	GET_LEN
	MATCH_SEQUENCE
	MATCH_MAPPING
	MATCH_KEYS
	MATCH_REST
	MATCH_CLASS
	CHECK_EG_MATCH
	PREP_RERAISE_STAR
	GET_AWAITABLE
	GET_AITER
	GET_ANEXT
	END_ASYNC_FOR
	BEFORE_ASYNC_WITH

	// Superinstructions (superinstr.go): the first instruction of a
	// common pair, rewritten after assembly to run both. The second
	// instruction stays in place (a jump to it runs it alone), and the
	// superinstruction reads its argument from there.
	LOAD_FAST__LOAD_FAST
	LOAD_FAST__LOAD_CONST
	LOAD_FAST__LOAD_ATTR
	STORE_FAST__LOAD_FAST
	STORE_FAST__STORE_FAST
	LOAD_FAST__BINARY_OP
	LOAD_CONST__BINARY_OP
	COMPARE_OP__POP_JUMP_IF_FALSE
	FOR_ITER__STORE_FAST
	UNPACK_SEQUENCE__STORE_FAST
	LOAD_FAST__LOAD_METHOD
	PUSH_NULL__LOAD_GLOBAL
	LOAD_FAST__BINARY_SUBSCR
	BINARY_OP__STORE_FAST
	LOAD_ATTR__LOAD_FAST
	POP_JUMP_IF_FALSE__LOAD_FAST
	LOAD_CONST__RETURN_VALUE
	LOAD_METHOD__CALL
	LOAD_FAST__CALL
	LOAD_GLOBAL__COMPARE_OP
	NumOpcodes
)

// MAKE_FUNCTION flags: which optional operands are on the stack.
const (
	MakeDefaults    = 0x01 // a tuple of positional defaults
	MakeKwDefaults  = 0x02 // a dict of keyword-only defaults
	MakeAnnotations = 0x04 // a dict of annotations
	MakeClosure     = 0x08 // a tuple of cells
)

// ExtendCallArgs marks a LIST_EXTEND that builds the positional arguments
// of a call (the callable sits just below the list), for its error message.
const ExtendCallArgs = 0x100

// SetUpdateConstDisplay marks the SET_UPDATE of a set display of
// constants (its operand a tuple constant), which the runtime adds the way
// CPython's frozenset constant would.
const SetUpdateConstDisplay = 0x100

// FORMAT_VALUE flags: the conversion in the low two bits, FormatWithSpec
// when a format spec is on the stack.
const (
	FormatNone     = 0
	FormatStr      = 1
	FormatRepr     = 2
	FormatASCII    = 3
	FormatWithSpec = 4
)

type opInfo struct {
	name    string
	picture string // stack picture: inputs OP outputs
	// pop and push give the stack effect when it does not depend on the
	// argument; effect, when set, overrides them.
	pop, push int
	effect    func(arg int, jump bool) int
	jump      bool // the argument is a jump target
}

func fixed(n int) func(int, bool) int { return func(int, bool) int { return n } }

var opTable = [NumOpcodes]opInfo{
	NOP:             {"NOP", "NOP", 0, 0, nil, false},
	POP_TOP:         {"POP_TOP", "x POP_TOP", 1, 0, nil, false},
	PUSH_NULL:       {"PUSH_NULL", "PUSH_NULL NULL", 0, 1, nil, false},
	COPY:            {"COPY", "x_n ... x_1 COPY(n) x_n ... x_1 x_n", 0, 1, nil, false},
	SWAP:            {"SWAP", "x_n ... x_1 SWAP(n) x_1 ... x_n (swaps top and n-th)", 0, 0, nil, false},
	LOAD_CONST:      {"LOAD_CONST", "LOAD_CONST(i) consts[i]", 0, 1, nil, false},
	LOAD_FAST:       {"LOAD_FAST", "LOAD_FAST(i) locals[i]  (UnboundLocalError if unset)", 0, 1, nil, false},
	STORE_FAST:      {"STORE_FAST", "x STORE_FAST(i)", 1, 0, nil, false},
	DELETE_FAST:     {"DELETE_FAST", "DELETE_FAST(i)", 0, 0, nil, false},
	LOAD_DEREF:      {"LOAD_DEREF", "LOAD_DEREF(i) cells[i].value  (cell vars then free vars)", 0, 1, nil, false},
	LOAD_CLASSDEREF: {"LOAD_CLASSDEREF", "LOAD_CLASSDEREF(i) x  (class body: the locals dict first, then cells[i])", 0, 1, nil, false},
	STORE_DEREF:     {"STORE_DEREF", "x STORE_DEREF(i)", 1, 0, nil, false},
	DELETE_DEREF:    {"DELETE_DEREF", "DELETE_DEREF(i)", 0, 0, nil, false},
	LOAD_CLOSURE:    {"LOAD_CLOSURE", "LOAD_CLOSURE(i) cells[i]  (the cell itself)", 0, 1, nil, false},
	LOAD_GLOBAL:     {"LOAD_GLOBAL", "LOAD_GLOBAL(name) x  (globals, then builtins; cached)", 0, 1, nil, false},
	STORE_GLOBAL:    {"STORE_GLOBAL", "x STORE_GLOBAL(name)", 1, 0, nil, false},
	DELETE_GLOBAL:   {"DELETE_GLOBAL", "DELETE_GLOBAL(name)", 0, 0, nil, false},
	LOAD_NAME:       {"LOAD_NAME", "LOAD_NAME(name) x  (locals, globals, builtins)", 0, 1, nil, false},
	STORE_NAME:      {"STORE_NAME", "x STORE_NAME(name)", 1, 0, nil, false},
	DELETE_NAME:     {"DELETE_NAME", "DELETE_NAME(name)", 0, 0, nil, false},
	LOAD_ATTR:       {"LOAD_ATTR", "obj LOAD_ATTR(name) obj.name", 1, 1, nil, false},
	STORE_ATTR:      {"STORE_ATTR", "x obj STORE_ATTR(name)  (obj.name = x)", 2, 0, nil, false},
	DELETE_ATTR:     {"DELETE_ATTR", "obj DELETE_ATTR(name)", 1, 0, nil, false},
	LOAD_METHOD:     {"LOAD_METHOD", "obj LOAD_METHOD(name) meth obj | NULL obj.name", 1, 2, nil, false},
	KW_NAMES:        {"KW_NAMES", "KW_NAMES(i)  (consts[i], a tuple of str, names the next CALL's keyword arguments)", 0, 0, nil, false},
	CALL: {"CALL", "meth self a_1 ... a_n CALL(n) r | NULL f a_1 ... a_n CALL(n) r", 0, 0,
		func(arg int, _ bool) int { return -arg - 1 }, false},
	CALL_FUNCTION_EX: {"CALL_FUNCTION_EX", "f args CALL_FUNCTION_EX(0) r | f args kwargs CALL_FUNCTION_EX(1) r", 0, 0,
		func(arg int, _ bool) int { return -1 - arg&1 }, false},
	MAKE_FUNCTION: {"MAKE_FUNCTION", "[defaults] [kwdefaults] [annotations] [closure] code MAKE_FUNCTION(flags) fn", 0, 0,
		func(arg int, _ bool) int {
			n := 0
			for f := arg; f != 0; f &= f - 1 {
				n++
			}
			return -n
		}, false},
	BINARY_OP:     {"BINARY_OP", "a b BINARY_OP(op) a op b", 2, 1, nil, false},
	COMPARE_OP:    {"COMPARE_OP", "a b COMPARE_OP(op) a op b", 2, 1, nil, false},
	IS_OP:         {"IS_OP", "a b IS_OP(invert) a is b", 2, 1, nil, false},
	CONTAINS_OP:   {"CONTAINS_OP", "a b CONTAINS_OP(invert) a in b", 2, 1, nil, false},
	UNARY_OP:      {"UNARY_OP", "a UNARY_OP(op) op a", 1, 1, nil, false},
	BINARY_SUBSCR: {"BINARY_SUBSCR", "c k BINARY_SUBSCR c[k]", 2, 1, nil, false},
	STORE_SUBSCR:  {"STORE_SUBSCR", "v c k STORE_SUBSCR  (c[k] = v)", 3, 0, nil, false},
	DELETE_SUBSCR: {"DELETE_SUBSCR", "c k DELETE_SUBSCR", 2, 0, nil, false},
	BUILD_SLICE: {"BUILD_SLICE", "lo hi [step] BUILD_SLICE(n) slice", 0, 0,
		func(arg int, _ bool) int { return 1 - arg }, false},
	BUILD_TUPLE:   {"BUILD_TUPLE", "x_1 ... x_n BUILD_TUPLE(n) tuple", 0, 0, func(arg int, _ bool) int { return 1 - arg }, false},
	BUILD_LIST:    {"BUILD_LIST", "x_1 ... x_n BUILD_LIST(n) list", 0, 0, func(arg int, _ bool) int { return 1 - arg }, false},
	BUILD_SET:     {"BUILD_SET", "x_1 ... x_n BUILD_SET(n) set", 0, 0, func(arg int, _ bool) int { return 1 - arg }, false},
	BUILD_MAP:     {"BUILD_MAP", "k_1 v_1 ... k_n v_n BUILD_MAP(n) dict", 0, 0, func(arg int, _ bool) int { return 1 - 2*arg }, false},
	BUILD_STRING:  {"BUILD_STRING", "s_1 ... s_n BUILD_STRING(n) s_1+...+s_n", 0, 0, func(arg int, _ bool) int { return 1 - arg }, false},
	LIST_APPEND:   {"LIST_APPEND", "list x_i-1 ... x_1 v LIST_APPEND(i) list x_i-1 ... x_1  (list.append(v))", 1, 0, nil, false},
	SET_ADD:       {"SET_ADD", "set ... v SET_ADD(i) set ...", 1, 0, nil, false},
	MAP_ADD:       {"MAP_ADD", "dict ... k v MAP_ADD(i) dict ...", 2, 0, nil, false},
	LIST_EXTEND:   {"LIST_EXTEND", "list ... it LIST_EXTEND(i | flags) list ...  (list.extend(it); ExtendCallArgs: f list ... in a call)", 1, 0, nil, false},
	SET_UPDATE:    {"SET_UPDATE", "set ... it SET_UPDATE(i) set ...", 1, 0, nil, false},
	DICT_UPDATE:   {"DICT_UPDATE", "dict ... m DICT_UPDATE(i) dict ...  ({**m} in a display)", 1, 0, nil, false},
	DICT_MERGE:    {"DICT_MERGE", "f ... dict ... m DICT_MERGE(i) ...  (**m in a call: duplicate keys are a TypeError)", 1, 0, nil, false},
	LIST_TO_TUPLE: {"LIST_TO_TUPLE", "list LIST_TO_TUPLE tuple", 1, 1, nil, false},
	FORMAT_VALUE: {"FORMAT_VALUE", "v [spec] FORMAT_VALUE(flags) str", 0, 0,
		func(arg int, _ bool) int {
			if arg&FormatWithSpec != 0 {
				return -1
			}
			return 0
		}, false},
	UNPACK_SEQUENCE: {"UNPACK_SEQUENCE", "seq UNPACK_SEQUENCE(n) x_n ... x_1  (x_1 on top is seq[0])", 0, 0,
		func(arg int, _ bool) int { return arg - 1 }, false},
	UNPACK_EX: {"UNPACK_EX", "seq UNPACK_EX(before | after<<8) after-values list before-values  (first on top)", 0, 0,
		func(arg int, _ bool) int { return arg&0xff + arg>>8 }, false},
	GET_ITER: {"GET_ITER", "x GET_ITER iter(x)", 1, 1, nil, false},
	FOR_ITER: {"FOR_ITER", "it FOR_ITER(target) it next(it) | it FOR_ITER(target) -> target (exhausted: pops it)", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return -1
			}
			return 1
		}, true},
	JUMP:                 {"JUMP", "JUMP(target)", 0, 0, nil, true},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", "x POP_JUMP_IF_FALSE(target)", 1, 0, nil, true},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", "x POP_JUMP_IF_TRUE(target)", 1, 0, nil, true},
	POP_JUMP_IF_NONE:     {"POP_JUMP_IF_NONE", "x POP_JUMP_IF_NONE(target)", 1, 0, nil, true},
	POP_JUMP_IF_NOT_NONE: {"POP_JUMP_IF_NOT_NONE", "x POP_JUMP_IF_NOT_NONE(target)", 1, 0, nil, true},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", "x JUMP_IF_FALSE_OR_POP(target)  (false: keep x and jump)", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return 0
			}
			return -1
		}, true},
	JUMP_IF_TRUE_OR_POP: {"JUMP_IF_TRUE_OR_POP", "x JUMP_IF_TRUE_OR_POP(target)  (true: keep x and jump)", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return 0
			}
			return -1
		}, true},
	RETURN_VALUE:        {"RETURN_VALUE", "x RETURN_VALUE", 1, 0, nil, false},
	YIELD_VALUE:         {"YIELD_VALUE", "x YIELD_VALUE(kind) sent  (suspends the generator; kind 1: an async generator's own yield)", 1, 1, nil, false},
	GET_YIELD_FROM_ITER: {"GET_YIELD_FROM_ITER", "x GET_YIELD_FROM_ITER iter(x)  (a generator stays as is)", 1, 1, nil, false},
	SEND: {"SEND", "recv v SEND(target) recv r | recv v SEND(target) value -> target (recv returned)", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return -1
			}
			return 0
		}, true},
	RAISE_VARARGS: {"RAISE_VARARGS", "[exc [cause]] RAISE_VARARGS(n)  (n=0 re-raises the handled exception)", 0, 0,
		func(arg int, _ bool) int { return -arg }, false},
	RERAISE:         {"RERAISE", "exc RERAISE  (raises exc without adding a traceback entry)", 1, 0, nil, false},
	PUSH_EXC_INFO:   {"PUSH_EXC_INFO", "exc PUSH_EXC_INFO prev exc  (exc becomes the handled exception)", 1, 2, nil, false},
	POP_EXCEPT:      {"POP_EXCEPT", "prev POP_EXCEPT  (prev becomes the handled exception again)", 1, 0, nil, false},
	CHECK_EXC_MATCH: {"CHECK_EXC_MATCH", "exc typ CHECK_EXC_MATCH exc isinstance(exc, typ)", 2, 2, nil, false},
	BEFORE_WITH:     {"BEFORE_WITH", "mgr BEFORE_WITH exit mgr.__enter__()", 1, 2, nil, false},
	WITH_EXCEPT_START: {"WITH_EXCEPT_START", "exit prev exc WITH_EXCEPT_START exit prev exc exit(type, exc, tb)",
		3, 4, nil, false},
	LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", "LOAD_ASSERTION_ERROR AssertionError", 0, 1, nil, false},
	LOAD_BUILD_CLASS:     {"LOAD_BUILD_CLASS", "LOAD_BUILD_CLASS __build_class__", 0, 1, nil, false},
	IMPORT_NAME:          {"IMPORT_NAME", "level fromlist IMPORT_NAME(name) module", 2, 1, nil, false},
	IMPORT_FROM:          {"IMPORT_FROM", "module IMPORT_FROM(name) module module.name", 1, 2, nil, false},
	IMPORT_STAR:          {"IMPORT_STAR", "module IMPORT_STAR  (binds its public names in locals)", 1, 0, nil, false},
	SETUP_ANNOTATIONS:    {"SETUP_ANNOTATIONS", "SETUP_ANNOTATIONS  (creates __annotations__ in locals)", 0, 0, nil, false},
	PRINT_EXPR:           {"PRINT_EXPR", "x PRINT_EXPR  (interactive mode: print repr(x) unless None)", 1, 0, nil, false},
	GET_LEN:              {"GET_LEN", "x GET_LEN x len(x)", 1, 2, nil, false},
	CHECK_EG_MATCH: {"CHECK_EG_MATCH", "exc typ CHECK_EG_MATCH rest match  (except*: split exc; match None if no part matches)",
		2, 2, nil, false},
	PREP_RERAISE_STAR: {"PREP_RERAISE_STAR", "orig excs PREP_RERAISE_STAR exc|None  (what an except* statement raises)", 2, 1, nil, false},
	GET_AWAITABLE:     {"GET_AWAITABLE", "x GET_AWAITABLE awaitable-iterator  (a coroutine, or x.__await__())", 1, 1, nil, false},
	GET_AITER:         {"GET_AITER", "x GET_AITER x.__aiter__()", 1, 1, nil, false},
	GET_ANEXT:         {"GET_ANEXT", "aiter GET_ANEXT aiter awaitable  (aiter.__anext__(), made awaitable)", 1, 2, nil, false},
	END_ASYNC_FOR:     {"END_ASYNC_FOR", "aiter exc END_ASYNC_FOR  (StopAsyncIteration ends the loop; anything else is re-raised)", 2, 0, nil, false},
	BEFORE_ASYNC_WITH: {"BEFORE_ASYNC_WITH", "mgr BEFORE_ASYNC_WITH aexit mgr.__aenter__()", 1, 2, nil, false},
	MATCH_SEQUENCE:    {"MATCH_SEQUENCE", "x MATCH_SEQUENCE x is-a-sequence  (not str, bytes, bytearray)", 1, 2, nil, false},
	MATCH_MAPPING:     {"MATCH_MAPPING", "x MATCH_MAPPING x is-a-mapping", 1, 2, nil, false},
	MATCH_KEYS:        {"MATCH_KEYS", "x keys MATCH_KEYS x values | x keys MATCH_KEYS x None  (a key missing)", 2, 2, nil, false},
	MATCH_REST:        {"MATCH_REST", "x keys MATCH_REST rest  (a dict of x's other items: **rest)", 2, 1, nil, false},
	MATCH_CLASS: {"MATCH_CLASS", "x cls names MATCH_CLASS(n) attrs | ... None  (n positional sub-patterns, then names)",
		3, 1, nil, false},

	LOAD_FAST__LOAD_FAST:          {"LOAD_FAST__LOAD_FAST", "LOAD_FAST__LOAD_FAST(i) locals[i] locals[j]  (then skips LOAD_FAST(j))", 0, 2, nil, false},
	LOAD_FAST__LOAD_CONST:         {"LOAD_FAST__LOAD_CONST", "LOAD_FAST__LOAD_CONST(i) locals[i] consts[j]  (then skips LOAD_CONST(j))", 0, 2, nil, false},
	LOAD_FAST__LOAD_ATTR:          {"LOAD_FAST__LOAD_ATTR", "LOAD_FAST__LOAD_ATTR(i) locals[i].name  (then skips LOAD_ATTR(name))", 0, 1, nil, false},
	STORE_FAST__LOAD_FAST:         {"STORE_FAST__LOAD_FAST", "x STORE_FAST__LOAD_FAST(i) locals[j]  (then skips LOAD_FAST(j))", 1, 1, nil, false},
	STORE_FAST__STORE_FAST:        {"STORE_FAST__STORE_FAST", "y x STORE_FAST__STORE_FAST(i)  (locals[i] = x, then STORE_FAST(j) of y, skipped)", 2, 0, nil, false},
	LOAD_FAST__BINARY_OP:          {"LOAD_FAST__BINARY_OP", "a LOAD_FAST__BINARY_OP(i) a op locals[i]  (then skips BINARY_OP(op))", 1, 1, nil, false},
	LOAD_CONST__BINARY_OP:         {"LOAD_CONST__BINARY_OP", "a LOAD_CONST__BINARY_OP(i) a op consts[i]  (then skips BINARY_OP(op))", 1, 1, nil, false},
	COMPARE_OP__POP_JUMP_IF_FALSE: {"COMPARE_OP__POP_JUMP_IF_FALSE", "a b COMPARE_OP__POP_JUMP_IF_FALSE(op)  (then POP_JUMP_IF_FALSE(target), skipped)", 2, 0, nil, false},
	FOR_ITER__STORE_FAST: {"FOR_ITER__STORE_FAST", "it FOR_ITER__STORE_FAST(target) it  (locals[j] = next(it), STORE_FAST(j) skipped) | -> target", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return -1
			}
			return 0
		}, true},
	UNPACK_SEQUENCE__STORE_FAST: {"UNPACK_SEQUENCE__STORE_FAST", "seq UNPACK_SEQUENCE__STORE_FAST(n)  (the n STORE_FASTs that follow, skipped)", 1, 0, nil, false},
	LOAD_FAST__LOAD_METHOD:      {"LOAD_FAST__LOAD_METHOD", "LOAD_FAST__LOAD_METHOD(i) meth self | NULL attr  (LOAD_METHOD(name) of locals[i], skipped)", 0, 2, nil, false},
	PUSH_NULL__LOAD_GLOBAL:      {"PUSH_NULL__LOAD_GLOBAL", "PUSH_NULL__LOAD_GLOBAL NULL x  (LOAD_GLOBAL(name), skipped)", 0, 2, nil, false},
	LOAD_FAST__BINARY_SUBSCR:    {"LOAD_FAST__BINARY_SUBSCR", "c LOAD_FAST__BINARY_SUBSCR(i) c[locals[i]]  (BINARY_SUBSCR skipped)", 1, 1, nil, false},
	BINARY_OP__STORE_FAST:       {"BINARY_OP__STORE_FAST", "a b BINARY_OP__STORE_FAST(op)  (locals[j] = a op b, STORE_FAST(j) skipped)", 2, 0, nil, false},
	LOAD_ATTR__LOAD_FAST:        {"LOAD_ATTR__LOAD_FAST", "obj LOAD_ATTR__LOAD_FAST(name) obj.name locals[j]  (LOAD_FAST(j) skipped)", 1, 2, nil, false},
	POP_JUMP_IF_FALSE__LOAD_FAST: {"POP_JUMP_IF_FALSE__LOAD_FAST", "x POP_JUMP_IF_FALSE__LOAD_FAST(target) locals[j]  (LOAD_FAST(j) skipped) | -> target", 0, 0,
		func(_ int, jump bool) int {
			if jump {
				return -1
			}
			return 0
		}, true},
	LOAD_CONST__RETURN_VALUE: {"LOAD_CONST__RETURN_VALUE", "LOAD_CONST__RETURN_VALUE(i)  (returns consts[i]; RETURN_VALUE skipped)", 0, 0, nil, false},
	LOAD_METHOD__CALL:        {"LOAD_METHOD__CALL", "obj LOAD_METHOD__CALL(name) obj.name(args)  (the CALL(n) that follows, skipped; the pair's effect for n = 0)", 1, 1, nil, false},
	LOAD_FAST__CALL:          {"LOAD_FAST__CALL", "f LOAD_FAST__CALL(i) f(..., locals[i])  (the CALL(n) that follows, skipped; the pair's effect for n = 0)", 0, 0, nil, false},
	LOAD_GLOBAL__COMPARE_OP:  {"LOAD_GLOBAL__COMPARE_OP", "x LOAD_GLOBAL__COMPARE_OP(name) x op global  (then COMPARE_OP, skipped; a POP_JUMP_IF_FALSE follows)", 1, 1, nil, false},
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if op < NumOpcodes {
		return opTable[op].name
	}
	return "OP_" + itoa(int(op))
}

// Picture returns the opcode's stack picture.
func (op Opcode) Picture() string { return opTable[op].picture }

// HasJump reports whether op's argument is a jump target.
func (op Opcode) HasJump() bool { return opTable[op].jump }

// StackEffect returns the net change in stack depth when op with argument
// arg runs; jump selects the effect when a conditional jump is taken.
func StackEffect(op Opcode, arg int, jump bool) int {
	info := &opTable[op]
	if info.effect != nil {
		return info.effect(arg, jump)
	}
	return info.push - info.pop
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
