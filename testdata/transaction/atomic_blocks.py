# transaction.atomic: nesting, is_atomic, exceptions leaving a block, and exact read-modify-writes from several threads
import sys
sys.path.append((__file__.rpartition("/")[0] or ".") + "/_fallback")  # CPython: the fallback module; pystm's own wins
import threading
import transaction
from transaction import atomic

print("outside:", transaction.is_atomic())
with atomic:
    print("depth 1:", transaction.is_atomic())
    with atomic:
        print("depth 2:", transaction.is_atomic())
    print("back to 1:", transaction.is_atomic())
print("after:", transaction.is_atomic())
print("hint:", transaction.hint_commit_soon())
print("segments >= 1:", transaction.getsegmentlimit() >= 1)

try:
    with atomic:
        with atomic:
            raise ValueError("inside")
except ValueError as e:
    print("caught", repr(e), "atomic now:", transaction.is_atomic())

with atomic as a:
    print("as-target is atomic:", a is atomic)

# Read-modify-write of globals and shared containers, with function calls
# and loops inside the blocks: exact only if each block is isolated.
counter = 0
pairs = {"a": 500, "b": 500}
log = []
bad = []


def bump(n, tid):
    global counter
    for i in range(n):
        with atomic:
            c = counter
            for _ in range(3):
                pass
            counter = c + 1
            k1, k2 = ("a", "b") if (i + tid) % 2 else ("b", "a")
            amount = (i % 7) + 1
            pairs[k1] -= amount
            pairs[k2] += amount
            log.append((tid, i))


def audit(n):
    for _ in range(n):
        with atomic:
            if pairs["a"] + pairs["b"] != 1000:
                bad.append(dict(pairs))


threads = [threading.Thread(target=bump, args=(300, t)) for t in range(4)]
threads += [threading.Thread(target=audit, args=(300,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter:", counter)
print("sum:", pairs["a"] + pairs["b"], "bad audits:", len(bad))
print("log entries:", len(log), "distinct:", len(set(log)))
per_thread = {}
for tid, i in log:
    per_thread.setdefault(tid, []).append(i)
print("each thread's blocks in order:", all(v == list(range(300)) for v in per_thread.values()))
