package runtime

// This file declares the built-in exception classes of CPython 3.11, in
// the hierarchy of its documentation.

// The built-in exception classes.
var (
	BaseExceptionType             = &Type{Name: "BaseException", Bases: nil, flags: flagException}
	SystemExitType                = &Type{Name: "SystemExit", Bases: []*Type{BaseExceptionType}, flags: flagException}
	KeyboardInterruptType         = &Type{Name: "KeyboardInterrupt", Bases: []*Type{BaseExceptionType}, flags: flagException}
	GeneratorExitType             = &Type{Name: "GeneratorExit", Bases: []*Type{BaseExceptionType}, flags: flagException}
	BaseExceptionGroupType        = &Type{Name: "BaseExceptionGroup", Bases: []*Type{BaseExceptionType}, flags: flagException}
	ExceptionType                 = &Type{Name: "Exception", Bases: []*Type{BaseExceptionType}, flags: flagException}
	StopIterationType             = &Type{Name: "StopIteration", Bases: []*Type{ExceptionType}, flags: flagException}
	StopAsyncIterationType        = &Type{Name: "StopAsyncIteration", Bases: []*Type{ExceptionType}, flags: flagException}
	ArithmeticErrorType           = &Type{Name: "ArithmeticError", Bases: []*Type{ExceptionType}, flags: flagException}
	FloatingPointErrorType        = &Type{Name: "FloatingPointError", Bases: []*Type{ArithmeticErrorType}, flags: flagException}
	OverflowErrorType             = &Type{Name: "OverflowError", Bases: []*Type{ArithmeticErrorType}, flags: flagException}
	ZeroDivisionErrorType         = &Type{Name: "ZeroDivisionError", Bases: []*Type{ArithmeticErrorType}, flags: flagException}
	AssertionErrorType            = &Type{Name: "AssertionError", Bases: []*Type{ExceptionType}, flags: flagException}
	AttributeErrorType            = &Type{Name: "AttributeError", Bases: []*Type{ExceptionType}, flags: flagException}
	BufferErrorType               = &Type{Name: "BufferError", Bases: []*Type{ExceptionType}, flags: flagException}
	EOFErrorType                  = &Type{Name: "EOFError", Bases: []*Type{ExceptionType}, flags: flagException}
	ImportErrorType               = &Type{Name: "ImportError", Bases: []*Type{ExceptionType}, flags: flagException}
	ModuleNotFoundErrorType       = &Type{Name: "ModuleNotFoundError", Bases: []*Type{ImportErrorType}, flags: flagException}
	LookupErrorType               = &Type{Name: "LookupError", Bases: []*Type{ExceptionType}, flags: flagException}
	IndexErrorType                = &Type{Name: "IndexError", Bases: []*Type{LookupErrorType}, flags: flagException}
	KeyErrorType                  = &Type{Name: "KeyError", Bases: []*Type{LookupErrorType}, flags: flagException}
	MemoryErrorType               = &Type{Name: "MemoryError", Bases: []*Type{ExceptionType}, flags: flagException}
	NameErrorType                 = &Type{Name: "NameError", Bases: []*Type{ExceptionType}, flags: flagException}
	UnboundLocalErrorType         = &Type{Name: "UnboundLocalError", Bases: []*Type{NameErrorType}, flags: flagException}
	OSErrorType                   = &Type{Name: "OSError", Bases: []*Type{ExceptionType}, flags: flagException}
	BlockingIOErrorType           = &Type{Name: "BlockingIOError", Bases: []*Type{OSErrorType}, flags: flagException}
	ChildProcessErrorType         = &Type{Name: "ChildProcessError", Bases: []*Type{OSErrorType}, flags: flagException}
	ConnectionErrorType           = &Type{Name: "ConnectionError", Bases: []*Type{OSErrorType}, flags: flagException}
	BrokenPipeErrorType           = &Type{Name: "BrokenPipeError", Bases: []*Type{ConnectionErrorType}, flags: flagException}
	ConnectionAbortedErrorType    = &Type{Name: "ConnectionAbortedError", Bases: []*Type{ConnectionErrorType}, flags: flagException}
	ConnectionRefusedErrorType    = &Type{Name: "ConnectionRefusedError", Bases: []*Type{ConnectionErrorType}, flags: flagException}
	ConnectionResetErrorType      = &Type{Name: "ConnectionResetError", Bases: []*Type{ConnectionErrorType}, flags: flagException}
	FileExistsErrorType           = &Type{Name: "FileExistsError", Bases: []*Type{OSErrorType}, flags: flagException}
	FileNotFoundErrorType         = &Type{Name: "FileNotFoundError", Bases: []*Type{OSErrorType}, flags: flagException}
	InterruptedErrorType          = &Type{Name: "InterruptedError", Bases: []*Type{OSErrorType}, flags: flagException}
	IsADirectoryErrorType         = &Type{Name: "IsADirectoryError", Bases: []*Type{OSErrorType}, flags: flagException}
	NotADirectoryErrorType        = &Type{Name: "NotADirectoryError", Bases: []*Type{OSErrorType}, flags: flagException}
	PermissionErrorType           = &Type{Name: "PermissionError", Bases: []*Type{OSErrorType}, flags: flagException}
	ProcessLookupErrorType        = &Type{Name: "ProcessLookupError", Bases: []*Type{OSErrorType}, flags: flagException}
	TimeoutErrorType              = &Type{Name: "TimeoutError", Bases: []*Type{OSErrorType}, flags: flagException}
	ReferenceErrorType            = &Type{Name: "ReferenceError", Bases: []*Type{ExceptionType}, flags: flagException}
	RuntimeErrorType              = &Type{Name: "RuntimeError", Bases: []*Type{ExceptionType}, flags: flagException}
	NotImplementedErrorType       = &Type{Name: "NotImplementedError", Bases: []*Type{RuntimeErrorType}, flags: flagException}
	RecursionErrorType            = &Type{Name: "RecursionError", Bases: []*Type{RuntimeErrorType}, flags: flagException}
	SyntaxErrorType               = &Type{Name: "SyntaxError", Bases: []*Type{ExceptionType}, flags: flagException}
	IndentationErrorType          = &Type{Name: "IndentationError", Bases: []*Type{SyntaxErrorType}, flags: flagException}
	TabErrorType                  = &Type{Name: "TabError", Bases: []*Type{IndentationErrorType}, flags: flagException}
	SystemErrorType               = &Type{Name: "SystemError", Bases: []*Type{ExceptionType}, flags: flagException}
	TypeErrorType                 = &Type{Name: "TypeError", Bases: []*Type{ExceptionType}, flags: flagException}
	ValueErrorType                = &Type{Name: "ValueError", Bases: []*Type{ExceptionType}, flags: flagException}
	UnicodeErrorType              = &Type{Name: "UnicodeError", Bases: []*Type{ValueErrorType}, flags: flagException}
	UnicodeDecodeErrorType        = &Type{Name: "UnicodeDecodeError", Bases: []*Type{UnicodeErrorType}, flags: flagException}
	UnicodeEncodeErrorType        = &Type{Name: "UnicodeEncodeError", Bases: []*Type{UnicodeErrorType}, flags: flagException}
	UnicodeTranslateErrorType     = &Type{Name: "UnicodeTranslateError", Bases: []*Type{UnicodeErrorType}, flags: flagException}
	WarningType                   = &Type{Name: "Warning", Bases: []*Type{ExceptionType}, flags: flagException}
	BytesWarningType              = &Type{Name: "BytesWarning", Bases: []*Type{WarningType}, flags: flagException}
	DeprecationWarningType        = &Type{Name: "DeprecationWarning", Bases: []*Type{WarningType}, flags: flagException}
	EncodingWarningType           = &Type{Name: "EncodingWarning", Bases: []*Type{WarningType}, flags: flagException}
	FutureWarningType             = &Type{Name: "FutureWarning", Bases: []*Type{WarningType}, flags: flagException}
	ImportWarningType             = &Type{Name: "ImportWarning", Bases: []*Type{WarningType}, flags: flagException}
	PendingDeprecationWarningType = &Type{Name: "PendingDeprecationWarning", Bases: []*Type{WarningType}, flags: flagException}
	ResourceWarningType           = &Type{Name: "ResourceWarning", Bases: []*Type{WarningType}, flags: flagException}
	RuntimeWarningType            = &Type{Name: "RuntimeWarning", Bases: []*Type{WarningType}, flags: flagException}
	SyntaxWarningType             = &Type{Name: "SyntaxWarning", Bases: []*Type{WarningType}, flags: flagException}
	UnicodeWarningType            = &Type{Name: "UnicodeWarning", Bases: []*Type{WarningType}, flags: flagException}
	UserWarningType               = &Type{Name: "UserWarning", Bases: []*Type{WarningType}, flags: flagException}
)

// exceptionTypes lists every built-in exception class, for the builtins namespace.
var exceptionTypes = []*Type{
	BaseExceptionType,
	SystemExitType,
	KeyboardInterruptType,
	GeneratorExitType,
	BaseExceptionGroupType,
	ExceptionGroupType,
	ExceptionType,
	StopIterationType,
	StopAsyncIterationType,
	ArithmeticErrorType,
	FloatingPointErrorType,
	OverflowErrorType,
	ZeroDivisionErrorType,
	AssertionErrorType,
	AttributeErrorType,
	BufferErrorType,
	EOFErrorType,
	ImportErrorType,
	ModuleNotFoundErrorType,
	LookupErrorType,
	IndexErrorType,
	KeyErrorType,
	MemoryErrorType,
	NameErrorType,
	UnboundLocalErrorType,
	OSErrorType,
	BlockingIOErrorType,
	ChildProcessErrorType,
	ConnectionErrorType,
	BrokenPipeErrorType,
	ConnectionAbortedErrorType,
	ConnectionRefusedErrorType,
	ConnectionResetErrorType,
	FileExistsErrorType,
	FileNotFoundErrorType,
	InterruptedErrorType,
	IsADirectoryErrorType,
	NotADirectoryErrorType,
	PermissionErrorType,
	ProcessLookupErrorType,
	TimeoutErrorType,
	ReferenceErrorType,
	RuntimeErrorType,
	NotImplementedErrorType,
	RecursionErrorType,
	SyntaxErrorType,
	IndentationErrorType,
	TabErrorType,
	SystemErrorType,
	TypeErrorType,
	ValueErrorType,
	UnicodeErrorType,
	UnicodeDecodeErrorType,
	UnicodeEncodeErrorType,
	UnicodeTranslateErrorType,
	WarningType,
	BytesWarningType,
	DeprecationWarningType,
	EncodingWarningType,
	FutureWarningType,
	ImportWarningType,
	PendingDeprecationWarningType,
	ResourceWarningType,
	RuntimeWarningType,
	SyntaxWarningType,
	UnicodeWarningType,
	UserWarningType,
}

// EnvironmentError and IOError are aliases of OSError.
