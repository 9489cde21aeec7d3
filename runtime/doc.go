// Package runtime is pystm's Python object model and interpreter.
//
// It turns the code objects made by package compiler into running frames:
// values (value.go), the object model and types (object.go, type*.go), the
// built-in types and functions, the interpreter loop and its frames, and the
// modules written in Go. Nothing here keeps mutable package-level state:
// several Interpreters coexist in one process, and the current Python thread
// (*Thread) is passed explicitly to everything that may touch objects.
package runtime
