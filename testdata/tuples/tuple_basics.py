# tuples: literals, single element, immutability, methods, comparison
t = (1, 2, 3)
print(t, (1,), (), tuple(), tuple([1, 2]), tuple("ab"), 1, (1), type((1)).__name__, type((1,)).__name__)
print(t[0], t[-1], t[1:], t[::-1], len(t), 2 in t, t.count(2), t.index(3), t + (4,), t * 2)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) == [1, 2])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
u = t
u += (4,)
print(t, u)
x = ([1], 2)
x[0].append(3)
print(x)
print(repr((1, "a", None, 1.5)), str(("x",)))
