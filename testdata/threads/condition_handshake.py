# a Condition-based ping-pong between two threads produces a fixed interleaving
import threading
cond = threading.Condition()
turn = ["ping"]
log = []
def player(me, other, rounds):
    for i in range(rounds):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(f"{me}{i}")
            turn[0] = other
            cond.notify_all()
a = threading.Thread(target=player, args=("ping", "pong", 4))
b = threading.Thread(target=player, args=("pong", "ping", 4))
b.start(); a.start()
a.join(); b.join()
print(log)
