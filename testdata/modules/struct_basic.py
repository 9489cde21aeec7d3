# struct: pack/unpack/calcsize of every format code in every byte order, alignment, half floats
import struct

codes = "bBhHiIlLqQnNP?efd"
for order in "@=<>!":
    for c in codes:
        if order != "@" and c in "nNP":
            continue
        fmt = order + c
        print(fmt, struct.calcsize(fmt), end=" ")
    print()

vals = {"b": [-128, 127, 0], "B": [0, 255], "h": [-32768, 32767], "H": [65535], "i": [-2**31, 2**31 - 1],
        "I": [2**32 - 1], "l": [-2**63, 2**63 - 1], "L": [2**64 - 1], "q": [-2**63], "Q": [2**64 - 1],
        "n": [-5], "N": [7], "?": [True, False], "e": [1.5, -0.0, 65504.0, 6e-8, float("inf")],
        "f": [0.1, -2.5, 3.4e38], "d": [0.1, -1e308, float("-inf")]}
for order in "@<>!=":
    for c, vs in vals.items():
        if order != "@" and c in "nN":
            continue
        if order != "@" and c in "lL":
            vs = {"l": [-2**31, 2**31 - 1], "L": [2**32 - 1]}[c]
        for v in vs:
            b = struct.pack(order + c, v)
            print(order + c, v, b.hex(), struct.unpack(order + c, b)[0])

print(struct.pack("<hif", 1, 2, 3.0).hex(), struct.pack(">hif", 1, 2, 3.0).hex(), struct.pack("hif", 1, 2, 3.0).hex())
for fmt in ["ci", "ic", "bhiq", "qihb", "c0i", "c0q", "3s4x2h", "@5s2d", "<5s2d", "xxh", "i0l", "10p", "e?d", "", "   i  h  ", "2i3?"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("3s", b"ab"), struct.pack("3s", b"abcdef"), struct.pack("0s", b"x"), struct.pack("5p", b"hello world"))
print(struct.unpack("3s", b"a\x00c"), struct.unpack("5p", b"\x09abcd"), struct.unpack("5p", b"\x02abcd"))
print(struct.pack("c2c", b"x", b"y", b"z"), struct.unpack("2c?", b"ab\x05"))
print(struct.pack("<2h3x?", 1, -1, [1]), struct.pack("?", ""), struct.pack("?", 0.0))
print(struct.pack("<I", True), struct.pack("<Q", 2**63), struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8))
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<iB", Idx(), Idx()).hex(), struct.pack("<d", Idx()).hex(), struct.pack(b"<h", 3))
for h in ["0000", "0100", "ff03", "0004", "ff7b", "007c", "00fc", "007e", "0080", "003c", "00c0"]:
    print(h, struct.unpack("<e", bytes.fromhex(h)))
for x in [1.0009765625, 1.00048828125, 1.00146484375, 2.0**-24 * 1.5, 2.0**-25, 2.0**-25 * 1.01, 65519.99, 1e-10, -3.14159]:
    print(x, struct.pack("<e", x).hex())
print(struct.pack("<f", 1e-46).hex(), struct.pack("<f", 1.17549435e-38).hex(), struct.unpack("<f", b"\x01\x00\x00\x00"))
print(struct.pack("f", 1e300).hex(), struct.pack("<d", float("nan"))[6:].hex())
