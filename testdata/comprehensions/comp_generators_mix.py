# comprehensions over generators, strings, dict items and zip; nested conditionals
def gen(n):
    for i in range(n):
        yield i * i
print([v for v in gen(5) if v % 2 == 0], {v for v in gen(4)}, {i: v for i, v in enumerate(gen(3))})
print([c * n for c, n in zip("abc", range(1, 4))], [k + str(v) for k, v in {"x": 1, "y": 2}.items()])
print([x if x > 2 else "small" if x > 0 else "zero" for x in range(5)])
print([[c for c in w if c not in "aeiou"] for w in ["hello", "world"]])
print(sum(len(w) for w in ["ab", "cde"]), "".join(ch.upper() for ch in "abc" if ch != "b"))
