# assignment expressions in conditions, comprehensions and while loops
data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
print((z := 5) + z)
def f():
    [w := i for i in range(3)]
    return w
print(f())
total = 0
print([total := total + x for x in range(5)], total)
