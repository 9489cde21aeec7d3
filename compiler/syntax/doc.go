// Package syntax turns Python 3.11 source text into an abstract syntax
// tree: tokens and the scanner (INDENT/DEDENT, string and number literals),
// the tree itself (ast.go, named after Python's ast module), the
// recursive-descent parser, and SyntaxError positions that match CPython's.
package syntax
