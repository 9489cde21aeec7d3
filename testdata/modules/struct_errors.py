# struct: struct.error and TypeError/OverflowError messages for bad formats, ranges, sizes and buffers
import struct

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r)
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for fmt, v in [("b", 200), ("<b", -129), ("B", 256), (">B", -1), ("h", 70000), ("H", -1), ("i", 2**31),
               ("<i", -2**31 - 1), ("I", 2**32), ("<I", -1), ("l", 2**63), ("<l", 2**31), ("<L", 2**32),
               ("<L", -1), ("q", 2**63), ("<q", 2**63), (">q", 2**63), ("Q", 2**64), ("<Q", -1), (">Q", -1),
               ("n", 2**63), ("N", -1), ("P", -1), ("P", 2**64), ("i", 1.5), ("i", "1"), ("d", "1"),
               ("d", None), ("<d", 2**2000), ("e", 1e10), ("<e", 65520.0), ("<f", 1e300), ("<f", 3.5e38),
               ("c", b"ab"), (">h", 40000), (">H", -1), (">H", 70000), ("!h", -2**63 - 5), ("<H", -1), ("=H", 2**40), ("c", "a"), ("c", 1), ("s", "a"), ("p", 1), ("q", 2.0), ("?", 1)]:
    attempt(struct.pack, fmt, v)
for fmt in ["z", "3", "3 i", "<n", "<P", "!N", "i i", "9999999999999999999999i", "4294967296i", "@@i"]:
    attempt(struct.calcsize, fmt)
attempt(struct.pack, "ii", 1)
attempt(struct.pack, "ii", 1, 2, 3)
attempt(struct.pack)
attempt(struct.pack, 1)
attempt(struct.Struct, 5)
attempt(struct.unpack, "i")
attempt(struct.unpack, "i", b"abc")
attempt(struct.unpack, "i", b"abcde")
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack_from, "i", b"abcd", 1)
attempt(struct.unpack_from, "i", b"abcd", -10)
attempt(struct.unpack_from, "i", b"abcd", -2)
attempt(struct.unpack_from, "i", b"abcd", 5)
ba = bytearray(5)
attempt(struct.pack_into, "i", ba, 2, 1)
attempt(struct.pack_into, "i", ba, -10, 1)
attempt(struct.pack_into, "i", ba, -2, 1)
attempt(struct.pack_into, "i", ba, 7, 1)
attempt(struct.pack_into, "i", b"12345", 0, 1)
attempt(struct.pack_into, "i", ba)
attempt(struct.pack_into, "i", ba, 0)
attempt(struct.pack_into, "i")
attempt(struct.pack_into, "i", ba, 0, 1, 2)
attempt(struct.iter_unpack, "i", b"12345")
attempt(struct.iter_unpack, "", b"")
attempt(struct.iter_unpack, "i", "abcd")
s = struct.Struct("<h")
attempt(s.pack, 1, 2)
attempt(s.unpack, b"1")
attempt(s.pack_into, bytearray(1), 0, 1)
print(ba)
try:
    struct.pack("1000000000000000x")
except MemoryError as e:
    print("MemoryError", repr(e))
struct.pack("<q", 1 << 70)
