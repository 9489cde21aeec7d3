# Lock-protected counters from many threads: one shared lock around a shared counter, a lock per key around a shared dict of counters, RLocks taken twice around thread-local work, non-blocking acquires; every total exact
import threading

T = 6
N = 1500
total = [0]
total_lock = threading.Lock()
keys = ["k%d" % i for i in range(4)]
counts = {k: 0 for k in keys}
key_locks = {k: threading.Lock() for k in keys}
tries = [0, 0]  # acquired, refused
tries_lock = threading.Lock()
results = {}


def work(tid):
    own = threading.Lock()
    rl = threading.RLock()
    mine = 0
    got = refused = 0
    for i in range(N):
        with own:
            mine += 1
        with rl:
            with rl:
                mine += 1
        with total_lock:
            total[0] += 1
        k = keys[(i + tid) % 4]
        with key_locks[k]:
            counts[k] += 1
        lk = key_locks[keys[i % 4]]
        if lk.acquire(False):
            got += 1
            lk.release()
        else:
            refused += 1
    with tries_lock:
        tries[0] += got
        tries[1] += refused
    with total_lock:
        results[tid] = mine


ts = [threading.Thread(target=work, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0], sorted(counts.items()), sum(counts.values()))
print(sorted(results.items()))
print(tries[0] + tries[1], total_lock.locked(), [key_locks[k].locked() for k in keys])
