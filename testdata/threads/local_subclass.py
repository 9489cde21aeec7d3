# threading.local: each thread sees its own attributes; a subclass's __init__ runs once per thread.
import threading

data = threading.local()
data.x = "main"
results = {}


def worker(i):
    print_missing = not hasattr(data, "x")
    data.x = i
    results[i] = (print_missing, data.x)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print("main still", data.x)


class Counter(threading.local):
    def __init__(self, start):
        self.n = start
        inits.append(start)


inits = []
c = Counter(10)


def bump():
    for _ in range(3):
        c.n += 1
    results[threading.current_thread().name] = c.n


ts = [threading.Thread(target=bump, name="b%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(v for k, v in results.items() if isinstance(k, str)), c.n, len(inits))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
