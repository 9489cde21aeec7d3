# array: the list-like methods, bytes/list/unicode conversions, byteswap, copies, in-place operators
from array import array
import copy

a = array("i", [3, 1, 4, 1, 5])
a.append(9)
a.extend([2, 6])
a.extend(array("i", [5, 3]))
a.extend(x for x in (5, 8))
print(a, len(a))
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a, a.count(1), a.count(5), a.count(7), a.index(5), a.index(5, 6), a.index(1, -9, -1))
a.remove(1)
print(a)
a.reverse()
print(a)
print(a.tolist(), a.buffer_info()[1], type(a.buffer_info()[0]).__name__)
b = array("h", [1, 256, -2])
b.byteswap()
print(b, b.tobytes())
d = array("d", [1.0, -2.5])
d.byteswap()
print(d.tobytes().hex())
d.byteswap()
print(d)
f = array("f")
f.fromlist([1.5, 2, True])
f.frombytes(array("f", [7.25]).tobytes())
print(f)
g = array("B")
g.frombytes(b"\x00\x01\xff")
g.frombytes(bytearray(b"\x7f"))
print(g, g.tobytes())
c = copy.copy(g)
dc = copy.deepcopy(g)
c.append(1)
print(g, c, dc, c is g)
x = array("i", [1, 2])
y = x
x += array("i", [3])
x *= 2
print(x, y is x)
x *= 0
print(x, len(x))
z = array("q", [1, 2]) * -1
print(z, array("u", "ab") * 3)
s = array("d", [0.1, 0.2])
s[0] += 1
print(s, sum(s), max(array("i", [3, 9, 2])), sorted(array("h", [3, -1, 2])))
print(array("u", "xyz").tounicode(), array("L", [2**63]).tolist(), array("I", [4000000000]))
import io
f = io.BytesIO()
array("i", [1, 2, 3]).tofile(f)
array("i").tofile(5)
print(f.getvalue())
f.seek(0)
r = array("i")
r.fromfile(f, 2)
print(r)
for args in [(f, 5), (f, -1), (io.BytesIO(b"abcde"), 2)]:
    try:
        r.fromfile(*args)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e, r)
class Text:
    def read(self, n):
        return "x" * n
try:
    r.fromfile(Text(), 1)
except TypeError as e:
    print("TypeError", e)
try:
    r.tofile(5)
except AttributeError as e:
    print("AttributeError", e)
