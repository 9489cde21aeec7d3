# threads testing membership in one shared set
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
s = set(range(0, 2000, 2))
def work(out, k):
    c = 0
    for i in range(N):
        if i % 2000 in s:
            c += 1
    out[k] = c
out = [0] * T
ts = [threading.Thread(target=work, args=(out, k)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(out))
