# integer power: negative exponents give floats, three-argument pow
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2, (-2) ** -2)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000000007))
print(pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(2 ** 3 ** 2)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
x = 5
x **= 3
print(x)
