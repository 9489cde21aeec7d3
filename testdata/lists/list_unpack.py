# building lists with star expressions and unpacking them
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], [*"hi", *range(2)], [*a], [*{}, *{9: 0}])
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *m, t = range(5)
print(h, m, t)
p, *q = [1]
print(p, q)
[u, v], w = [1, 2], 3
print(u, v, w)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError", e)
