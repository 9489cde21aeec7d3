# mixing int, float, bool, complex in arithmetic and comparisons
vals = [0, 1, -3, 2.5, True, 2 ** 70]
for a in vals:
    print(a, [a + b for b in vals], [a * b for b in vals])
print(1 == 1.0 == True, 0.5 < 1 < 2 ** 70, 2 ** 70 == float(2 ** 70))
print(int.__name__, float.__name__, isinstance(1, (int, float)), isinstance(1.0, int))
print(divmod(2 ** 70, 7), divmod(-2 ** 70, 7))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
