# type() of many values, isinstance with tuples, type comparisons, type names
vals = [1, 1.0, 1j, True, None, "s", b"b", [], (), {}, set(), frozenset(), range(1), len, print, object(), type, int]
print([type(v).__name__ for v in vals])
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance("x", (list, tuple)), isinstance([], object))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(type(1) == int, type(1) is int, type("") is not str, type(type(1)) is type)
print(int.__mro__, bool.__mro__)
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError", e)
