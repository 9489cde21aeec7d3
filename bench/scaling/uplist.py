# threads updating disjoint ranges of one shared list
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
l = [0] * (T * 1000)
def work(k):
    base = k * 1000
    for i in range(N):
        l[base + i % 1000] += 1
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(l))
