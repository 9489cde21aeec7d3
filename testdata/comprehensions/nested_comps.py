# nested comprehensions and the order of their for/if clauses
print([(a, b) for a in range(3) if a != 1 for b in "xy" if not (a == 2 and b == "y")])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
flat = [v for row in [[1, 2], [3], []] for v in row]
print(flat)
print({v % 3: [w for w in range(v)] for v in range(4)})
print({(x, y) for x in range(3) for y in range(3) if x == y} == {(0, 0), (1, 1), (2, 2)})
print([x for x in [y * 2 for y in range(5)] if x > 3])
words = ["apple", "bob", "civic", "dog"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words})
