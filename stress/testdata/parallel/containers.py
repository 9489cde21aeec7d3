# Stress: threads mutate one shared dict, list, set and instances with GIL-atomic operations and locks, and check the invariants
import threading

N_THREADS = 6
N = 2000

shared_list = []
shared_dict = {}
shared_set = set()
counts = {}
lock = threading.Lock()


class Box:
    def __init__(self):
        self.items = []
        self.total = 0


boxes = [Box() for _ in range(4)]
errors = []


def worker(tid):
    for i in range(N):
        key = (tid, i)
        shared_list.append(key)                      # atomic append
        shared_dict[key] = i                         # atomic store
        shared_set.add(key)                          # atomic add
        shared_dict.setdefault("k%d" % (i % 50), tid)  # atomic setdefault
        box = boxes[i % len(boxes)]
        with lock:                                   # compound update
            box.items.append(i)
            box.total += i
            counts[tid] = counts.get(tid, 0) + 1
        if i % 97 == 0:
            # readers: snapshots taken under the lock are consistent
            with lock:
                for b in boxes:
                    if sum(b.items) != b.total:
                        errors.append("box")
            if shared_dict[key] != i or key not in shared_set:
                errors.append("lost own write")
        if i % 10 == 0:
            try:
                shared_dict.pop(("gone", tid), None)
                shared_set.discard(("gone", tid))
            except Exception as e:
                errors.append(repr(e))


def popper(out):
    # removes entries another thread added; each element popped once
    got = 0
    while got < 500:
        try:
            out.append(shared_list.pop())
            got += 1
        except IndexError:
            pass


popped = []
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
threads.append(threading.Thread(target=popper, args=(popped,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

all_keys = {(t, i) for t in range(N_THREADS) for i in range(N)}
print("list+popped complete", sorted(shared_list + popped) == sorted(all_keys))
print("no duplicates", len(set(shared_list + popped)) == len(shared_list) + len(popped))
print("dict entries", sum(1 for k in shared_dict if isinstance(k, tuple)), len([k for k in shared_dict if isinstance(k, str)]))
print("set size", len(shared_set), shared_set == all_keys)
print("boxes", [len(b.items) for b in boxes], all(sum(b.items) == b.total for b in boxes))
print("counts", sorted(counts.items()))
print("errors", errors)
