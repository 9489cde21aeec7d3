// Command pystm runs Python 3.11 programs.
//
// Usage:
//
//	pystm [flags] prog.py [args...]
//	pystm [flags] -c code [args...]
//	pystm [flags] - [args...]        (program from standard input)
//
// Flags stop at the first argument that is not a flag, so the program's own
// arguments pass through untouched. Threads run in parallel by default,
// -threads N at once (-parallel says so explicitly); -gil selects the
// global-lock baseline; -stm-report prints the threads' figures at exit (report.go). Exit
// status: 0, 1 after an uncaught exception, SystemExit's code,
// 2 for bad usage or a missing program file.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	goruntime "runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/pystm/pystm/runtime"
)

func main() {
	// Python programs allocate many small short-lived objects; a larger
	// heap target than Go's default (GOGC=100) spends 10-25% less time in
	// the collector on the benchmarks (design-core.md). GOGC still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(singleGCPercent)
	}
	// LANG: SIGINT raises KeyboardInterrupt; an uncaught one ends the
	// process by SIGINT, as CPython does (signal.go).
	var interrupted bool
	status := runProcess(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, &interrupted)
	if interrupted {
		dieBySIGINT()
	}
	os.Exit(status)
}

// singleGCPercent is the collector's heap target (GOGC) while one
// Python thread runs, and parallelGCPercent once threads run in
// parallel. With one thread the collector's work runs on cores the
// program leaves idle; with as many threads as cores it takes their
// time. Threads updating one dict (bench/scaling/updict.py, a tuple key
// allocated per update): user time at 2 threads 1.37-1.42 s at 400, 1.24-
// 1.27 s at 800, wall 0.74-0.77 -> 0.65-0.69 s, at 1 thread unchanged; the
// peak heap goes from about 5 to 9 times the live one (RSS 33 -> 53 MB
// there).
const (
	singleGCPercent   = 400
	parallelGCPercent = 800
)

// raiseHeapTarget is Options.OnParallel: threads now run in parallel.
func raiseHeapTarget() { debug.SetGCPercent(parallelGCPercent) }

const usageText = `usage: pystm [flags] prog.py [args...]
       pystm [flags] -c code [args...]
       pystm [flags] - [args...]   (read the program from standard input)

flags:
`

// run is the whole command, callable in-process by tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runProcess(args, stdin, stdout, stderr, nil)
}

// runProcess is run. When interrupted is not nil this is the process's
// own run: SIGINT raises KeyboardInterrupt in the program, and
// *interrupted reports that the program ended by an uncaught one.
func runProcess(args []string, stdin io.Reader, stdout, stderr io.Writer, interrupted *bool) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "pystm: internal error: %v\n%s", r, debug.Stack())
			status = 70
		}
	}()
	fs := flag.NewFlagSet("pystm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	code := fs.String("c", "", "run `code` (a Python program given as a string)")
	version := fs.Bool("version", false, "print the version and exit")
	threads := fs.Int("threads", 0, "how many Python threads run at once in parallel mode (default: the number of CPUs)")
	gil := fs.Bool("gil", defaultGIL, "run under a global interpreter lock (the baseline); -gil=false runs threads in parallel")
	parallel := fs.Bool("parallel", false, "run Python threads in parallel (the same as -gil=false)")
	stmReport := fs.Bool("stm-report", false, "print the threads' figures to stderr at exit")
	abortRate := fs.Float64("stm-abort-rate", 0, "abort each abortable transaction at commit with probability `P` (fault injection; the output must not change)")
	cpuprofile := fs.String("cpuprofile", "", "write a Go CPU profile of the run to `file`")
	memprofile := fs.String("memprofile", "", "write a Go heap profile to `file` when the program ends")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *version {
		fmt.Fprintf(stdout, "pystm %s (Python 3.11 compatible)\n", runtime.Version)
		return 0
	}
	rest := fs.Args()
	codeSet := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "c" {
			codeSet = true
		}
	})
	var src []byte
	var filename string
	var argv []string
	var path []string
	switch {
	case codeSet:
		src = []byte(*code)
		filename = "<string>"
		argv = append([]string{"-c"}, rest...)
		path = []string{""}
	case len(rest) == 0:
		fs.Usage()
		return 2
	case rest[0] == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pystm: can't read standard input: %v\n", err)
			return 2
		}
		src = b
		filename = "<stdin>"
		argv = rest
		path = []string{""}
	default:
		filename = rest[0]
		b, err := os.ReadFile(filename)
		if err != nil {
			abs, _ := filepath.Abs(filename)
			fmt.Fprintf(stderr, "pystm: can't open file '%s': [Errno 2] No such file or directory\n", abs)
			return 2
		}
		src = b
		argv = rest
		// CPython (since 3.9) names the main script by its absolute path
		// in tracebacks and __file__.
		if abs, err := filepath.Abs(filename); err == nil {
			filename = abs
		}
		path = []string{filepath.Dir(filename)}
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if *cpuprofile != "" {
		pf, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintf(stderr, "pystm: %v\n", err)
			return 2
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			fmt.Fprintf(stderr, "pystm: %v\n", err)
			return 2
		}
		defer pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		// Sample every allocation's call stack at the default rate; the
		// profile is written after the program so it covers the whole run.
		defer writeHeapProfile(*memprofile, stderr)
	}
	par, ok := parallelMode(fs, *gil, *parallel, *threads, stderr)
	if !ok {
		return 2
	}
	if !(*abortRate >= 0 && *abortRate <= 1) {
		fmt.Fprintf(stderr, "pystm: -stm-abort-rate must be between 0 and 1, not %v\n", *abortRate)
		return 2
	}
	var onParallel func()
	if os.Getenv("GOGC") == "" {
		onParallel = raiseHeapTarget
	}
	in := runtime.New(runtime.Options{Stdout: stdout, Stderr: stderr, Stdin: stdin, Argv: argv, Path: path,
		Parallel: par, Threads: *threads, STMAbortRate: *abortRate, STMReport: *stmReport, OnParallel: onParallel})
	if interrupted != nil { // LANG
		defer watchInterrupt(in)()
	}
	status = in.RunMain(src, filename)
	if interrupted != nil {
		*interrupted = in.EndedByKeyboardInterrupt()
	}
	if *stmReport {
		spans, sites := in.SpanStats()
		writeReport(stderr, in.ThreadStats(), spans, sites)
	}
	return status
}

// writeHeapProfile writes a pprof heap profile (live and cumulative
// allocations) to path, after a collection so the live figures are current.
func writeHeapProfile(path string, stderr io.Writer) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(stderr, "pystm: %v\n", err)
		return
	}
	defer f.Close()
	goruntime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintf(stderr, "pystm: %v\n", err)
	}
}
