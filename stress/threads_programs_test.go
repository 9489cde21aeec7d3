package stress

// Threaded Python programs run in-process under the race detector: each
// must match CPython's expected output, finish within a time limit (a
// deadlock fails loudly instead of hanging the suite), and leave no
// goroutine behind once the interpreter has exited.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/pystm/pystm/runtime"
)

// runPython runs src as a program in a fresh interpreter and returns its
// stdout, stderr and exit status; it fails the test if the program has
// not finished after limit.
func runPython(t *testing.T, src []byte, filename string, limit time.Duration) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		in := runtime.New(runtime.Options{Stdout: &stdout, Stderr: &stderr,
			Stdin: strings.NewReader(""), Argv: []string{filename}, Path: []string{filepath.Dir(filename)}})
		done <- in.RunMain(src, filename)
	}()
	select {
	case code := <-done:
		return stdout.String(), stderr.String(), code
	case <-time.After(limit):
		t.Fatalf("%s: still running after %v: deadlock or hang", filename, limit)
		return "", "", 0
	}
}

// TestThreadPrograms runs testdata/threads/*.py under the race detector.
func TestThreadPrograms(t *testing.T) {
	progs, err := filepath.Glob("../testdata/threads/*.py")
	if err != nil || len(progs) == 0 {
		t.Fatalf("no thread programs found: %v", err)
	}
	for _, prog := range progs {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		t.Run(name, func(t *testing.T) {
			t.Cleanup(func() { goleak.VerifyNone(t) })
			src, err := os.ReadFile(prog)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(src), "\n")
			if _, why, ok := strings.Cut(first, "# pystm: skip"); ok {
				t.Skip(strings.TrimSpace(why))
			}
			want, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(prog)
			out, errOut, code := runPython(t, src, abs, 60*time.Second)
			wantCode := 0
			if b, err := os.ReadFile(strings.TrimSuffix(prog, ".py") + ".code"); err == nil {
				wantCode = atoi(strings.TrimSpace(string(b)))
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d; stderr:\n%s", code, wantCode, errOut)
			}
			if out != string(want) {
				t.Errorf("stdout differs:\n--- got\n%s\n--- want\n%s", out, want)
			}
		})
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

const excepthookProgram = `import threading

def worker():
    raise ValueError("boom")

class T(threading.Thread):
    def run(self):
        1/0

def chained():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")

for th in [threading.Thread(target=worker), T(), threading.Thread(target=chained, name="named"),
           threading.Thread(target=lambda: exit(0))]:
    th.start()
    th.join()

def badhook(args):
    raise TypeError("hook broke")

threading.excepthook = badhook
th = threading.Thread(target=worker)
th.start()
th.join()
threading.excepthook = threading.__excepthook__
print("done")
`

// stdlibFrame matches the directory of threading.py in a traceback line,
// which differs between CPython's installation and pystm's frozen copy.
var stdlibFrame = regexp.MustCompile(`File "[^"]*/threading\.py"`)

// caretLine matches CPython 3.11's position markers, which pystm need not
// draw (as in the test harness).
var caretLine = regexp.MustCompile(`(?m)^[ ~^]*\n`)

// TestExcepthookMatchesCPython compares the default excepthook's output
// for uncaught exceptions in threads with python3.11's, line numbers and
// source lines of threading.py included.
func TestExcepthookMatchesCPython(t *testing.T) {
	t.Cleanup(func() { goleak.VerifyNone(t) })
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not installed")
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "hook.py")
	if err := os.WriteFile(prog, []byte(excepthookProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, prog)
	var wantOut, wantErr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &wantOut, &wantErr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3.11: %v\n%s", err, wantErr.String())
	}
	out, errOut, code := runPython(t, []byte(excepthookProgram), prog, 30*time.Second)
	norm := func(s string) string {
		s = stdlibFrame.ReplaceAllString(s, `File "<stdlib>/threading.py"`)
		return caretLine.ReplaceAllString(s, "")
	}
	if code != 0 || out != wantOut.String() {
		t.Errorf("status %d, stdout %q; want 0, %q", code, out, wantOut.String())
	}
	if got, want := norm(errOut), norm(wantErr.String()); got != want {
		t.Errorf("stderr differs:\n--- got\n%s\n--- want\n%s", got, want)
	}
}

const contentionProgram = `import sys, threading, queue
sys.setswitchinterval(1e-5)
N = 24
q = queue.Queue(maxsize=3)
lock = threading.Lock()
cond = threading.Condition()
total = [0]
def producer(k):
    for i in range(200):
        q.put(k * 1000 + i)
def consumer():
    while True:
        x = q.get()
        if x is None:
            return
        with lock:
            total[0] += x
ps = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
cs = [threading.Thread(target=consumer) for _ in range(N // 2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print(total[0] == sum(k * 1000 + i for k in range(N) for i in range(200)))
`

// TestContention runs a queue pipeline with a tiny switch interval, so the
// GIL changes hands constantly, several times: the sum must be exact and
// nothing may hang or leak.
func TestContention(t *testing.T) {
	t.Cleanup(func() { goleak.VerifyNone(t) })
	for i := 0; i < 3; i++ {
		out, errOut, code := runPython(t, []byte(contentionProgram), "contention.py", 60*time.Second)
		if code != 0 || out != "True\n" {
			t.Fatalf("run %d: status %d, stdout %q, stderr:\n%s", i, code, out, errOut)
		}
	}
}

const blockedProgram = `import threading
ev = threading.Event()
lock = threading.Lock()
n = [0]
def w():
    ev.wait()
    with lock:
        n[0] += 1
ts = [threading.Thread(target=w) for _ in range(NTHREADS)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(n[0], threading.active_count())
`

// TestManyBlockedThreads parks thousands of threads on one Event, wakes
// them all at once and has them contend for one lock: every thread must
// count exactly once and the program must end (no lost wake-up).
func TestManyBlockedThreads(t *testing.T) {
	t.Cleanup(func() { goleak.VerifyNone(t) })
	n := 3000
	if testing.Short() {
		n = 300
	}
	src := strings.Replace(blockedProgram, "NTHREADS", strconv.Itoa(n), 1)
	out, errOut, code := runPython(t, []byte(src), "blocked.py", 120*time.Second)
	if want := strconv.Itoa(n) + " 1\n"; code != 0 || out != want {
		t.Fatalf("status %d, stdout %q, want %q; stderr:\n%s", code, out, want, errOut)
	}
}
