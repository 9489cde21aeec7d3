# independent CPU-bound work: each thread runs the same amount of work
import sys, threading
def f(n):
    s = 0
    for i in range(n):
        s += (i * i) % 7
    return s
def g(x):
    return x * 2 + 1
class P:
    def __init__(self): self.v = 0
    def step(self, k): self.v = g(self.v + k) % 1000003
def work(n, out, k):
    p = P()
    for i in range(n):
        p.step(i)
    out[k] = f(n) + p.v
T = int(sys.argv[1]); N = int(sys.argv[2])
out = [0] * T
ts = [threading.Thread(target=work, args=(N, out, k)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(out))
