# argument evaluation order is left to right, including keywords and star args
def show(tag):
    print("eval", tag)
    return tag
def f(*a, **k):
    return a, k
print(f(show(1), show(2), x=show(3), *[show(4)], y=show(5), **{"z": show(6)}))
def g(a, b, c):
    return a, b, c
print(g(c=show("c"), a=show("a"), b=show("b")))
