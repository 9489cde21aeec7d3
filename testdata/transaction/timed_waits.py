# Waits with a timeout inside atomic blocks (pystm retries them with a deadline that survives the rollback): Queue.get/put, Event.wait, Lock.acquire, Semaphore.acquire, Condition.wait/wait_for and Thread.join time out with CPython's results after waiting at least the timeout, and succeed when another thread provides in time
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import threading
import queue
import time
import transaction

T = 0.02
stop = []


def spin():
    # Another running thread, so that the atomic blocks below run as
    # transactions that retry (pystm runs a thread alone holding the lock).
    n = 0
    while not stop:
        n += 1


spinner = threading.Thread(target=spin)
spinner.start()


def timed(res, name, f):
    t0 = time.monotonic()
    with transaction.atomic:
        try:
            r = f()
        except queue.Empty:
            r = "Empty"
        except queue.Full:
            r = "Full"
    res.append((name, r, time.monotonic() - t0 >= T * 0.9))


def cwait(cond):
    with cond:
        return cond.wait(T)


def cwaitfor(cond):
    with cond:
        return cond.wait_for(lambda: False, T)


def timeouts():
    # (Locals: the results list is the thread's own, so the transactions
    # before each wait hold no buffered writes to shared objects.)
    res = []
    q = queue.Queue()
    timed(res, "q.get", lambda: q.get(timeout=T))
    full = queue.Queue(1)
    full.put(0)
    timed(res, "q.put", lambda: full.put(1, timeout=T))
    ev = threading.Event()
    timed(res, "ev.wait", lambda: ev.wait(T))
    lk = threading.Lock()
    lk.acquire()
    timed(res, "lock", lambda: lk.acquire(timeout=T))
    timed(res, "lock0", lambda: lk.acquire(True, 0))
    sem = threading.Semaphore(0)
    timed(res, "sem", lambda: sem.acquire(timeout=T))
    cond = threading.Condition()
    timed(res, "cond.wait", lambda: cwait(cond))
    timed(res, "cond.wait_for", lambda: cwaitfor(cond))
    blocker = threading.Event()
    th = threading.Thread(target=blocker.wait)
    th.start()
    timed(res, "join", lambda: (th.join(T), th.is_alive())[1])
    blocker.set()
    th.join()
    for r in res:
        print(r[0], r[1], r[2] or r[0] == "lock0")


timeouts()

# Timed waits that another thread satisfies in time; a second timed wait
# in the same block (another position) gets a deadline of its own.
q2 = queue.Queue()
q3 = queue.Queue()
sem2 = threading.Semaphore(0)
ev2 = threading.Event()
cond2 = threading.Condition()
flag = []


def producer():
    for i in range(20):
        q2.put(i)
        s = 0
        for j in range(200):
            s += j
    for i in range(5):
        sem2.release()
    q3.put("x")
    ev2.set()
    with cond2:
        flag.append(1)
        cond2.notify_all()


p = threading.Thread(target=producer)
p.start()
got = []
for i in range(20):
    with transaction.atomic:
        got.append(q2.get(timeout=30))
acq = 0
for i in range(5):
    with transaction.atomic:
        if sem2.acquire(timeout=30):
            acq += 1
with transaction.atomic:
    a = q3.get(timeout=30)
    try:
        b = q3.get(timeout=T)
    except queue.Empty:
        b = "Empty"
with transaction.atomic:
    e = ev2.wait(30)
with transaction.atomic:
    with cond2:
        w = cond2.wait_for(lambda: flag, 30)
p.join()
stop.append(1)
spinner.join()
print(got == list(range(20)), acq, a, b, e, w)
