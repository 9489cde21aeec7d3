package runtime

// This file defines Interpreter, one Python interpreter with its builtins,
// modules and standard streams, and the entry points that run a program.

import (
	"bufio"
	"io"
	"os"
	"sync"
	"sync/atomic"
)

type atomicInt = atomic.Int64

// Options configure a new Interpreter.
type Options struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	Argv   []string // sys.argv
	// Path lists the directories searched by import (sys.path); the
	// script's directory first. The directories of the PYSTMPATH
	// environment variable (colon-separated, like PYTHONPATH) follow unless
	// IgnoreEnvironment is set.
	Path []string
	// IgnoreEnvironment leaves PYSTMPATH out of sys.path (CPython's -E).
	IgnoreEnvironment bool
	// Modules are modules written in Go that this interpreter can import
	// besides the built-in ones (see also Interpreter.RegisterModule).
	Modules map[string]ModuleFunc
	// Parallel runs Python threads at the same time (up to Threads at
	// once); shared objects are touched holding the token (token.go).
	// False is the GIL baseline (-gil).
	Parallel bool
	// Threads bounds how many threads run Python at once in parallel
	// mode (run slots); zero or less means GOMAXPROCS.
	Threads int
	// STMAbortRate is the probability that an abortable transaction
	// (span.go) is aborted at commit and run again: fault injection that
	// must not change any program's output (-stm-abort-rate).
	STMAbortRate float64
	// STMReport records what -stm-report prints about conflicts (the
	// readers' and writers' sites, what was read), at a small cost per
	// lock-free read and shared write; without it conflicts are only
	// counted.
	STMReport bool
	// OnParallel, if set, is called once, by the thread that starts it,
	// when a second thread first runs Python in parallel mode: the
	// process may then tune what depends on threads using every core (the
	// command raises the collector's heap target, cmd/pystm).
	OnParallel func()
}

// Interpreter is one Python interpreter: its builtins, its modules, its
// standard streams. Several may coexist in one process.
type Interpreter struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	Argv   []string

	Builtins *Dict
	builtins *Module

	mu             sync.Mutex // guards sources
	sources        map[string][]string
	stdin          *bufio.Reader // sys.stdin's buffer, made on first use
	modules        *Dict         // sys.modules
	sys            *Module
	path           []string
	recursionLimit int
	modMu          sync.Mutex // guards goModules
	goModules      map[string]ModuleFunc
	importWaits    importWaits    // which module load each thread waits for
	threads        *threadRuntime // THREADS: GIL, thread registry
	spans          spanConfig     // SPAN: transaction policy (span.go)
	onParallel     func()         // Options.OnParallel
	// outMu serialises writes to Stdout and Stderr in parallel mode,
	// where threads print at the same time (token.go).
	outMu                sync.Mutex
	serialOut, serialErr *serialWriter
	// intMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
	intMaxStrDigits atomicInt
	files           openFiles   // open files with buffered writes (mod_io_file.go)
	atexit          atexitState // atexit callbacks (mod_atexit.go)

	// consume is the consumers' hidden code (consume.go), made on first use.
	consume atomic.Pointer[consumeLib]

	// LANG: SIGINT (interrupt.go)
	intr interruptState
}

// New returns an interpreter with its builtins and sys module ready.
func New(opts Options) *Interpreter {
	in := &Interpreter{Stdout: opts.Stdout, Stderr: opts.Stderr, Stdin: opts.Stdin, Argv: opts.Argv,
		recursionLimit: defaultRecursionLimit, path: initialPath(opts), onParallel: opts.OnParallel}
	builtinsSealed.Store(true)
	for name, create := range opts.Modules {
		in.RegisterModule(name, create)
	}
	in.intMaxStrDigits.Store(4300)
	if in.Stdout == nil {
		in.Stdout = os.Stdout
	}
	if in.Stderr == nil {
		in.Stderr = os.Stderr
	}
	if in.Stdin == nil {
		in.Stdin = os.Stdin
	}
	in.Builtins = NewDict()
	populateBuiltins(in.Builtins)
	addExecBuiltins(in.Builtins)
	in.modules = NewDict()
	in.builtins = &Module{Name: "builtins", Dict: in.Builtins}
	in.Builtins.SetStr("__name__", NewStr("builtins"))
	in.modules.SetStr("builtins", FromObject(in.builtins))
	in.sys = newSysModule(in)
	in.modules.SetStr("sys", FromObject(in.sys))
	in.threads = newThreadRuntime(in, opts) // THREADS (also adds sys.setswitchinterval)
	in.initSpans(opts)                      // SPAN: transaction policy (span.go)
	if opts.Parallel {
		in.serialOut = &serialWriter{in: in}
		in.serialErr = &serialWriter{in: in, stderr: true}
	}
	return in
}

func (t *Thread) recursionError(msg string) error {
	return Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", msg)
}

// RunMain runs src as the __main__ module and returns the process exit
// status: 0, 1 after printing an uncaught exception, or SystemExit's code.
func (in *Interpreter) RunMain(src []byte, filename string) int {
	t := in.NewThread()
	in.threads.enterMain(t) // THREADS
	m := NewModule("__main__")
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__spec__", None)
	m.Dict.SetStr("__file__", NewStr(filename))
	m.Dict.SetStr("__builtins__", FromObject(in.builtins))
	in.modules.SetStr("__main__", FromObject(m))
	status := 0
	// LANG: Interrupt raises KeyboardInterrupt in t; an uncaught one ends
	// with status 130 (the command then ends itself by SIGINT).
	defer in.enterMainProgram(t)()
	err := t.execSource(src, filename, m.Dict, m.Dict)
	if err != nil {
		status = t.handleUncaught(err)
	}
	status = in.keyboardInterruptStatus(err, status)
	in.RunAtExit(t)                         // MODS-B: atexit callbacks, then open files' buffers
	status = in.threads.exitMain(t, status) // THREADS: waits for non-daemon threads as CPython's Py_Finalize does
	in.FlushFiles()                         // what threads wrote after the callbacks ran
	return status
}

// handleUncaught prints an exception that reached the top level (or
// handles SystemExit) and returns the exit status.
func (t *Thread) handleUncaught(err error) int {
	exc, ok := err.(*Exception)
	if !ok {
		_, _ = t.Stderr().Write([]byte("pystm: internal error: " + err.Error() + "\n"))
		return 70
	}
	if exc.Matches(SystemExitType) {
		code := None
		if len(exc.Args) == 1 {
			code = exc.Args[0]
		} else if len(exc.Args) > 1 {
			code = NewTuple(append([]Value(nil), exc.Args...))
		}
		if v := exc.GetField("code"); v.IsValid() {
			code = v
		}
		switch {
		case code.IsNone():
			return 0
		case code.IsInt():
			return int(code.AsInt()) & 0xff
		case code.IsBool():
			if code.AsBool() {
				return 1
			}
			return 0
		}
		s, err := StrOf(t, code)
		if err != nil {
			s = "<exception str() failed>"
		}
		_, _ = t.Stderr().Write([]byte(s + "\n"))
		return 1
	}
	t.PrintException(exc)
	return 1
}

// IntMaxStrDigits is the limit on digits in int/str conversions (CPython
// 3.11's sys.get_int_max_str_digits(); 0 means no limit).
func (t *Thread) IntMaxStrDigits() int {
	if t == nil || t.interp == nil {
		return 4300
	}
	return int(t.interp.intMaxStrDigits.Load())
}
