# a Semaphore bounds concurrency and a Barrier releases all parties together
import threading
sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(2000):
            pass
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])
barrier = threading.Barrier(3)
after = []
def party(i):
    idx = barrier.wait()
    with lock:
        after.append(i)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(sorted(after), barrier.parties, barrier.n_waiting)
