# LifoQueue, PriorityQueue, SimpleQueue orders; Empty/Full with and without timeouts; task_done errors.
import queue
import threading

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
sq = queue.SimpleQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, str(x)))
    sq.put(x)
print([lq.get() for _ in range(5)])
print([pq.get()[1] for _ in range(5)])
print([sq.get() for _ in range(5)], sq.empty(), sq.qsize())

q = queue.Queue(2)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
for call in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full:
        print("Full")
print(q.get(), q.get_nowait())
for call in (q.get_nowait, lambda: q.get(timeout=0.01), sq.get_nowait, lambda: sq.get(timeout=0.01)):
    try:
        call()
    except queue.Empty:
        print("Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError", e)

# A blocked get is woken by a put from another thread.
r = []
bq = queue.Queue()
t = threading.Thread(target=lambda: r.append(bq.get(timeout=5)))
t.start()
bq.put("hello")
t.join()
print(r, issubclass(queue.Empty, Exception), queue.Full.__name__)
