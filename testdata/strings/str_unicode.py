# unicode strings: lengths, slicing by code point, case mapping, comparison order
s = "naïve café 日本語 😀"
print(len(s), s[2], s[-1], s[11:14], s.upper(), s.title())
print([hex(ord(c)) for c in "é日😀"], "😀".encode("utf-8"), len("é日😀".encode("utf-8")))
print(sorted(["é", "e", "z", "É", "日"]), "ß".upper(), "ﬁ".upper(), "Σ".lower())
print("日本語".find("語"), "abc😀def".index("d"), "😀" * 3, "x😀y"[::-1])
