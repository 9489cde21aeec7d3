package compiler

// This file defines the last stage of code generation: the instructions of
// a unit, with symbolic labels and pseudo-instructions that mark where each
// exception handler is set up, become a bytecode.Code with absolute jump
// targets, an exception table and an exact maximum stack depth.

import (
	"fmt"

	"github.com/pystm/pystm/compiler/bytecode"
)

// opSetup is the pseudo-instruction that sets up handler arg: the stack
// depth where it is reached is the depth the handler restores. It emits
// nothing.
const opSetup = bytecode.Opcode(0xff)

type instr struct {
	op      bytecode.Opcode
	arg     int
	target  int // label index for jumps and opSetup's handler, else -1
	line    int
	handler int // the handler covering this instruction, or -1
}

type handler struct {
	label  int
	depth  int // set by the stack-depth pass; -1 while unknown
	adjust int // values above the handler's depth when it is set up (with: the __enter__ result)
}

// assemble finishes u's code object.
func (u *unit) assemble() error {
	depths, maxDepth, err := u.stackDepths()
	if err != nil {
		return err
	}
	_ = depths
	// Drop pseudo-instructions and map old indexes to new ones.
	newIndex := make([]int, len(u.instrs)+1)
	n := 0
	for i, in := range u.instrs {
		newIndex[i] = n
		if in.op != opSetup {
			n++
		}
	}
	newIndex[len(u.instrs)] = n
	code := u.code
	code.Instrs = make([]bytecode.Instr, 0, n)
	code.Lines = make([]int32, 0, n)
	handlers := make([]int, 0, n)
	for _, in := range u.instrs {
		if in.op == opSetup {
			continue
		}
		arg := in.arg
		if in.target >= 0 {
			arg = newIndex[u.labels[in.target]]
		}
		if arg < 0 || arg > bytecode.MaxArg {
			return fmt.Errorf("compiler: argument %d of %s out of range", arg, in.op)
		}
		code.Instrs = append(code.Instrs, bytecode.MakeInstr(in.op, arg))
		code.Lines = append(code.Lines, int32(in.line))
		handlers = append(handlers, in.handler)
	}
	// Runs of instructions with the same handler become table rows.
	for i := 0; i < len(handlers); {
		h := handlers[i]
		j := i + 1
		for j < len(handlers) && handlers[j] == h {
			j++
		}
		if h >= 0 {
			hd := u.handlers[h]
			depth := hd.depth
			if depth < 0 {
				depth = 0
			}
			code.ExcTable = append(code.ExcTable, bytecode.ExcEntry{
				Start: i, End: j, Handler: newIndex[u.labels[hd.label]], Depth: depth,
			})
		}
		i = j
	}
	code.MaxStack = maxDepth
	code.Consts = u.consts
	bytecode.Fuse(code.Instrs)
	return nil
}

// stackDepths walks every path through the unit and returns the depth on
// entry to each instruction and the maximum depth reached.
func (u *unit) stackDepths() ([]int, int, error) {
	depth := make([]int, len(u.instrs)+1)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	visit := func(i, d int) error {
		if d < 0 {
			return fmt.Errorf("compiler: stack underflow at %d in %s", i, u.code.QualName)
		}
		if d > maxDepth {
			maxDepth = d
		}
		if depth[i] < 0 {
			depth[i] = d
			work = append(work, i)
		} else if depth[i] != d {
			return fmt.Errorf("compiler: inconsistent stack depth at %d (%s) in %s (%d vs %d)", i, u.instrs[i].op, u.code.QualName, depth[i], d)
		}
		return nil
	}
	if len(u.instrs) == 0 {
		return depth, 0, nil
	}
	if err := visit(0, 0); err != nil {
		return nil, 0, err
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		if i >= len(u.instrs) {
			continue
		}
		in := u.instrs[i]
		d := depth[i]
		if in.op == opSetup {
			h := &u.handlers[in.arg]
			h.depth = d - h.adjust
			if err := visit(u.labels[h.label], h.depth+1); err != nil {
				return nil, 0, err
			}
			if err := visit(i+1, d); err != nil {
				return nil, 0, err
			}
			continue
		}
		if in.op.HasJump() {
			if err := visit(u.labels[in.target], d+bytecode.StackEffect(in.op, in.arg, true)); err != nil {
				return nil, 0, err
			}
		}
		switch in.op {
		case bytecode.JUMP, bytecode.RETURN_VALUE, bytecode.RAISE_VARARGS, bytecode.RERAISE:
			continue
		}
		if err := visit(i+1, d+bytecode.StackEffect(in.op, in.arg, false)); err != nil {
			return nil, 0, err
		}
	}
	// Pushes inside an instruction never exceed its inputs plus outputs, so
	// the depths between instructions bound the stack.
	return depth, maxDepth, nil
}
