# dict insertion order, update keeps position, deletion and re-insertion
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 20
print(d)
d.update({"a": 0, "z": 26})
d.update(y=25)
d.update([("x", 24)])
print(d)
print(d.get("a"), d.get("q"), d.get("q", "dflt"), "a" in d, "q" not in d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": 1}, m=2), dict(zip("ab", [1, 2])), {})
print({1: "a", 1.0: "b", True: "c"})
print({"x": 1} == {"x": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 2} != {1: 3})
