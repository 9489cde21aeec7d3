# Queue.queue behaves as CPython's deque for the usual idioms: len, indexing, membership, clear under q.mutex.
import queue
q = queue.Queue()
for i in range(200): q.put(i)
print([q.get() for _ in range(150)][-3:], q.qsize(), list(q.queue)[:3], q.queue[0], q.queue[-1], 170 in q.queue, len(q.queue))
with q.mutex:
    q.queue.clear()
print(q.qsize(), q.empty())
q.put("x"); print(q.get(), q.empty())
