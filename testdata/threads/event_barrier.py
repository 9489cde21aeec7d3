# Event and Barrier choreography: phases stay in lockstep, barrier indices, abort and broken barriers.
import threading

N = 4
barrier = threading.Barrier(N, action=lambda: log.append("--"))
log = []
log_lock = threading.Lock()


def phased(tid):
    for phase in range(3):
        with log_lock:
            log.append(phase)
        barrier.wait()


ts = [threading.Thread(target=phased, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log)
print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)

indices = []
b2 = threading.Barrier(3)


def idx():
    indices.append(b2.wait())


ts = [threading.Thread(target=idx) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("indices", sorted(indices))

b3 = threading.Barrier(2, timeout=0.02)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("broken after timeout", b3.broken)
b3.reset()
print("after reset", b3.broken)

ev = threading.Event()
order = []


def waits(i):
    ev.wait()
    order.append(i)


ws = [threading.Thread(target=waits, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
print("set before", ev.is_set(), "timed wait", ev.wait(0.01))
ev.set()
for w in ws:
    w.join()
print("woken", sorted(order), ev.is_set(), ev.wait())
ev.clear()
print("cleared", ev.is_set(), ev.wait(0))
