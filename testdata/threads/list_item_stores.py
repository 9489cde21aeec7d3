# threads storing into and reading one shared list per item: disjoint ranges with +=, negative indexes, read-your-writes, index errors, locked transfers and moves with invariant readers
import threading

T, R, N = 3, 100, 600
l = [0] * (T * R)
bad = []

def upd(k):
    base = k * R
    for i in range(N):
        j = base + i % R
        l[j] += 1
        l[j - len(l)] += 1          # a negative index: the same item
        if l[j] % 2 or l[j - len(l)] != l[j]:
            bad.append(("odd", k, i))
        if i % 50 == 0:
            mine = l[base:base + R]  # a slice (token path) sees the stores
            if sum(mine) != 2 * (i + 1):
                bad.append(("slice", k, i, sum(mine)))
            s = 0
            for x in l:              # iteration sees the span's own stores
                s += 1
            if s != len(l):
                bad.append(("len", k, s))
    try:
        l[len(l)] = 1
    except IndexError as e:
        bad.append(("ok", str(e)))
    try:
        l[-len(l) - 1] += 1
    except IndexError as e:
        bad.append(("ok", str(e)))

ts = [threading.Thread(target=upd, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(l), min(l), max(l), sorted(set(bad)))

# Transfers between items under a lock; readers under the lock see the
# total, and a mover inserts and pops zeros (the items move).
acct = [100] * 150
lock = threading.Lock()
seen = []

def mover(k):
    for i in range(400):
        a, b = (i * 7 + k) % len(acct), (i * 13 + 3 * k) % len(acct)
        with lock:
            x = acct[a] // 3
            acct[a] -= x
            acct[b] += x
            if i % 40 == k:
                acct.insert(i % 100, 0)
            if i % 40 == k + 20:
                acct.remove(0) if 0 in acct else None

def reader():
    for i in range(200):
        with lock:
            s = sum(acct)
            n = 0
            for x in acct:
                n += x
        seen.append((s, n))

ts = [threading.Thread(target=mover, args=(k,)) for k in range(2)] + [threading.Thread(target=reader)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(acct), len(acct) >= 150, set(seen) == {(15000, 15000)})

# Stores of values that need publication (a fresh list) and of every kind.
out = [None] * 8
def fill(k):
    for i in range(4):
        out[k * 4 + i] = [k, i] if i % 2 else (k, float(i), "s" * i)
ts = [threading.Thread(target=fill, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
