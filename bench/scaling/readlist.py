# threads reading one shared list of 100,000 items
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
l = [i * 3 for i in range(100000)]
def work(out, k):
    s = 0
    for i in range(N):
        s += l[(i * 7 + k) % 100000]
    out[k] = s
out = [0] * T
ts = [threading.Thread(target=work, args=(out, k)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(out))
