# any and all short-circuit and work on empty iterables
def t(v):
    print("check", v)
    return v
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any(t(x) for x in [0, 1, 2]))
print(all(t(x) for x in [1, 0, 2]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), all(c.isupper() for c in "ABC"))
