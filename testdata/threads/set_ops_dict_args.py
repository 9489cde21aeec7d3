# Whole-set operations with a shared dict as the other operand (difference, union, issubset, set(d), update) while another thread inserts into the dict: the dict is read holding the lock, never bare (a data race under -race otherwise)
import threading

d = {i: i for i in range(100)}
s = set(range(50, 150))
res = [0, 0]


def work(k):
    n = 0
    for i in range(1500):
        d[1000 + k * 10000 + i] = i
        n += len(s.difference(d)) >= 0
        n += len(s.union(d)) >= 100
        n += s.issubset(d) is False
        n += len(set(d) & s) == 50
        local = set(range(10))
        n += local.issubset(d)
        local.update(d)
        n += len(local) >= 100
    res[k] = n


ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(res, len(d))
