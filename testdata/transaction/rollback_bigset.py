# Big thread-local sets (past 512 slots: undone per slot, not copied) written in every way inside transactions; with injected aborts the iteration order, lengths, pops and results must not change.
import threading

def digest(s):
    # order-sensitive summary of a set's iteration (int elements)
    h = 0
    for x in s:
        h = (h * 31 + x) % 1000000007
    return len(s), h

# adds past several resizes, discards, re-adds
s = set()
for i in range(3000):
    s.add(i * 37 % 3001)
print("adds", digest(s), list(s)[:5], list(s)[-3:])
for i in range(0, 3001, 3):
    s.discard(i)
print("discards", digest(s), list(s)[:5])
for i in range(0, 3001, 9):
    s.add(i + 100000)
print("re-adds", digest(s), list(s)[-5:])

# pops follow pop's finger through the table
popped = [s.pop() for _ in range(700)]
print("pops", popped[:6], popped[-3:], digest(s))

# bulk operations on a big set
s |= set(range(5000, 5400))
s -= set(range(0, 3001, 2))
s.update(x * 11 for x in range(800))
print("bulk", digest(s), list(s)[:4])
s.clear()
for i in range(900):
    s.add(-i)
print("refill", digest(s), list(s)[:3], list(s)[-3:])

# the same in worker threads (their sets are thread-local)
out = []
def worker(n):
    t = set(i * 7 % 4001 for i in range(n))
    for i in range(0, 4001, 5):
        t.discard(i)
    got = [t.pop() for _ in range(50)]
    for i in range(300):
        t.add(i * 13 + 9000)
    out.append((n, digest(t), got[:4], list(t)[-3:]))
ts = [threading.Thread(target=worker, args=(n,)) for n in (3000, 5000)]
for th in ts:
    th.start()
for th in ts:
    th.join()
for r in sorted(out):
    print("worker", r)
