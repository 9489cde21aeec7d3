# dict constructor and method errors
for bad in (lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}.get(), lambda: dict(1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {"a": 1}
print(d.get("a", 0), d.get("b", []))
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
print({**d, "b": 2}, dict(d, c=3), list(d.items())[0])
