# Condition choreography: strict ping-pong between two threads, wait_for, notify_all, wait timeout.
import threading

cond = threading.Condition()
turn = "ping"
log = []


def player(me, other, rounds):
    global turn
    for i in range(rounds):
        with cond:
            while turn != me:
                cond.wait()
            log.append("%s %d" % (me, i))
            turn = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong", 5))
b = threading.Thread(target=player, args=("pong", "ping", 5))
b.start()
a.start()
a.join()
b.join()
print("\n".join(log))

# notify_all releases every waiter; wait_for with a predicate.
ready = []
state = {"go": False}
c2 = threading.Condition(threading.Lock())


def waiter(i):
    with c2:
        c2.wait_for(lambda: state["go"])
        ready.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
with c2:
    state["go"] = True
    c2.notify_all()
for w in ws:
    w.join()
print("woken", sorted(ready))

with c2:
    print("timed wait returns", c2.wait(0.01))
    print("wait_for timeout", c2.wait_for(lambda: False, timeout=0.01))
try:
    c2.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError", e)
