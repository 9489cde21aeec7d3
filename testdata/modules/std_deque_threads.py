# collections.deque: producers append and consumers popleft from one deque in four threads; nothing is lost or duplicated
import threading
from collections import deque
d = deque()
got = [[] for _ in range(2)]
def produce(base):
    for i in range(2000):
        d.append(base + i)
def consume(k):
    n = 0
    while n < 2000:
        try:
            got[k].append(d.popleft())
            n += 1
        except IndexError:
            pass
ts = [threading.Thread(target=produce, args=(b,)) for b in (0, 10000)]
ts += [threading.Thread(target=consume, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = sorted(got[0] + got[1])
print(len(allv), allv == sorted(list(range(2000)) + list(range(10000, 12000))), len(d))
m = deque(maxlen=10)
def fill(b):
    for i in range(500):
        m.append(b + i)
ts = [threading.Thread(target=fill, args=(b,)) for b in (0, 1000, 2000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(m), m.maxlen)
