"""Counts the primes below a bound; threads take batches from a shared counter.

usage: primes.py [threads] [size]   (count primes below size)
A batch number is claimed inside `with atomic:`, and each finished batch adds
its count to the shared totals atomically, the work-queue pattern in its
simplest form.
"""

import sys
import threading

# bench/ goes LAST on the path, so that an interpreter's own transaction
# module takes precedence over the fallback there. Plain string operations
# find it, since a young interpreter may not have the os module yet.
sys.path.append((__file__.rpartition("/")[0] or ".") + "/..")
from transaction import atomic  # noqa: E402

BATCH = 2000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


class Totals:
    def __init__(self):
        self.next_batch = 0
        self.count = 0
        self.sum = 0


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 300000
    totals = Totals()

    def work():
        while True:
            with atomic:
                batch = totals.next_batch
                totals.next_batch += 1
            lo = batch * BATCH
            if lo >= size:
                return
            count = 0
            acc = 0
            for n in range(lo, min(lo + BATCH, size)):
                if is_prime(n):
                    count += 1
                    acc += n
            with atomic:
                totals.count += count
                totals.sum += acc

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("checksum:", totals.count, totals.sum)


main()
