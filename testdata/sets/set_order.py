# iteration order of int sets follows CPython's hash table layout
print({8, 1, 16, 2, 32, 4})
print({100, 3, 64, 1000, 7})
print({-1, -2, 0, 5})
print(set(range(20, 0, -3)))
s = {1, 9, 17, 25}
s.remove(9)
s.add(33)
print(s)
print(sorted({38, 12, 76}), list({1 << 40, 1, 2}))
t = set()
for i in range(40, 0, -1):
    t.add(i * 3)
print(t)
