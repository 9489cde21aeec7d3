"""unpack_sequence: many tuple and list unpacking assignments in a row.

Each round runs long straight-line blocks of `a, b, c, ... = seq` over
tuples and lists (and a few swaps and starred targets), so the interpreter
spends its time in sequence unpacking and local stores.
Usage: python3 unpack_sequence.py [loops]   (default 400000)
"""
import sys


def unpack_tuples(t, loops):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = t
        b, c, d, e, f, g, h, i, j, a = t
        c, d, e, f, g, h, i, j, a, b = t
        d, e, f, g, h, i, j, a, b, c = t
        e, f, g, h, i, j, a, b, c, d = t
        f, g, h, i, j, a, b, c, d, e = t
        g, h, i, j, a, b, c, d, e, f = t
        h, i, j, a, b, c, d, e, f, g = t
        i, j, a, b, c, d, e, f, g, h = t
        j, a, b, c, d, e, f, g, h, i = t
        a, b, c, d, e, f, g, h, i, j = t
        b, c, d, e, f, g, h, i, j, a = t
        c, d, e, f, g, h, i, j, a, b = t
        d, e, f, g, h, i, j, a, b, c = t
        e, f, g, h, i, j, a, b, c, d = t
        f, g, h, i, j, a, b, c, d, e = t
        g, h, i, j, a, b, c, d, e, f = t
        h, i, j, a, b, c, d, e, f, g = t
        i, j, a, b, c, d, e, f, g, h = t
        j, a, b, c, d, e, f, g, h, i = t
        a, b, c, d, e, f, g, h, i, j = t
        b, c, d, e, f, g, h, i, j, a = t
        c, d, e, f, g, h, i, j, a, b = t
        d, e, f, g, h, i, j, a, b, c = t
        e, f, g, h, i, j, a, b, c, d = t
        f, g, h, i, j, a, b, c, d, e = t
        g, h, i, j, a, b, c, d, e, f = t
        h, i, j, a, b, c, d, e, f, g = t
        i, j, a, b, c, d, e, f, g, h = t
        j, a, b, c, d, e, f, g, h, i = t
        a, b, c, d, e, f, g, h, i, j = t
        b, c, d, e, f, g, h, i, j, a = t
        c, d, e, f, g, h, i, j, a, b = t
        d, e, f, g, h, i, j, a, b, c = t
        e, f, g, h, i, j, a, b, c, d = t
        f, g, h, i, j, a, b, c, d, e = t
        g, h, i, j, a, b, c, d, e, f = t
        h, i, j, a, b, c, d, e, f, g = t
        i, j, a, b, c, d, e, f, g, h = t
        j, a, b, c, d, e, f, g, h, i = t
        total += a + j
    return total


def unpack_lists(l, loops):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = l
        b, c, d, e, f, g, h, i, j, a = l
        c, d, e, f, g, h, i, j, a, b = l
        d, e, f, g, h, i, j, a, b, c = l
        e, f, g, h, i, j, a, b, c, d = l
        f, g, h, i, j, a, b, c, d, e = l
        g, h, i, j, a, b, c, d, e, f = l
        h, i, j, a, b, c, d, e, f, g = l
        i, j, a, b, c, d, e, f, g, h = l
        j, a, b, c, d, e, f, g, h, i = l
        a, b, c, d, e, f, g, h, i, j = l
        b, c, d, e, f, g, h, i, j, a = l
        c, d, e, f, g, h, i, j, a, b = l
        d, e, f, g, h, i, j, a, b, c = l
        e, f, g, h, i, j, a, b, c, d = l
        f, g, h, i, j, a, b, c, d, e = l
        g, h, i, j, a, b, c, d, e, f = l
        h, i, j, a, b, c, d, e, f, g = l
        i, j, a, b, c, d, e, f, g, h = l
        j, a, b, c, d, e, f, g, h, i = l
        a, b, c, d, e, f, g, h, i, j = l
        b, c, d, e, f, g, h, i, j, a = l
        c, d, e, f, g, h, i, j, a, b = l
        d, e, f, g, h, i, j, a, b, c = l
        e, f, g, h, i, j, a, b, c, d = l
        f, g, h, i, j, a, b, c, d, e = l
        g, h, i, j, a, b, c, d, e, f = l
        h, i, j, a, b, c, d, e, f, g = l
        i, j, a, b, c, d, e, f, g, h = l
        j, a, b, c, d, e, f, g, h, i = l
        a, b, c, d, e, f, g, h, i, j = l
        b, c, d, e, f, g, h, i, j, a = l
        c, d, e, f, g, h, i, j, a, b = l
        d, e, f, g, h, i, j, a, b, c = l
        e, f, g, h, i, j, a, b, c, d = l
        f, g, h, i, j, a, b, c, d, e = l
        g, h, i, j, a, b, c, d, e, f = l
        h, i, j, a, b, c, d, e, f, g = l
        i, j, a, b, c, d, e, f, g, h = l
        j, a, b, c, d, e, f, g, h, i = l
        total += b - i
    return total


def swaps_and_stars(loops):
    x, y, z = 1, 2, 3
    acc = 0
    for n in range(loops):
        x, y = y, x
        y, z = z, y
        x, y, z = z, x, y
        first, *middle, last = (n, x, y, z, n + 1)
        (p, q), r = (x, first), last
        acc += p - q + r + len(middle)
    return acc


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    t = tuple(range(10))
    l = list(range(10, 20))
    total = unpack_tuples(t, loops) + unpack_lists(l, loops) + swaps_and_stars(loops * 10)
    print("checksum: %d" % total)


if __name__ == "__main__":
    main()
