# array, struct and json used by several threads at once: shared arrays, a shared Struct and iterator
import json
import struct
import threading
from array import array

a = array("i")
d = array("d", [0.0] * 8)
S = struct.Struct("<i")
buf = bytearray(4 * 4000)
shared = {"k": [1, 2, {"x": 1.5}]}
texts = []
lock = threading.Lock()

def work(k):
    for i in range(1000):
        a.append(k * 1000 + i)
        S.pack_into(buf, 4 * (k * 1000 + i), i)
        with lock:
            d[k] += 1.0
    s = json.dumps(shared, sort_keys=True)
    with lock:
        texts.append(s)

ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(a), sum(a), sorted(a) == list(range(4000)), d.tolist())
print(sum(v for (v,) in S.iter_unpack(buf)), len(set(texts)), texts[0])

it = iter(array("h", range(100)))
seen = []

def drain():
    got = []
    for x in it:
        got.append(x)
    with lock:
        seen.extend(got)

ts = [threading.Thread(target=drain) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen) == list(range(100)))
