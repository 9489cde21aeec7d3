# generators: lazy evaluation, state between yields, exhaustion
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def ret():
    yield 1
    return "result"
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
print(type(g).__name__, iter(g) is g)
