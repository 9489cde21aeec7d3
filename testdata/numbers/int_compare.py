# integer comparisons including big ints, floats and bools
print(1 < 2, 2 < 1, 1 == 1.0, 1 != 1.0, 2 ** 64 > 2 ** 63, -(2 ** 64) < 0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(True == 1, False == 0, True + True, True * 10)
print(max(3, 2 ** 70, -5), min(3, 2 ** 70, -5))
print(0 == -0, 5 >= 5, 5 <= 4)
