# set and dict comprehensions: duplicates collapse, later keys win
print({x % 5 for x in range(20)}, {x // 2 for x in [1, 2, 3, 4]})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({i: i * i for i in range(5) if i % 2}, {c: ord(c) for c in "hello"})
print(sorted({len(w) for w in "a bb cc ddd".split()}), len({i for i in range(1000)}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
