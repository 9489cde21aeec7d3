# iterating strings and building them, immutability of +=
s = "hello"
for i, ch in enumerate(s):
    print(i, ch, end=" ")
print()
t = s
t += " world"
print(s, t, s is not t)
acc = ""
for ch in reversed(s):
    acc += ch.upper()
print(acc, list(s), tuple("ab"), set("aab") == {"a", "b"}, "".join(sorted(set("mississippi"))))
print([c for c in "a1b2" if c.isdigit()], "l" in s, s.count(""), list(map(ord, "AB")))
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), sorted(words, key=lambda w: (len(w), w)), len(words))
