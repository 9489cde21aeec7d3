package bytecode

import "testing"

// TestFuse checks that Fuse rewrites only the first opcode of each pair,
// keeps every argument, fuses overlapping pairs from the original opcodes
// and leaves unfusable instructions alone.
func TestFuse(t *testing.T) {
	in := []Instr{
		MakeInstr(LOAD_FAST, 1),
		MakeInstr(LOAD_FAST, 2),
		MakeInstr(LOAD_FAST, 3),
		MakeInstr(BINARY_OP, int(OpAdd)),
		MakeInstr(STORE_FAST, 4),
		MakeInstr(STORE_FAST, 5),
		MakeInstr(LOAD_FAST, 6),
		MakeInstr(COMPARE_OP, int(CmpLT)),
		MakeInstr(POP_JUMP_IF_FALSE, 0),
		MakeInstr(LOAD_FAST, 7),
	}
	want := []Opcode{
		LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_FAST, LOAD_FAST__BINARY_OP, BINARY_OP__STORE_FAST,
		STORE_FAST__STORE_FAST, STORE_FAST__LOAD_FAST, LOAD_FAST, COMPARE_OP__POP_JUMP_IF_FALSE,
		POP_JUMP_IF_FALSE__LOAD_FAST, LOAD_FAST,
	}
	args := make([]int, len(in))
	for i, x := range in {
		args[i] = x.Arg()
	}
	Fuse(in)
	for i, x := range in {
		if x.Op() != want[i] || x.Arg() != args[i] {
			t.Errorf("instr %d: %s %d, want %s %d", i, x.Op(), x.Arg(), want[i], args[i])
		}
	}
	for pair, op := range fusedOp {
		if a, b := Unfused(op); a != pair[0] || b != pair[1] {
			t.Errorf("Unfused(%s) = %s %s", op, a, b)
		}
		if StackEffect(op, 0, false) != StackEffect(pair[0], 0, false)+StackEffect(pair[1], 0, false) {
			t.Errorf("%s: stack effect %d is not the pair's", op, StackEffect(op, 0, false))
		}
	}
	Fuse(nil)

	// UNPACK_SEQUENCE n fuses only when n STORE_FASTs follow.
	un := []Instr{
		MakeInstr(UNPACK_SEQUENCE, 2), MakeInstr(STORE_FAST, 0), MakeInstr(STORE_FAST, 1),
		MakeInstr(UNPACK_SEQUENCE, 3), MakeInstr(STORE_FAST, 0), MakeInstr(STORE_FAST, 1),
		MakeInstr(STORE_ATTR, 0),
	}
	Fuse(un)
	if un[0].Op() != UNPACK_SEQUENCE__STORE_FAST || un[0].Arg() != 2 || un[3].Op() != UNPACK_SEQUENCE {
		t.Errorf("UNPACK_SEQUENCE fusion: %s %d, %s", un[0].Op(), un[0].Arg(), un[3].Op())
	}

	// LOAD_GLOBAL COMPARE_OP fuses only when a POP_JUMP_IF_FALSE follows
	// (the COMPARE_OP then becomes COMPARE_OP__POP_JUMP_IF_FALSE).
	lg := []Instr{
		MakeInstr(LOAD_GLOBAL, 1), MakeInstr(COMPARE_OP, int(CmpEQ)), MakeInstr(POP_JUMP_IF_FALSE, 9),
		MakeInstr(LOAD_GLOBAL, 2), MakeInstr(COMPARE_OP, int(CmpEQ)), MakeInstr(RETURN_VALUE, 0),
	}
	Fuse(lg)
	if lg[0].Op() != LOAD_GLOBAL__COMPARE_OP || lg[0].Arg() != 1 || lg[1].Op() != COMPARE_OP__POP_JUMP_IF_FALSE || lg[3].Op() != LOAD_GLOBAL {
		t.Errorf("LOAD_GLOBAL COMPARE_OP fusion: %s %d, %s, %s", lg[0].Op(), lg[0].Arg(), lg[1].Op(), lg[3].Op())
	}
	if a, b := Unfused(LOAD_GLOBAL__COMPARE_OP); a != LOAD_GLOBAL || b != COMPARE_OP {
		t.Errorf("Unfused(LOAD_GLOBAL__COMPARE_OP) = %s %s", a, b)
	}
}
