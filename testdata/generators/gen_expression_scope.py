# generator expressions evaluate the first iterable eagerly and the rest lazily
def src(name, n):
    print("making", name)
    return range(n)
g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation", e)
h = (1 / x for x in [1, 0])
print(next(h))
try:
    next(h)
except ZeroDivisionError as e:
    print("ZeroDivisionError at iteration", e)
