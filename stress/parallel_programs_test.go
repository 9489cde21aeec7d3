package stress

// The parallel stress programs (testdata/parallel/*.py: bank transfers in
// atomic blocks audited inside atomic blocks, threads mutating shared
// dicts, lists, sets and instances with invariant checks) run in-process
// in parallel mode under the race detector, with one, two and four run
// slots, and must print what CPython printed (with bench/transaction.py
// standing in for the transaction module). A data race fails the test;
// each run must end within its limit, and leave no goroutine behind.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/pystm/pystm/runtime"
)

func TestParallelPrograms(t *testing.T) {
	progs, err := filepath.Glob("testdata/parallel/*.py")
	if err != nil || len(progs) < 3 {
		t.Fatalf("parallel stress programs missing: %v", err)
	}
	for _, prog := range progs {
		for _, slots := range []int{1, 2, 4} {
			name := fmt.Sprintf("%s/slots%d", strings.TrimSuffix(filepath.Base(prog), ".py"), slots)
			t.Run(name, func(t *testing.T) {
				t.Cleanup(func() { goleak.VerifyNone(t) })
				src, err := os.ReadFile(prog)
				if err != nil {
					t.Fatal(err)
				}
				want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
				if err != nil {
					t.Fatal(err)
				}
				abs, _ := filepath.Abs(prog)
				var stdout, stderr bytes.Buffer
				done := make(chan int, 1)
				in := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
					Argv: []string{abs}, Path: []string{filepath.Dir(abs)}, Parallel: true, Threads: slots})
				go func() { done <- in.RunMain(src, abs) }()
				select {
				case code := <-done:
					if code != 0 {
						t.Fatalf("exit status %d; stderr:\n%s", code, stderr.String())
					}
				case <-time.After(60 * time.Second):
					t.Fatalf("still running after 60 s: deadlock or hang")
				}
				if stdout.String() != string(want) {
					t.Errorf("stdout differs:\n--- got\n%s--- want\n%s", stdout.String(), want)
				}
				// Never more threads at once than slots (how many did
				// overlap depends on the OS: cmd/pystm's TestParallelPeak
				// forces an overlap).
				if st := in.ThreadStats(); !st.Parallel || st.PeakRunning < 1 || st.PeakRunning > slots {
					t.Errorf("%d slots: stats %+v", slots, st)
				}
			})
		}
	}
}
