package stress

// The parallel benchmark programs (bench/parallel: work queues claimed in
// atomic blocks, a shared B+tree and skip list, word counts into a shared
// dict, bank transfers, read-mostly sharing, a queue.Queue pipeline, a
// TransactionQueue) run in-process in parallel mode under the race
// detector at small sizes, with three threads on two run slots (so slots change hands too),
// and must print CPython's checksums (testdata/parallel_bench.txt).

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/pystm/pystm/runtime"
)

func TestParallelBenchPrograms(t *testing.T) {
	b, err := os.ReadFile("testdata/parallel_bench.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		args, want, ok := strings.Cut(line, " checksum: ")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		fields := strings.Fields(args)
		n++
		t.Run(strings.Join(fields, "_"), func(t *testing.T) {
			t.Cleanup(func() { goleak.VerifyNone(t) })
			prog, _ := filepath.Abs(filepath.Join("..", "bench", "parallel", fields[0]+".py"))
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			in := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr, Stdin: strings.NewReader(""),
				Argv: append([]string{prog}, fields[1:]...), Path: []string{filepath.Dir(prog)}, Parallel: true, Threads: 2})
			done := make(chan int, 1)
			go func() { done <- in.RunMain(src, prog) }()
			select {
			case code := <-done:
				if code != 0 {
					t.Fatalf("exit status %d; stderr:\n%s", code, stderr.String())
				}
			case <-time.After(60 * time.Second):
				t.Fatal("still running after 60 s: deadlock or hang")
			}
			if !strings.Contains(stdout.String(), "checksum: "+want+"\n") {
				t.Errorf("stdout %q, want checksum %q", stdout.String(), want)
			}
		})
	}
	if n < 12 {
		t.Fatalf("only %d cases in testdata/parallel_bench.txt", n)
	}
}
