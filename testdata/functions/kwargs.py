# *args and **kwargs collection, ordering of keyword arguments
def f(a, *args, k=0, **kw):
    print(a, args, k, kw)
f(1)
f(1, 2, 3)
f(1, k=5, z=6, y=7)
f(*range(3), **{"k": 9, "w": 0})
def g(**kw):
    return list(kw.items())
print(g(z=1, a=2, m=3))
def h(*args):
    return type(args).__name__, len(args)
print(h(), h(1, 2))
def pass_through(*a, **k):
    return f(*a, **k)
pass_through("x", "y", k=1, extra=True)
