# List slicing through the BUILD_SLICE + BINARY_SUBSCR fast path: kinds of list,
# negative steps, empty and clamped ranges, a list subclass, bad slices.
a = list(range(10)); b = [1.5, 2.5, 3.5]; c = ['x', 1, None, 2.0]
class L(list):
    def __getitem__(self, k): return ('sub', k)
for x in (a, b, c, L([1,2])):
    print(x[:], x[1:], x[:2], x[::-1], x[-2::-1], x[1:100:2], x[5:1], x[True:])
try:
    a[::0]
except ValueError as e: print(e)
try:
    a['x':]
except TypeError as e: print(e)
print(a[2**70:], a[-2**70:3])
s = 'hello'; print(s[1:3], (1,2,3)[::-1])
p = list(range(8))
p[:3] = p[2::-1]; print(p)
p[:4] = p[1:5]; print(p)
p[2:] = [9]; print(p)
p[:] = p; print(p)
f = [1.0, 2.0]; f[1:] = ['a', 'b']; print(f)
q = L([1, 2, 3]); q[1:] = [7]; print(list(q))
r = [1, 2, 3]; r[1:2] = (5, 6); print(r)
r[::2] = [0, 0]; print(r)
