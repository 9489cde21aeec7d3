# Stores into shared dicts from several threads, which pystm's abortable transactions buffer until they commit: increments of common keys (no lost update), each thread's new keys read back at once (d[k], k in d, d.get, len), overwrites, deletes and re-inserts, keys of different types that compare equal, dicts made by a literal, a comprehension, dict() and copy()
import threading

T = 4
N = 3000
d = {("hot", j): 0 for j in range(5)}
d["s"] = 0
made = dict(a=0, b=0)
copied = made.copy()
lit = {"x": 0}
errors = []


def work(tid):
    for i in range(N):
        d[("hot", i % 5)] += 1
        k = (tid, i)
        d[k] = i
        if d[k] != i or k not in d or d.get(k) != i or d.get(k, None) is None:
            errors.append(("readback", tid, i))
        d[k] = d[k] + 1
        if i % 50 == 0 and len(d) < 6:
            errors.append(("len", tid, i))
        if i % 7 == 0:
            del d[k]
            if k in d:
                errors.append(("del", tid, i))
            d[k] = -1
        d["s"] += 1
        d[1] = tid
        d[1.0] = tid
        made["a"] += 1
        copied["b"] += 2
        lit["x"] += 3
        if i % 500 == 0:
            items = [v for kk, v in list(d.items()) if type(kk) is tuple and kk[0] == tid]
            if len(items) != i + 1:
                errors.append(("items", tid, i, len(items)))


ts = [threading.Thread(target=work, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("hot", [d[("hot", j)] for j in range(5)])
print("s", d["s"], "len", len(d))
for tid in range(T):
    own = [k[1] for k in d if type(k) is tuple and k[0] == tid]
    print(tid, len(own), own == sorted(own), sum(d[(tid, i)] for i in own))
print("one key:", [type(k).__name__ for k in d if k == 1], d[1] in range(T))
print(made, copied, lit)
print("errors", errors)


# Only stores and reads of keys (no deletes, no len): the transactions stay
# abortable and commit their buffers; threads that incremented the same key
# conflict and run again.
def work2(tid):
    for i in range(N):
        d[("hot", i % 3)] += 1
        d[("new", tid, i % 100)] = d.get(("new", tid, i % 100), 0) + 1
        if d[("new", tid, i % 100)] != i // 100 + 1:
            errors.append(("work2", tid, i))


ts = [threading.Thread(target=work2, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("hot", [d[("hot", j)] for j in range(5)])
print("new", sum(d[("new", tid, j)] for tid in range(T) for j in range(100)), len(d))
print("errors", errors)
