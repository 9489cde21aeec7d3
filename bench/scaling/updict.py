# threads updating existing disjoint keys of one dict
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
d = {(k, j): 0 for k in range(T) for j in range(100)}
def work(k):
    for i in range(N):
        d[(k, i % 100)] += 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(d.values()))
