# threads checking for and inserting new disjoint keys in one shared dict
# (`if key not in d: d[key] = i`: each membership test misses)
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
d = {}
def work(k):
    for i in range(N):
        key = (k, i)
        if key not in d:
            d[key] = i
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()))
