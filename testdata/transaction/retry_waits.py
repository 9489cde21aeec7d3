# Waits inside atomic blocks (pystm retries them): a consumer takes items from a Queue, a Condition-guarded list, a Semaphore and an Event inside `with transaction.atomic:` while a producer fills them; a join inside a block; results exact
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import threading
import queue
import transaction

N = 60
q = queue.Queue()
cond = threading.Condition()
items = []
sem = threading.Semaphore(0)
ev = threading.Event()
log = []


def consumer():
    total = 0
    for i in range(N):
        with transaction.atomic:
            x = q.get()
            total += x
            log.append(("q", x))
    taken = 0
    while taken < N:
        with transaction.atomic:
            with cond:
                while not items:
                    cond.wait()
                taken += len(items)
                total += sum(items)
                del items[:]
    for i in range(N):
        with transaction.atomic:
            sem.acquire()
            total += 1
    with transaction.atomic:
        ev.wait()
        log.append(("ev", ev.is_set()))
    log.append(("total", total))


def producer():
    for i in range(N):
        q.put(i)
        s = 0
        for j in range(50):
            s += j
    for i in range(N):
        with cond:
            items.append(i * 2)
            cond.notify()
    for i in range(N):
        sem.release()
    ev.set()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()


# A join inside an atomic block, of a thread that takes no atomic block:
# under CPython's fallback module (one lock for every block) a join there
# of a thread that needs a block itself would deadlock.
def worker():
    s = 0
    for j in range(20000):
        s += j
    done.append(s)


done = []
w = threading.Thread(target=worker)
w.start()
with transaction.atomic:
    w.join()
    joined = list(done)
print(joined == [sum(range(20000))])
print([x for k, x in log if k == "q"] == list(range(N)))
print(log[N:])
print(q.qsize(), items, ev.is_set())
