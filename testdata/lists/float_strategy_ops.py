# float-strategy lists (floats stored as bits beside the int strategy) through every mutating and copying path
import math

a = [1.5, -0.0, 2.25, float("inf"), -3.75]
print(a, a[1], math.copysign(1.0, a[1]))
b = a[:]
b.append(0.5)
b.insert(0, 9.0)
b.insert(-1, -1.0)
print(b, len(b))
print(b[::-1], b[1:5], b[5:1:-2], b[::2])
b.reverse()
print(b)
b.sort()
print(b)
b.sort(reverse=True)
print(b)
print(b.pop(), b.pop(0), b)
del b[1:3]
print(b)
b[1:2] = [7.5, 8.5, 9.5]
print(b)
b[::2] = [0.0] * len(b[::2])
print(b)
print(b.index(9.5), b.count(0.0), 8.5 in b, 8 in b)
c = a * 2
print(c, c == a + a, a < c)
c *= 2
print(len(c), c[-1])
d = [2.0, 1.0]
d.extend([0.5, 0.25])
print(d, sorted(d), max(d), min(d), sum(d))
d.append(3)  # an int generalizes the list
print(d, [type(x).__name__ for x in d])
e = [1.0]
e.pop()
e.append(4)  # an emptied float list re-picks the int strategy
e.append(5)
print(e, e * 3)
f = [0.1, 0.2, 0.3]
f[1] = 1e300 * 10
print(f, f[1] == float("inf"))
g = [float("nan")]
print(g, g[0] != g[0], g == g)
h = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0]
for n in (0, 1, 3, 4, 5, 8, 9, 16, 17):
    s = h[:n]
    s.append(-1.0)
    s.append(-2.0)
    print(n, s[-3:], len(s))
ints = list(range(20))
for n in (0, 4, 5, 8, 9, 12, 16, 17):
    p = ints[:n]
    q = p[n // 2::-1]
    p[: n // 2 + 1] = q
    p.extend(range(3))
    print(n, p)
