package bytecode

// This file defines the superinstructions: pairs of instructions that
// programs run back to back so often (LOAD_FAST LOAD_FAST is one
// instruction in twenty in the bench/ programs) that running both in one
// dispatch of the interpreter loop pays.
//
// Fuse rewrites only the opcode of the pair's first instruction. The
// second one stays where it was with its argument, so that
//   - the superinstruction reads the second argument from there;
//   - a jump to the second instruction runs it alone, as before;
//   - instruction indexes, jump targets, the line table and the exception
//     table keep their meaning (the interpreter advances its pc past the
//     second instruction before running its half, so an error there is
//     reported at the second instruction's line and handler).
// Pairs may overlap (a LOAD_FAST between two others is the second half of
// one pair and the first of the next): each position is rewritten from
// the original opcodes.

// fusedOp gives, for a (first, second) pair of opcodes, the
// superinstruction that runs both.
var fusedOp = map[[2]Opcode]Opcode{
	{LOAD_FAST, LOAD_FAST}:          LOAD_FAST__LOAD_FAST,
	{LOAD_FAST, LOAD_CONST}:         LOAD_FAST__LOAD_CONST,
	{LOAD_FAST, LOAD_ATTR}:          LOAD_FAST__LOAD_ATTR,
	{STORE_FAST, LOAD_FAST}:         STORE_FAST__LOAD_FAST,
	{STORE_FAST, STORE_FAST}:        STORE_FAST__STORE_FAST,
	{LOAD_FAST, BINARY_OP}:          LOAD_FAST__BINARY_OP,
	{LOAD_CONST, BINARY_OP}:         LOAD_CONST__BINARY_OP,
	{COMPARE_OP, POP_JUMP_IF_FALSE}: COMPARE_OP__POP_JUMP_IF_FALSE,
	{FOR_ITER, STORE_FAST}:          FOR_ITER__STORE_FAST,
	{LOAD_FAST, LOAD_METHOD}:        LOAD_FAST__LOAD_METHOD,
	{PUSH_NULL, LOAD_GLOBAL}:        PUSH_NULL__LOAD_GLOBAL,
	{LOAD_FAST, BINARY_SUBSCR}:      LOAD_FAST__BINARY_SUBSCR,
	{BINARY_OP, STORE_FAST}:         BINARY_OP__STORE_FAST,
	{LOAD_ATTR, LOAD_FAST}:          LOAD_ATTR__LOAD_FAST,
	{POP_JUMP_IF_FALSE, LOAD_FAST}:  POP_JUMP_IF_FALSE__LOAD_FAST,
	{LOAD_CONST, RETURN_VALUE}:      LOAD_CONST__RETURN_VALUE,
	{LOAD_METHOD, CALL}:             LOAD_METHOD__CALL,
	{LOAD_FAST, CALL}:               LOAD_FAST__CALL,
}

// Fuse rewrites instrs in place, replacing the first instruction of each
// fusable pair by its superinstruction (see the file comment).
func Fuse(instrs []Instr) {
	if len(instrs) < 2 {
		return
	}
	prev := instrs[0].Op()
	for i := 0; i+1 < len(instrs); i++ {
		next := instrs[i+1].Op()
		if op, ok := fusedOp[[2]Opcode{prev, next}]; ok {
			instrs[i] = MakeInstr(op, instrs[i].Arg())
		} else if prev == LOAD_GLOBAL && next == COMPARE_OP && i+2 < len(instrs) && instrs[i+2].Op() == POP_JUMP_IF_FALSE {
			// x == GLOBAL as a condition: the global, then the fused
			// COMPARE_OP__POP_JUMP_IF_FALSE, in one dispatch.
			instrs[i] = MakeInstr(LOAD_GLOBAL__COMPARE_OP, instrs[i].Arg())
		} else if prev == UNPACK_SEQUENCE && storesFollow(instrs[i+1:], instrs[i].Arg()) {
			// a, b, c = seq: the values go straight into the locals.
			instrs[i] = MakeInstr(UNPACK_SEQUENCE__STORE_FAST, instrs[i].Arg())
		}
		prev = next
	}
}

// storesFollow reports whether instrs starts with n STORE_FASTs (n >= 1).
func storesFollow(instrs []Instr, n int) bool {
	if n < 1 || n > len(instrs) {
		return false
	}
	for _, in := range instrs[:n] {
		if in.Op() != STORE_FAST {
			return false
		}
	}
	return true
}

// Unfused returns the opcode pair a superinstruction stands for, or
// (op, NOP) for an ordinary opcode.
func Unfused(op Opcode) (first, second Opcode) {
	if op == UNPACK_SEQUENCE__STORE_FAST {
		return UNPACK_SEQUENCE, STORE_FAST
	}
	if op == LOAD_GLOBAL__COMPARE_OP {
		return LOAD_GLOBAL, COMPARE_OP
	}
	for pair, f := range fusedOp {
		if f == op {
			return pair[0], pair[1]
		}
	}
	return op, NOP
}
