# star expressions in subscripts (3.11) and for-loop targets that are attributes or items
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
rest = (2, 3)
print(e[1, *rest], e[*rest])
class Box:
    pass
b = Box()
for b.attr in range(3):
    pass
print(b.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
lst = [0, 0]
for lst[1] in (5, 6):
    pass
print(lst)
for i, (a, *bs) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, bs)
