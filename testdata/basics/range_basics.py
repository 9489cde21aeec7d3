# range: bounds, negative steps, len, indexing, slicing, membership, equality
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0) == range(5, 5), range(1, 4) == range(1, 4, 1), len(range(-5, 5, 2)), list(range(-5, 5, 2)))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), len(range(0, 10 ** 6, 7)), sum(range(1, 11)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
