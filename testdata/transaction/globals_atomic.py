# module globals per name: threads update their own globals and shared ones inside transaction.atomic blocks (loops inside the blocks), an auditor checks pairs of globals written together, and each thread reads its own stores back at once
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import threading
import transaction
from transaction import atomic

mod = sys.modules[__name__]
STEP = 2
total = 0
left, right = 500, 500
own_a = own_b = own_c = 0
bad = []


def spin(k):
    s = 0
    for j in range(k):
        s += j
    return s


def make_worker(name, tid):
    def work(n):
        for i in range(n):
            with atomic:
                global total, left, right
                total += STEP
                spin(3)
                amount = (i + tid) % 5 + 1
                if i % 2:
                    left -= amount
                    right += amount
                else:
                    right -= amount
                    left += amount
            with atomic:
                v = getattr(mod, name) + 1
                setattr(mod, name, v)
                if getattr(mod, name) != v or globals()[name] != v:
                    bad.append((name, i))
    return work


def auditor(n):
    seen = 0
    for i in range(n):
        with atomic:
            a = left
            spin(2)
            b = right
        if a + b != 1000:
            bad.append(("torn", a, b))
        seen += 1
    return seen


N = 400
ts = [threading.Thread(target=make_worker(name, k), args=(N,)) for k, name in enumerate(["own_a", "own_b", "own_c"])]
ts.append(threading.Thread(target=auditor, args=(N,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total", total, "pair", left + right, "own", own_a, own_b, own_c)
print("bad", bad[:3])
