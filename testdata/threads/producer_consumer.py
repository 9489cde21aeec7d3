# Producers and consumers through queue.Queue (bounded): every item arrives once, per-producer order kept.
import threading
import queue

q = queue.Queue(maxsize=10)
results = []
results_lock = threading.Lock()
N_PROD, N_ITEMS, N_CONS = 4, 500, 3


def producer(p):
    for i in range(N_ITEMS):
        q.put((p, i))


def consumer():
    got = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        got.append(item)
        q.task_done()
    with results_lock:
        results.append(got)


prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
cons = [threading.Thread(target=consumer) for _ in range(N_CONS)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
q.join()
print("unfinished after join", q.unfinished_tasks, q.empty())
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
allitems = [x for got in results for x in got]
print("received", len(allitems), len(set(allitems)))
ordered = True
for got in results:
    last = {}
    for p, i in got:
        if last.get(p, -1) >= i:
            ordered = False
        last[p] = i
print("per-producer order within each consumer", ordered)
print("qsize", q.qsize(), "full", q.full())
