"""Work run through transaction.TransactionQueue, PyPy-STM's parallel loop.

usage: tqueue.py [threads] [size]   (size = number of initial tasks)
Each task does some arithmetic, records its result in a shared histogram and
a shared total, and every fourth task adds a follow-up task to the queue while
it runs. Each call is one transaction, so the result equals that of some
serial order of the calls, and the checksum is the same for every order.
"""

import sys

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import TransactionQueue  # noqa: E402

WORK = 150
BUCKETS = 64


class Totals:
    def __init__(self):
        self.histogram = [0] * BUCKETS
        self.sum = 0
        self.tasks = 0


def compute(seed):
    x = seed * 2654435761 & 0xFFFFFFFF
    acc = 0
    for step in range(WORK):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (x >> 7) % (step + 3)
    return acc


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    totals = Totals()
    tq = TransactionQueue()

    def task(seed, depth):
        value = compute(seed)
        totals.histogram[value % BUCKETS] += 1
        totals.sum += value
        totals.tasks += 1
        if depth == 0 and seed % 4 == 0:
            tq.add(task, seed + size, 1)

    for i in range(size):
        tq.add(task, i, 0)
    tq.run(threads)
    digest = 0
    for count in totals.histogram:
        digest = (digest * 31 + count) & 0xFFFFFFFF
    print("checksum:", totals.tasks, totals.sum, digest)


main()
