# comparing ints with floats exactly, including huge and fractional values
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 1000 > 1e308, 2 ** 1100 < float("inf"))
print(1 < 1.5 < 2, -1 > -1.5, 0 == -0.0, 10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(float("nan") == 1, 1 != float("nan"), max(1, 1.0), max(1.0, 1), min(0, -0.0))
print(sorted([3, 2.5, True, -1, 2 ** 64, 0.0]), True < 2, False > -1)
