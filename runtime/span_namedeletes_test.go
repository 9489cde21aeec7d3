package runtime

import (
	"testing"

	"go.uber.org/goleak"
)

// globalDeletesProgram: two threads each create module globals of their
// own (globals()[k] = v) and delete them two iterations later, by every
// path (del globals()[k], del mod.x, delattr, a DELETE_GLOBAL of a
// global of their own), check that a deleted name reads as absent at
// once, and delete a name they never had (NameError); they also rebind
// globals of their own through globals().update(mapping, **kw). Nothing
// made the spans irrevocable but the deletes and the updates.
const globalDeletesProgram = `import sys, threading
mod = sys.modules[__name__]
bad = []
mine0 = mine1 = None
start = threading.Barrier(2)
def drop0():
    global mine0
    del mine0
def drop1():
    global mine1
    del mine1
def set0():
    global mine0
    mine0 = 1
def set1():
    global mine1
    mine1 = 1
def work(tid, drop, put):
    g = globals()
    start.wait()
    for i in range(3000):
        g["k%d_%d" % (tid, i)] = i
        g.update({"u%d" % tid: i}, **{"w%d" % tid: -i})
        if g["u%d" % tid] != i or mod.__dict__.get("w%d" % tid) != -i:
            bad.append(("update", tid, i))
        if i >= 2:
            old = "k%d_%d" % (tid, i - 2)
            if i % 3 == 0:
                del g[old]
            elif i % 3 == 1:
                del mod.__dict__[old]
            else:
                delattr(mod, old)
            if old in g or hasattr(mod, old):
                bad.append(("visible", tid, i))
        if i % 100 == 0:
            put()
            drop()
            try:
                drop()
                bad.append(("twice", tid, i))
            except NameError:
                pass
ts = [threading.Thread(target=work, args=(0, drop0, set0)), threading.Thread(target=work, args=(1, drop1, set1))]
for t in ts: t.start()
for t in ts: t.join()
print(bad, sorted(k for k in globals() if k.startswith("k")), "mine0" in globals(), "mine1" in globals(), u0, u1, w0, w1)
`

// TestGlobalDeletesBuffered: deletes of module globals in spans are
// buffered (the spans stay abortable: thousands became irrevocable
// before, one per delete) and committed exactly, with injected aborts
// too. Mutations caught: deleteKeySpan refusing (every delete through the
// token path: ~6,000 irrevocable spans); dictUpdateBuffered refusing
// (the same).
func TestGlobalDeletesBuffered(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	const want = "[] ['k0_2998', 'k0_2999', 'k1_2998', 'k1_2999'] False False 2999 2999 -2999 -2999\n"
	for i, st := range runSpannedRates(t, "gdel.py", globalDeletesProgram, want) {
		rate := spannedRates[i]
		t.Logf("abort rate %v: %+v", rate, st)
		if st.Irrevocable > 300 || st.Committed < 20 {
			t.Errorf("abort rate %v: %+v: want the spans that delete globals to stay abortable", rate, st)
		}
		if rate > 0 && st.Injected == 0 {
			t.Errorf("abort rate %v: no abort injected: %+v", rate, st)
		}
	}
}

// TestSpanReadYourDeletes: a span's buffered delete of a global is what
// its own later reads see by every path (LOAD_GLOBAL: NameError, or the
// builtin the global shadowed; globals()[k]: KeyError; k in globals();
// globals().get), the dict keeps the name until the delete is applied,
// a second delete finds it gone, and the delete's read of the name is
// validated: a commit that rebinds the name invalidates the span. A
// delete of an absent name records the miss: a later insert of the name
// invalidates. Mutations caught: the readers not looking in the deletes
// (the name still read), the delete recording nothing (the rebinding
// left the span valid), applyNameDeletes a no-op (the name stays).
func TestSpanReadYourDeletes(t *testing.T) {
	const src = "CONFIG = 7\nlen = 'shadow'\ndef f():\n    return CONFIG, len\n"
	th, f, loads := globalsFixture(t, src, "f")
	g := f.globals
	th.spActive = true // (the delete path tests the span flag)
	if v := loadAt(t, th, f, loads, "len"); TypeOf(v) != StrType {
		t.Fatalf("len before the delete = %s, want the global", reprOf(v))
	}
	for _, name := range []string{"CONFIG", "len"} {
		if found, ok := th.deleteNameSpan(g, name); !ok || !found {
			t.Fatalf("del %s: found %v, buffered %v", name, found, ok)
		}
	}
	f.pc = loads["CONFIG"] + 1
	if v, err := th.spanLoadGlobal(f, f.bc.Instrs[loads["CONFIG"]].Arg()); !isExc(err, NameErrorType) {
		t.Errorf("CONFIG after its delete = %s, %v; want NameError", reprOf(v), err)
	}
	if v := loadAt(t, th, f, loads, "len"); !v.Is(mustBuiltin(t, f, "len")) {
		t.Errorf("len after the global's delete = %s, want the builtin", reprOf(v))
	}
	gv := FromObject(g)
	if _, ok, err := th.readGetItem(gv, NewStr("CONFIG")); !ok || !isExc(err, KeyErrorType) {
		t.Errorf("globals()['CONFIG'] after the delete: ok %v err %v; want KeyError", ok, err)
	}
	if found, ok := th.readContains(gv, NewStr("CONFIG")); !ok || found {
		t.Errorf("'CONFIG' in globals() after the delete: %v %v", found, ok)
	}
	if r, ok := dictGetLockFree(th, []Value{gv, NewStr("CONFIG"), Int(-1)}, nil); !ok || r.AsInt() != -1 {
		t.Errorf("globals().get('CONFIG', -1) after the delete = %s %v", reprOf(r), ok)
	}
	if _, ok := th.readLen(gv); ok {
		t.Error("len(globals()) was read lock-free past the span's delete")
	}
	if found, ok := th.deleteNameSpan(g, "CONFIG"); !ok || found {
		t.Errorf("a second del CONFIG: found %v, decided %v; want NameError without the token", found, ok)
	}
	if _, ok := g.GetStr("CONFIG"); !ok {
		t.Error("the dict lost CONFIG before the commit")
	}
	if !th.readsValid() {
		t.Fatal("reads invalid before any other write")
	}
	g.SetStr("CONFIG", Int(8)) // another thread's committed store
	commitWords(dictWords(g))
	if th.readsValid() {
		t.Error("a store to a deleted name left the deleting span valid")
	}
	th.applyNameDeletes()
	commitWords(dictWords(g))
	for _, name := range []string{"CONFIG", "len"} {
		if _, ok := g.GetStr(name); ok {
			t.Errorf("%s still in the dict after the deletes were applied", name)
		}
	}

	th.clearReads()
	if found, ok := th.deleteNameSpan(g, "nosuch"); !ok || found {
		t.Fatalf("del nosuch: found %v, decided %v; want NameError without the token", found, ok)
	}
	g.SetStr("nosuch", Int(1))
	commitWords(dictWords(g))
	if th.readsValid() {
		t.Error("inserting a name whose delete raised NameError left the span valid")
	}
}

// mustBuiltin returns the builtin name of f's builtins.
func mustBuiltin(t *testing.T, f *Frame, name string) Value {
	t.Helper()
	v, ok := f.builtins.GetStr(name)
	if !ok {
		t.Fatalf("no builtin %s", name)
	}
	return v
}
