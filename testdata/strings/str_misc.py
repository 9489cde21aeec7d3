# str conversion, multiplication, encode/decode, translate, maketrans
print("abc".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"), "abc".encode("ascii"))
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "hello".translate({ord("l"): None}), str.maketrans({"a": "1"}) == {97: "1"})
print("%s" % "x" * 3, "-" * 10, "ab" * -1 == "", "Hello World".split("o"))
print("a b c".split(" ", -1), "  a  b  ".split(" "), "x".join("123"))
print(str.upper("abc"), "A".lower() == "a", "straße".upper(), "İ".lower() == "i̇")
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
