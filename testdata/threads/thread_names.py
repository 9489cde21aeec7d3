# thread names, the main thread, daemon flags and the current thread inside a target
import threading
seen = {}
def f():
    me = threading.current_thread()
    seen[me.name] = me is not threading.main_thread()
t1 = threading.Thread(target=f)
t2 = threading.Thread(target=f, name="custom")
t3 = threading.Thread(target=f, daemon=True)
for t in (t1, t2, t3):
    t.start()
    t.join()
print(sorted(seen.items()))
print(t1.name, t2.name, t3.name, t3.daemon, t1.daemon)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
