# 1,000 short-lived threads: all run, all joined, names and counts as CPython gives them.
import threading

done = []
lock = threading.Lock()


def short(i):
    with lock:
        done.append(i)


ts = []
for i in range(1000):
    t = threading.Thread(target=short, args=(i,))
    t.start()
    ts.append(t)
for t in ts:
    t.join()
print(len(done), sorted(done) == list(range(1000)))
print(ts[0].name, ts[-1].name)
print("alive", sum(t.is_alive() for t in ts), "active", threading.active_count())
print(len(set(t.ident for t in ts)) >= 1, threading.enumerate() == [threading.main_thread()])
