"""spectral_norm: power iteration for the spectral norm of an infinite matrix.

A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1). Exercises float division, nested
loops over lists, and function calls in the inner loop.
Usage: python3 spectral_norm.py [n]   (default 500)
"""
import sys
from math import sqrt


def a(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        out[i] = total


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        out[i] = total


def mul_atav(v, out, tmp):
    mul_av(v, tmp)
    mul_atv(tmp, out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    result = sqrt(vbv / vv)
    print("spectral norm: %.9f" % result)
    print("checksum: %.9f" % result)


if __name__ == "__main__":
    main()
