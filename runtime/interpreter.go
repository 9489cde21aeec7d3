package runtime

import (
	"errors"
	"io"
)

// Interpreter is one Python interpreter: its builtins, its modules, its
// standard streams. Several may coexist in one process.
type Interpreter struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	Argv   []string

	recursionLimit int
}

// Frame is one activation of a code object (being written).
type Frame struct {
	back *Frame
}

func (t *Thread) recursionError(msg string) error {
	return errors.New("RecursionError: maximum recursion depth exceeded" + msg)
}
