# struct: Struct objects, pack_into/unpack_from with offsets, iter_unpack, buffers of several types
import struct
from array import array

s = struct.Struct("<hIx2s")
print(s.format, s.size, type(s).__name__)
b = s.pack(-2, 70000, b"ok")
print(b, s.unpack(b), s.unpack(bytearray(b)))
buf = bytearray(20)
s.pack_into(buf, 3, 1, 2, b"zz")
print(buf)
s.pack_into(buf, -s.size, 9, 9, b"yy")
print(buf, s.unpack_from(buf, 3), s.unpack_from(buf, offset=-s.size), s.unpack_from(buffer=buf))
struct.pack_into(">H", buf, 0, 0xBEEF)
print(buf[:2].hex(), struct.unpack_from(">H", buf), struct.unpack_from("<H", bytes(buf), 0))
it = struct.iter_unpack("<hb", bytes(range(9)))
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), list(it))
print(list(s.iter_unpack(b * 3)))
print(list(struct.iter_unpack("<i", array("i", [5, -6, 7]))))
a = array("h", [0, 0, 0])
struct.pack_into("<hh", a, 2, 300, -300)
print(a, struct.unpack("<3h", a))
print(struct.Struct(b">q").format, struct.Struct("=d").size, struct.Struct("!").size)
s2 = struct.Struct("i")
print(s2.pack(7) == struct.pack("i", 7), struct.unpack("i", s2.pack(-7)))
records = [(1, b"alpha", 1.5), (2, b"beta", -2.25), (3, b"g", 1e10)]
rec = struct.Struct("<I8sd")
blob = b"".join(rec.pack(*r) for r in records)
print(len(blob), [(n, name.rstrip(b"\0"), x) for n, name, x in rec.iter_unpack(blob)])
for i in range(len(records)):
    print(rec.unpack_from(blob, i * rec.size))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))

class Point3(struct.Struct):
    def __init__(self):
        super().__init__("<3d")
        self.label = "p3"
    def unpack_point(self, b):
        return dict(zip("xyz", self.unpack(b)))
p3 = Point3()
print(p3.format, p3.size, p3.label, isinstance(p3, struct.Struct), p3.unpack_point(p3.pack(1, 2.5, -3)))
try:
    struct.Struct()
except TypeError as e:
    print("TypeError", e)
