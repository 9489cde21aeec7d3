# Events order work between threads: each thread waits for the previous one's event
import threading
order = []
events = [threading.Event() for _ in range(4)]
def step(i):
    if i > 0:
        events[i - 1].wait()
    order.append(i)
    events[i].set()
ts = [threading.Thread(target=step, args=(i,)) for i in reversed(range(4))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order, [e.is_set() for e in events])
e = threading.Event()
print(e.wait(0.01), e.is_set())
