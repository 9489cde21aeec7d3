# lists extended, compared and sliced with themselves; += with tuples; del a[:]; insert at extremes
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a, len(a))
a[len(a):] = a[:2]
print(a)
b = [1]
b += (2, 3)
b += "ab"
b += range(2)
b += {9: 0}
print(b)
del b[:]
print(b, b == [])
c = [1, 2, 3]
c.insert(-100, "first")
c.insert(100, "last")
c.insert(-1, "before last")
print(c)
d = [3, 1, 2]
d[:] = sorted(d)
print(d, d == d[:], d is not d[:], d * 2 == d + d)
print(hash(range(3)) == hash(range(0, 3, 1)), range(0) == range(2, 2), range(1, 10, 3) == range(1, 11, 3), list(reversed(range(10 ** 20, 10 ** 20 + 3))))
try:
    {} | [("a", 1)]
except TypeError as e:
    print("TypeError", e)
