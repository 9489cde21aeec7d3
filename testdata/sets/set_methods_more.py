# set methods with several arguments, update variants, comparison of sets
a = {1, 2, 3, 4}
a.intersection_update({2, 3, 4, 5}, [3, 4, 6])
print(a)
a.difference_update([4])
print(a)
a.symmetric_difference_update({3, 9})
print(a)
b = set(range(10))
print(b - {1, 2} - {3}, b & {5, 50}, {1, 2}.union(), len(b.copy()))
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1, 2} <= {1, 2}, {3} >= {3, 4}, {1} == {1.0})
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print({1} | set([2]), {1}.union([2]), set("") == set())
