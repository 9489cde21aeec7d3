# bytes formatting, join, bytearray slice assignment, searching and conversions
print(b"%d-%s-%x" % (5, b"ab", 255), b"-".join([b"a", b"b"]), b"abc" * 2, bytes(range(65, 70)))
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
ba[-5:] = b"W"
del ba[5]
print(ba, ba.count(b"L"), ba.find(b"W"), ba.rfind(b"L"), ba.upper(), bytes(ba[::2]))
print(b"a,b,,c".split(b","), b"  x ".strip(), b"abc".startswith(b"ab"), b"x" in b"xyz", 120 in b"xyz")
print(list(b"\x00\x7f\x80\xff"), bytes.fromhex("deadbeef").hex(), b"AbC".lower(), b"abc".title())
print(b"abc" < b"abd", b"" < b"a", b"a" == bytearray(b"a"), hash(b"abc") == hash(b"abc"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([300])
except ValueError as e:
    print("ValueError", e)
print(str(b"abc", "ascii"), b"caf\xc3\xa9".decode(), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
