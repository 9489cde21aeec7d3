# threads write their own module global (a per-thread counter) while reading shared ones
import sys, threading

SCALE = 3
OFFSET = 1
c0 = c1 = c2 = c3 = 0


def w0(n):
    global c0
    for i in range(n):
        c0 += (i * SCALE + OFFSET) % 7


def w1(n):
    global c1
    for i in range(n):
        c1 += (i * SCALE + OFFSET) % 7


def w2(n):
    global c2
    for i in range(n):
        c2 += (i * SCALE + OFFSET) % 7


def w3(n):
    global c3
    for i in range(n):
        c3 += (i * SCALE + OFFSET) % 7


T = int(sys.argv[1])
N = int(sys.argv[2])
ts = [threading.Thread(target=f, args=(N,)) for f in (w0, w1, w2, w3)[:T]]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(c0 + c1 + c2 + c3)
