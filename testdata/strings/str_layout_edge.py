# center/ljust/zfill/title/expandtabs details and unicode whitespace in strip/split
for w in range(2, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("a".center(w)))
print("+42".zfill(6), "-".zfill(3), "".zfill(2), "abc".zfill(2), "1_2".zfill(5))
print("they're bill's friends".title(), "hello world-wide web2web".title(), "ÀB cD".swapcase())
print(repr("a\tbc\td\n\tx".expandtabs()), repr("12345\t6".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("\u3000 x \u2003".strip()), "a\x1cb\x1dc\x1ed\x1fe".split(), "a\u2028b\x85c\u2029d".splitlines())
print("A1".isupper(), "1".isupper(), "a_b".islower(), "Ǆ".istitle(), "ⅷ".isupper(), " ".join("ab").upper())
print("abcabc".find("c", -2), "abcabc".find("c", 1, 3), "abcabc".rindex("b", 0, -2), "abc".find("", 5), "abc".find("", 3))
