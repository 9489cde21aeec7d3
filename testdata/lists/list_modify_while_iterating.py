# removing from a list while iterating over it skips elements (index-based iteration)
a = [1, 2, 2, 3, 4, 4, 5]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [0, 1, 2, 3]
for i, x in enumerate(c):
    del c[0]
print(c)
