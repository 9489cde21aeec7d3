# Threads share enumerate/zip/dict-items iterators unpacked in for-loops: every item goes to exactly one thread, pairs stay matched
# (zip over two lists: one zip step is one atomic operation; a generator inside it runs
# Python code, at whose boundaries CPython too may switch threads mid-pair)
import threading

N = 3000
src = list(range(N))
d = {k: k * 3 for k in range(N)}
shared = {
    "enum": enumerate(src, 100),
    "zip": zip(src, [x * 2 for x in src]),
    "items": iter(d.items()),
}
got = {name: [] for name in shared}
bad = []


def worker(w):
    mine = {name: [] for name in shared}
    for i, x in shared["enum"]:
        if i != x + 100:
            bad.append(("enum", i, x))
        mine["enum"].append(x)
    for a, b in shared["zip"]:
        if b != a * 2:
            bad.append(("zip", a, b))
        mine["zip"].append(a)
    for k, v in shared["items"]:
        if v != k * 3:
            bad.append(("items", k, v))
        mine["items"].append(k)
    # a thread-local pair loop beside the shared ones
    local = 0
    for i, x in enumerate(range(500)):
        local += i - x
    if local:
        bad.append(("local", local))
    for name in shared:
        got[name].extend(mine[name])


ts = [threading.Thread(target=worker, args=(w,)) for w in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for name in shared:
    print(name, len(got[name]), sorted(got[name]) == src)
print("bad", bad)
