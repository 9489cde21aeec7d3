// Package syntax turns Python 3.11 source text into an abstract syntax
// tree: tokens and the scanner (INDENT/DEDENT, string and number literals),
// the tree itself (ast.go, named after Python's ast module), the
// recursive-descent parser, and SyntaxError positions that match CPython's.
//
// Entry points: Parse (a module, exec mode), ParseExpr (eval mode) and
// ParseSingle (single mode). Errors are *Error values carrying the fields
// of Python's SyntaxError. Dump prints a tree as Python's ast.dump does.
//
// Files, in the order source flows through them:
//
//	encoding.go      PEP 263 coding cookies, BOM, invalid UTF-8
//	                 (codecs_table.go: single-byte codecs)
//	token.go         token kinds
//	scanner.go       the tokenizer: indentation, brackets, names, strings
//	scan_number.go   number literals and their errors
//	parser.go        entry points, token buffer, speculative parses
//	parse_errors.go  where errors go and which one wins
//	parse_stmt.go    simple statements and assignments
//	parse_compound.go  blocks and compound statements, def, class
//	parse_expr.go    expressions, calls, displays, comprehensions
//	parse_hints.go   CPython's error rules for expressions (comma, '=')
//	params.go        def and lambda parameters
//	targets.go       assignment/for/del targets and their errors
//	match.go         match statements and patterns
//	literals.go      number and string values, escapes, concatenation
//	fstring.go       f-strings (3.11: one token, fields parsed afterwards)
//	ast.go           the tree; walk.go visits it; dump.go prints it
//	names_table.go, unicode_names.go   \N{...} names; nfkc_table.go: NFKC
//
// How errors follow CPython. CPython's PEG parser parses twice: a first
// pass without error rules, then, if that fails, a second pass where
// "invalid_*" rules raise specific messages; a generic "invalid syntax" is
// placed at the furthest token the first pass read, and a tokenizer error
// later in the file, or a bracket never closed, may replace it. This
// parser is a single recursive descent that mirrors that: it tracks the
// furthest token read outside speculative parses (try), applies the
// error rules at the points where CPython's second pass would reach them,
// and in fail() lets later tokenizer errors take precedence as CPython
// does. The expectations in testdata are produced by python3 (CPython
// 3.11.7) with the scripts there, never written by hand.
package syntax
