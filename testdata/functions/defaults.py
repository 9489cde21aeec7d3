# default arguments are evaluated once; mutable default shared between calls
def f(a, b=2, c=None):
    return a, b, c
print(f(1), f(1, 3), f(1, c=4), f(a=0, b=1, c=2))
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))
n = 10
def g(v=n):
    return v
n = 20
print(g(), f.__defaults__, g.__defaults__)
def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(h(1), h(2))
