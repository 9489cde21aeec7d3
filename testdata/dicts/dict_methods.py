# dict methods: pop, popitem, setdefault, fromkeys, copy, clear, keys/values/items
d = {i: i * i for i in range(6)}
print(d.pop(2), d.pop(99, "none"), d)
print(d.popitem(), d.popitem(), d)
print(d.setdefault(1, "x"), d.setdefault(7, "seven"), d.setdefault(8), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
e = d.copy()
e[100] = 0
print(len(d), len(e))
e.clear()
print(e)
try:
    d.pop("nope")
except KeyError as ex:
    print("KeyError", ex)
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
