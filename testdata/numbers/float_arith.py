# float arithmetic, mixed int/float, floor division and modulo signs
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(1 / 2, 3 / 3, -1 / 4, 2 ** 0.5, 4 ** 0.5, 10 / 3)
print(1.1 * 3, 0.1 * 3, 1e308 * 10, -1e308 * 10)
print(3 + 0.5, 3 * 1.5, 2 - 2.0, type(3 + 0.0).__name__)
print(5.0 // 0.3, 5.0 % 0.3)
print((-8) ** (1 / 3) if False else 2.0 ** -2, 0.5 ** 3)
print(1e300 * 1e300 == float("inf"))
x = 1.0
x += 1
x *= 2.5
x /= 4
x -= 0.25
print(x)
print(abs(-2.5), -(-0.0), -0.0 == 0.0)
