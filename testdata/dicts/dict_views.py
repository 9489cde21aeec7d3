# dict views are live, support set operations and iteration order
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(d.keys() == {"a", "b", "c", "d"}, isinstance(k, type({}.keys())))
for key, val in d.items():
    print(key, val, end="; ")
print()
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
