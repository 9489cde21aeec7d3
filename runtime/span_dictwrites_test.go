package runtime

import (
	"path/filepath"
	"strings"
	"testing"

	"go.uber.org/goleak"
)

// spannedRates are the abort rates the buffered-write tests run at: none,
// and injected aborts on about a third of the transactions.
var spannedRates = [...]float64{0, 0.3}

// runSpannedRates runs src (as name in a temporary directory) at each of
// spannedRates, reports a test error when its stdout is not want or it
// wrote to stderr, and returns each run's span figures.
func runSpannedRates(t *testing.T, name, src, want string) [len(spannedRates)]SpanStats {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	var stats [len(spannedRates)]SpanStats
	for i, rate := range spannedRates {
		out, errs, st := runSpanned(t, src, path, rate)
		if out != want || errs != "" {
			t.Errorf("abort rate %v: stdout %.400q, stderr:\n%.400s\nwant %q", rate, out, errs, want)
		}
		stats[i] = st
	}
	return stats
}

// TestDictWritesBuffer: the buffer keeps one store per (dict, key) —
// keys equal across types (1, 1.0, True) are one key, as in the dict —
// in the order of first stores, through the linear scan and the index.
func TestDictWritesBuffer(t *testing.T) {
	var b dictWrites
	d1, d2 := NewDict(), NewDict()
	key := func(i int) Value { return NewTuple([]Value{Int(int64(i)), NewStr("k")}) }
	hash := func(k Value) int64 {
		h, err := hashValue(nil, k)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	const n = 200
	for i := 0; i < n; i++ {
		for _, d := range []*Dict{d1, d2} {
			k := key(i)
			b.put(d, k, hash(k), Int(int64(i)), nil, codeSite{})
		}
	}
	if len(b.ws) != 2*n || len(b.idx) == 0 {
		t.Fatalf("%d stores buffered (index %v), want %d indexed", len(b.ws), len(b.idx) != 0, 2*n)
	}
	for i := 0; i < n; i++ {
		k := key(i) // a different tuple object, equal to the stored key
		b.put(d2, k, hash(k), Int(int64(-i)), nil, codeSite{})
	}
	if len(b.ws) != 2*n {
		t.Fatalf("overwrites added stores: %d", len(b.ws))
	}
	for i := 0; i < n; i++ {
		k := key(i)
		p1, p2 := b.find(d1, k, hash(k)), b.find(d2, k, hash(k))
		if p1 != 2*i || p2 != 2*i+1 {
			t.Fatalf("key %d at %d, %d; want the order of first stores %d, %d", i, p1, p2, 2*i, 2*i+1)
		}
		if got := b.ws[p1].v.AsInt(); got != int64(i) {
			t.Fatalf("d1 key %d holds %d", i, got)
		}
		if got := b.ws[p2].v.AsInt(); got != int64(-i) {
			t.Fatalf("d2 key %d holds %d after the overwrite", i, got)
		}
	}
	if k := key(n); b.find(d1, k, hash(k)) >= 0 {
		t.Fatal("a key never stored was found")
	}
	if !b.has(d1) || b.has(NewDict()) {
		t.Fatal("has: wrong dicts")
	}

	var small dictWrites
	small.put(d1, Int(1), hash(Int(1)), NewStr("int"), nil, codeSite{})
	small.put(d1, Float(1.0), hash(Float(1.0)), NewStr("float"), nil, codeSite{})
	small.put(d1, True, hash(True), NewStr("bool"), nil, codeSite{})
	if len(small.ws) != 1 || !small.ws[0].k.IsInt() || small.ws[0].v.obj.(*Str).s != "bool" {
		t.Fatalf("1, 1.0, True: %d stores, first key %v; want one int key holding 'bool'", len(small.ws), small.ws[0].k)
	}
	b.reset()
	if len(b.ws) != 0 || len(b.idx) != 0 || b.has(d1) {
		t.Fatal("reset left stores")
	}
	// The next span reuses the index array: none of the last span's
	// positions may survive into it.
	for i := 0; i < n; i++ {
		k := key(i + n)
		b.put(d1, k, hash(k), Int(int64(i)), nil, codeSite{})
	}
	for i := 0; i < 2*n; i++ {
		k := key(i)
		want := -1
		if i >= n {
			want = i - n
		}
		if p := b.find(d1, k, hash(k)); p != want {
			t.Fatalf("after reset, key %d found at %d, want %d", i, p, want)
		}
	}
}

// bufferedStoresProgram has threads increment common keys (lost updates
// show in the totals), store and read back their own keys, and store into
// data dicts that then serve as namespaces (exec globals, an instance's
// __dict__; one per thread): those stores must be seen by name lookups at
// once, so they are never buffered.
const bufferedStoresProgram = `import threading
d = {("hot", j): 0 for j in range(4)}
class O: pass
spaces = []
for tid in range(2):
    ns = {}
    exec("def f():\n    return y", ns)
    o = O()
    od = {}
    o.__dict__ = od
    spaces.append((ns, o, od))
bad = []
def work(tid):
    ns, o, od = spaces[tid]
    for i in range(2000):
        d[("hot", i % 4)] += 1
        d[(tid, i % 50)] = i
        if d[(tid, i % 50)] != i or d.get((tid, i % 50)) != i or (tid, i % 50) not in d:
            bad.append(("own", tid, i))
        if i % 100 == 0:
            ns["y"] = (tid, i)
            if ns["f"]() != (tid, i):
                bad.append(("exec", tid, i))
            od["a"] = (tid, i)
            if o.a != (tid, i):
                bad.append(("__dict__", tid, i))
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print([d[("hot", j)] for j in range(4)], len(d), bad)
`

// TestBufferedDictStores: stores into a shared dict are buffered and
// committed (the figures say so), with no lost update, each thread
// reading its own stores, and namespaces seeing stores at once; with
// injected aborts too.
func TestBufferedDictStores(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[1000, 1000, 1000, 1000] 104 []\n"
	for i, st := range runSpannedRates(t, "stores.py", bufferedStoresProgram, want) {
		rate := spannedRates[i]
		if st.BufferedStores < 1000 || st.Committed == 0 {
			t.Errorf("abort rate %v: %d stores buffered, %d transactions committed abortable; want most of the 8000 stores buffered",
				rate, st.BufferedStores, st.Committed)
		}
		if rate > 0 && st.Injected == 0 {
			t.Errorf("abort rate %v: no abort injected: %+v", rate, st)
		}
	}
}

// TestNamespacesNotData: module, class and instance namespaces are never
// data dicts (their stores are read by name, past the buffer); literals,
// dict() and copies are.
func TestNamespacesNotData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ns.py")
	in := New(Options{Stdout: new(strings.Builder), Stderr: new(strings.Builder), Stdin: strings.NewReader("")})
	src := "class C:\n    pass\nc = C()\nc.x = 1\nlit = {}\nmade = dict(a=1)\ncp = made.copy()\ng = {}\nexec('z = 1', g)\n"
	if code := in.RunMain([]byte(src), path); code != 0 {
		t.Fatalf("exit %d", code)
	}
	mv, ok := in.modules.GetStr("__main__")
	if !ok {
		t.Fatal("no __main__")
	}
	m := mv.obj.(*Module)
	get := func(name string) Value {
		v, ok := m.Dict.GetStr(name)
		if !ok {
			t.Fatalf("no %s", name)
		}
		return v
	}
	if m.Dict.isData() {
		t.Error("the module's namespace is a data dict")
	}
	if get("C").obj.(*Type).Dict.isData() {
		t.Error("a class namespace is a data dict")
	}
	if inst := get("c").obj.(*Instance); inst.AttrDict(nil).isData() {
		t.Error("an instance's __dict__ is a data dict")
	}
	for _, name := range []string{"lit", "made", "cp"} {
		if !get(name).obj.(*Dict).isData() {
			t.Errorf("%s is not a data dict", name)
		}
	}
	if get("g").obj.(*Dict).isData() {
		t.Error("exec's globals are still a data dict")
	}
}

// TestBufferedListAppends: appends to a shared list are buffered (the
// figures say so) and committed in order, none lost, each thread seeing
// its own at once; with injected aborts too.
func TestBufferedListAppends(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const src = `import threading
out = []
bad = []
def work(tid):
    for i in range(3000):
        out.append((tid, i))
        if i % 7 == 0 and (out[-1] != (tid, i) or (tid, i) not in out):
            bad.append(i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), [[i for k, i in out if k == tid] == list(range(3000)) for tid in range(2)], bad)
# One thread reads the list for a while (its lock-free copy is built and
# stays), then appends and reads back: the copy must not hide the appends.
seq = [0]
def reader_writer():
    for i in range(1, 3000):
        if i % 100 < 50:
            if seq[-1] > i:
                bad.append(("order", i))
        else:
            seq.append(i)
            if seq[-1] != i or len(seq) < 2 or i not in seq:
                bad.append(("own", i))
t = threading.Thread(target=reader_writer)
t.start()
t.join()
print(len(seq), bad)
`
	const want = "6000 [True, True] []\n1501 []\n"
	for i, st := range runSpannedRates(t, "appends.py", src, want) {
		rate := spannedRates[i]
		if st.BufferedAppends < 1000 || st.Committed == 0 {
			t.Errorf("abort rate %v: %d appends buffered, %d transactions committed abortable; want most of the 6000",
				rate, st.BufferedAppends, st.Committed)
		}
	}
}

// atomicSpansProgram: writers increment every key of a shared dict in one
// atomic block that loops (so the block spans boundaries); auditors read
// every key in one atomic block and must never see some keys incremented
// and others not (the writers' blocks run loops between their stores, so
// a block committed in pieces would be seen). Closure cells are read (lock-free) in every iteration
// and a pair of cells is rebound together inside atomic blocks.
const atomicSpansProgram = `import threading, transaction
def main():
    d = {k: 0 for k in range(8)}
    keys = list(range(8))
    a, b = 0, 100
    torn = []
    def busy():
        s = 0
        for j in range(30):
            s += j
        return s
    def writer(n):
        nonlocal a, b
        for i in range(n):
            with transaction.atomic:
                for k in keys:
                    d[k] += 1
                    busy()
            if i % 50 == 0:
                with transaction.atomic:
                    a = i
                    b = 100 - i
    def auditor(n):
        for i in range(n):
            with transaction.atomic:
                vals = []
                for k in keys:
                    vals.append(d[k])
                s = a + b
            if len(set(vals)) != 1 or s != 100:
                torn.append((vals, s))
    ts = [threading.Thread(target=writer, args=(600,)), threading.Thread(target=writer, args=(600,)),
          threading.Thread(target=auditor, args=(600,))]
    for t in ts: t.start()
    for t in ts: t.join()
    print([d[k] for k in keys], a + b, torn[:3])
main()
`

// TestAtomicBlocksInSpans: an atomic block inside an abortable span is
// one transaction (no auditor sees half a block), the blocks commit
// abortable (no token taken for them), and conflicts re-run them; with
// injected aborts too.
func TestAtomicBlocksInSpans(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[1200, 1200, 1200, 1200, 1200, 1200, 1200, 1200] 100 []\n"
	for i, st := range runSpannedRates(t, "atomic.py", atomicSpansProgram, want) {
		rate := spannedRates[i]
		// (Conflicts send a thread's blocks to the token for a while,
		// contention management: the bound is low, zero would show.)
		if st.Committed < 20 || st.BufferedStores < 100 {
			t.Errorf("abort rate %v: %+v: want the atomic blocks committed abortable, their stores buffered", rate, st)
		}
	}
}

// instStoresProgram: transfers between shared accounts (instances) in
// atomic blocks, an auditor summing all balances in one atomic block, a
// thread re-reading its own stores at once; then a class change (a
// property for the attribute) must turn later stores into setter calls.
const instStoresProgram = `import threading, transaction
class Account:
    def __init__(self, n):
        self.balance = n
        self.moves = 0
        self.tag = "a"
accounts = [Account(100) for _ in range(6)]
bad = []
def mover(tid):
    for i in range(1500):
        src = accounts[(i + tid) % 6]
        dst = accounts[(i * 5 + tid + 1) % 6]
        if src is dst:
            continue
        with transaction.atomic:
            src.balance -= 3
            dst.balance += 3
            src.moves += 1
            dst.moves += 1
            src.tag = "m%d" % tid
            if src.tag != "m%d" % tid or getattr(src, "tag") != "m%d" % tid:
                bad.append(("own", tid, i))
def auditor():
    for i in range(1500):
        with transaction.atomic:
            total = 0
            for a in accounts:
                total += a.balance
        if total != 600:
            bad.append(("audit", i, total))
ts = [threading.Thread(target=mover, args=(k,)) for k in range(2)] + [threading.Thread(target=auditor)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(a.balance for a in accounts), sum(a.moves for a in accounts) % 2, bad[:3])
`

// TestBufferedInstanceStores: attribute stores to shared instances are
// buffered (the figures say so), atomic blocks of them stay atomic, and a
// thread reads its own stores.
func TestBufferedInstanceStores(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "600 0 []\n"
	// The result must be exact in every run. The figures depend on the
	// threads overlapping: one that runs alone (its peers not started yet
	// on a loaded machine, or done) runs its blocks holding the token,
	// and conflicts send a thread's blocks there for a while (contention
	// management), so the bound is low and a few runs are allowed to
	// show it; an implementation that never buffers fails them all.
	var last [len(spannedRates)]SpanStats
	for attempt := 0; attempt < 5; attempt++ {
		last = runSpannedRates(t, "accounts.py", instStoresProgram, want)
		buffered := true
		for _, st := range last {
			if st.BufferedStores < 100 || st.Committed < 20 {
				buffered = false
			}
		}
		if buffered {
			return
		}
	}
	for i, st := range last {
		t.Errorf("abort rate %v: %+v: want the transfers' stores buffered and committed abortable", spannedRates[i], st)
	}
}

// TestAtomicBlocksAlone: a thread whose peers are all parked (the main
// thread in a condition wait) runs its atomic blocks holding the token, as
// stage 1 did: nobody could invalidate what it reads, so logging and
// buffering would be cost alone. The worker starts its blocks only once
// it has had the condition's lock, which the main thread gives up only by
// waiting (no timing involved); most of the 1000 blocks must take that
// path, and the result is exact.
func TestAtomicBlocksAlone(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const src = `import threading, transaction
d = {"n": 0}
cond = threading.Condition()
done = []
def work():
    with cond:
        pass
    for i in range(1000):
        with transaction.atomic:
            d["n"] += 1
    with cond:
        done.append(1)
        cond.notify()
with cond:
    w = threading.Thread(target=work)
    w.start()
    while not done:
        cond.wait()
w.join()
print(d["n"])
`
	out, errs, st := runSpanned(t, src, filepath.Join(t.TempDir(), "alone.py"), 0)
	if out != "1000\n" || errs != "" {
		t.Fatalf("stdout %q, stderr %q", out, errs)
	}
	// (Under load the main thread may hold its run slot a little while
	// after it gave up the lock: the first blocks may still run
	// optimistically. With the rule broken almost none are irrevocable.)
	if st.Irrevocable < 500 || st.BufferedStores > 500 {
		t.Errorf("%+v: want most blocks run holding the token (irrevocable), few stores buffered", st)
	}
}
