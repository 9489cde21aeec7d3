"""pidigits: the digits of pi from an unbounded spigot over big integers.

Keeps a linear fractional transformation (q, r, s, t) of growing big ints
and emits a digit whenever the next one is settled. Exercises big-integer
multiplication, addition and floor division.
Usage: python3 pidigits.py [digits]   (default 7000)
"""
import sys


def pi_digits(count):
    q, r, t = 1, 0, 1
    k = 1
    out = []
    while len(out) < count:
        # Compose with the next term k of the series.
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        out.append(digit)
        q, r = 10 * q, 10 * (r - digit * t)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7000
    digits = pi_digits(n)
    text = "".join(map(str, digits))
    for i in range(0, min(n, 50), 10):
        print(text[i:i + 10])
    print("checksum: %s %d" % (text[-10:], sum(digits)))


if __name__ == "__main__":
    main()
