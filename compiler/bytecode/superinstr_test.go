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
}
