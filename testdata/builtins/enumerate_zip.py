# enumerate with start, zip shortest, zip strict, unzip, map with several iterables
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
e = enumerate("xy")
print(next(e), next(e), next(e, None))
z = zip(range(3), range(10, 13))
print(dict(z), list(z))
