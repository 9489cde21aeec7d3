# TypeError messages for wrong argument counts and names
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
class C:
    def m(self, x):
        return x
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, c=3),
    lambda: f(),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
