# shortest-repr printing of floats
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e300, 2.5e-300,
        1 / 3, 2 / 3, 100.0, 1e22, 1.7976931348623157e308, 5e-324, 3.14159, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1.5"), float("  -2.25 "), float("1e3"), float("-0"), float("infinity"), float("-NaN"))
print(float(7), float(2 ** 60), float(True))
