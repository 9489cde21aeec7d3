# bytes and bytearray: literals, indexing gives ints, methods, mutation
b = b"hello"
print(b, b[0], b[-1], b[1:3], len(b), list(b[:2]), b + b"!", b * 2, b"l" in b, 108 in b)
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), b.upper(), b.split(b"l"), b.replace(b"l", b"L"))
print(b.hex(), bytes.fromhex("4142 43"), b.decode(), repr(b"\x00\xff\n'\""), b.find(b"lo"), b.startswith(b"he"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.pop(), ba)
try:
    ba[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
print(b == b"hello", b < b"help", b"a" + bytearray(b"b"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
