// Package compiler turns a syntax tree into bytecode: symtable.go resolves
// every name to a scope (local, cell, free, explicit or implicit global),
// and codegen*.go emit instructions, build the exception table and compute
// each code object's exact maximum stack depth (assemble.go).
package compiler
