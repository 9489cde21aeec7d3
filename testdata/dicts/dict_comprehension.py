# dict comprehensions, counting, grouping, inverting
words = "one two three two one two".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words}, {i: i % 3 for i in range(7) if i != 4})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()))
