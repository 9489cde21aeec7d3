# functools.lru_cache shared by four threads: results stay right, the cache never exceeds maxsize
import functools, threading
@functools.lru_cache(maxsize=16)
def f(x):
    return x * 3 + 1
bad = []
def work(k):
    for i in range(3000):
        x = (i * 7 + k) % 40
        if f(x) != x * 3 + 1:
            bad.append(x)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
info = f.cache_info()
print(bad, info.currsize <= 16, info.maxsize)
