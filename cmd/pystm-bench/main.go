// Command pystm-bench is pystm's benchmark harness. It runs the programs of
// bench/ under pystm in its modes and under the other interpreters it finds
// (python3, pypy3) or is given, over a list of thread counts, and reports the
// median time, spread, speedup, parallel efficiency, ratios and peak memory
// of each, as a terminal table, Markdown, JSON and SVG plots.
//
// Usage:
//
//	pystm-bench [flags]
//
// With no flags it builds ./cmd/pystm, runs the default suite of
// bench/suite.json at 1, 2, 4, ... threads up to the CPU count, and writes
// results.json, results.md, scaling.svg and ratios.svg to bench/results/.
// Run it from inside the pystm module. See -h for the flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		// After the first interrupt, a second one kills the harness at once.
		<-ctx.Done()
		stop()
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses besides 0.
const (
	exitError       = 1   // the harness could not do its job
	exitUsage       = 2   // bad flags
	exitRegression  = 3   // -compare found a slower or newly failing cell
	exitInterrupted = 130 // stopped by Ctrl-C; finished results were written
)

// options are the parsed flags.
type options struct {
	benchDir, suitePath, outDir string
	programs, interps           []string
	sizeClass                   string
	threads                     []int
	warmup, runs                int
	timeout, budget             time.Duration
	extra                       []Interp
	pystmBin                    string
	noPystm                     bool
	reference                   string
	comparePath                 string
	threshold                   float64
	list, quiet                 bool
	reportPath                  string
}

// parseFlags parses the command line.
func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("pystm-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: pystm-bench [flags]")
		fmt.Fprintln(stderr, "Runs the bench/ suite under pystm, python3, pypy3 and -interp commands over thread counts;")
		fmt.Fprintln(stderr, "prints a table and writes results.json, results.md, scaling.svg and ratios.svg.")
		fs.PrintDefaults()
	}
	fs.StringVar(&o.benchDir, "bench", "", "the benchmark `dir`ectory (default: bench/ of the enclosing Go module)")
	fs.StringVar(&o.suitePath, "suite", "", "suite description `file` (default: suite.json in the bench directory)")
	fs.StringVar(&o.outDir, "out", "", "`dir`ectory for results.json, results.md and the SVG plots (default: results/ in the bench directory; \"-\" writes none)")
	programs := fs.String("programs", "", "comma-separated `names` of the programs to run (default: all with a size for -size)")
	interps := fs.String("interps", "", "comma-separated `names` of the interpreters to run (default: all found)")
	fs.StringVar(&o.sizeClass, "size", "default", "size class from the suite: tiny, default, ref (CPython 3.11 takes 1-3 s) or large")
	threads := fs.String("threads", "", "comma-separated thread `counts` (default: 1, 2, 4, ... up to the CPU count)")
	fs.IntVar(&o.warmup, "warmup", 1, "uncounted warm-up runs per interpreter and cell")
	fs.IntVar(&o.runs, "runs", 3, "counted runs per interpreter and cell")
	fs.DurationVar(&o.timeout, "timeout", 3*time.Minute, "time limit of one run")
	fs.DurationVar(&o.budget, "budget", 5*time.Minute, "time the suite should take: once the runs so far predict an overrun, later cells get no warm-up and fewer counted runs (at least 1; noted in the results); 0 for no limit")
	fs.Func("interp", "add an interpreter: `name=command args...` (repeatable; no shell quoting)", func(s string) error {
		in, err := parseInterpSpec(s)
		if err == nil {
			o.extra = append(o.extra, in)
		}
		return err
	})
	fs.StringVar(&o.pystmBin, "pystm", "", "pystm `binary` to measure (default: go build ./cmd/pystm)")
	fs.BoolVar(&o.noPystm, "no-pystm", false, "do not measure pystm")
	fs.StringVar(&o.reference, "ref", "python3", "reference `interpreter` whose checksums every run must match and against which ratios are drawn")
	fs.StringVar(&o.comparePath, "compare", "", "earlier results.json `file` to compare with; exit status 3 when a cell got slower or failing")
	fs.Float64Var(&o.threshold, "threshold", 0.10, "relative change that -compare flags")
	fs.BoolVar(&o.list, "list", false, "list the suite's programs and exit")
	fs.StringVar(&o.reportPath, "report", "", "run nothing: redraw the table, Markdown and plots of an earlier results.json `file`")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on stderr")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (see -h)", fs.Arg(0))
	}
	o.programs = splitList(*programs)
	o.interps = splitList(*interps)
	if *threads == "" {
		o.threads = defaultThreads(runtime.NumCPU())
	} else {
		for _, s := range splitList(*threads) {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return nil, fmt.Errorf("-threads: %q is not a positive count", s)
			}
			o.threads = append(o.threads, n)
		}
	}
	if len(o.threads) == 0 || o.threads[0] != 1 {
		// Speedup and efficiency are relative to 1 thread, so it always runs.
		o.threads = append([]int{1}, o.threads...)
	}
	switch {
	case o.runs < 1:
		return nil, errors.New("-runs must be at least 1")
	case o.warmup < 0:
		return nil, errors.New("-warmup must not be negative")
	case o.threshold <= 0:
		return nil, errors.New("-threshold must be positive")
	case o.timeout <= 0:
		return nil, errors.New("-timeout must be positive")
	case o.budget < 0:
		return nil, errors.New("-budget must not be negative")
	}
	return o, nil
}

// defaultThreads returns 1, 2, 4, ... up to n, and n itself.
func defaultThreads(n int) []int {
	var ts []int
	for t := 1; t < n; t *= 2 {
		ts = append(ts, t)
	}
	return append(ts, n)
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// run is the whole command; it returns the exit status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	started := time.Now()
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "pystm-bench:", err)
		return exitUsage
	}
	fail := func(err error) int {
		fmt.Fprintln(stderr, "pystm-bench:", err)
		return exitError
	}
	if o.reportPath != "" {
		res, err := readResults(o.reportPath)
		if err != nil {
			return fail(err)
		}
		if o.outDir == "" {
			o.outDir = filepath.Dir(o.reportPath)
		}
		return emit(res, o, stdout, stderr)
	}
	root := ""
	if o.benchDir == "" || (!o.noPystm && o.pystmBin == "") {
		wd, err := os.Getwd()
		if err != nil {
			return fail(err)
		}
		if root, err = moduleRoot(wd); err != nil {
			return fail(err)
		}
	}
	if o.benchDir == "" {
		o.benchDir = filepath.Join(root, "bench")
	}
	if o.benchDir, err = filepath.Abs(o.benchDir); err != nil {
		return fail(err)
	}
	if o.suitePath == "" {
		o.suitePath = filepath.Join(o.benchDir, "suite.json")
	}
	if o.outDir == "" {
		o.outDir = filepath.Join(o.benchDir, "results")
	}
	suite, err := loadSuite(o.suitePath)
	if err != nil {
		return fail(err)
	}
	if o.list {
		for _, p := range suite {
			kind := "single-threaded"
			if p.Parallel {
				kind = "parallel"
			}
			fmt.Fprintf(stdout, "%-16s %-28s %-15s sizes %v\n", p.Name, p.File, kind, p.Sizes)
		}
		return 0
	}
	progs, notes, err := selectPrograms(suite, o.programs, o.sizeClass, o.benchDir)
	if err != nil {
		return fail(err)
	}
	if len(progs) == 0 {
		return fail(fmt.Errorf("no program of %s has a %q size and exists", o.suitePath, o.sizeClass))
	}
	for _, n := range notes {
		fmt.Fprintln(stderr, "pystm-bench:", n)
	}
	interps, cleanup, err := gatherInterps(ctx, o, root, stderr)
	defer cleanup()
	if err != nil {
		return fail(err)
	}
	res := &Results{
		Machine: thisMachine(), Started: time.Now(), SizeClass: o.sizeClass, Threads: o.threads,
		Warmup: o.warmup, Runs: o.runs, Interps: interps, Notes: notes,
	}
	for _, in := range interps {
		if in.Name == o.reference {
			res.Reference = o.reference
		}
	}
	if res.Reference == "" {
		res.Notes = append(res.Notes, fmt.Sprintf("No reference interpreter %q: checksums are compared only between runs.", o.reference))
	}
	cfg := config{benchDir: o.benchDir, sizeClass: o.sizeClass, threads: o.threads,
		warmup: o.warmup, runs: o.runs, timeout: o.timeout, reference: res.Reference}
	prog := newProgress(stderr, o.quiet, totalRuns(progs, o.threads, len(interps), o.warmup+o.runs))
	plan := newBudget(o.budget, started, o.warmup, o.runs)
	groupsLeft := totalRuns(progs, o.threads, 1, 1)
	for _, p := range progs {
		for _, t := range p.threadCounts(o.threads) {
			if ctx.Err() != nil {
				break
			}
			w, r, changed := plan.plan(groupsLeft, len(interps))
			if changed {
				res.Notes = append(res.Notes, plan.note(p, t))
				prog.total -= groupsLeft * len(interps) * (cfg.warmup + cfg.runs - w - r)
			}
			cfg.warmup, cfg.runs = w, r
			start := time.Now()
			cells, err := group(ctx, cfg, interps, p, t, prog.tick)
			if err != nil {
				break
			}
			plan.record(len(interps)*(w+r), time.Since(start))
			groupsLeft--
			res.Cells = append(res.Cells, cells...)
			prog.cellsDone(cells)
		}
	}
	prog.finish()
	res.Seconds = time.Since(res.Started).Seconds()
	res.Interrupted = ctx.Err() != nil
	status := emit(res, o, stdout, stderr)
	if res.Interrupted && status != exitError {
		return exitInterrupted
	}
	return status
}

// emit prints the table, writes the result files and, with -compare, the
// changes since an earlier run; it returns the exit status.
func emit(res *Results, o *options, stdout, stderr io.Writer) int {
	res.writeText(stdout)
	if err := writeOutputs(res, o.outDir); err != nil {
		fmt.Fprintln(stderr, "pystm-bench:", err)
		return exitError
	}
	if o.outDir != "-" {
		fmt.Fprintf(stderr, "pystm-bench: wrote results.json, results.md, scaling.svg and ratios.svg to %s\n", o.outDir)
	}
	if o.comparePath == "" {
		return 0
	}
	old, err := readResults(o.comparePath)
	if err != nil {
		fmt.Fprintln(stderr, "pystm-bench:", err)
		return exitError
	}
	if writeChanges(stdout, compare(old, res, o.threshold), o.threshold, o.comparePath) {
		return exitRegression
	}
	return 0
}

// gatherInterps finds the interpreters to run, in a fixed order: python3,
// pypy3, pystm's modes, then those named with -interp. The returned cleanup
// removes a temporary pystm build.
func gatherInterps(ctx context.Context, o *options, root string, stderr io.Writer) ([]Interp, func(), error) {
	cleanup := func() {}
	var all []Interp
	if in, ok := findOnPath("python3", "python3"); ok {
		all = append(all, describe(ctx, in, true))
	}
	if in, ok := findOnPath("pypy3", "pypy3"); ok {
		all = append(all, describe(ctx, in, true))
	}
	want := func(name string) bool {
		if len(o.interps) == 0 {
			return true
		}
		for _, n := range o.interps {
			if n == name || (n == "pystm" && strings.HasPrefix(name, "pystm")) {
				return true
			}
		}
		return false
	}
	if !o.noPystm && want("pystm") {
		bin := o.pystmBin
		var buildErr error
		if bin == "" {
			dir, err := os.MkdirTemp("", "pystm-bench-")
			if err != nil {
				return nil, cleanup, err
			}
			cleanup = func() { os.RemoveAll(dir) }
			fmt.Fprintln(stderr, "pystm-bench: building ./cmd/pystm ...")
			bin, buildErr = buildPystm(ctx, root, dir)
		}
		if buildErr != nil {
			fmt.Fprintln(stderr, "pystm-bench:", buildErr)
			all = append(all, brokenPystm(buildErr.Error())...)
		} else {
			for _, in := range pystmModes(ctx, bin) {
				all = append(all, describe(ctx, in, false))
			}
		}
	}
	for _, in := range o.extra {
		all = append(all, describe(ctx, in, false))
	}
	var kept []Interp
	seen := map[string]bool{}
	for _, in := range all {
		if seen[in.Name] {
			return nil, cleanup, fmt.Errorf("two interpreters are named %q", in.Name)
		}
		seen[in.Name] = true
		if want(in.Name) {
			kept = append(kept, in)
		}
	}
	for _, n := range o.interps {
		if !seen[n] && !(n == "pystm" && !o.noPystm) {
			return nil, cleanup, fmt.Errorf("-interps: no interpreter %q (found: %s)", n, interpNames(all))
		}
	}
	if len(kept) == 0 {
		return nil, cleanup, errors.New("no interpreter to run: install python3 or name one with -interp")
	}
	return kept, cleanup, nil
}

// interpNames lists interpreter names for messages.
func interpNames(ins []Interp) string {
	var names []string
	for _, in := range ins {
		names = append(names, in.Name)
	}
	return strings.Join(names, ", ")
}

// totalRuns counts the process runs a suite takes, for the progress line.
func totalRuns(progs []Program, threads []int, interps, perCell int) int {
	n := 0
	for _, p := range progs {
		n += len(p.threadCounts(threads)) * interps * perCell
	}
	return n
}

// writeOutputs writes the result files into dir, unless dir is "-".
func writeOutputs(res *Results, dir string) error {
	if dir == "-" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	write := func(name string, fill func(io.Writer) error) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		if err := fill(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	steps := []struct {
		name string
		fill func(io.Writer) error
	}{
		{"results.json", res.writeJSON},
		{"results.md", func(w io.Writer) error { res.writeMarkdown(w); return nil }},
		{"scaling.svg", func(w io.Writer) error { res.writeScalingSVG(w); return nil }},
		{"ratios.svg", func(w io.Writer) error { res.writeRatioSVG(w); return nil }},
	}
	for _, s := range steps {
		if err := write(s.name, s.fill); err != nil {
			return err
		}
	}
	return nil
}
