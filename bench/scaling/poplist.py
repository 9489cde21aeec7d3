# threads popping work items from one shared list and appending results to another
# (with a third argument "own": each thread pops from its own list, all of them shared)
import sys, threading
T = int(sys.argv[1]); N = int(sys.argv[2])
own = len(sys.argv) > 3 and sys.argv[3] == "own"
if own:
    works = [list(range(N)) for k in range(T)]
else:
    works = [list(range(T * N))] * T
results = []
def work_loop(work):
    while True:
        try:
            x = work.pop()
        except IndexError:
            break
        s = 0
        for j in range(8):
            s += x ^ j
        results.append(s)
ts = [threading.Thread(target=work_loop, args=(works[k],)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(len(results), sum(results))
