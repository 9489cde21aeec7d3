# Read-modify-write of shared names and objects from several threads with no lock: global n += 1, C.count += 1, d[k] += 1, obj.x += 1, lst.append, as CPython 3.11 runs them (no lost update)
import threading

n = 0


class C:
    count = 0


class Box:
    def __init__(self):
        self.x = 0


d = {"k": 0}
box = Box()
log = []


def work(tid):
    global n
    for i in range(3000):
        n += 1
        C.count += 1
        d["k"] += 1
        box.x += 1
        if i % 1000 == 0:
            log.append(tid)


ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(n, C.count, d["k"], box.x)
print(sorted(log))
