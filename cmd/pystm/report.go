package main

// This file defines the mode flags' meaning and -stm-report's text.

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/pystm/pystm/runtime"
)

// defaultGIL is the mode when neither -gil nor -parallel is given: false,
// threads run in parallel (every testdata program passes in that mode
// under -race; -gil is the baseline every figure is compared with).
const defaultGIL = false

// parallelMode resolves -gil, -parallel and -threads; ok is false (after
// a message) when they contradict each other or are out of range.
func parallelMode(fs *flag.FlagSet, gil, parallel bool, threads int, stderr io.Writer) (par, ok bool) {
	gilSet := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "gil" {
			gilSet = true
		}
	})
	if parallel && gilSet && gil {
		fmt.Fprintln(stderr, "pystm: -gil and -parallel contradict each other")
		return false, false
	}
	if threads < 0 {
		fmt.Fprintf(stderr, "pystm: -threads must be positive, not %d\n", threads)
		return false, false
	}
	return parallel || !gil, true
}

// writeReport prints -stm-report's figures.
func writeReport(w io.Writer, st runtime.ThreadStats, sp runtime.SpanStats, sites []runtime.ConflictSite) {
	mode := "gil (one thread runs Python at a time)"
	if st.Parallel {
		mode = fmt.Sprintf("parallel, %d run slots", st.Slots)
	}
	fmt.Fprintf(w, "stm-report: mode %s\n", mode)
	fmt.Fprintf(w, "stm-report: peak threads running at once: %d\n", st.PeakRunning)
	if st.Parallel {
		fmt.Fprintf(w, "stm-report: token acquisitions: %d\n", st.TokenAcquisitions)
		fmt.Fprintf(w, "stm-report: time waiting for the token: %v\n", st.TokenWait.Round(time.Microsecond))
		fmt.Fprintf(w, "stm-report: token handovers to a waiting thread: %d, run slot handovers: %d\n", st.Switches, st.SlotSwitches)
	} else {
		fmt.Fprintf(w, "stm-report: GIL handovers: %d\n", st.Switches)
	}
	fmt.Fprintf(w, "stm-report: atomic blocks run: %d\n", st.AtomicBlocks)
	writeSpanReport(w, sp, sites)
}

// writeSpanReport prints the transactions' figures: abortable spans
// begun, committed and made irrevocable, aborts by cause, retries, the time lost
// to them, and the sites of read-validation conflicts.
func writeSpanReport(w io.Writer, sp runtime.SpanStats, sites []runtime.ConflictSite) {
	fmt.Fprintf(w, "stm-report: abortable transactions: %d begun, %d committed, %d became irrevocable\n", sp.Begun, sp.Committed, sp.Irrevocable)
	fmt.Fprintf(w, "stm-report: aborts: %d (injected %d, read-validation conflicts %d)\n", sp.Injected+sp.Conflicts, sp.Injected, sp.Conflicts)
	fmt.Fprintf(w, "stm-report: retries (waits inside atomic blocks, not aborts): %d\n", sp.Retries)
	fmt.Fprintf(w, "stm-report: time lost to aborts: %v\n", sp.Lost.Round(time.Microsecond))
	fmt.Fprintf(w, "stm-report: undo records written: %d\n", sp.UndoRecords)
	fmt.Fprintf(w, "stm-report: writes buffered to commit: %d dict stores, %d list appends, %d list item stores, %d list pops/inserts/deletes/extends, %d set adds/discards\n",
		sp.BufferedStores, sp.BufferedAppends, sp.BufferedItemStores, sp.BufferedListMoves, sp.BufferedSetWrites)
	fmt.Fprintf(w, "stm-report: commits finished outside the token: %d\n", sp.LateCommits)
	for _, s := range sites {
		fmt.Fprintf(w, "stm-report: conflict x%d: %s read %s; written at %s\n", s.Count, s.Reader, s.What, s.Writer)
	}
}
