# tuple packing and unpacking, swaps, nested targets, loops over pairs
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
t = 1, 2, 3
print(t)
a, b, c = t
print(a + b + c)
a = b = 5
print(a, b)
s = [0, 0]
i = 0
i, s[i] = 1, 9
print(i, s)
def f():
    return 1, "two", [3]
n, w, l = f()
print(n, w, l)
(p, q), r = "ab", "c"
print(p, q, r)
