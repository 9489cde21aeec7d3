# Counters updated under Lock and RLock by many threads are exact; Lock/RLock basics.
import threading

lock = threading.Lock()
rlock = threading.RLock()
counter = 0
rcounter = 0


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


def radd(n):
    global rcounter
    for _ in range(n):
        with rlock:
            with rlock:  # re-entered by its owner
                rcounter += 1


threads = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
threads += [threading.Thread(target=radd, args=(3000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, rcounter)

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked(), l.acquire(blocking=False))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(type(l).__name__, type(l).__module__, isinstance(l, type(threading.Lock())))
