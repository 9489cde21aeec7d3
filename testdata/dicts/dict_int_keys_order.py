# integer keys keep insertion order, not numeric order; big and negative keys
d = {}
for k in [5, -1, 10 ** 20, 3, 0, -10 ** 20, 2]:
    d[k] = str(k)
print(d)
print(list(d.keys()), sorted(d))
del d[3]
d[3] = "again"
print(list(d))
print({i: i * i for i in range(10, 0, -2)})
print({1.5: "a", 2: "b", -0.0: "c", 0: "d"})
