package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pystm/pystm"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// load is one run of the load generator: how many visitors, tickets,
// concurrent clients.
type load struct {
	visitors, tickets, clients, batch int
}

// outcome is what the clients saw.
type outcome struct {
	positions map[int]string // position -> visitor
	tickets   map[int]string // ticket -> visitor
	soldOut   int
	requests  int64
	elapsed   time.Duration
	cpu       time.Duration // process CPU time (server and clients)
	stats     map[string]float64
}

// client posts JSON to the server and decodes the answer.
type client struct {
	base     string
	http     *http.Client
	requests *atomic.Int64
}

func (c *client) post(path string, req any) (map[string]any, error) {
	body, _ := json.Marshal(req)
	c.requests.Add(1)
	resp, err := c.http.Post(c.base+path, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("%s: status %d: %v", path, resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusConflict {
		return nil, fmt.Errorf("%s: status %d", path, resp.StatusCode)
	}
	return out, nil
}

// maxPolls bounds each visitor's polling, so the generator always stops.
const maxPolls = 200

// run drives a fresh server with the load: every client goroutine takes
// visitors in turn; each visitor joins, polls until admitted (asking for
// the next batch to be admitted when it is not, as the sale's admission
// timer would), and buys. The request count is bounded by visitors ×
// (3 + 2 × maxPolls).
func run(t testing.TB, opts pystm.Options, l load) outcome {
	t.Helper()
	ctx := context.Background()
	in, m, err := newRoom(ctx, opts, l.tickets, l.batch)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	srv := httptest.NewServer(handler(m)) // loopback only
	defer srv.Close()
	tr := &http.Transport{MaxIdleConnsPerHost: l.clients}
	defer tr.CloseIdleConnections()
	var requests atomic.Int64
	c := &client{base: srv.URL, http: &http.Client{Transport: tr, Timeout: 30 * time.Second}, requests: &requests}

	var (
		mu  sync.Mutex
		out = outcome{positions: map[int]string{}, tickets: map[int]string{}}
		wg  sync.WaitGroup
	)
	fail := make(chan error, l.clients)
	start, cpuStart := time.Now(), cpuTime()
	for k := range l.clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k; i < l.visitors; i += l.clients {
				if err := visit(c, fmt.Sprintf("v%05d", i), &mu, &out); err != nil {
					fail <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	out.elapsed = time.Since(start)
	out.cpu = cpuTime() - cpuStart
	close(fail)
	for err := range fail {
		t.Fatal(err)
	}
	out.requests = requests.Load()
	st, err := c.post("/stats", map[string]any{})
	if err != nil {
		t.Fatal(err)
	}
	out.stats = map[string]float64{}
	for k, v := range st {
		out.stats[k], _ = v.(float64)
	}
	return out
}

// cpuTime returns the process's user+system CPU time: on a machine shared
// with other work wall time inflates, CPU time per request does not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// visit is one visitor's way through the sale.
func visit(c *client, visitor string, mu *sync.Mutex, out *outcome) error {
	r, err := c.post("/join", map[string]any{"visitor": visitor})
	if err != nil {
		return err
	}
	pos, ok := r["position"].(float64)
	if !ok || r["again"] != nil {
		return fmt.Errorf("join %s: %v", visitor, r)
	}
	mu.Lock()
	if other, dup := out.positions[int(pos)]; dup {
		mu.Unlock()
		return fmt.Errorf("position %d given to %s and %s", int(pos), other, visitor)
	}
	out.positions[int(pos)] = visitor
	mu.Unlock()
	admitted := false
	for range maxPolls {
		r, err = c.post("/poll", map[string]any{"visitor": visitor})
		if err != nil {
			return err
		}
		if r["position"] != pos {
			return fmt.Errorf("poll %s: position %v, joined at %v", visitor, r["position"], pos)
		}
		if admitted, _ = r["admitted"].(bool); admitted {
			break
		}
		if _, err = c.post("/admit", map[string]any{"count": 10}); err != nil {
			return err
		}
	}
	if !admitted {
		return fmt.Errorf("%s not admitted after %d polls", visitor, maxPolls)
	}
	r, err = c.post("/buy", map[string]any{"visitor": visitor})
	if err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	if r["sold_out"] == true {
		out.soldOut++
		return nil
	}
	ticket, ok := r["ticket"].(float64)
	if !ok || r["again"] != nil {
		return fmt.Errorf("buy %s: %v", visitor, r)
	}
	if other, dup := out.tickets[int(ticket)]; dup {
		return fmt.Errorf("ticket %d sold to %s and %s", int(ticket), other, visitor)
	}
	out.tickets[int(ticket)] = visitor
	return nil
}

// check asserts that no position was lost or given twice and no ticket
// was sold twice, from the clients' side and the server's.
func check(t *testing.T, l load, out outcome) {
	t.Helper()
	for p := range l.visitors {
		if _, ok := out.positions[p]; !ok {
			t.Fatalf("position %d was never given (%d visitors)", p, l.visitors)
		}
	}
	if len(out.positions) != l.visitors {
		t.Fatalf("%d positions for %d visitors", len(out.positions), l.visitors)
	}
	sold := min(l.tickets, l.visitors)
	if len(out.tickets) != sold || out.soldOut != l.visitors-sold {
		t.Fatalf("%d tickets sold and %d sold-out answers, want %d and %d", len(out.tickets), out.soldOut, sold, l.visitors-sold)
	}
	for tk := 1; tk <= sold; tk++ {
		if _, ok := out.tickets[tk]; !ok {
			t.Fatalf("ticket %d was never sold", tk)
		}
	}
	want := map[string]float64{"queued": float64(l.visitors), "admitted": float64(l.visitors), "sold": float64(sold), "left": float64(l.tickets - sold)}
	for k, v := range want {
		if out.stats[k] != v {
			t.Fatalf("server stats %v, want %v", out.stats, want)
		}
	}
}

// TestWaitingRoom runs the sale under the GIL baseline and in parallel
// mode with 1 and 2 threads, and reports requests per second for each.
func TestWaitingRoom(t *testing.T) {
	l := load{visitors: 600, tickets: 400, clients: 48, batch: 10}
	if testing.Short() {
		l.visitors, l.tickets = 200, 150
	}
	for _, c := range []struct {
		name string
		opts pystm.Options
	}{
		{"gil", pystm.Options{}},
		{"parallel-threads-1", pystm.Options{Parallel: true, Threads: 1}},
		{"parallel-threads-2", pystm.Options{Parallel: true, Threads: 2}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := run(t, c.opts, l)
			check(t, l, out)
			t.Logf("%s: %d requests in %v: %.0f requests/s, %.0f CPU-us/request", c.name, out.requests, out.elapsed.Round(time.Millisecond),
				float64(out.requests)/out.elapsed.Seconds(), float64(out.cpu.Microseconds())/float64(out.requests))
		})
	}
}

// BenchmarkWaitingRoom measures requests per second of the whole sale
// (HTTP on loopback included) for each mode; compare the req/s metric.
func BenchmarkWaitingRoom(b *testing.B) {
	l := load{visitors: 2000, tickets: 1500, clients: 64, batch: 10}
	for _, c := range []struct {
		name string
		opts pystm.Options
	}{
		{"gil", pystm.Options{}},
		{"threads=1", pystm.Options{Parallel: true, Threads: 1}},
		{"threads=2", pystm.Options{Parallel: true, Threads: 2}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var reqs int64
			var elapsed, cpu time.Duration
			for range b.N {
				out := run(b, c.opts, l)
				reqs += out.requests
				elapsed += out.elapsed
				cpu += out.cpu
			}
			b.ReportMetric(float64(reqs)/elapsed.Seconds(), "req/s")
			b.ReportMetric(float64(cpu.Microseconds())/float64(reqs), "cpu-us/req")
		})
	}
}
