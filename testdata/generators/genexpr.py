# generator expressions: laziness, single use, scoping of the first iterable
g = (x * x for x in range(5))
print(next(g), sum(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]))
def noisy(n):
    print("noisy", n)
    return n
lazy = (noisy(i) for i in range(3))
print("before consuming")
print(next(lazy))
xs = [1, 2, 3]
gen = (x for x in xs)
xs = [9, 9]
print(list(gen))
print(list((i, j) for i in range(3) for j in range(i)), dict((k, k * 2) for k in "ab"))
print("".join(str(d) for d in range(5)), tuple(c for c in "xyz" if c != "y"), sorted((3, 1, 2)))
