# Threads read a shared list while others write it: each element read is one some writer stored, two elements written together are read together, len/in/iteration see whole elements
import threading

N = 48
lst = [(k, 0, k * 7) for k in range(N)]
pair = [50, 50]
names = ["n%d" % k for k in range(20)]
grow = [0, 0]
bad = []
lock = threading.Lock()


def writer(w):
    for i in range(1, 1500):
        k = (i * 13 + w) % N
        lst[k] = (k, i, k * 7 + i)           # one store: the value checks itself
        x = (i * 37 + w) % 101
        pair[0] = x                          # two stores with no call or loop
        pair[1] = 100 - x                    # in between: one transaction
        if i % 50 == 0:
            with lock:
                grow.append(0)               # the length changes; sum stays 0
                grow.pop(0)
                grow.append(0)


def reader(r):
    seen = 0
    for i in range(3000):
        k = (i * 5 + r) % N
        v = lst[k]
        if v[0] != k or v[2] != k * 7 + v[1]:
            bad.append(("torn", k, v))
        a = pair[0]
        b = pair[1]
        if a + b != 100:
            bad.append(("pair", a, b))
        if i % 10 == 0:
            c = 0
            for v in lst:                    # each element is whole (the loop
                if v[2] != v[0] * 7 + v[1]:  # itself spans transactions)
                    bad.append(("iter", v))
                c += 1
            if c != N:
                bad.append(("iter len", c))
        if "n%d" % (i % 20) not in names or "m1" in names or len(names) != 20:
            bad.append(("names", i))
        if len(lst) != N or sum(grow) != 0 or len(grow) < 2:
            bad.append(("len", len(lst), len(grow)))
        seen += 1
    return seen


results = []


def run_reader(r):
    results.append(reader(r))


ts = [threading.Thread(target=writer, args=(w,)) for w in range(2)]
ts += [threading.Thread(target=run_reader, args=(r,)) for r in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("violations", bad[:5], len(bad))
print("reads", sum(results))
print("pair", pair[0] + pair[1], "grow", len(grow) >= 2, sum(grow))
print("consistent", all(v[0] == k and v[2] == k * 7 + v[1] for k, v in enumerate(lst)))
