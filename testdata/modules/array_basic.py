# array: construction for every typecode, indexing, slicing, repr, iteration, bytes round trips
from array import array
import array as arraymod

print(arraymod.typecodes, arraymod.ArrayType is array)
for code in arraymod.typecodes:
    a = array(code)
    print(code, a.typecode, a.itemsize, repr(a), len(a))
samples = {"b": [-128, 0, 127], "B": [0, 200, 255], "h": [-32768, 5, 32767], "H": [0, 65535],
           "i": [-2**31, 2**31 - 1], "I": [0, 2**32 - 1], "l": [-2**63, 2**63 - 1], "L": [2**64 - 1, 3],
           "q": [-2**63, 1], "Q": [2**64 - 1, 0], "f": [0.1, -1.5, 1e38, float("inf")], "d": [0.1, -0.0, 1e308],
           "u": ["a", "é", "\U0001f600"]}
for code, vals in samples.items():
    a = array(code, vals)
    print(a, a.tolist(), list(a), a.tobytes().hex(), len(a))
    b = array(code)
    b.frombytes(a.tobytes())
    print(b == a, b[0], b[-1], a[1:], a[::-1], a[5:9])
u = array("u", "héllo")
print(u, u.tounicode(), u[1], array("u", u) == u)
u.fromunicode(" wörld")
print(u.tounicode(), len(u))
a = array("i", range(10))
print(a[2:8:2], a[-3:], a[::-3], a[100:], a[-100:2])
a[1] = -1
a[-1] = 99
a[2:5] = array("i", [7, 7])
print(a)
a[::2] = array("i", [0] * 5)
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a, len(a))
print(array("d", [1, 2]), array("f", [1.5]) + array("f", [2.5]), array("b", [1, 2]) * 2, 3 * array("H", [9]))
print(array("i", b"\x01\x00\x00\x00\xff\xff\xff\xff"), array("B", bytearray(b"xy")), array("l", array("i", [4, 5])))
print(array("q", (x * x for x in range(5))), array("d", array("f", [0.5])), array("i", [True, False]))
x = array("h", [1, 2, 3])
for v in x:
    print(v, end=" ")
print()
it = iter(x)
print(next(it), type(it).__name__)
x.append(4)
print(list(it))
print(array("i", [1, 2, 3]) == array("d", [1.0, 2.0, 3.0]), array("b", [1, 2]) < array("B", [1, 3]),
      array("i") < array("i", [0]), array("i", [1, 2]) >= array("i", [1, 2]), array("i", [1]) != array("i", [1, 0]),
      array("d", [float("nan")]) == array("d", [float("nan")]), array("i", [1]) == [1])
print(2 in array("i", [1, 2]), 2.0 in array("d", [2]), "x" in array("u", "xyz"), 5 in array("i"))
class MyArray(array):
    pass
m = MyArray("i", [1, 2])
m.note = "sub"
print(m, m.note, type(m[0:1]).__name__, isinstance(m, array), m + array("i", [3]))
