# list slicing: reading, assignment, deletion, extended slices
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[:100], a[7:2:-2])
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = list("ABCDEF")
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4]
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
b = a[:]
b[0] = 99
print(a, b)
c = [0] * 3
c[-1] = 5
print(c)
try:
    c[3] = 1
except IndexError as e:
    print("IndexError", e)
