# Big thread-local dicts (past 512 entries: undone per position, not copied) written in every structural way inside transactions; with injected aborts the order, values, lengths and iterators must not change.
import threading

def num(x):
    return x if isinstance(x, int) else sum(map(ord, x))

def digest(d):
    # order-sensitive summary of a dict's items (no str hashes)
    h = 0
    for k, v in d.items():
        h = (h * 31 + num(k) * 7 + num(v)) % 1000000007
    return len(d), h

# word counting into a local dict, then deletes and re-inserts
words = ["w%d" % (i * 7919 % 1500) for i in range(6000)]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("counts", len(counts), list(counts.items())[:4], list(counts)[-3:])
for i in range(0, 1500, 3):
    del counts["w%d" % i]
for i in range(0, 1500, 9):
    counts["w%d" % i] = -i          # back, at the end
print("after", len(counts), list(counts.items())[-4:], sum(counts.values()))

# ints: growth through several rebuilds, pops, popitem, setdefault
d = {}
for i in range(3000):
    d[i * 37 % 3001] = i
for i in range(0, 3000, 2):
    d.pop(i * 37 % 3001)
for i in range(500):
    d.setdefault(i, "s")
last = [d.popitem() for _ in range(5)]
print("ints", digest(d), last, list(d)[:6])

# an iterator made before the writes, advanced across transactions
big = {i: i * i for i in range(1000)}
it = iter(big.items())
firsts = [next(it) for _ in range(3)]
for i in range(1000, 1100):
    big[i] = 0
try:
    next(it)
except RuntimeError as e:
    print("iter", firsts, type(e).__name__, e)
vit = iter(big.values())
acc = 0
for i in range(300):
    acc += next(vit)
    big[i] = -i                     # values only: the iterator goes on
print("values", acc, next(vit), len(big))

# emptied by deletes, then filled again; clear and refill
e = {i: i for i in range(800)}
for i in range(800):
    del e[i]
for i in range(900, 700, -1):
    e[i] = str(i)
print("refill", len(e), list(e.items())[:3], list(e)[-2:])
e.clear()
for i in range(600):
    e[-i] = i
e.update((i, -i) for i in range(590, 610))
print("clear", digest(e), list(e.items())[-3:])

# the same in a worker thread (its dicts are thread-local)
out = []
def worker(n):
    c = {}
    for i in range(n):
        k = i * 7 % 2003
        c[k] = c.get(k, 0) + 1
    for k in list(c)[::4]:
        del c[k]
    for k in range(5000, 5100):
        c[k] = 0
    out.append((n, digest(c), list(c.items())[:3], list(c)[-2:]))
ts = [threading.Thread(target=worker, args=(n,)) for n in (4000, 6000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in sorted(out):
    print("worker", r)
