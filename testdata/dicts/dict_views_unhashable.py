# membership tests with unhashable values on dicts, sets and views
d = {"a": 1}
for probe in (lambda: [] in d, lambda: [] in d.keys(), lambda: {} in set(), lambda: ("a", []) in d.items()):
    try:
        print(probe())
    except TypeError as e:
        print("TypeError", e)
print([] in d.values(), [1] in [[1]], ("a", 1) in d.items())
dd = dict.fromkeys("ab", [])
dd["a"].append(1)
print(dd)
print([0] * -3, "ab" * -1, (1,) * 0)
