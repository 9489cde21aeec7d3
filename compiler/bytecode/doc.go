// Package bytecode defines pystm's instruction set and the code object the
// compiler produces and the runtime executes. Each opcode is documented with
// a stack picture ("x y OP z": pops x and y, pushes z).
package bytecode
