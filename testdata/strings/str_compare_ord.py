# string comparison, ord/chr, unicode length and escapes
print("a" < "b", "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" == "a", "a" != "A")
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", len("héllo"), len("😀"))
print("\t|\n|\\|\x41|\u00e9|\N{GREEK SMALL LETTER ALPHA}|")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\x00\x7f"), repr("é"), ascii("é"))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "a", "C"], key=str.lower))
print(r"raw\n", len(r"\n"), "abc" "def", "x" * 0 == "")
print(str(123), str(1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None), str(b"hi"))
