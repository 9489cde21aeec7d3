# module globals per name: each thread rebinds its own global (global statement, module attribute, globals()[name]) while reading shared ones; a shared counter is updated under a lock and with no lock; deleted and re-added globals; module-level code reads globals a function rebinds
import sys
import threading

mod = sys.modules[__name__]
CONFIG = {"scale": 3}
OFFSET = 1
hot = 0
locked = 0
c0 = c1 = c2 = 0
bad = []
lock = threading.Lock()


def read0():
    return c0


def w0(n):
    global c0, hot
    for i in range(n):
        c0 += (i * CONFIG["scale"] + OFFSET) % 7
        hot += 1
        if i % 97 == 0:
            if read0() != c0 or mod.c0 != c0:
                bad.append(("c0", i))
            with lock:
                global locked
                locked += 1


def w1(n):
    for i in range(n):
        mod.c1 = mod.c1 + (i * CONFIG["scale"] + OFFSET) % 7
        global hot
        hot += 1
        if i % 97 == 0:
            with lock:
                global locked
                locked += 1


def w2(n):
    g = globals()
    for i in range(n):
        g["c2"] = g["c2"] + (i * CONFIG["scale"] + OFFSET) % 7
        global hot, tmp2
        hot += 1
        tmp2 = i
        if tmp2 != i:
            bad.append(("tmp2", i))
        del tmp2
        try:
            tmp2
            bad.append(("deleted", i))
        except NameError:
            pass
        if i % 97 == 0:
            with lock:
                global locked
                locked += 1


def bump_main():
    global main_count
    main_count += 1


main_count = 0
N = 3000
ts = [threading.Thread(target=f, args=(N,)) for f in (w0, w1, w2)]
for t in ts:
    t.start()
# Module-level code (LOAD_NAME) reading a global a function rebinds while
# the workers run.
for i in range(2000):
    bump_main()
    if main_count != i + 1:
        bad.append(("main", i))
for t in ts:
    t.join()
want = sum((i * 3 + 1) % 7 for i in range(N))
print(c0 == want, c1 == want, c2 == want, want)
print("hot", hot, "locked", locked, "main", main_count)
print("tmp2" in globals(), bad[:3])
