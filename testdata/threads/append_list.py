# Many threads append to one list: the length is exact and each thread's items keep their order.
import threading

shared = []
N_THREADS, N_ITEMS = 16, 2000


def worker(tid):
    for i in range(N_ITEMS):
        shared.append((tid, i))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("length", len(shared))
per = {}
for tid, i in shared:
    per.setdefault(tid, []).append(i)
print("threads seen", sorted(per))
print("in order", all(per[t] == list(range(N_ITEMS)) for t in per))
print("alive after join", [t.is_alive() for t in threads].count(True))
