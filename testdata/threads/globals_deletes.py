# threads delete module globals (del x, del mod.x, del globals()[k]), rebind them with globals().update, and read their own writes back at once: NameError, builtins showing through, AttributeError, KeyError
import sys, threading

mod = sys.modules[__name__]
bad = []
errors = []
start = threading.Barrier(2)

def note(tid, i, e):
    if i == 0:
        errors.append((str(tid), type(e).__name__, str(e)))

def work(tid):
    g = globals()
    start.wait()
    for i in range(2000):
        own = "k%d_%d" % (tid, i)
        g[own] = i
        g.update({"u%d" % tid: i}, **{"w%d" % tid: -i})
        if g["u%d" % tid] != i or getattr(mod, "w%d" % tid) != -i:
            bad.append(("update", tid, i))
        if i >= 2:
            old = "k%d_%d" % (tid, i - 2)
            if i % 2 == 0:
                del g[old]
            else:
                delattr(mod, old)
            if old in g or g.get(old) is not None or hasattr(mod, old):
                bad.append(("visible", tid, i))
            try:
                del g[old]
                bad.append(("twice", tid, i))
            except KeyError as e:
                note(tid, i - 2, e)
            try:
                getattr(mod, old)
                bad.append(("attr", tid, i))
            except AttributeError as e:
                note(tid, i - 2, e)
        if g[own] != i or getattr(mod, own) != i:
            bad.append(("own", tid, i))

def shadow(tid):
    # A global that shadows a builtin, deleted and set again by one
    # thread while the other only reads: len is the builtin or 7.
    global len
    for i in range(1000):
        if tid == 0:
            len = 7
            if len != 7:
                bad.append(("shadow", i))
            del len
            if len("ab") != 2:
                bad.append(("builtin", i))
            try:
                del len
                bad.append(("del twice", i))
            except NameError as e:
                note(tid, i, e)
        else:
            v = len if isinstance(len, int) else len("abc")
            if v not in (3, 7):
                bad.append(("reader", i, v))

gone = 1
def delete_global(tid):
    global gone
    try:
        del gone
    except NameError as e:
        errors.append(("gone", type(e).__name__, str(e)))

for target in (work, shadow, delete_global):
    ts = [threading.Thread(target=target, args=(n,)) for n in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()

print(bad)
print(sorted(errors))
print(sorted(k for k in globals() if k.startswith("k")), "gone" in globals(), "len" in globals(), u0, u1, w0, w1)
