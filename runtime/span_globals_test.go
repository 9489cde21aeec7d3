package runtime

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/pystm/pystm/compiler/bytecode"
	"go.uber.org/goleak"
)

// globalStoresProgram: each worker rebinds its own module global (a
// distinct `global` name per worker function) while reading shared ones
// (SCALE, a builtin), increments a shared global with no lock (a
// read-modify-write every iteration: a lost update shows in the total)
// and reads its own stores back at once through every path that reads
// the module by name from the same thread: LOAD_GLOBAL in the same and in
// another function, a module attribute read (LOAD_ATTR and getattr), the
// module's dict, and after a module attribute store.
const globalStoresProgram = `import sys, threading
mod = sys.modules[__name__]
SCALE = 3
hot = 0
mine0 = mine1 = 0
side0 = side1 = None
bad = []
start = threading.Barrier(2)
def get0(): return mine0
def get1(): return mine1
def w0(n):
    global mine0, hot
    start.wait()
    for i in range(n):
        mine0 += i * SCALE
        hot += 1
        if i % 50 == 0:
            want = mine0
            if get0() != want or mod.mine0 != want or getattr(mod, "mine0") != want or mod.__dict__["mine0"] != want:
                bad.append(("own0", i))
            mod.side0 = (0, i)
            if side0 != (0, i) or mod.side0 != (0, i):
                bad.append(("attr0", i))
def w1(n):
    global mine1, hot
    start.wait()
    for i in range(n):
        mine1 += i * SCALE
        hot += 1
        if i % 50 == 0:
            want = mine1
            if get1() != want or mod.mine1 != want or getattr(mod, "mine1") != want or mod.__dict__["mine1"] != want:
                bad.append(("own1", i))
            mod.side1 = (1, i)
            if side1 != (1, i) or mod.side1 != (1, i):
                bad.append(("attr1", i))
N = 3000
ts = [threading.Thread(target=w0, args=(N,)), threading.Thread(target=w1, args=(N,))]
for t in ts: t.start()
for t in ts: t.join()
print(mine0, mine1, hot, side0, side1, bad[:3])
`

// TestGlobalStoresBuffered: a span's stores into module globals are
// buffered and committed (the figures say so) instead of making it
// irrevocable, each thread reads its own stores at once by every path,
// and the unlocked read-modify-write of a shared global loses no update
// (its reads are validated per name at commit); with injected aborts too.
// Mutations caught: storeGlobalSpan refusing (every span irrevocable),
// spanGlobalHit ignoring the buffer or Module.LoadAttr ignoring it (own
// reads stale: bad), recordNameRead recording nothing (hot loses updates).
func TestGlobalStoresBuffered(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "13495500 13495500 6000 (0, 2950) (1, 2950) []\n"
	for i, st := range runSpannedRates(t, "globals.py", globalStoresProgram, want) {
		rate := spannedRates[i]
		if st.BufferedStores < 3000 || st.Committed < 20 {
			t.Errorf("abort rate %v: %+v: want most of the 12,000 global stores buffered, spans committed abortable", rate, st)
		}
		// Before: one irrevocable span per loop iteration (12,000).
		if st.Irrevocable > 2000 {
			t.Errorf("abort rate %v: %+v: %d spans became irrevocable", rate, st, st.Irrevocable)
		}
		if rate > 0 && st.Injected == 0 {
			t.Errorf("abort rate %v: no abort injected: %+v", rate, st)
		}
	}
}

// perNameProgram: one thread rebinds its own global in every iteration
// (20,000 times at least) for as long as another reads other globals (a constant, a function,
// builtins) in every iteration; neither reads what the other writes
// (but for the flag that ends the writer, once), so no span of either
// should fail validation.
const perNameProgram = `import threading
CONFIG = 7
other = 0
running = True
def helper(x): return x + CONFIG
out = []
start = threading.Barrier(2)
def writer():
    global other
    start.wait()
    i = 0
    while running or i < 20000:
        other = i
        i += 1
def reader(n):
    global running
    s = 0
    start.wait()
    try:
        for i in range(n):
            s += helper(CONFIG) + len("ab")
    finally:
        running = False
    out.append(s)
ts = [threading.Thread(target=writer), threading.Thread(target=reader, args=(20000,))]
for t in ts: t.start()
for t in ts: t.join()
print(out)
`

// TestGlobalReadsPerName: LOAD_GLOBAL in a span is validated against the
// name's own word: a thread rebinding one global does not invalidate the
// spans of a thread reading others (a per-module word, such as the dict's
// values version, would make nearly every reader span conflict: hundreds
// here). Both threads' spans stay abortable.
func TestGlobalReadsPerName(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	out, errs, st := runSpanned(t, perNameProgram, filepath.Join(t.TempDir(), "pername.py"), 0)
	if out != "[320000]\n" || errs != "" {
		t.Fatalf("stdout %q, stderr %q", out, errs)
	}
	if st.Conflicts > 20 {
		t.Errorf("%+v: %d read-validation conflicts between threads that read and write different globals", st, st.Conflicts)
	}
	if st.BufferedStores < 20000 || st.Irrevocable > 200 || st.Committed < uint64(40000/spanMaxBoundaries/2) {
		t.Errorf("%+v: want the writer's stores buffered and both threads' spans committed abortable", st)
	}
}

// TestGlobalsNamespaceNotBuffered: a module dict that is also an
// instance's __dict__ (read by attribute lookups by name, past the
// buffer) gets no buffered stores: the instance sees each store at once.
// Mutation caught: asNamespace marking data dicts only.
func TestGlobalsNamespaceNotBuffered(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const src = `import threading
class O: pass
o = O()
o.__dict__ = globals()
z = 0
bad = []
def work(tid):
    global z
    for i in range(2000):
        z = (tid, i)
        if o.z != (tid, i):
            bad.append(i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(len(bad))
`
	for _, rate := range spannedRates {
		out, errs, st := runSpanned(t, src, filepath.Join(t.TempDir(), "nsmod.py"), rate)
		if out != "0\n" || errs != "" {
			t.Errorf("abort rate %v: stdout %q, stderr %q", rate, out, errs)
		}
		if st.BufferedStores != 0 {
			t.Errorf("abort rate %v: %+v: stores buffered into a module dict read as an instance's __dict__", rate, st)
		}
	}
}

// globalsFixture runs src in a single-threaded interpreter and returns a
// thread reading lock-free (as in an abortable span), a frame running the
// code of the module's function fn over the module's globals, both
// namespaces published with committed read sides, and the LOAD_GLOBAL
// instructions of that code by name.
func globalsFixture(t *testing.T, src, fn string) (*Thread, *Frame, map[string]int) {
	t.Helper()
	in := New(Options{Stdout: new(strings.Builder), Stderr: new(strings.Builder), Stdin: strings.NewReader("")})
	m := NewModule("fixture")
	th := in.NewThread()
	if err := th.ExecModule(m, []byte(src), "fixture.py"); err != nil {
		t.Fatal(err)
	}
	fv, ok := m.Dict.GetStr(fn)
	if !ok {
		t.Fatalf("no %s", fn)
	}
	code := fv.obj.(*Function).code
	g, b := m.Dict, fv.obj.(*Function).builtins
	for _, d := range []*Dict{g, b} {
		publishOf(FromObject(d))
		d.buildReadSide(nil)
		commitWords(dictWords(d))
	}
	th.sp.optimistic = true
	f := th.newFrame(code, g, b, nil)
	loads := map[string]int{}
	for pc, ins := range code.bc.Instrs {
		if ins.Op() == bytecode.LOAD_GLOBAL {
			loads[code.bc.Names[ins.Arg()]] = pc
		}
	}
	return th, f, loads
}

// loadAt runs the LOAD_GLOBAL of name in f through the span path.
func loadAt(t *testing.T, th *Thread, f *Frame, loads map[string]int, name string) Value {
	t.Helper()
	pc, ok := loads[name]
	if !ok {
		t.Fatalf("no LOAD_GLOBAL of %s", name)
	}
	f.pc = pc + 1
	v, err := th.spanLoadGlobal(f, f.bc.Instrs[pc].Arg())
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

// TestSpanGlobalReadsValidatePerName: a span's LOAD_GLOBAL of a global
// or a builtin records what it read so that exactly the writes that
// could change it invalidate the span: a store to that name, a new
// global of the builtin's miss stripe (which could shadow it: a global
// of that very name is one), a store to the builtin; never a store to
// another existing global, a removed global, or a new global of another
// stripe. The second read of a name is an entry hit that logs nothing
// new. Mutations caught: a per-dict word for value stores (rebinding
// `other` would invalidate), builtin reads not recording the globals'
// stripe (a shadowing global would go unnoticed), builtin reads
// recording the globals' keys word (a new global of another stripe, or a
// removed one, would invalidate), the hit ignoring a locked word.
func TestSpanGlobalReadsValidatePerName(t *testing.T) {
	const src = "CONFIG = 7\nother = 0\ndef f():\n    return CONFIG, len, other\n"
	type write struct {
		desc    string
		do      func(g, b *Dict)
		reads   []string // what the span read first
		invalid bool
	}
	// newName inserts a new global whose miss stripe in g's read side
	// is (same) or is not that of len.
	newName := func(same bool) func(g, b *Dict) {
		return func(g, b *Dict) {
			tab := g.readSide().tab.Load()
			want := tab.missWord(strHashString("len"))
			for i := 0; ; i++ {
				name := "fresh" + strconv.Itoa(i)
				if (tab.missWord(strHashString(name)) == want) == same {
					g.SetStr(name, Int(1))
					if g.readSide().tab.Load() != tab {
						t.Fatal("the globals' table grew: the test needs more room")
					}
					return
				}
			}
		}
	}
	cases := []write{
		{"rebind another global", func(g, b *Dict) { g.SetStr("other", Int(1)) }, []string{"CONFIG", "len"}, false},
		{"rebind the global read", func(g, b *Dict) { g.SetStr("CONFIG", Int(8)) }, []string{"CONFIG"}, true},
		{"rebind another global after a builtin read", func(g, b *Dict) { g.SetStr("CONFIG", Int(8)) }, []string{"len"}, false},
		{"a new global of the builtin's stripe (could shadow it)", newName(true), []string{"len"}, true},
		{"a new global of another stripe", newName(false), []string{"len"}, false},
		{"a new global, global read only", newName(true), []string{"CONFIG"}, false},
		{"a global shadowing the builtin read", func(g, b *Dict) { g.SetStr("len", Int(1)) }, []string{"len"}, true},
		{"the builtin rebound", func(g, b *Dict) { b.SetStr("len", Int(2)) }, []string{"len"}, true},
		{"another global deleted", func(g, b *Dict) { g.DelStr("other") }, []string{"len", "CONFIG"}, false},
		{"the global read deleted", func(g, b *Dict) { g.DelStr("CONFIG") }, []string{"len", "CONFIG"}, true},
	}
	for _, c := range cases {
		th, f, loads := globalsFixture(t, src, "f")
		// Twice: the first read looks the name up, the second hits the
		// entry it made; the log holds each read once.
		for round := 0; round < 2; round++ {
			for _, name := range c.reads {
				loadAt(t, th, f, loads, name)
			}
			if round == 0 {
				for _, name := range c.reads {
					if e := f.code.globalCache[loads[name]].Load(); e == nil || (e.gix != gixSpanGlobal && e.gix != gixSpanBuiltin) {
						t.Fatalf("%s: no span entry for %s", c.desc, name)
					}
				}
			}
		}
		logged := len(th.sp.reads)
		if want := len(c.reads); slices.Contains(c.reads, "len") {
			want++ // the builtin and the globals' miss stripe of len
			if logged != want {
				t.Errorf("%s: %d reads logged, want %d", c.desc, logged, want)
			}
		} else if logged != want {
			t.Errorf("%s: %d reads logged, want %d", c.desc, logged, want)
		}
		if !th.readsValid() {
			t.Fatalf("%s: reads invalid before any write", c.desc)
		}
		g, b := f.globals, f.builtins
		c.do(g, b)
		// A locked word (the writer has not committed) makes the hit
		// take the token path instead of reading the new value.
		if c.invalid && c.desc != "the global read deleted" {
			name := c.reads[0]
			f.pc = loads[name] + 1
			if e := f.code.globalCache[loads[name]].Load(); e != nil {
				if _, ok := th.spanGlobalHit(f.globals, f.builtins, e, name); ok {
					t.Errorf("%s: the entry hit read %s while its writer held the word locked", c.desc, name)
				}
			}
		}
		commitWords(dictWords(g))
		commitWords(dictWords(b))
		if got := !th.readsValid(); got != c.invalid {
			t.Errorf("%s: reads of %v invalidated %v, want %v", c.desc, c.reads, got, c.invalid)
		}
	}
}

// TestSpanGlobalReadYourWrites: a span's buffered store of a global is
// what its own later LOAD_GLOBAL reads (also of a name that shadows a
// builtin, and of a name new to the module), and is not in the dict until
// it is applied.
func TestSpanGlobalReadYourWrites(t *testing.T) {
	const src = "CONFIG = 7\ndef f():\n    global CONFIG, len, brandnew\n    CONFIG = 1\n    len = 2\n    brandnew = 3\n    return CONFIG, len, brandnew\n"
	th, f, loads := globalsFixture(t, src, "f")
	if loadAt(t, th, f, loads, "CONFIG").AsInt() != 7 {
		t.Fatal("CONFIG before the store")
	}
	if _, ok := loads["brandnew"]; !ok {
		t.Fatal("no LOAD_GLOBAL of brandnew")
	}
	stored := 0
	for pc, ins := range f.bc.Instrs {
		if ins.Op() != bytecode.STORE_GLOBAL {
			continue
		}
		f.pc = pc + 1
		if !th.storeGlobalSpan(f, ins.Arg(), Int(int64(100+stored))) {
			t.Fatalf("store of %s not buffered", f.bc.Names[ins.Arg()])
		}
		stored++
	}
	for i, name := range []string{"CONFIG", "len", "brandnew"} {
		if v := loadAt(t, th, f, loads, name); !v.IsInt() || v.AsInt() != int64(100+i) {
			t.Errorf("%s read back as %s, want %d", name, reprOf(v), 100+i)
		}
	}
	if v, _ := f.globals.GetStr("CONFIG"); v.AsInt() != 7 {
		t.Errorf("the dict holds CONFIG = %s before the commit", reprOf(v))
	}
	if _, ok := f.globals.GetStr("brandnew"); ok {
		t.Error("the dict holds brandnew before the commit")
	}
}

// TestSpanModuleAttrPerName: mod.x in a span reads the module's namespace
// per name and logs it, like a global: a store to another attribute of
// the module leaves the read valid, a store to x invalidates it; the
// second read hits the cached node without logging again; the span's own
// buffered store of x is what it reads back. Mutation caught: the read
// not logged (a store to x would leave the span valid).
func TestSpanModuleAttrPerName(t *testing.T) {
	for _, other := range []bool{true, false} {
		th, f, _ := globalsFixture(t, "def f():\n    return cfg.A\n", "f")
		cfg := NewModule("cfg")
		cfg.Dict.SetStr("A", Int(5))
		cfg.Dict.SetStr("B", Int(0))
		publishOf(FromObject(cfg))
		cfg.Dict.buildReadSide(nil)
		commitWords(dictWords(cfg.Dict))
		pc := slices.IndexFunc(f.bc.Instrs, func(in bytecode.Instr) bool { return in.Op() == bytecode.LOAD_ATTR })
		if pc < 0 {
			t.Fatal("no LOAD_ATTR")
		}
		f.pc = pc + 1
		for round := 0; round < 2; round++ {
			v, ok := th.spanModuleAttr(f, FromObject(cfg), "A")
			if !ok || !v.IsInt() || v.AsInt() != 5 {
				t.Fatalf("round %d: cfg.A = %s, %v; want 5 read per name", round, reprOf(v), ok)
			}
		}
		if n := len(th.sp.reads); n != 1 {
			t.Errorf("%d reads logged for two reads of cfg.A, want 1", n)
		}
		if other {
			cfg.Dict.SetStr("B", Int(1))
		} else {
			cfg.Dict.SetStr("A", Int(6))
		}
		commitWords(dictWords(cfg.Dict))
		if valid := th.readsValid(); valid != other {
			t.Errorf("store to another attribute %v: reads valid %v, want %v", other, valid, other)
		}
		th.spActive = true // (the store path tests the span flag)
		if !th.storeAttrSpan(cfg.Dict, "A", Int(42)) {
			t.Fatal("module attribute store not buffered")
		}
		if v, ok := th.spanModuleAttr(f, FromObject(cfg), "A"); !ok || v.AsInt() != 42 {
			t.Errorf("cfg.A after the span's own store = %s, %v; want 42", reprOf(v), ok)
		}
	}
}

// TestSpanBuiltinEntryStripe: a span's cached builtin entry (made by an
// earlier span) proves the name absent from the globals by the name's
// miss stripe: a hit logs the builtin's node and the stripe, so a later
// global of that stripe invalidates the span, and the entry no longer
// applies once the stripe moved: the next read finds the new global that
// shadows the builtin. Mutations caught: the hit not logging the stripe,
// or not comparing its version.
func TestSpanBuiltinEntryStripe(t *testing.T) {
	th, f, loads := globalsFixture(t, "def f():\n    return len\n", "f")
	builtin := loadAt(t, th, f, loads, "len")
	e := f.code.globalCache[loads["len"]].Load()
	if e == nil || e.gix != gixSpanBuiltin || e.miss == nil {
		t.Fatalf("no builtin entry with a stripe: %+v", e)
	}
	th.clearReads() // a new span, which hits the entry
	if v := loadAt(t, th, f, loads, "len"); !v.Is(builtin) {
		t.Fatalf("entry hit: %s", reprOf(v))
	}
	if n := len(th.sp.reads); n != 2 {
		t.Errorf("the entry hit logged %d reads, want 2 (the builtin's node, the globals' stripe)", n)
	}
	if f.code.globalCache[loads["len"]].Load() != e {
		t.Fatal("the hit replaced the entry")
	}
	g := f.globals
	tab := g.readSide().tab.Load()
	// The shadowing global itself: the same stripe, by definition.
	g.SetStr("len", Int(5))
	commitWords(dictWords(g))
	if g.readSide().tab.Load() != tab {
		t.Fatal("the globals' table grew: the test needs more room")
	}
	if th.readsValid() {
		t.Error("a new global shadowing the builtin left the entry's reads valid")
	}
	th.clearReads()
	if _, ok := th.spanGlobalHit(g, f.builtins, e, "len"); ok {
		t.Error("the builtin entry applied after a global of its stripe was inserted")
	}
	if v := loadAt(t, th, f, loads, "len"); !v.IsInt() || v.AsInt() != 5 {
		t.Errorf("len after the shadowing global = %s, want 5", reprOf(v))
	}
}
