# Semaphore bounds concurrency exactly; BoundedSemaphore refuses extra releases; non-blocking acquire.
import threading
import time

sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


both = threading.Event()


def work():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
            if inside == 2:
                both.set()
        # Hold the slot until two threads have been inside together (no
        # timing assumption), then a little longer.
        both.wait(10)
        time.sleep(0.001)
        with guard:
            inside -= 1


ts = [threading.Thread(target=work) for _ in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak", peak, "inside", inside)

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
