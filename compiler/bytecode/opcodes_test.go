package bytecode

import "testing"

// TestOpTableComplete checks that every opcode has its row in opTable (a
// missing row would give a wrong stack effect silently).
func TestOpTableComplete(t *testing.T) {
	for op := Opcode(0); op < NumOpcodes; op++ {
		info := opTable[op]
		if info.name == "" || info.picture == "" {
			t.Errorf("opcode %d has no row in opTable", op)
		}
	}
}

func TestInstrEncoding(t *testing.T) {
	in := MakeInstr(CALL, MaxArg)
	if in.Op() != CALL || in.Arg() != MaxArg {
		t.Errorf("MakeInstr(CALL, MaxArg) decodes as %v %d", in.Op(), in.Arg())
	}
	if got := StackEffect(CALL, 3, false); got != -4 {
		t.Errorf("CALL 3 effect %d, want -4", got)
	}
	if got := StackEffect(FOR_ITER, 0, true); got != -1 {
		t.Errorf("FOR_ITER jump effect %d, want -1", got)
	}
}
