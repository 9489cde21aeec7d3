# default values bound at definition, keyword-only lambdas, lambda in sort key chains
x = 1
f = lambda a, b=x: a + b
x = 100
print(f(1), f(1, 2))
g = lambda *, k: k * 2
print(g(k=4))
h = lambda *a, **k: (a, sorted(k.items()))
print(h(1, 2, z=3, a=4))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0] * p[1], data)))
