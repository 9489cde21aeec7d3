# sets of larger and negative ints print in CPython's table order
print({1000, 2000, 3000})
print({-5, 5, -1, 1, 0})
print({2 ** 40, 2 ** 41, 3})
s = set(range(0, 100, 7))
print(s)
s -= set(range(0, 100, 14))
print(s)
print({i * 37 % 101 for i in range(10)})
