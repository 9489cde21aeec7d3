# Threads read a shared dict while others write it: each read returns a value some writer stored, two keys written together are read together, misses/len/in/get see whole states
import threading

N = 64
d = {k: (k, 0, k * 7) for k in range(N)}
pair = {"a": 50, "b": 50}
extra = {}
bad = []
lock = threading.Lock()


def writer(w):
    for i in range(1, 1500):
        k = (i * 13 + w) % N
        d[k] = (k, i, k * 7 + i)            # one store: the value checks itself
        x = (i * 37 + w) % 101
        pair["a"] = x                        # two stores with no call or loop
        pair["b"] = 100 - x                  # in between: one transaction
        if i % 100 == 0:
            with lock:
                extra["w%d_%d" % (w, i)] = i


def reader(r):
    seen = 0
    for i in range(3000):
        k = (i * 5 + r) % N
        v = d[k]
        if v[0] != k or v[2] != k * 7 + v[1]:
            bad.append(("torn", k, v))
        a = pair["a"]
        b = pair["b"]
        if a + b != 100:
            bad.append(("pair", a, b))
        if k not in d or d.get(k) is None or d.get(N + 1, "dflt") != "dflt":
            bad.append(("membership", k))
        if len(d) != N:
            bad.append(("len", len(d)))
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
print("pair", pair["a"] + pair["b"], "extra", len(extra), sorted(extra.values())[:3])
print("consistent", all(v[0] == k and v[2] == k * 7 + v[1] for k, v in d.items()))
