# builtins that consume a generator stop cleanly when it returns a value, even after next() started it
def g():
    yield 1
    yield 2
    return "done"
x = g()
print(next(x), list(x))
y = g()
next(y)
print(tuple(y), list(y))
print(sum(g()), sorted(g()), max(g()), " ".join(str(v) for v in g()), dict.fromkeys(g()))
z = g()
next(z)
print([v * 10 for v in z], set(g()), any(v > 1 for v in g()), list(zip(g(), "ab")), list(map(str, g())))
w = g()
next(w)
for v in w:
    print("loop", v)
print(list(enumerate(g())), [*g()], (lambda *a: a)(*g()))
