# join with a timeout returns while the thread still runs; is_alive, repr states and join errors.
import threading

gate = threading.Event()


def blocked():
    gate.wait()


t = threading.Thread(target=blocked, name="slow")
print(repr(t))
t.start()
t.join(0.02)
print("alive after timed join", t.is_alive())
t.join(timeout=0)
print("alive after zero join", t.is_alive())
gate.set()
t.join()
print("alive after join", t.is_alive())
print(repr(t).split(",")[0], "stopped" in repr(t))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
u = threading.Thread(target=print)
try:
    u.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
d = threading.Thread(target=print, daemon=True)
print(d.daemon, t.daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
