# RLock can be re-acquired by its owner; a plain Lock cannot be released twice
import threading
r = threading.RLock()
with r:
    with r:
        print("nested RLock ok")
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
l = threading.Lock()
l.acquire()
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
