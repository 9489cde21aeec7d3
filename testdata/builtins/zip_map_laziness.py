# zip and map are lazy and pull from their inputs in order; zip consumes one extra item
it = iter([1, 2, 3, 4])
print(list(zip(it, ["a"])), next(it))
it2 = iter([1, 2, 3])
print(list(zip(["a"], it2)), next(it2))
def noisy(tag, n):
    for i in range(n):
        print("yield", tag, i)
        yield i
z = zip(noisy("A", 2), noisy("B", 3))
print("zip created")
print(list(z))
m = map(lambda v: v * 10, noisy("M", 2))
print("map created")
print(next(m), list(m))
f = filter(lambda v: v % 2, noisy("F", 4))
print(list(f))
