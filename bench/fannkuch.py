"""fannkuch: pancake-flip counts over all permutations of 1..n.

For every permutation, repeatedly reverse the first k elements where k is
the first element, until it is 1; report the maximum flip count and a
signed checksum. Exercises list slicing, reversal and integer loops.
Usage: python3 fannkuch.py [n [loops]]   (default n=9, loops=3)
"""
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        # Count flips for this permutation.
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        # Next permutation in the rotation order.
        sign = -sign
        while r != 1:
            count[r - 1] = r
            r -= 1
        while True:
            if r == n:
                return max_flips, checksum
            p0 = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    loops = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    for _ in range(loops):
        max_flips, checksum = fannkuch(n)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))
    print("checksum: %d %d" % (checksum, max_flips))


if __name__ == "__main__":
    main()
