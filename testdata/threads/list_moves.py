# threads popping, inserting, deleting and extending shared lists: a work list popped from the end and the front, elements moved between two lists (none lost or duplicated), each thread's own shared list against a local mirror (read-your-writes), error messages
import threading

T = 3

# A work list popped from the end, results appended and extended.
work = list(range(3000))
results = []
def worker(k):
    global results
    got = 0
    while True:
        try:
            x = work.pop()
        except IndexError:
            break
        s = 0
        for j in range(5):
            s += x * j
        if x % 3 == 0:
            results.extend((x, s))
        else:
            results.append(x)
            results += [s]
        got += 1
    counts[k] = got
counts = [0] * T
ts = [threading.Thread(target=worker, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
xs = sorted(results[0::2])
print("work", len(work), len(results), xs == list(range(3000)), sum(results[1::2]), sum(counts))

# A FIFO: pop(0) and del q[0]; each thread sees its items in order.
q = list(range(2000))
taken = [[] for _ in range(T)]
def consumer(k):
    mine = taken[k]
    while q:
        try:
            mine.append(q.pop(0))
        except IndexError:
            break
ts = [threading.Thread(target=consumer, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
allv = sorted(x for m in taken for x in m)
print("fifo", len(q), allv == list(range(2000)), all(m == sorted(m) for m in taken))

# Moving elements between two lists with single atomic operations: the
# multiset of both together is conserved.
A = list(range(1000))
B = []
def mover(k):
    for i in range(1500):
        r = (i * 7 + k * 13) % 6
        try:
            if r == 0:
                B.insert(0, A.pop())
            elif r == 1:
                B.append(A.pop(0))
            elif r == 2:
                x = A.pop(i % 17)
                B.extend((x,))
            elif r == 3:
                A.insert(i % 5, B.pop())
            elif r == 4:
                A.append(B.pop(0))
            else:
                x = B.pop(-1 - i % 3)
                A.extend([x])
        except IndexError:
            pass
ts = [threading.Thread(target=mover, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("move", len(A) + len(B), sorted(A + B) == list(range(1000)))

# Each thread's own shared list against a thread-local mirror: every
# operation, then len, items, negative items and iteration compared.
own = [list(range(50)) for _ in range(T)]
bad = []
def mirror(k):
    s, m = own[k], list(range(50))
    seed = k + 1
    for i in range(17000):  # (past the 2^14 moves after which pystm buffers them)
        seed = (seed * 1103515245 + 12345) % 2147483648
        op, a, b = seed % 11, (seed >> 8) % 60 - 5, (seed >> 16) % 60
        if op == 0 and m:
            if s.pop() != m.pop(): bad.append(("pop", k, i))
        elif op == 1 and m:
            if s.pop(0) != m.pop(0): bad.append(("pop0", k, i))
        elif op == 2 and m:
            j = a % len(m)
            if s.pop(j) != m.pop(j): bad.append(("popj", k, i))
        elif op == 3:
            s.insert(a, i); m.insert(a, i)
        elif op == 4 and m:
            j = -1 - b % len(m)
            del s[j]; del m[j]
        elif op == 5:
            del s[a:b]; del m[a:b]
        elif op == 6:
            s.extend((i, -i)); m.extend((i, -i))
        elif op == 7:
            s += [i] * (b % 3); m += [i] * (b % 3)
        elif op == 8:
            s.append(i); m.append(i)
        elif op == 9 and i % 300 == 0:
            s.clear(); m.clear()
        else:
            s.insert(0, -i); m.insert(0, -i)
        if len(s) != len(m) or (m and (s[-1] != m[-1] or s[0] != m[0])):
            bad.append(("len/ends", k, i))
        if i % 64 == 0 and [x for x in s] != m:
            bad.append(("iter", k, i))
    own[k] = (len(s), s == m)
ts = [threading.Thread(target=mirror, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("mirror", own, bad[:5])

# Errors, from a worker thread (so inside a span).
errs = []
e = []
def errors():
    global e
    for f in (lambda: e.pop(), lambda: e.pop(0), lambda: [1].pop(5)):
        try:
            f()
        except IndexError as x:
            errs.append(str(x))
    e.extend((1, 2))
    for f in (lambda: e.pop(2), lambda: e.pop(-3)):
        try:
            f()
        except IndexError as x:
            errs.append(str(x))
    try:
        del e[2]
    except IndexError as x:
        errs.append(str(x))
    del e[5:9]
    e.insert(-100, 0)
    e.insert(100, 3)
    errs.append(e[:])
    try:
        e.extend(5)
    except TypeError as x:
        errs.append(str(x))
    try:
        e += None
    except TypeError as x:
        errs.append(str(x))
t = threading.Thread(target=errors)
t.start(); t.join()
print(errs)
