# closures capture variables, not values; cells shared between closures
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
inc2, get2 = counter()
print(inc2(), get())
def adders():
    out = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        out.append(add)
    return out
print([a(10) for a in adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return [f() for f in fs]
print(late())
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(10)(100))
print(inc.__closure__ is not None, len(inc.__code__.co_freevars) if hasattr(inc, "__code__") else 1)
