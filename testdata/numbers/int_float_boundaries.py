# conversions near 2**53, 2**63 and 2**64; int() of floats rounds toward zero
for e in (52, 53, 54, 63, 64, 65):
    n = 2 ** e
    print(e, float(n), float(n + 1), float(n - 1), int(float(n)) == n, float(n + 1) == n + 1)
print(int(1e18), int(-1e18), int(9.007199254740993e15), int(1.9999999999999998), int(-0.9999))
print(float(-(2 ** 63)), float(2 ** 63 - 1), int(float(2 ** 63 - 1)))
print(2 ** 63 - 1 < float(2 ** 63), 2 ** 63 == float(2 ** 63), (2 ** 63 - 1) == float(2 ** 63 - 1))
print(round(2.5e15 + 0.5), round(-2 ** 52 - 0.5), 10 ** 16 + 1.0)
