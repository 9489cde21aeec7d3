# Appends to shared lists from several threads, which pystm's abortable transactions buffer until they commit: each thread's appends keep their order, none is lost, and a thread reads its own appends at once (l[-1], len, in, iteration, slicing), also mixed with other writes to the list (pop, item assignment, sort)
import threading

T = 4
N = 3000
out = []
log = [0]
tail = []
errors = []


def work(tid):
    for i in range(N):
        out.append((tid, i))
        if i % 10 == 0:
            if out[-1] != (tid, i) or (tid, i) not in out[-3:] or len(out) < i:
                errors.append(("readback", tid, i))
        if i % 97 == 0:
            seen = [x for x in out[-20:] if x == (tid, i)]
            if seen != [(tid, i)]:
                errors.append(("slice", tid, i, seen))
        log.append(i)
        log[0] += 1
        if i % 50 == 0:
            tail.append(i)
            tail.append(-i)
            tail.pop()
        if i % 500 == 0:
            tail.sort()


ts = [threading.Thread(target=work, args=(t,)) for t in range(T)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(out), sorted(out) == [(t, i) for t in range(T) for i in range(N)])
for tid in range(T):
    mine = [i for t, i in out if t == tid]
    print(tid, mine == list(range(N)))
print(len(log), log[0], sum(log[1:]) == T * N * (N - 1) // 2)
print(len(tail), sorted(tail) == sorted(i for i in range(0, N, 50) for _ in range(T)))
print("errors", errors)
