# nested dicts and lists, repr of nested structures, recursive repr
cfg = {"name": "x", "tags": ["a", "b"], "sub": {"n": 1, "t": (1, 2)}, "none": None, "f": 1.5}
print(cfg)
cfg["sub"]["n"] += 1
cfg["tags"].append("c")
print(cfg["sub"], cfg["tags"], repr(cfg["name"]))
d = {}
d["self"] = d
print(d)
print(str({1: [1, {2: "x"}]}), {"q": "it's"}, {'a"b': 1})
