# threads adding new disjoint elements to one shared set
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
s = set()
def work(k):
    base = k * N
    for i in range(N):
        s.add(base + i)
ts = [threading.Thread(target=work, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(s))
