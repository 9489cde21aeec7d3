# Attribute stores that add attributes (cached shape transitions) on instances shared between threads and on thread-local ones, at the same code sites.
import threading


class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def grow(r, tid, i):
    r.c = tid
    r.d = float(i)
    r.e = [tid, i]


# Warm the sites on thread-local instances first.
warm = [Rec(i, i) for i in range(50)]
for i, r in enumerate(warm):
    grow(r, -1, i)

shared = [Rec(i, str(i)) for i in range(60)]
results = {}


def work(tid):
    local = []
    for i in range(tid, 60, 3):
        # shared[i] is shared (reached through the shared list): its
        # transition takes the generic path under the token.
        grow(shared[i], tid, i)
        r = Rec(tid, i)
        grow(r, tid, i)
        local.append(r.a + r.b + r.c + int(r.d) + r.e[1])
    results[tid] = sum(local)


ts = [threading.Thread(target=work, args=(t,)) for t in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
print([(r.a, r.b, r.c, r.d, r.e) for r in shared[:6]])
print(sum(r.c for r in shared), sum(r.d for r in shared), vars(shared[59]))
print(vars(warm[-1]))
