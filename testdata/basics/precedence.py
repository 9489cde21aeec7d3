# operator precedence and associativity
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 * 3 ** 2, 2 ** 3 ** 2, -2 ** -2)
print(1 & 2 == 2, (1 & 2) == 2, 1 | 2 ^ 3 & 4, 1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8)
print(not 1 == 2, not (1 == 2), not 0 or 5, not (0 or 5), 1 and not 0)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3, 17 % 5 * 2, 17 // 5 % 2, -7 // 2 * 2)
print(1 < 2 == 2, (1 < 2) == 2, 3 in [3] == True, 1 if 0 else 2 if 1 else 3)
print(~5 + 1, -~5, ~-5, +-+1, - - 1)
f = lambda: 1 if True else 2
print(f(), (lambda x: x * 2)(3) + 1, [1, 2][0] + 1, "ab"[1] * 2)
x = 5
print(x > 3 and x < 10 or x == 100, x is not None and x)
