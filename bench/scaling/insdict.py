# threads inserting new disjoint keys into one shared dict
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
d = {}
def work(k):
    for i in range(N):
        d[(k, i)] = i
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d.values()))
