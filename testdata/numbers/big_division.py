# true division of big ints is correctly rounded; huge quotients overflow
print(10 ** 400 / 10 ** 399, (2 ** 1000 + 1) / 2 ** 999, 1 / 3 * 3)
print((2 ** 53 + 1) / 1, float(2 ** 53 + 1), 2 ** 53 + 1.0)
print(123456789123456789 / 1000, 7 / 2, -7 / 2, 10 ** 30 // 7, 10 ** 30 % 7)
print(12345678901234567890123 // -97, 12345678901234567890123 % -97)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 3 % 1000, (-10 ** 40) // 7, (-10 ** 40) % 7)
print(divmod(-(2 ** 100), 2 ** 50 + 3))
