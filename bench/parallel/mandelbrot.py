"""Mandelbrot set by stripes: thread t computes rows t, t+T, t+2T, ...

usage: mandelbrot.py [threads] [size]   (an image of size x size pixels)
Each thread keeps its sums local and publishes them once, so threads share
nothing while they compute. The checksum is the same for every thread count.
"""

import sys
import threading

LIMIT = 64


def row_counts(y, size):
    ci = 2.0 * y / size - 1.0
    total = 0
    weighted = 0
    for x in range(size):
        cr = 3.0 * x / size - 2.0
        zr = 0.0
        zi = 0.0
        n = 0
        while n < LIMIT:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        total += n
        weighted += n * (x % 7 + 1)
    return total, weighted


def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    partial = [None] * threads

    def work(t):
        total = 0
        weighted = 0
        for y in range(t, size, threads):
            a, b = row_counts(y, size)
            total += a
            weighted += b * (y % 5 + 1)
        partial[t] = (total, weighted)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = sum(p[0] for p in partial)
    weighted = sum(p[1] for p in partial)
    print("checksum:", total, weighted)


main()
