# dict() over generators, maps and enumerate in 3 worker threads (thread-local dicts growing past 512 keys, so their stores are undone per key in transactions), with errors; output in a fixed order.
import threading

def pairs(n, m):
    for i in range(n):
        yield (i * 7 % m, i)

def bad(n):
    for i in range(n):
        yield (i, i) if i != n - 1 else (i,)

results = {}
lock = threading.Lock()

def work(w):
    out = []
    d = dict(pairs(3000 + w * 500, 2003))
    out.append((len(d), list(d.items())[:3], list(d)[-2:], sum(d.values())))
    d2 = dict(map(lambda i: (i, -i), range(w * 1000, w * 1000 + 900)))
    out.append((len(d2), min(d2), max(d2.values())))
    d3 = dict(enumerate(str(i) for i in range(700)))
    out.append((len(d3), d3[699], list(d3)[:3]))
    try:
        dict(bad(800 + w))
    except ValueError as e:
        out.append(str(e))
    big = {}
    for i in range(5000):
        big[i * 13 % 4999] = i
    for i in range(0, 5000, 2):
        big.pop(i * 13 % 4999, None)
    out.append((len(big), list(big.items())[:2], list(big)[-2:]))
    with lock:
        results[w] = out

ts = [threading.Thread(target=work, args=(w,)) for w in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for w in sorted(results):
    for line in results[w]:
        print(w, line)
