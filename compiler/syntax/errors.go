package syntax

import "fmt"

// Error is a syntax error found while scanning or parsing, with the fields
// of Python's SyntaxError. Kind is "SyntaxError", "IndentationError" or
// "TabError". Line and Col are 1-based (Col as SyntaxError.offset);
// EndLine and EndCol are 0 when unknown. Text is the offending source line
// including its newline if it has one.
//
// Offsets follow CPython given bytes (a script file, or compile() of
// bytes): tokenizer errors count characters, parser errors count bytes
// unless the source declares its encoding (BOM or coding cookie).
// CharCol is the offset in characters, which CPython reports when
// compile() is given a str.
type Error struct {
	Kind     string
	Msg      string
	Filename string
	Line     int
	Col      int
	EndLine  int
	EndCol   int
	Text     string
	CharCol  int

	unclosed bool // an unclosed bracket found at the end of the input
	// deferred marks the tokenizer errors CPython raises only when the
	// parser reaches them (indentation, line continuation), so that they
	// do not replace a syntax error found earlier.
	deferred bool
}

// Error formats the error like the last line of a Python traceback,
// preceded by its location.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}
