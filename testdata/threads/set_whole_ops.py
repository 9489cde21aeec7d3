# Whole-set operations on shared sets from several threads (operators, comparisons, update/difference_update/intersection_update/symmetric_difference_update and their augmented forms, clear, pop): pystm reads the shared set through a copy and buffers the writes to the commit, which must give CPython's iteration order, pop order and consistent snapshots
import threading

T = 2
N = 1500
W = 16
errors = []

# A sliding window: the writer moves it with one ^= per step (discard i,
# add i + W); readers must always see W consecutive integers, whatever
# operator they read the set with.
win = set(range(W))
big = set(range(N + W + 1))
stop = threading.Event()


def slide():
    global win
    for i in range(N):
        win.symmetric_difference_update({i, i + W})
        if i % 3 == 0:
            win ^= {i + 1, i + 1 + W}
            win ^= {i + 1, i + 1 + W}
    stop.set()


def check(tag, got):
    lo = min(got)
    if sorted(got) != list(range(lo, lo + W)):
        errors.append((tag, sorted(got)))


def watch(rid):
    n = 0
    while not stop.is_set() or n < 50:
        n += 1
        check("union", win | set())
        check("copy", win.copy())
        u = win.union({-1})
        if -1 not in u or len(u) != W + 1:
            errors.append(("union-1", len(u)))
        check("and", win & big)
        check("rand", big & win)
        check("sub", win - {-5})
        check("xor", win ^ set())
        check("inter", big.intersection(win))
        if not (win <= big and win < big and big >= win and big > win):
            errors.append(("cmp", rid))
        if win == big or not (win != big) or not win.issubset(big) or not big.issuperset(win):
            errors.append(("cmp2", rid))
        if not win.isdisjoint({-1, -2}) or win.isdisjoint(range(N + W)):
            errors.append(("disjoint", rid))
        d = big - win
        if len(d) != len(big) - W or (d & win):
            errors.append(("diff", len(d)))
        f = frozenset(win)
        if len(f) != W or f != win:
            errors.append(("frozen", len(f)))


ts = [threading.Thread(target=slide)] + [threading.Thread(target=watch, args=(r,)) for r in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("window", sorted(win))

# Exact table behaviour on shared sets: the same sequence of whole-set
# writes in two threads on two shared sets, each printing iteration and
# pop order (they depend on dummies, resizes and the pop finger).
logs = {}


def order(tid):
    s = shared[tid]  # (augmented assignments rebind s to the same set)
    out = []
    s.update(range(0, 64, 3))
    s |= {100, 200, 300, -1, -9}
    s.update([7, 8, 9, 7])
    out.append(list(s))
    s -= set(range(0, 40))
    out.append(list(s))
    s.difference_update(range(40, 60, 2), [300])
    out.append(list(s))
    s &= set(range(-10, 64)) | {200}
    out.append(list(s))
    s ^= {1, 2, 200, 45}
    s.symmetric_difference_update([3, 45, 1000])
    out.append(list(s))
    s.intersection_update(range(-20, 2000, 1), {1, 2, 3, 1000, -9, 49})
    out.append(list(s))
    popped = [s.pop(), s.pop()]
    s.update({500, 501, 502})
    popped.append(s.pop())
    out.append((popped, list(s), len(s), 501 in s))
    s.clear()
    out.append((list(s), len(s), 3 in s))
    s.add(5)
    s.update(range(20))
    while s:
        popped.append(s.pop())
    try:
        s.pop()
    except KeyError as e:
        out.append(("KeyError", e.args))
    out.append(popped)
    s |= {1, 2}
    s.clear()
    s |= {3}
    out.append((list(s), len(s)))
    logs[tid] = out


shared = [set(), set()]
ts = [threading.Thread(target=order, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for line in logs[0]:
    print(line)
print("same", logs[0] == logs[1])

# Concurrent pops: every element is popped by exactly one thread.
bag = set(range(3000))
got = [[] for _ in range(3)]


def popper(k):
    while True:
        try:
            got[k].append(bag.pop())
        except KeyError:
            return


ts = [threading.Thread(target=popper, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for g in got for x in g)
print("pops", len(allp), allp == list(range(3000)), len(bag))

# Concurrent update / difference_update of disjoint blocks.
acc = set()


def blocks(k):
    global acc
    for i in range(200):
        base = k * 100000 + i * 10
        acc.update(range(base, base + 10))
        acc.difference_update({base + 1, base + 3})
        acc |= {base + 1}
        if base + 3 in acc or base + 1 not in acc or base + 2 not in acc:
            errors.append(("blocks", k, i))


ts = [threading.Thread(target=blocks, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("blocks", len(acc), sum(acc) % 1000003)
print("errors", errors[:5], len(errors))
