package syntax

// tokKind is the kind of a token. Operators and keywords have kinds of
// their own so that the parser compares integers, not strings.
type tokKind uint8

const (
	tEOF tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString

	// operators and delimiters
	tLpar
	tRpar
	tLsqb
	tRsqb
	tLbrace
	tRbrace
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVbar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVbarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRarrow
	tEllipsis
	tColonEqual
	tErrorOp // a character that is no token ($, ?, !, `)

	// keywords
	tFalse
	tNone
	tTrue
	tAnd
	tAs
	tAssert
	tAsync
	tAwait
	tBreak
	tClass
	tContinue
	tDef
	tDel
	tElif
	tElse
	tExcept
	tFinally
	tFor
	tFrom
	tGlobal
	tIf
	tImport
	tIn
	tIs
	tLambda
	tNonlocal
	tNot
	tOr
	tPass
	tRaise
	tReturn
	tTry
	tWhile
	tWith
	tYield
	numTokKinds
)

var tokNames = [numTokKinds]string{
	tEOF: "end of file", tNewline: "newline", tIndent: "indent", tDedent: "dedent",
	tName: "name", tNumber: "number", tString: "string",
	tLpar: "(", tRpar: ")", tLsqb: "[", tRsqb: "]", tLbrace: "{", tRbrace: "}",
	tColon: ":", tComma: ",", tSemi: ";", tPlus: "+", tMinus: "-", tStar: "*",
	tSlash: "/", tVbar: "|", tAmper: "&", tLess: "<", tGreater: ">", tEqual: "=",
	tDot: ".", tPercent: "%", tEqEqual: "==", tNotEqual: "!=", tLessEqual: "<=",
	tGreaterEqual: ">=", tTilde: "~", tCircumflex: "^", tLeftShift: "<<",
	tRightShift: ">>", tDoubleStar: "**", tPlusEqual: "+=", tMinEqual: "-=",
	tStarEqual: "*=", tSlashEqual: "/=", tPercentEqual: "%=", tAmperEqual: "&=",
	tVbarEqual: "|=", tCircumflexEqual: "^=", tLeftShiftEqual: "<<=",
	tRightShiftEqual: ">>=", tDoubleStarEqual: "**=", tDoubleSlash: "//",
	tDoubleSlashEqual: "//=", tAt: "@", tAtEqual: "@=", tRarrow: "->",
	tEllipsis: "...", tColonEqual: ":=", tErrorOp: "error",
	tFalse: "False", tNone: "None", tTrue: "True", tAnd: "and", tAs: "as",
	tAssert: "assert", tAsync: "async", tAwait: "await", tBreak: "break",
	tClass: "class", tContinue: "continue", tDef: "def", tDel: "del",
	tElif: "elif", tElse: "else", tExcept: "except", tFinally: "finally",
	tFor: "for", tFrom: "from", tGlobal: "global", tIf: "if", tImport: "import",
	tIn: "in", tIs: "is", tLambda: "lambda", tNonlocal: "nonlocal", tNot: "not",
	tOr: "or", tPass: "pass", tRaise: "raise", tReturn: "return", tTry: "try",
	tWhile: "while", tWith: "with", tYield: "yield",
}

func (k tokKind) String() string { return tokNames[k] }

// isKeyword reports whether k is a hard keyword.
func (k tokKind) isKeyword() bool { return k >= tFalse }

// keywords maps each hard keyword to its kind. Soft keywords (match, case,
// _) are names: the parser recognises them by context.
var keywords = func() map[string]tokKind {
	m := make(map[string]tokKind)
	for k := tFalse; k < numTokKinds; k++ {
		m[tokNames[k]] = k
	}
	return m
}()

// token is one token. Val is the identifier of a name, and the source text
// of a number or string literal (prefix and quotes included). Columns are
// 0-based byte offsets; End is exclusive.
type token struct {
	kind            tokKind
	val             string
	line, col       int
	endLine, endCol int
	level           int // bracket nesting depth where the token starts
}
